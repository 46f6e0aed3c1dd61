"""geomap layers out: GeoJSON, GeoPackage, GeoParquet and ACLED-style CSV.

Every writer goes through :mod:`geomap.io.atomic`: an error leaves no partial file, an
existing file is replaced only by a complete one, and the file gets the umask's mode.

Formats
-------
``geojson``
    The SPEC FeatureCollection (RFC 7946, lon/lat), as geomap reads it.
``gpkg``
    A GeoPackage with one layer per geomap layer: ``places`` (Point), ``incidents``,
    ``displacement`` (MultiPolygon), ``frontier`` (MultiLineString), always all four (empty
    ones keep their SPEC columns). ``incidents`` is a Point layer when every incident is a
    point and a generic ``GEOMETRY`` layer when some lie along a stretch of frontier
    (QGIS then offers it per geometry type). A fifth layer, ``incident_points``, has every
    incident as a point (lines at their midpoint) for heat maps, clustering and tools that
    want one geometry type. Lists and dicts are written as JSON text.
``parquet``
    One GeoParquet file (geometry as WKB, EPSG:4326) holding all four layers, told apart by
    a ``layer`` column (``place``, ``incident``, ``displacement``, ``frontier``) that comes
    first; the other columns are the union of the layers' columns.
    ``gpd.read_parquet(p).query("layer == 'incident'")`` gives one layer back, and
    :func:`geomap.read_file` gives a :class:`geomap.Result`.
``csv``
    The incidents only, one row each, with ACLED's 31 export columns in ACLED's order
    (``event_date`` as ``YYYY-MM-DD``; incidents along a stretch of frontier get the
    midpoint of the line as latitude/longitude), followed by geomap's own fields as extra
    columns (``date_text``, ``fatalities_text``, ``source_sentence``, ``geometry_wkt`` for
    non-point incidents, ...). UTF-8 with a byte-order mark, so spreadsheets read accents.
    :func:`geomap.io.acled.read_acled` reads it back.
"""
from __future__ import annotations

import csv
import json
import logging
import math
from pathlib import Path
from typing import Any

from geomap.exceptions import InputError
from geomap.io import atomic
from geomap.io.formats import export_format
from geomap.layers import LAYER_FRAMES, SPEC_COLUMNS, frame, frames, merge

log = logging.getLogger(__name__)

__all__ = ["write_collection", "to_geojson", "to_geopackage", "to_geoparquet", "to_acled_csv",
           "acled_rows", "AcledRows", "write_acled_csv", "GPKG_GEOMETRY_TYPES"]

#: GeoPackage geometry type of each layer ("Unknown" is GDAL's generic GEOMETRY).
GPKG_GEOMETRY_TYPES = {"places": "Point", "incidents": "Point", "displacement": "MultiPolygon",
                       "frontier": "MultiLineString", "incident_points": "Point"}

_DISORDER = {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
             "Violence against civilians": "Political violence", "Protests": "Demonstrations",
             "Riots": "Demonstrations", "Strategic developments": "Strategic developments"}
_STATE = ("Military Forces of", "Police Forces of")

#: Incident properties that go into ACLED's own columns (not repeated as extra columns).
_ACLED_MAPPED = {"layer", "event_type", "sub_event_type", "date", "fatalities", "location", "iso3", "admin2",
                 "admin1", "geo_precision", "notes", "source", "time_precision", "country", "latitude",
                 "longitude"}
#: geomap's extra CSV columns, first when present.
_CSV_EXTRA_FIRST = ("date_text", "fatalities_text", "source_sentence", "geometry_wkt", "document")


def _check(fc: Any) -> dict:
    if isinstance(fc, (list, tuple)):
        fc = merge(list(fc))
    if not isinstance(fc, dict) or fc.get("type") != "FeatureCollection" or not isinstance(fc.get("features"), list):
        raise InputError("not a GeoJSON FeatureCollection")
    return fc


def write_collection(fc: dict, path: str | Path, fmt: str | None = None) -> Path:
    """Write a SPEC FeatureCollection to ``path`` in one of geomap's export formats.

    Parameters
    ----------
    fc : dict
        A SPEC FeatureCollection (a list of them is merged).
    path : str or pathlib.Path
        The file to write; replaced atomically, never left half-written.
    fmt : {"geojson", "gpkg", "parquet", "csv"}, optional
        Default: from the extension of ``path`` (see :data:`geomap.io.formats.OUTPUT_FORMATS`).

    Returns
    -------
    pathlib.Path
        ``path``.
    """
    fc = _check(fc)
    fmt = export_format(path, fmt)
    writer = {"geojson": to_geojson, "gpkg": to_geopackage, "parquet": to_geoparquet, "csv": to_acled_csv}[fmt]
    return writer(fc, path)


def to_geojson(fc: dict, path: str | Path) -> Path:
    """Write the FeatureCollection as GeoJSON (UTF-8, one space indent)."""
    fc = _check(fc)
    body = json.dumps(fc, ensure_ascii=False, indent=1) + "\n"
    return atomic.write_text(path, body)


# ---------------------------------------------------------------- cells GDAL and Arrow accept

def _json_cell(v: Any) -> Any:
    if isinstance(v, (list, dict, tuple)):
        return json.dumps(v, ensure_ascii=False)
    return v


def _missing(v: Any) -> bool:
    """None, NaN, pd.NA or NaT."""
    if v is None:
        return True
    if isinstance(v, (list, dict, tuple, str)):
        return False
    try:
        import pandas as pd

        return bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


def _flat_columns(gdf):
    """Object columns made single-typed: lists/dicts -> JSON text, mixed columns -> text."""
    import pandas as pd

    gdf = gdf.copy()
    geom = gdf.geometry.name
    for col in gdf.columns:
        if col == geom or gdf[col].dtype != object:
            continue
        values = [v for v in gdf[col] if not _missing(v)]
        if not values:
            gdf[col] = pd.Series([None] * len(gdf), index=gdf.index, dtype=object)
            continue
        if all(isinstance(v, str) for v in values):
            continue
        if all(isinstance(v, bool) for v in values):
            gdf[col] = gdf[col].astype("boolean")
            continue
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
            gdf[col] = pd.to_numeric(gdf[col], errors="coerce")
            continue
        gdf[col] = [None if _missing(v)
                    else (v if isinstance(v, str) else _json_cell(v) if isinstance(v, (list, dict, tuple))
                          else str(v))
                    for v in gdf[col]]
    return gdf


def _midpoint(geom):
    """A representative point: the point itself, the middle of a line, a point inside an area."""
    from shapely.geometry import LineString, MultiLineString, Point
    from shapely.ops import linemerge

    if geom is None or geom.is_empty:
        return None
    if isinstance(geom, Point):
        return geom
    if isinstance(geom, (LineString, MultiLineString)):
        line = linemerge(geom) if isinstance(geom, MultiLineString) else geom
        if isinstance(line, MultiLineString):
            line = max(line.geoms, key=lambda g: g.length)
        return line.interpolate(0.5, normalized=True)
    return geom.representative_point()


def _promote(gdf, kind: str):
    """Polygons -> MultiPolygons, LineStrings -> MultiLineStrings (one type per layer)."""
    from shapely.geometry import LineString, MultiLineString, MultiPolygon, Polygon

    def up(g):
        if kind == "MultiPolygon" and isinstance(g, Polygon):
            return MultiPolygon([g])
        if kind == "MultiLineString" and isinstance(g, LineString):
            return MultiLineString([g])
        return g

    gdf = gdf.copy()
    gdf[gdf.geometry.name] = gdf.geometry.apply(up)
    return gdf


def gpkg_layers(fc: dict) -> dict:
    """The GeoDataFrames a GeoPackage export holds, by layer name, ready for GDAL."""
    layers = frames([fc])
    out = {}
    for name, gdf in layers.items():
        if name in ("displacement", "frontier"):
            gdf = _promote(gdf, GPKG_GEOMETRY_TYPES[name])
        out[name] = _flat_columns(gdf)
    inc = layers["incidents"]
    pts = inc.copy()
    pts[pts.geometry.name] = inc.geometry.apply(_midpoint)
    pts.insert(len(pts.columns) - 1, "geometry_type", [None if g is None else g.geom_type for g in inc.geometry])
    out["incident_points"] = _flat_columns(pts)
    return out


def _gpkg_type(name: str, gdf) -> str:
    if name == "incidents":
        kinds = {g.geom_type for g in gdf.geometry if g is not None}
        return "Point" if kinds <= {"Point"} else "Unknown"
    return GPKG_GEOMETRY_TYPES[name]


def to_geopackage(fc: dict, path: str | Path) -> Path:
    """Write a GeoPackage with the layers ``places``, ``incidents``, ``displacement``,
    ``frontier`` and ``incident_points`` (see the module docstring)."""
    import pyogrio

    fc = _check(fc)
    layers = gpkg_layers(fc)

    with atomic.atomic_path(path) as tmp:
        for name, gdf in layers.items():
            pyogrio.write_dataframe(gdf, tmp, layer=name, driver="GPKG", geometry_type=_gpkg_type(name, gdf),
                                    append=tmp.exists(), promote_to_multi=False)
    return Path(path)


def to_frame(collections) -> Any:
    """All layers of some collections in one GeoDataFrame with a leading ``layer`` column."""
    import geopandas as gpd
    import pandas as pd

    if isinstance(collections, dict):
        collections = [collections]
    parts = []
    for layer in SPEC_COLUMNS:
        gdf = frame(collections, layer)
        gdf.insert(0, "layer", pd.Series([layer] * len(gdf), index=gdf.index, dtype=object))
        parts.append(gdf)
    columns: list[str] = []
    for p in parts:
        columns += [c for c in p.columns if c not in columns and c != "geometry"]
    nonempty = [p for p in parts if len(p)]
    if nonempty:
        with_cols = [p.reindex(columns=columns + ["geometry"]) for p in nonempty]
        df = pd.concat([p.astype({c: object for c in p.columns if c != "geometry" and p[c].isna().all()})
                        for p in with_cols], ignore_index=True)
    else:
        df = pd.concat(parts, ignore_index=True).reindex(columns=columns + ["geometry"])
    return gpd.GeoDataFrame(df, geometry="geometry", crs="EPSG:4326")


def to_geoparquet(fc: dict, path: str | Path) -> Path:
    """Write one GeoParquet file with every layer and a leading ``layer`` column."""
    fc = _check(fc)
    gdf = _flat_columns(to_frame(fc))
    with atomic.atomic_path(path) as tmp:
        gdf.to_parquet(tmp, index=False)
    return Path(path)


# ---------------------------------------------------------------- ACLED-style CSV

def _country(iso3: str | None) -> tuple[str | None, int | None]:
    """(country name, numeric ISO code) of an ISO3 code."""
    from geomap.gazetteer import countries

    c = countries.country(iso3) if iso3 and len(iso3) == 3 else None
    return (c.name, c.numeric) if c else (None, None)


def _inter(actor: str | None) -> str | None:
    if actor and actor.startswith(_STATE):
        return "State forces"
    return None


def _fmt_coord(v: float | None) -> str:
    return "" if v is None else f"{v:.6f}".rstrip("0").rstrip(".")


def acled_rows(fc: dict, *, id_prefix: str = "GM") -> tuple[list[str], list[dict]]:
    """(columns, rows) of the incidents of a FeatureCollection in ACLED's export layout.

    Parameters
    ----------
    fc : dict
        A SPEC FeatureCollection; only its ``incident`` features are used.
    id_prefix : str
        ``event_id_cnty`` is ``{ISO3}{id_prefix}{n}`` (e.g. ``THAGM3``) unless the incident
        already has one.

    Returns
    -------
    columns : list of str
        ACLED's 31 columns, then geomap's extra columns.
    rows : list of dict
        One per incident, values as text-ready Python values.
    """
    fc = _check(fc)
    table = AcledRows(fc.get("title") or fc.get("source"), id_prefix=id_prefix)
    rows = [row for row in map(table.add, fc["features"]) if row is not None]
    return table.columns(), rows


class AcledRows:
    """The ACLED-style rows of incidents given one at a time, in order (:func:`acled_rows`
    for a whole collection; a batch's CSV streams its features through one).

    ``default_source`` is the collection's title or source: the ``source`` of an incident
    that names neither its own source nor its document.
    """

    def __init__(self, default_source: str | None = None, *, id_prefix: str = "GM") -> None:
        self.default_source, self.id_prefix = default_source, id_prefix
        self.n = 0
        self.extras: dict[str, None] = dict.fromkeys(_CSV_EXTRA_FIRST)
        self.used_extras: set[str] = set()

    def add(self, feat: dict) -> dict | None:
        """The row of ``feat`` (None: not an incident)."""
        from shapely.geometry import shape

        from geomap.io.acled import ACLED_COLUMNS

        p = feat.get("properties") or {}
        if p.get("layer") != "incident":
            return None
        self.n += 1
        n, id_prefix, default_source, extras = self.n, self.id_prefix, self.default_source, self.extras
        g = shape(feat["geometry"]) if feat.get("geometry") else None
        pt = _midpoint(g)
        iso3 = p.get("iso3")
        country, iso_num = _country(iso3)
        d = p.get("date") if isinstance(p.get("date"), str) else None
        actor1, actor2 = p.get("actor1"), p.get("actor2")
        fat = p.get("fatalities")
        row: dict[str, Any] = {
            "event_id_cnty": p.get("event_id_cnty") or f"{iso3 or 'XXX'}{id_prefix}{n}",
            "event_date": d or "",
            "year": int(d[:4]) if d and d[:4].isdigit() else "",
            "time_precision": p.get("time_precision") if p.get("time_precision") is not None else (1 if d else ""),
            "disorder_type": p.get("disorder_type") or _DISORDER.get(p.get("event_type") or "", ""),
            "event_type": p.get("event_type"),
            "sub_event_type": p.get("sub_event_type"),
            "actor1": actor1,
            "assoc_actor_1": p.get("assoc_actor_1"),
            "inter1": p.get("inter1") or _inter(actor1),
            "actor2": actor2,
            "assoc_actor_2": p.get("assoc_actor_2"),
            "inter2": p.get("inter2") or _inter(actor2),
            "interaction": p.get("interaction"),
            "civilian_targeting": p.get("civilian_targeting") or (
                "Civilian targeting" if p.get("event_type") == "Violence against civilians" else ""),
            "iso": p.get("iso") or iso_num,
            "region": p.get("region"),
            "country": p.get("country") or country,
            "admin1": p.get("admin1"),
            "admin2": p.get("admin2"),
            "admin3": p.get("admin3"),
            "location": p.get("location"),
            "latitude": _fmt_coord(pt.y if pt is not None else None),
            "longitude": _fmt_coord(pt.x if pt is not None else None),
            "geo_precision": p.get("geo_precision"),
            # a merged feature names its document: the collection's title is not its source
            "source": p.get("source") or (None if p.get("document") is not None else default_source),
            "source_scale": p.get("source_scale"),
            "notes": p.get("notes") or p.get("source_sentence"),
            "fatalities": fat if isinstance(fat, (int, float)) and not isinstance(fat, bool) else "",
            "tags": p.get("tags"),
            "timestamp": p.get("timestamp"),
        }
        if g is not None and g.geom_type != "Point":
            row["geometry_wkt"] = g.wkt
        for k, v in p.items():
            if k in _ACLED_MAPPED or k in ACLED_COLUMNS:
                continue
            extras.setdefault(k, None)
            row[k] = v
        for k in extras:
            if row.get(k) not in (None, ""):
                self.used_extras.add(k)
        return row

    def columns(self) -> list[str]:
        """ACLED's columns, then the extra columns some row so far has a value in."""
        from geomap.io.acled import ACLED_COLUMNS

        return list(ACLED_COLUMNS) + [k for k in self.extras if k in self.used_extras]


def _csv_cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        if math.isnan(v):
            return ""
        return str(int(v)) if v.is_integer() else repr(v)
    if isinstance(v, (list, dict, tuple)):
        return json.dumps(v, ensure_ascii=False)
    return str(v)


def to_acled_csv(fc: dict, path: str | Path) -> Path:
    """Write the incidents as an ACLED-style CSV (see the module docstring)."""
    columns, rows = acled_rows(fc)
    skipped = sum(1 for f in fc["features"] if (f.get("properties") or {}).get("layer") != "incident")
    write_acled_csv(columns, rows, path, skipped=skipped)
    return Path(path)


def write_acled_csv(columns: list[str], rows, path: str | Path, *, skipped: int = 0) -> None:
    """Write ``rows`` (an iterable of :class:`AcledRows` rows) under ``columns`` as the CSV."""
    if skipped:
        log.info("CSV holds incidents only: %d place/displacement/frontier features left out", skipped)
    with atomic.atomic_path(path) as tmp:
        with open(tmp, "x", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f, lineterminator="\r\n")
            w.writerow(columns)
            for row in rows:
                w.writerow([_csv_cell(row.get(c)) for c in columns])


def layer_names() -> tuple[str, ...]:
    """The GeoPackage layers geomap always writes (plus ``incident_points``)."""
    return tuple(LAYER_FRAMES.values())
