"""Border villages and towns the gazetteer holds only as far namesakes, in invented passages
(tests/fixtures/placement_passages_31.json): "the border town of X", "border villages in X",
"X, a Guinean village on the border", "an Ivorian village near the border with C", each a name
the gazetteer holds hundreds of km from that frontier in one of its countries, with the story's
other places on the frontier; and four controls ("25 km south of Y", "X, a village near Y").
Scores before -> after the round's rule (``geomap.reading.far_border_towns``): tune 4/6
incidents, 2/4 tolls, 4 false -> 6/6, 4/4, 0 false; frozen 4/6, 2/4, 3 false -> 6/6, 4/4, 1 false
(left: "from the port of Djibouti", where trucks came from, read as a second attack place)."""

import pytest

from incident_passages import incident_properties, load_passages, passage_scores

PASSAGES = load_passages("placement_passages_31.json")


@pytest.mark.parametrize("half,incidents,tolls,false", [("tune", 6, 4, 0), ("frozen", 6, 4, 1)])
def test_placement_passages(half, incidents, tolls, false):
    found, right, wrong = passage_scores(PASSAGES, half)
    assert len(wrong) <= false
    assert found >= incidents and right >= tolls


def _places(text):
    from geomap.reading.pipeline import places_from_text

    return {p.mention.text: p.entry for p in places_from_text(text)}


def test_border_villages_in_a_far_namesake_stand_by_the_story():
    # the gazetteer's Begoro lies 430 km south, far from Ghana's frontier with Burkina Faso
    from geomap.gazetteer import haversine_km

    e = _places("Gunmen kill farmers in Ghana\n\nACCRA, Feb 8 - Gunmen who crossed from Burkina Faso attacked "
                "border villages in Begoro on Sunday night, killing four farmers. The wounded were taken to "
                "the hospital in Navrongo, police said.\n")["Begoro"]
    assert not e.in_gazetteer and haversine_km(e.lat, e.lon, 10.89, -1.09) < 30


def test_a_village_of_a_people_on_the_border_is_not_its_far_namesake():
    # "Kintinian, a Guinean village on the border" in a story at the Liberian frontier (the gazetteer's
    # Kintinian lies 340 km north of it)
    e = _places("Liberian officer killed\n\nMONROVIA, July 4 - Smugglers shot dead a Liberian police officer at "
                "Kintinian, a Guinean village on the border, on Friday. His body was brought back through Ganta.\n")[
        "Kintinian"]
    assert not e.in_gazetteer and e.placed_at == "Ganta"


def test_a_border_town_near_its_frontier_keeps_its_reading():
    e = _places("Ghana closes crossing\n\nACCRA, Feb 8 - Ghana closed the border town of Navrongo's market "
                "after gunmen from Burkina Faso attacked border villages in Navrongo district, police said.\n")[
        "Navrongo"]
    assert e.in_gazetteer


@pytest.mark.parametrize("text,told", [
    ("Police in the Afghan border town of Zaranj said", True),
    ("Gunmen attacked border communities around Zaranj on Sunday", True),
    ("Gunmen attacked villages around Zaranj on Sunday", False),
    ("the Afghan town of Zaranj", False),
])
def test_told_on_border(text, told):
    from geomap.text.border_told import told_on_border

    start = text.index("Zaranj")
    assert told_on_border(text, start, start + len("Zaranj")) is told


def test_incidents_at_a_far_border_town_are_by_the_story():
    # the killing "in border villages around Derzhavinsk" (a namesake 800 km north) is by the frontier town told
    from geomap.gazetteer import haversine_km
    from geomap.reading.pipeline import extract_text

    fc = extract_text("Kazakh farmer shot dead\n\nASTANA, Aug 29 - Uzbek border guards shot dead a Kazakh farmer in "
                      "border villages around Derzhavinsk on Saturday. Relatives took his body to Saryagash. "
                      "Kazakhstan protested to Uzbekistan.\n",
                      published="2026-08-30")
    points = [f["geometry"]["coordinates"] for f in fc["features"] if f["properties"]["layer"] == "incident"
              and f["properties"]["fatalities"] == 1]
    assert len(points) == 1 and haversine_km(points[0][1], points[0][0], 41.46, 69.17) < 30
