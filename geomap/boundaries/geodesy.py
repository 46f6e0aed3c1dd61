"""Geodesy on the WGS84 ellipsoid: lengths and distances in km, km as degrees, local projections.

Lengths and distances use ``pyproj.Geod``; ``haversine_km`` (the sphere, for gazetteer
points) is re-exported from ``geomap.gazetteer.geometry``. pyproj and shapely are imported
inside the functions that need them.
"""
from __future__ import annotations

import functools
from typing import Any

from geomap.gazetteer.geometry import haversine_km

__all__ = ["geodesic_km", "geodesic_distance_km", "haversine_km", "km_to_deg", "local_projection"]


@functools.lru_cache(maxsize=1)
def _geod() -> Any:
    from pyproj import Geod

    return Geod(ellps="WGS84")


def geodesic_km(geom: Any) -> float:
    """Geodesic length of a line geometry in km."""
    return float(_geod().geometry_length(geom)) / 1000.0


def geodesic_distance_km(a: Any, b: Any) -> float:
    """Approximate geodesic distance between two geometries (0 when they touch)."""
    import shapely
    import shapely.ops

    if shapely.intersects(a, b):
        return 0.0
    pa, pb = shapely.ops.nearest_points(a, b)
    _, _, metres = _geod().inv(pa.x, pa.y, pb.x, pb.y)
    return float(metres) / 1000.0


def km_to_deg(km: float, geom: Any) -> float:
    """A degree distance that covers ``km`` anywhere near ``geom`` (generous at high latitude)."""
    import math

    import shapely

    if km <= 0:
        return 0.0
    _, miny, _, maxy = shapely.bounds(geom)
    lat = min(max(abs(miny), abs(maxy)), 85.0)
    return km / (111.32 * math.cos(math.radians(lat)))


def local_projection(lon: float, lat: float) -> tuple[Any, Any]:
    """Coordinate functions to and from an azimuthal equidistant CRS centred on a point."""
    import numpy as np
    from pyproj import Transformer

    crs = f"+proj=aeqd +lat_0={lat} +lon_0={lon} +datum=WGS84 +units=m"
    forward = Transformer.from_crs("EPSG:4326", crs, always_xy=True)
    backward = Transformer.from_crs(crs, "EPSG:4326", always_xy=True)

    def to_local(coords):
        x, y = forward.transform(coords[:, 0], coords[:, 1])
        return np.column_stack([x, y])

    def to_lonlat(coords):
        x, y = backward.transform(coords[:, 0], coords[:, 1])
        return np.column_stack([x, y])

    return to_local, to_lonlat
