"""Places told with other names (invented sentences, real gazetteer and boundaries): a crossing
named by its two ends, a town's other name in brackets, a country's name in an appositive, a
capital or big city standing for its government, a capital told away from an unlisted name."""
from conftest import places_by_mention

from geomap.gazetteer import haversine_km


def test_a_crossing_named_by_its_two_ends_is_one_place_and_both_towns_stay():
    got = places_by_mention("Lorries queued for two days at the Mong Cai–Dongxing crossing on Friday, "
                            "customs officers said.")
    pair = got["Mong Cai–Dongxing"][0].entry
    assert pair.iso2 == "VN" and pair == got["Mong Cai"][0].entry
    assert got["Dongxing"][0].entry.iso2 == "CN"


def test_two_countries_joined_by_a_dash_are_no_crossing():
    got = places_by_mention("Vietnam-China border talks resumed on Monday in Lang Son.")
    assert not any("–" in k or "-" in k for k in got)


def test_a_bracketed_second_name_read_far_away_is_the_town():
    got = places_by_mention("Traders in Bosaso (Bender Cassim) said the road to Galkayo was closed on Monday.")
    assert got["Bender"][0].entry == got["Bosaso"][0].entry


def test_an_unlisted_name_with_the_town_s_name_in_brackets_is_that_town():
    got = places_by_mention("Families fled from Zeila (Saylac) to Loyada in Djibouti on Monday.")
    assert got["Zeila"][0].entry == got["Saylac"][0].entry


def test_a_province_in_brackets_keeps_its_reading():
    got = places_by_mention("Lorries crossed at Moyale (Ethiopia) and Sololo on Monday.")
    assert got["Ethiopia"][0].entry.place_type == "country"


def test_a_country_named_in_an_appositive_stays_the_country():
    got = places_by_mention("Refugees reached Ghat, the main town of Libya's south-west, after crossing from "
                            "Niger near Djanet, officials said.")
    assert all(p.entry.place_type == "country" and p.entry.iso2 == "LY" for p in got["Libya"])


def test_a_big_city_opening_a_sentence_with_a_speech_verb_is_a_government():
    got = places_by_mention("The army lost a post near the triangle. Benghazi accused Chadian rebels of crossing "
                            "into the Kufra district on Monday.")
    assert got["Benghazi"][0].role == "government"
    got = places_by_mention("Shelling hit Benghazi on Monday, and the army said it had lost a post.")
    assert got["Benghazi"][0].role == "place"


def test_a_capital_protested_to_or_financing_is_a_government():
    got = places_by_mention("Vientiane protested to Hanoi over a patrol near Lao Bao on Monday.")
    assert got["Hanoi"][0].role == "government"
    got = places_by_mention("Hanoi has financed new border posts near Lao Bao.")
    assert got["Hanoi"][0].role == "government"


def test_a_capital_told_away_from_an_unlisted_village_does_not_place_it():
    got = places_by_mention("Guards said on Monday that a lorry which had left Tehran at dawn was shot at near the "
                            "village of Qoshabulagh, close to Bilasuvar on the Azerbaijani side, and that Parsabad "
                            "hospital took the driver.")
    village, tehran = got["Qoshabulagh"][0].entry, got["Tehran"][0].entry
    assert haversine_km(village.lat, village.lon, tehran.lat, tehran.lon) > 300
    assert haversine_km(village.lat, village.lon, 39.42, 48.45) < 60  # at Bilasuvar (either side's town)


def test_a_town_named_like_a_country_stays_the_town_when_the_text_says_so():
    got = places_by_mention("Firefighters from the city of Turkey, in Hall County, Texas, were called out on Monday.")
    assert got["Turkey"][0].entry.iso2 == "US"


def test_a_demonym_standing_alone_after_in_is_a_region_not_evidence_for_its_country():
    from geomap.reading.pipeline import extract_text

    fc = extract_text("Ethiopia shut its frontier with Djibouti at Galafi on Friday after gunmen attacked a police "
                      "post in Somali. The border has long been porous.")
    pairs = {frozenset((f["properties"]["iso3_a"], f["properties"]["iso3_b"])) for f in fc["features"]
             if f["properties"]["layer"] == "frontier"}
    assert pairs == {frozenset(("DJI", "ETH"))}


def test_a_long_river_with_no_town_beside_it_is_at_the_town_the_article_is_about():
    got = places_by_mention("Drones pound Danube ports overnight.\n\nOfficials in Reni said the grain terminal in Reni "
                            "was hit twice, and that a fire in Reni burned until morning.")
    river, reni = got["Danube"][0].entry, got["Reni"][0].entry
    assert haversine_km(river.lat, river.lon, reni.lat, reni.lon) < 50
