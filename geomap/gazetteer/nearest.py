"""The nearest of many points to a point, measuring only those a latitude band away at most.

Kept apart from ``geometry`` (whose source names the boundary answers kept on disk): an index
over points, not a distance.
"""
from __future__ import annotations

import math

from geomap.gazetteer.geometry import haversine_km


#: km per degree of latitude (a great circle is never shorter than its north-south part), a
#: hair under so that a point skipped by it is surely farther than the one kept
_KM_PER_DEGREE_AT_LEAST = 6371.0 * math.pi / 180 * (1 - 1e-9)


class PointsByLatitude:
    """Points (anything with ``lat`` and ``lon``) in latitude order, for the distance from a
    point to the nearest of them: exactly ``min(haversine_km(...) for p in points)``, measuring
    only the points within the latitude band the nearest so far allows (a long article has
    thousands of places, and most lie a continent away from the point asked about)."""

    def __init__(self, points) -> None:
        self._points = sorted(points, key=lambda p: p.lat)
        self._lats = [p.lat for p in self._points]

    def __len__(self) -> int:
        return len(self._points)

    def nearest_km(self, lat: float, lon: float) -> float:
        """The distance to the nearest point (inf when there is none)."""
        from bisect import bisect_left

        points, lats = self._points, self._lats
        best = math.inf
        up = bisect_left(lats, lat)
        down = up - 1
        while up < len(points) or down >= 0:
            gap_up = (lats[up] - lat) * _KM_PER_DEGREE_AT_LEAST if up < len(points) else math.inf
            gap_down = (lat - lats[down]) * _KM_PER_DEGREE_AT_LEAST if down >= 0 else math.inf
            if min(gap_up, gap_down) > best:
                break
            if gap_up <= gap_down:
                p = points[up]
                up += 1
            else:
                p = points[down]
                down -= 1
            d = haversine_km(lat, lon, p.lat, p.lon)
            if d < best:
                best = d
        return best
