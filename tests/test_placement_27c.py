"""Places kept on their own point (place27c): a name with a bracketed qualifier is the town on
that river ("Frankfurt (Oder)", not Frankfurt am Main), and so is a bare "Frankfurt" later in the
same article; a village the gazetteer lacks, put at a town the text then gives a distance to
("fled to Obo, 60 km to the east"), lies that far from the town the other way."""

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





def _ndiffa_incident(last_words):
    """The incident at Ndiffa, a village the gazetteer lacks, first put at Birao's point."""
    text = ("Insecurity in Vakaga\n\nBANGUI — Renewed insecurity in Ndiffa has displaced some 900 residents to "
            "Birao, a UN agency said on Tuesday.\n\nArmed men attacked a displacement site on the edge of Ndiffa "
            f"on Monday, killing three people. Most of the site's residents fled to Birao, {last_words}")
    fc = extract_text(text, published="2026-05-10")
    (inc,) = [f for f in fc["features"] if f["properties"]["layer"] == "incident"
              and f["properties"]["location"] == "Ndiffa"]
    lon, lat = inc["geometry"]["coordinates"]
    return inc["properties"]["fatalities"], lat, lon


def test_a_village_put_at_a_town_given_a_distance_after_it_lies_that_far_the_other_way():
    fatalities, lat, lon = _ndiffa_incident("50 km to the north, the following day.")
    assert fatalities == 3
    assert haversine_km(lat, lon, 10.285 - 0.45, 22.788) < 10  # 50 km south of Birao, not at Birao


def test_a_distance_of_the_town_from_another_place_leaves_the_village_at_the_town():
    _, lat, lon = _ndiffa_incident("50 km north of the camp.")
    assert haversine_km(lat, lon, 10.285, 22.788) < 10  # "50 km north of" another place: no offset from Birao


def test_a_village_told_at_a_distance_from_a_town_lies_there_not_at_the_town():
    text = ("Gunmen kill five near Rwandan border\n\nGOMA — Gunmen killed five villagers in Kashebere, 30 km west "
            "of Goma, on Monday, local officials said. Rwanda denied any role.")
    fc = extract_text(text, published="2026-05-10")
    (inc,) = [f for f in fc["features"] if f["properties"]["layer"] == "incident"]
    lon, lat = inc["geometry"]["coordinates"]
    assert inc["properties"]["location"] == "Kashebere" and inc["properties"]["fatalities"] == 5
    assert haversine_km(lat, lon, -1.674, 29.228 - 0.27) < 8  # 30 km west of Goma
