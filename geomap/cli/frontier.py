"""``geomap frontier A B``: the shared land border of two countries, from the boundary data.

:func:`add_parser` registers the command; :func:`run` prints the summary and optionally
writes GeoJSON. Errors are :class:`~geomap.exceptions.GeomapError` subclasses with a
one-line message, which ``geomap.cli.main`` prints (exit status 2).
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import math
import sys
from pathlib import Path
from typing import Any, TextIO

from geomap.exceptions import InputError

log = logging.getLogger(__name__)

DESCRIPTION = (
    "Measure the land border shared by two countries in the boundary data (geodesic "
    "length), list the first-level divisions along it on each side in the data's "
    "spelling, and the disputed claim lines near it; optionally write it as GeoJSON."
)


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``frontier`` sub-command to an argparse ``subparsers`` object.

    Parameters
    ----------
    subparsers
        What ``ArgumentParser.add_subparsers()`` returned.

    Returns
    -------
    argparse.ArgumentParser
        The new sub-parser; its ``run`` is :func:`run`.
    """
    parser = subparsers.add_parser(
        "frontier", help="shared land border of two countries: length, divisions along it",
        description=DESCRIPTION)
    parser.add_argument("a", metavar="A", help="first country: ISO2/ISO3 code or English name (THA, Thailand)")
    parser.add_argument("b", metavar="B", help="second country (KHM, Cambodia)")
    parser.add_argument("-o", "--output", metavar="FILE", type=Path,
                        help="write a GeoJSON FeatureCollection: the frontier line and the "
                             "first-level divisions along it")
    parser.add_argument("--within-km", type=float, default=0.0, metavar="N",
                        help="also list divisions within N km of the frontier that do not touch it "
                             "(default: 0, touching only)")
    parser.add_argument("--lines", choices=("detailed", "natural-earth"), default="detailed",
                        help="what measures the length and draws the line: the bundled detailed "
                             "OpenStreetMap lines (default; GEOMAP_FRONTIER_LINES names others) or "
                             "the Natural Earth polygons' shared edge")
    parser.set_defaults(run=run)
    return parser


def run(args: argparse.Namespace, *, out: TextIO | None = None) -> int:
    """Run ``geomap frontier``.

    Parameters
    ----------
    args : argparse.Namespace
        With ``a``, ``b``, ``output`` (Path or None) and ``within_km`` (float).
    out : text stream, optional
        Where the summary goes (standard output by default).

    Returns
    -------
    int
        0 on success.

    Raises
    ------
    GeomapError
        ``NotFoundError`` for an unknown country or a pair with no land frontier,
        ``InputError`` for a bad option or an output path that cannot be written,
        ``DataError`` for missing boundary data.
    """
    from geomap import settings
    from geomap.boundaries import load_boundaries

    out = out or sys.stdout
    within_km = float(getattr(args, "within_km", 0.0) or 0.0)
    if within_km < 0 or math.isnan(within_km):
        raise InputError(f"--within-km must be zero or more, not {within_km}")
    output = Path(args.output) if getattr(args, "output", None) else None
    if output is not None:
        from geomap.io.atomic import check_output

        if not (output.parent if str(output.parent) else Path(".")).is_dir():
            raise InputError(f"cannot write {output}: folder {output.parent} does not exist")
        check_output(output)  # a folder, or a read-only one: refused before the work
    boundaries = load_boundaries()
    frontier = boundaries.frontier(args.a, args.b)
    along = boundaries.admin1_along(frontier, within_km=within_km)
    disputed = boundaries.disputed_near(frontier, within_km=settings.FRONTIER_NEAR_KM)
    polygons_km, polygons_source = frontier.length_km, frontier.source

    detailed = _detailed_line(frontier) if getattr(args, "lines", "detailed") == "detailed" else None
    if detailed is not None:
        line, km, meta, source = detailed
        frontier = dataclasses.replace(frontier, geometry=line, length_km=km, source=source)
    out.write(f"{frontier.name_a} ({frontier.iso3_a}) – {frontier.name_b} ({frontier.iso3_b}): "
              f"{frontier.length_km:,.0f} km of shared land frontier\n")
    if detailed is not None:
        out.write(f"  measured geodesically (WGS84) on {source}; {polygons_km:,.0f} km on the generalised "
                  f"{polygons_source}\n")
        if meta.get("status"):
            out.write(f"  the line is {meta['status']}: {meta.get('note') or ''}\n")
    else:
        out.write(f"  measured geodesically (WGS84) on {frontier.source}; generalised boundaries "
                  f"undercount long, winding borders\n")
    for iso3, name in ((frontier.iso3_a, frontier.name_a), (frontier.iso3_b, frontier.name_b)):
        side = along[along["side"] == iso3]
        out.write(f"{name} side: {len(side)} first-level divisions\n")
        for row in side.itertuples():
            where = (f"{row.shared_km:7.1f} km along" if row.shared_km > 0
                     else f"{row.distance_km:7.1f} km away")
            out.write(f"  {row.name:<28} {where}\n")
    if len(disputed):
        out.write(f"Disputed claim lines within {settings.FRONTIER_NEAR_KM:g} km:\n")
        for row in disputed.itertuples():
            held = row.iso3_left if row.iso3_left == row.iso3_right else f"{row.iso3_left}/{row.iso3_right}"
            out.write(f"  {row.name} (in {held}), {row.distance_km:.1f} km away\n")
    else:
        out.write(f"No disputed claim lines within {settings.FRONTIER_NEAR_KM:g} km in the data.\n")

    if output is not None:
        write_geojson_atomic(frontier_feature_collection(frontier, along), output)
        out.write(f"Wrote {output}\n")
    return 0


def _detailed_line(frontier):
    """(line, length_km, meta, source) of the detailed frontier lines for the pair, or None
    (no lines file in use, or the pair is not in it)."""
    from geomap import settings
    from geomap.boundaries.frontier_lines import load_frontier_lines

    path = settings.frontier_lines_file()
    if path is None or not path.exists():
        return None
    lines = load_frontier_lines(path)
    got = lines.get(frontier.iso3_a, frontier.iso3_b)
    return (*got, lines.source) if got is not None else None


def frontier_feature_collection(frontier: Any, along: Any) -> dict[str, Any]:
    """GeoJSON FeatureCollection (a dict) for a frontier and its admin-1 units.

    Parameters
    ----------
    frontier : geomap.boundaries.Frontier
    along : geopandas.GeoDataFrame
        From :meth:`geomap.boundaries.Boundaries.admin1_along`.

    Returns
    -------
    dict
        One ``layer: "frontier"`` feature (``iso3_a, iso3_b, length_km,
        stated_length_km: null, source``), then one ``layer: "admin1"`` feature per unit
        (``name, iso3, country, fips, side, shared_km, distance_km``; its polygon).
    """
    from shapely.geometry import mapping

    features = [{
        "type": "Feature",
        "properties": {"layer": "frontier", "iso3_a": frontier.iso3_a, "iso3_b": frontier.iso3_b,
                       "name_a": frontier.name_a, "name_b": frontier.name_b,
                       "length_km": round(frontier.length_km, 3), "stated_length_km": None,
                       "source": frontier.source},
        "geometry": mapping(frontier.geometry),
    }]
    for row in along.itertuples():
        features.append({
            "type": "Feature",
            "properties": {"layer": "admin1", "name": row.name, "iso3": row.iso3,
                           "country": row.country, "fips": row.fips, "side": row.side,
                           "shared_km": float(row.shared_km), "distance_km": float(row.distance_km)},
            "geometry": mapping(row.geometry),
        })
    return {"type": "FeatureCollection", "features": features}


def write_geojson_atomic(collection: dict[str, Any], path: Path) -> None:
    """Write GeoJSON to ``path`` atomically (:mod:`geomap.io.atomic`).

    Raises
    ------
    InputError
        When the folder does not exist or cannot be written; no partial file is left.
    """
    from geomap.io.atomic import write_text

    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"cannot write {path}: folder {folder} does not exist")
    try:
        write_text(path, json.dumps(collection, ensure_ascii=False), mkdir=False)
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from exc
