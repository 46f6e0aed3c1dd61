"""Incidents at the town or unit the text itself gives (place28a, round 28): a town told with its
state or province after a comma ("Derby Line, Vermont"), a name told as a town where a district
shares it ("Tachov town"), and a place told later with the unit that holds it ("The X, in the Y
District"), which also says its country. The sentences are invented for these tests (frontiers in
no fixture); each test fails when its rule is taken out."""

from geomap.gazetteer import haversine_km
from incident_passages import incident_properties

from geomap.reading.pipeline import extract_text


def _incidents(text, published):
    fc = extract_text(text, published=published)
    return [f for f in fc["features"] if f["properties"]["layer"] == "incident"]


def test_a_town_written_with_its_state_after_a_comma_is_that_town_though_its_name_is_common_words():
    got = incident_properties("A U.S. Border Patrol agent was shot and wounded on Tuesday night near Derby Line, Vermont, "
                              "officials said.", "2026-12-03")
    assert [p["location"] for p in got] == ["Derby Line"], got


def test_a_name_written_with_town_after_it_is_the_town_not_the_district_sharing_its_name():
    got = _incidents("Several hundred farmers protested on Tuesday in Tachov town against plans for a wind farm on the "
                     "German side of the border, Czech media reported.", "2026-05-06")
    assert got, got
    lon, lat = got[0]["geometry"]["coordinates"]
    assert haversine_km(lat, lon, 49.795, 12.634) < 3, got[0]["geometry"]


def test_a_place_told_later_in_a_unit_of_one_side_is_in_that_units_country_and_near_it():
    text = ("Hungarian poacher killed in Rădvani shoot-out\n\n"
            "A Hungarian national was shot dead on Wednesday during an encounter between Romanian forest rangers and a "
            "group of poachers deep inside the Rădvani forest, about three kilometres from the border with Hungary.\n\n"
            "The body was handed over to Hungarian police on Thursday at the crossing between Borş and Ártánd.\n\n"
            "The Rădvani, in Bihor County, has for years seen incursions by poachers from Hungary.\n")
    got = [f for f in _incidents(text, "2026-03-11") if f["properties"]["location"] == "Rădvani"]
    assert got and all(f["properties"]["iso3"] == "ROU" for f in got), [f["properties"] for f in got]
