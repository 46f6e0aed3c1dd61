"""A province's stretch of frontier keeps a vertex every ~11 km along surveyed straight lines.

Long straight frontiers (the 49th parallel, Saharan lines) are two points far apart in the
boundary data; a reader that measures to vertices, as point-radius filters do, would not see an
incident placed on such a stretch anywhere but at its ends.
"""

from __future__ import annotations

import math

import shapely.geometry

from geomap import settings
from geomap.reading.borders import default_borders
from geomap.reading.pipeline import extract_text


def _longest_step(coords) -> float:
    return max(math.dist(p, q) for p, q in zip(coords, coords[1:]))


def test_a_straight_stretch_gets_vertices_all_along_it_and_keeps_its_course():
    geom = default_borders().stretch_geometry("USA", "CAN", "Montana", "USA")
    assert geom["type"] == "LineString"
    assert _longest_step(geom["coordinates"]) <= settings.STRETCH_VERTEX_DEG * 1.01
    line = shapely.geometry.shape(geom)
    # still the 49th parallel from the Rockies to the Dakotas, not a new course
    assert line.length > 11
    assert all(abs(lat - 49.0) < 0.01 for _, lat in geom["coordinates"])


def test_an_incident_on_a_straight_stretch_has_a_vertex_near_any_point_of_it():
    text = ("Residents of the border village of Kelloway Flats in Montana, United States, are living in fear after "
            "smugglers crossing from Canada allegedly shot dead a rancher on Sunday morning.")
    got = [f for f in extract_text(text, published="2025-06-04")["features"]
           if f["properties"]["layer"] == "incident" and f["geometry"]["type"] == "LineString"]
    assert got, "the incident is drawn on Montana's stretch of the frontier"
    assert _longest_step(got[0]["geometry"]["coordinates"]) <= settings.STRETCH_VERTEX_DEG * 1.01
