"""Places found and not invented, on invented sentences and the real gazetteer: names inside
hyphenated words, lakes named after countries, plural kind words, sponsors' acronyms, common-word
towns the text types, towns across the frontier, provinces' namesake towns."""
from conftest import places_by_mention

from geomap.reading.pipeline import places_from_text

by_mention = places_by_mention


def _read(text):
    return {p.mention.text: p.entry for p in places_from_text(text)}


def test_a_town_before_based_is_a_place():
    got = _read("The Lusaka-based ministry said traders would be allowed back on Monday.")
    assert got["Lusaka"].iso2 == "ZM"


def test_two_towns_joined_by_a_hyphen_are_both_places():
    got = _read("Trucks queued for two days on the Livingstone-Kazungula road, Zambian officials said.")
    assert got["Livingstone"].iso2 == "ZM" and got["Kazungula"].iso2 == "ZM"


def test_a_hyphenated_name_the_gazetteer_knows_stays_whole():
    got = _read("Fighting resumed in Nagorno-Karabakh on Tuesday.")
    assert "Nagorno-Karabakh" in got and "Nagorno" not in got


def test_a_hyphenated_word_that_begins_a_longer_known_name_stays_whole():
    got = _read("Aid convoys left Pala for Mayo-Kebbi Ouest on Friday, Chadian officials said.")
    assert got["Mayo-Kebbi Ouest"].iso2 == "TD" and "Mayo" not in got and "Kebbi" not in got


def test_a_lake_named_after_a_country_is_no_mention_of_the_country():
    got = _read("Herders who crossed Lake Chad by canoe reached Maiduguri on Tuesday, Nigerian officials said.")
    assert "Chad" not in got and got["Maiduguri"].iso2 == "NG"


def test_a_plural_kind_word_after_one_name_types_it():
    got = _read("Floods swept away the Mtetezi bridges south of Tunduma, Tanzanian police said.")
    name, = [k for k in got if k.startswith("Mtetezi")]
    assert got[name].in_gazetteer is False and got[name].feature == "bridge" and got[name].iso2 == "TZ"


def test_a_sponsor_before_supported_or_funded_is_no_place():
    for text in ("Families sheltered in an MSF-supported camp near Kakuma, Kenyan officials said.",
                 "Families sheltered in a WFP-funded camp near Kakuma, Kenyan officials said."):
        got = _read(text)
        assert set(got) == {"Kakuma"}, got


def test_a_typed_crossing_named_by_common_words_is_the_town_the_gazetteer_knows():
    # "Ta Lung": English syllables, refused bare; typed as a crossing in Vietnam it is the town
    got = _read("Trucks were turned back at the Ta Lung crossing, officials in Cao Bang province said.")
    assert got["Ta Lung"].iso2 == "VN" and got["Ta Lung"].in_gazetteer


def test_a_name_of_capitalised_common_words_mid_sentence_is_read():
    got = _read("Shops in Dong Dang were shut on Monday as Chinese and Vietnamese officials met.")
    assert got["Dong Dang"].iso2 == "VN"


def test_a_typed_town_across_the_frontier_from_the_places_told_keeps_its_reading():
    got = _read("Police in Tarakea, in Rombo district, said the raiders fled to the village of Taveta.")
    assert got["Taveta"].iso2 == "KE" and got["Taveta"].in_gazetteer


def test_a_typed_crossing_with_nowhere_else_to_go_keeps_its_gazetteer_town():
    got = _read("The ministry said the Kazungula crossing into Botswana would reopen on Monday.")
    assert got["Kazungula"].iso2 == "ZM" and got["Kazungula"].in_gazetteer


def test_a_province_seat_named_like_it_beside_towns_of_the_province_is_the_town():
    got = _read("Boko Haram fighters attacked Bosso and Maine-Soroa overnight; in Diffa, officials said "
                "12 soldiers died.")
    assert got["Diffa"].place_type == "city"


def test_a_point_south_of_a_name_is_the_town_not_the_province():
    got = _read("Migrants were left in the desert south of In Guezzam, Nigerien officials in Arlit said.")
    assert got["In Guezzam"].place_type == "city"


def test_a_town_under_its_usual_transliteration_in_an_unnamed_country_is_kept():
    # "Sidi Barrani" is an alternate name of Sīdī Barānī: its own name spelt otherwise, no stranger
    got = _read("Sidi Barrani, about 90 km east of the Libyan frontier, took in the wounded on Sunday.")
    assert got["Sidi Barrani"].iso2 == "EG"


def test_a_unit_read_in_the_first_word_of_an_unknown_name_twice_is_still_no_place():
    got = by_mention("Shells hit villages around Ain Issa on Monday. Families fled villages north of Ain Issa "
                     "for Raqqa, Syrian Kurdish officials said.")
    assert all(p.entry.iso2 != "FR" for ps in got.values() for p in ps)


def test_a_place_before_based_holds_no_toll_of_its_own():
    # "a Paris-based monitor" says where the monitor sits: the deaths it tells stay Siavonga's
    from geomap.reading.pipeline import extract_text

    fc = extract_text("Air strikes hit fuel depots around Chirundu and Siavonga on Monday, Zambian officials said. "
                      "A Paris-based monitoring group said 14 smugglers were killed in Siavonga alone.",
                      published="2024-02-05")
    props = [f["properties"] for f in fc["features"]]
    assert any(p["layer"] == "place" and p["mention"] == "Paris" for p in props)
    tolls = {p["location"]: p["fatalities"] for p in props if p["layer"] == "incident"}
    assert tolls.get("Siavonga") == 14
