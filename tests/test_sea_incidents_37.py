"""Incidents at sea near islands (round 37, sea37): an island told inside a sea keeps its own point,
a sea is the water and not a unit named after it, shots at a craft and a craft lost in a chase are
incidents. Passages in sea_incident_passages.py (tune and frozen halves)."""
from __future__ import annotations

from geomap import api
from geomap.gazetteer import haversine_km
from sea_incident_passages import FROZEN, TUNE, incidents_of, score_half

PUBLISHED = "2026-06-03"


def _places(text: str) -> dict[str, dict]:
    fc = api.read(text, published=PUBLISHED).to_geojson()
    return {f["properties"]["mention"]: f for f in fc["features"] if f["properties"].get("layer") == "place"}


def _near(points, lat, lon, km=40.0) -> bool:
    return any(haversine_km(lat, lon, a, b) <= km for a, b in points)


def test_a_sea_is_the_water_not_a_province_named_for_it():
    # Sudan's Red Sea state is a third country's province in a Saudi-Eritrean story
    text = ("Saudi border guard boats detained 12 Eritrean fishermen in the southern Red Sea on Monday, "
            "officials in Jizan said.")
    sea = _places(text)["Red Sea"]
    assert sea["properties"].get("name") == "Red Sea"
    lon, lat = sea["geometry"]["coordinates"]
    assert haversine_km(lat, lon, 19.59, 35.76) > 200  # not at Sudan's Red Sea state


def test_a_province_named_for_a_sea_stays_with_its_unit_word():
    text = "Flash floods cut the road between Port Sudan and Tokar in Red Sea state on Monday."
    lon, lat = _places(text)["Red Sea"]["geometry"]["coordinates"]
    assert haversine_km(lat, lon, 19.59, 35.76) < 100


def test_an_island_told_in_a_sea_keeps_its_own_point():
    # the island is in the table; "in the Gulf of Thailand" is no unit that must hold its point
    assert _near(incidents_of(TUNE[0][0]), 11.65, 102.55)


def test_shots_at_a_craft_are_an_incident():
    assert _near(incidents_of(TUNE[2][0]), 10.63, -61.87)


def test_a_craft_lost_in_a_chase_is_an_incident():
    assert _near(incidents_of(TUNE[4][0]), 18.40, -75.01)


def test_a_capsizing_with_no_patrol_is_no_incident():
    text = "A ferry capsized in a storm off Navassa Island on Monday; all 30 passengers were rescued."
    assert not incidents_of(text)
    text = ("A boat carrying 40 migrants sank off Navassa Island on Monday and a coast guard patrol boat "
            "rescued 31 of them.")
    assert not incidents_of(text)


def test_an_unknown_island_in_a_sea_is_by_the_article_not_the_sea_middle():
    text = ("Azerbaijani border guards detained nine Iranian fishermen near Garasu island in the Caspian Sea "
            "on Monday, officials in Lankaran said.")
    lon, lat = _places(text)["Garasu island"]["geometry"]["coordinates"]
    assert haversine_km(lat, lon, 38.75, 48.85) < 60  # by Lankaran, not at the Caspian's middle (41.5, 50.5)
    assert not _near(incidents_of(text), 41.5, 50.5, 100)


def test_passages_tune_half():
    assert score_half(TUNE) == (7, 7)


def test_passages_frozen_half_measured():
    found, told = score_half(FROZEN)  # 2/6 before round 37, 3/6 after
    assert found >= 3


def test_islands_at_sea_are_found_by_either_sides_name():
    from geomap.gazetteer.lookup import get_gazetteer

    g = get_gazetteer()
    for a, b in (("Kunashiri", "Kunashir"), ("Ratmanov Island", "Big Diomede"), ("Etorofu", "Iturup")):
        ea, eb = g.lookup(a, fuzzy=False)[0], g.lookup(b, fuzzy=False)[0]
        assert ea.gid == eb.gid and ea.place_type == "landmark"


def test_an_island_named_like_a_far_town_is_the_island():
    # St. Lawrence, New York is 5,000 km from the Bering Sea
    text = ("A Russian patrol boat shadowed an American trawler near St. Lawrence Island in the Bering Sea on "
            "Friday, the Coast Guard in Juneau said.")
    assert _near(incidents_of(text), 63.40, -170.30)


def test_a_seized_craft_is_placed_where_seized_not_at_the_port_it_was_taken_to():
    text = ("A Russian border guard ship seized an American crab boat in the Bering Strait on Thursday and "
            "escorted it to the port of Provideniya in Chukotka.")
    got = incidents_of(text)
    assert _near(got, 65.80, -169.0)  # the strait, though the table gives it one shore (US) of the two
    assert not _near(got, 64.42, -173.23) and not _near(got, 66.42, 171.41, 100)  # not the port nor its okrug
    assert _near(incidents_of(TUNE[6][0]), 44.47, 50.25)


def test_an_island_the_gazetteer_knows_is_named_with_its_word():
    places = _places(TUNE[0][0])
    assert "Koh Kood island" in places and "Koh Kood" not in places


def test_a_port_a_craft_was_escorted_into_is_its_place_when_the_sentence_has_no_other():
    text = ("On Monday the coast guard escorted a Russian trawler into Hammerfest after inspectors found eight "
            "tonnes of undeclared cod in its hold, and the captain was arrested.")
    assert _near(incidents_of(text), 70.66, 23.68)
