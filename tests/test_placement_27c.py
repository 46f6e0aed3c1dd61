"""Names with a bracketed qualifier (place27c): "Frankfurt (Oder)" is the town on the Oder, not
Frankfurt am Main, and so is a bare "Frankfurt" later in the same article."""

from geomap.gazetteer import haversine_km
from geomap.reading.pipeline import extract_text


def _features(text, layer):
    fc = extract_text(text, published="2026-05-10")
    return [f for f in fc["features"] if f["properties"]["layer"] == layer]


def test_a_bracketed_qualifier_picks_the_town_it_names():
    places = _features("Polish and German police met in Frankfurt (Oder) on Monday after migrants crossed the "
                       "bridge from Slubice. Police in Frankfurt said two men were held.", "place")
    frankfurt = [f for f in places if f["properties"]["mention"].startswith("Frankfurt")]
    assert [f["properties"]["mention"] for f in frankfurt] == ["Frankfurt (Oder)", "Frankfurt"]
    for f in frankfurt:
        lon, lat = f["geometry"]["coordinates"]
        assert haversine_km(lat, lon, 52.347, 14.551) < 15


def test_a_country_in_brackets_stays_a_place_of_its_own():
    places = _features("Fighting near Kidal (Mali) on Monday killed four soldiers.", "place")
    assert {f["properties"]["mention"] for f in places} >= {"Kidal", "Mali"}

