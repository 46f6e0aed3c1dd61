"""Where a country or a first-level unit stands in the gazetteer: a point inside it that halves
its area, or the conventional point gazetteers use where the shape says little (see
``country_point``). Used when the index is built."""
from __future__ import annotations

from geomap.gazetteer.geometry import haversine_km

__all__ = ["CONVENTIONAL_POINT_KM", "country_point", "inside", "median_centre"]

# A country's own centre stands unless the conventional point is farther than this from it.
CONVENTIONAL_POINT_KM = 350.0
# Parts closer than this (degrees) to the largest one belong to the country's main territory.
TERRITORY_GAP_DEG = 3.0


def median_centre(geom) -> tuple[float, float]:
    """(lat, lon) that halves ``geom``'s area north-south and east-west (the bisection centre).

    Measured on a grid weighted by true area (cos latitude), so high latitudes do not count
    double; a median is not pulled by long thin extremities (Siberia's Arctic coast, Canada's
    islands) the way a centre of mass is.
    """
    import numpy as np
    import shapely

    minx, miny, maxx, maxy = geom.bounds
    step = max(0.02, min(0.25, (maxx - minx) / 200, (maxy - miny) / 50))
    xs, ys = np.meshgrid(np.arange(minx + step / 2, maxx, step), np.arange(miny + step / 2, maxy, step))
    xs, ys = xs.ravel(), ys.ravel()
    inside = shapely.contains_xy(geom, xs, ys)
    if inside.sum() < 10:  # too small for the grid: its own centre
        c = geom.centroid
        return c.y, c.x
    xs, ys = xs[inside], ys[inside]
    weights = np.cos(np.radians(ys))

    def weighted_median(values):
        order = np.argsort(values, kind="stable")
        cumulative = np.cumsum(weights[order])
        return float(values[order][np.searchsorted(cumulative, cumulative[-1] / 2)])

    return weighted_median(ys), weighted_median(xs)


def country_point(geom, conventional: tuple[float, float] | None) -> tuple[float, float]:
    """The point that stands for a country: (lat, lon).

    The area-bisecting centre of its main territory (its largest part and the islands near it, so
    an archipelago is centred among its islands and far overseas parts do not pull the point).
    Gazetteers and encyclopaedias use a conventional, rounded point instead; where that lies more
    than CONVENTIONAL_POINT_KM from the centre (long or scattered countries: Canada, Chile,
    Indonesia), the shape says little about where readers and gazetteers put the country, and the
    conventional point is used. The threshold was chosen on the even-numbered (tuning) halves of
    the GeoVirus and TR-News corpora.
    """
    import shapely

    parts = list(getattr(geom, "geoms", [geom]))
    main = max(parts, key=lambda p: p.area)
    territory = shapely.union_all([p for p in parts if p.distance(main) < TERRITORY_GAP_DEG])
    centre = median_centre(territory)
    if conventional is not None and haversine_km(*centre, *conventional) > CONVENTIONAL_POINT_KM:
        centre = conventional
    return inside(geom, centre)


def inside(geom, point: tuple[float, float]) -> tuple[float, float]:
    """``point`` if it lies in ``geom``, else the nearest spot of land a little inside it.

    A centre can fall in the sea between islands or, for a country with a hole, in its
    neighbour (Israel's in the West Bank); a country's point must be in the country.
    """
    import shapely
    from shapely.ops import nearest_points

    here = shapely.Point(point[1], point[0])
    if geom.contains(here):
        return point
    edge = nearest_points(geom, here)[0]
    inner = geom.intersection(edge.buffer(0.05)).representative_point()
    return inner.y, inner.x
