"""Features at sea two states dispute, and the confrontations reported there (round 35).

Shoals, reefs, cays and islets (data/sea_features.csv) are read by either side's name and placed
at sea, never at a namesake inland; a story naming one is about the frontier at sea of the states
that dispute it, even when their coasts lie too far apart for a crossing; what ships do to each
other (water cannon, ramming, boarding, chasing, warning shots) is an incident there.
Invented passages; the real gazetteer and bundled boundaries.
"""
import pytest

from sea_feature_passages import FROZEN, TUNE, first_features, passage_right, score_half


def _near(inc, lat, lon, km=40.0):
    from geomap.gazetteer.geometry import haversine_km

    x, y = inc["geometry"]["coordinates"][:2]
    return haversine_km(y, x, lat, lon) <= km


def test_the_tune_half_stays_right():
    assert score_half(TUNE) >= 10


def test_the_frozen_half_stays_right():
    assert score_half(FROZEN) >= 8


def test_every_row_names_at_least_two_parties_and_its_holder_among_them():
    from geomap.gazetteer import countries
    from geomap.gazetteer.data_files import read_csv

    for row in read_csv("sea_features.csv"):
        parties = row["parties"].split("|")
        assert len(parties) >= 2 and row["iso2"] in parties, row["name"]
        assert all(countries.iso3_of(p, demonym=False, aliases=False, codes=True) for p in parties), row["name"]


@pytest.mark.parametrize("text,lat,lon", [
    # a feature told by the other side's name is the feature
    ("Turkish coast guard boats rammed a Greek patrol boat near the Kardak rocks on Tuesday, officials in Athens "
     "said; Ankara said the Greek boat had entered its waters.", 37.05, 27.15),
    # a long distance told at sea is taken literally
    ("A Norwegian coast guard vessel boarded a Russian trawler 200 miles north of Hammerfest on Monday, Norwegian "
     "officials said; Moscow protested.", 73.56, 23.68),
])
def test_an_incident_at_sea_is_where_the_text_puts_it(text, lat, lon):
    _, inc = first_features(text)
    assert inc is not None and _near(inc, lat, lon)


def test_states_far_apart_meet_at_sea_over_a_feature_both_claim():
    # Colombia's and Jamaica's coasts lie too far apart for a crossing: the bank is their frontier at sea
    fr, inc = first_features("A Jamaican fishing boat was boarded by a Colombian navy patrol at Bajo Nuevo on "
                             "Monday, officials in Kingston said, and Bogota said the bank was Colombian.")
    assert fr is not None and {fr["iso3_a"], fr["iso3_b"]} == {"COL", "JAM"}
    assert fr["frontier_kind"] == "maritime" and fr["length_km"] is None and "Bajo Nuevo" in fr["length_note"]


def test_states_far_apart_with_no_feature_named_get_no_frontier():
    fr, _ = first_features("A Jamaican fishing boat was boarded by a Colombian navy patrol on Monday, officials "
                           "in Kingston said, and Bogota said the boat was in Colombian waters.")
    assert fr is None


@pytest.mark.parametrize("sentence", [
    "Chinese coast guard ships fired water cannon at a Philippine supply boat on Sunday.",
    "A Chinese vessel deliberately rammed an escort ship on Sunday.",
    "Two coast guard boats collided in the strait on Sunday night.",
    "A navy patrol boarded the trawler on Sunday.",
    "A patrol boat fired warning shots at the trawler on Sunday.",
])
def test_confrontations_at_sea_are_events(sentence):
    from geomap.text.event_words import events_from_text

    assert [e.sub_event_type for e in events_from_text(sentence)][:1] == ["Other"]


def test_a_road_collision_is_no_event_at_sea():
    from geomap.text.event_words import events_from_text

    assert events_from_text("A truck collided with a bus on the highway on Sunday.") == []


def test_a_seized_ship_is_no_territory_taken():
    from geomap.text.event_words import events_from_text

    got = events_from_text("Iranian Revolutionary Guards seized a foreign oil tanker in the Gulf on Tuesday.")
    assert got and got[0].event_type == "Strategic developments"


def test_a_capital_that_calls_a_feature_by_its_name_is_its_government():
    _, inc = first_features("South Korean coast guard ships chased a Japanese survey vessel near the islets Seoul "
                            "calls Dokdo on Tuesday, Japanese officials said.")
    assert inc is not None and _near(inc, 37.24, 131.87)


def _countries_of(text: str, name: str) -> set[str]:
    """The ISO3 codes the places called ``name`` are read in."""
    from geomap.reading.pipeline import extract_text

    feats = extract_text(text, published="2026-03-03")["features"]
    return {f["properties"]["iso3"] for f in feats if f["properties"]["layer"] == "place"
            and f["properties"].get("name") == name}


def test_a_small_capital_written_with_its_territory_is_that_capital_wherever_named():
    assert _countries_of("STANLEY, Falkland Islands (AP) - A fisheries patrol arrested a trawler on Sunday and took it "
                         "to Stanley, the islands' government said.", "Stanley") == {"FLK"}


def test_a_big_namesake_alone_stays_the_big_town():
    assert _countries_of("Police in Stanley, County Durham, arrested two men after a fight on Sunday.",
                         "Stanley") == {"GBR"}


@pytest.mark.parametrize("sentence,km", [
    ("A patrol boarded the trawler 180 nautical miles north of Hammerfest.", 333.4),
    ("A patrol boarded the trawler 20 miles north of Hammerfest.", 32.2),
])
def test_nautical_miles_are_read_as_such(sentence, km):
    from geomap.text.cues import stated_offset

    got = stated_offset(sentence, sentence.index("Hammerfest"))
    assert got is not None and abs(got[0] - km) < 0.5 and got[1] == 0.0


def test_a_long_distance_on_land_is_not():
    _, inc = first_features("Russian troops shelled positions 200 km north of Kharkiv on Monday, Ukrainian "
                            "officials said.")
    assert inc is None or not _near(inc, 51.79, 36.23, km=60)


def test_a_boat_stopped_by_a_patrol_is_an_incident_where_it_was_stopped():
    _, inc = first_features("A Japanese crab boat from Nemuro was stopped by a Russian border guard patrol off "
                            "Shikotan on Tuesday, the Japanese foreign ministry said in Tokyo.")
    assert inc is not None and _near(inc, 43.80, 146.72)


def test_hong_kong_and_macau_meet_china_on_land():
    from geomap.reading.borders import default_borders

    b = default_borders()
    assert b.are_neighbours("HKG", "CHN") and b.are_neighbours("CHN", "MAC")
    assert not b.are_neighbours("JPN", "CHN")  # an island state with no land neighbour stays without


def test_a_craft_seized_at_sea_is_no_territory_taken():
    from geomap.text.event_words import events_from_text

    got = events_from_text("Shenzhen officials said two speedboats were seized off Yantian on Tuesday.")
    assert got and (got[0].event_type, got[0].sub_event_type) == ("Strategic developments", "Other")


def test_a_strait_between_the_two_states_is_a_water_at_sea():
    from geomap.reading.pipeline import extract_text

    feats = extract_text("A Ukrainian sea drone struck a Russian ferry in the Kerch Strait on Saturday, Russian "
                         "officials said.", published="2026-05-12")["features"]
    got = [f for f in feats if f["properties"]["layer"] == "place" and f["properties"].get("name") == "Kerch Strait"]
    assert got and got[0]["properties"]["place_type"] == "water"


def test_an_act_told_off_a_place_at_sea_is_there_not_at_the_home_port():
    from geomap.reading.pipeline import extract_text

    feats = extract_text("The Indonesian navy arrested 14 fishermen from Kuantan and seized two trawlers for fishing in "
                         "Indonesian waters off Ranai on Friday, officials in Jakarta said.",
                         published="2026-05-12")["features"]
    got = [f["properties"]["location"] for f in feats if f["properties"]["layer"] == "incident"]
    assert "Ranai" in got
