"""Incidents at their own towns in invented passages (tests/fixtures/placement_passages_28b.json):
several towns whose residents tell of shelling near "their villages", a border town named like a
larger place elsewhere, a village told with the corridor, plain or plateau it lies on ("near X, on
the Y corridor") and a search of a vehicle "arriving from" another town. Scores before -> after the
round's rules: tune 11/13 incidents, 0/0 tolls, 4 false -> 13/13, 0/0, 0 false; frozen 12/13,
1/1, 0 false -> 12/13, 1/1, 0 false (its second residents' town, Kailahun, was counted before only
because the Makona river line passed near it; it now has its own point). Miss left: Puerto Rico
(Misiones) read on a stretch of the Argentina-Paraguay frontier 250 km away."""

import pytest

from incident_passages import incident_properties, load_passages, passage_scores

PASSAGES = load_passages("placement_passages_28b.json")


@pytest.mark.parametrize("half,incidents,tolls,false", [("tune", 13, 0, 0), ("frozen", 12, 1, 0)])
def test_placement_passages(half, incidents, tolls, false):
    found, right, wrong = passage_scores(PASSAGES, half)
    assert len(wrong) <= false
    assert found >= incidents and right >= tolls


def _locations(text):
    return [p["location"] for p in incident_properties(text, "2026-05-01")]


@pytest.mark.parametrize("where,badrah", [("near their towns", True), ("on army positions in the desert", False)])
def test_each_residents_town_is_a_place_of_shelling_near_their_homes(where, badrah):
    # "Residents of X and Y said shells fell near their villages": both towns were shelled; shells
    # that fell elsewhere were only told by the people of X and Y
    locs = _locations("Iraq says Iran shelled border\n\nBAGHDAD, March 8 - Residents of Mandali and Badrah said "
                      f"shells fell {where} in the afternoon.\n")
    assert ("Badrah" in locs) is badrah


def test_named_feature_is_not_a_second_place():
    # "near X, on the Y road": the road is named after the town it leads to, far away
    locs = _locations("Iran arrests smugglers\n\nTEHRAN, May 2 - Iranian police arrested two smugglers near Taybad, "
                      "on the Mashhad road, on Monday and seized 80 kg of opium, police said.\n")
    assert "Mashhad" not in locs and "Tāybād" in locs


def test_town_a_vehicle_came_from_is_not_the_place():
    # "lorries arriving from X ... and arrested their drivers": the arrest was where the lorries were searched
    locs = _locations("Sierra Leone police seize fuel\n\nFREETOWN, May 2 - Police at Koindu seized fuel from lorries "
                      "arriving from Kailahun on Monday and arrested their drivers, police said.\n")
    assert "Kailahun" not in locs and "Koindu" in locs


def test_crossing_read_on_another_frontier_is_the_namesake_on_the_story_frontier():
    # the gazetteer's "Karameh" crossing stands on Jordan's border with Iraq; the story is at the Jordan river
    from geomap.gazetteer import haversine_km
    from geomap.reading.pipeline import extract_text

    fc = extract_text("Israel closes Allenby crossing after shooting\n\nAMMAN, Sept 9 - Israeli forces closed the Allenby "
                      "Bridge, known in Jordan as the Al Karama crossing, on Monday after a Jordanian truck driver shot dead "
                      "three Israeli guards at the crossing, Jordanian officials said.\n", published="2026-09-10")
    points = [f["geometry"]["coordinates"] for f in fc["features"] if f["properties"]["layer"] == "incident"]
    assert points and all(haversine_km(lat, lon, 31.87, 35.54) < 25 for lon, lat in points)
