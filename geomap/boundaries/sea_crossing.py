"""The shortest crossing between two countries' coasts: how a frontier at sea is drawn.

Two countries that share no land line may still face each other across a strait or a gulf
(Trinidad and Venezuela, Bahrain and Qatar, Singapore and Malaysia). The boundary data hold
no maritime boundary, so the honest line is the shortest one from one coast to the other: it
shows where the two come closest and how far apart they are, and it is never a measured
land length. Countries further apart than the caller's limit face no one across the sea.
"""
from __future__ import annotations

from typing import Any

from geomap.boundaries.geodesy import geodesic_distance_km, km_to_deg

__all__ = ["shortest_crossing"]


def shortest_crossing(geom_a: Any, geom_b: Any, max_km: float) -> tuple[Any, float] | None:
    """(line, km): the shortest line between two (multi)polygons and its geodesic length, or
    None when they are further apart than ``max_km`` (or touch: that is a land frontier)."""
    import shapely

    if geom_a is None or geom_b is None or geom_a.is_empty or geom_b.is_empty:
        return None
    if shapely.distance(geom_a, geom_b) > km_to_deg(max_km, geom_a):  # cheap, in degrees (generous)
        return None
    km = geodesic_distance_km(geom_a, geom_b)
    if km <= 0.0 or km > max_km:
        return None
    return shapely.shortest_line(geom_a, geom_b), km
