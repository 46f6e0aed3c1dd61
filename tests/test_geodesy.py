"""geomap.boundaries.geodesy and geomap.boundaries.lines on plain shapely geometries."""
from __future__ import annotations

import shapely
from pyproj import Geod

from geomap.boundaries.geodesy import geodesic_distance_km, geodesic_km, haversine_km, km_to_deg, local_projection
from geomap.boundaries.lines import midpoint, position_along, shared_lines
from geomap.gazetteer import haversine_km as gazetteer_haversine


def test_one_degree_of_meridian_is_about_111_km():
    assert abs(geodesic_km(shapely.LineString([(0, 0), (0, 1)])) - 110.57) < 0.05


def test_distance_is_zero_when_touching_and_geodesic_otherwise():
    a = shapely.box(0, 0, 1, 1)
    assert geodesic_distance_km(a, shapely.box(1, 0, 2, 1)) == 0.0
    far = geodesic_distance_km(a, shapely.Point(2, 0.5))
    assert abs(far - Geod(ellps="WGS84").inv(1, 0.5, 2, 0.5)[2] / 1000) < 1e-6


def test_haversine_agrees_with_the_ellipsoid_and_is_the_gazetteers():
    assert haversine_km is gazetteer_haversine
    bangkok_phnom_penh = haversine_km(13.75, 100.5, 11.56, 104.92)
    ellipsoid = Geod(ellps="WGS84").inv(100.5, 13.75, 104.92, 11.56)[2] / 1000
    assert abs(bangkok_phnom_penh - ellipsoid) / ellipsoid < 0.005


def test_km_to_deg_covers_the_distance_at_the_line_latitude():
    line = shapely.LineString([(10, 60), (11, 60)])
    deg = km_to_deg(100, line)
    assert deg * 111.32 * 0.5 >= 100 * 0.999  # cos 60° = 0.5
    assert km_to_deg(0, line) == 0.0


def test_local_projection_round_trip_in_metres():
    to_local, to_lonlat = local_projection(100.0, 14.0)
    here = shapely.Point(100.0, 14.0)
    assert shapely.transform(here, to_local).distance(shapely.Point(0, 0)) < 1e-6
    east = shapely.transform(shapely.Point(1000.0, 0.0), to_lonlat)
    assert abs(geodesic_km(shapely.LineString([(100.0, 14.0), (east.x, east.y)])) - 1.0) < 1e-3


def test_shared_lines_midpoint_and_position():
    left, right = shapely.box(0, 0, 1, 1), shapely.box(1, 0, 2, 1)
    edge = shared_lines(left.boundary, right)
    assert edge is not None and abs(edge.length - 1.0) < 1e-9
    mid = midpoint(edge)
    assert (mid.x, mid.y) == (1.0, 0.5)
    assert position_along(edge, shapely.Point(1, 0.25)) in (0.25, 0.75)
    assert shared_lines(left.boundary, shapely.box(5, 5, 6, 6)) is None
