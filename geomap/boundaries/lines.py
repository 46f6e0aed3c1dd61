"""Line geometry between boundary polygons: the shared edge of two outlines, midpoints, positions along.

Planar (lon/lat degrees) shapely work; measuring in km is ``geodesy``'s job.
"""
from __future__ import annotations

from typing import Any, Sequence

__all__ = ["SNAP_DEG", "dissolved", "lines_only", "midpoint", "position_along", "shared_lines"]

from geomap.settings import SNAP_DEG


def lines_only(geom: Any) -> Any:
    """The line parts of a geometry as one (Multi)LineString, or None."""
    import shapely

    if geom is None or geom.is_empty:
        return None
    parts = [p for p in shapely.get_parts(geom) if p.geom_type in ("LineString", "MultiLineString")]
    parts = [q for p in parts for q in shapely.get_parts(p) if q.length > 0]
    if not parts:
        return None
    return shapely.line_merge(shapely.multilinestrings(parts))


def shared_lines(lines: Any, other: Any, tol: float = SNAP_DEG) -> Any:
    """The parts of ``lines`` that run along the outline of polygon ``other``.

    Exact edges shared by both geometries are used when they account for nearly all of
    the tolerant match (the two share vertices, as layers made from one source do);
    otherwise the parts of ``lines`` within ``tol`` degrees of ``other``.
    """
    import shapely

    minx, miny, maxx, maxy = shapely.bounds(lines)
    near = shapely.clip_by_rect(other, minx - 2 * tol, miny - 2 * tol, maxx + 2 * tol, maxy + 2 * tol)
    if near.is_empty:
        return None
    loose = lines_only(shapely.intersection(lines, shapely.buffer(near, tol)))
    if loose is None:
        return None
    exact = lines_only(shapely.intersection(lines, shapely.boundary(near)))
    if exact is not None and (exact.length >= 0.9 * loose.length or loose.length - exact.length <= 4 * tol):
        # clip_by_rect adds edges along the clipping box; they lie outside ``lines``' box.
        return exact
    return loose


def dissolved(geoms: Sequence[Any]) -> Any:
    """The union of some geometries (the one geometry itself when there is one)."""
    import shapely

    if len(geoms) == 1:
        return geoms[0]
    return shapely.union_all(geoms)


def midpoint(stretch: Any) -> Any:
    """The point halfway along the longest part of a line geometry."""
    import shapely

    parts = shapely.get_parts(stretch)
    longest = max(parts, key=lambda p: p.length)
    return shapely.line_interpolate_point(longest, 0.5, normalized=True)


def position_along(line: Any, point: Any) -> float:
    """Fraction (0–1) of the way along ``line`` nearest to ``point``."""
    import shapely

    merged = shapely.line_merge(line) if line.geom_type == "MultiLineString" else line
    return float(shapely.line_locate_point(merged, point, normalized=True))
