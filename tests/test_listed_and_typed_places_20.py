"""Places found from how a text lists, types and words them, on invented sentences and the real
gazetteer: names listed with places or after a cue, slash pairs, second names, the words shown
with a name that say which place it is, a country's state title, and more cue words."""
from conftest import places_by_mention

from geomap.reading.pipeline import extract_text


def _shown(text: str) -> dict:
    """The map's place mentions of a text -> their properties."""
    fc = extract_text(text)
    return {f["properties"]["mention"]: f["properties"] for f in fc["features"]
            if f["properties"]["layer"] == "place"}


# -- lists (geomap.reading.listed_names) --------------------------------------------------------

def test_a_cue_before_a_list_types_every_member():
    got = places_by_mention("Long queues formed on Monday at Kalomo, Mambova and Lusitu, Zambian officials said.")
    assert "Mambova" in got and "Lusitu" in got


def test_a_list_with_two_known_places_types_its_unknown_members():
    got = places_by_mention("Nakonde, Kapiri, Siavonga and Chanida will stay open until midnight, Zambia said.")
    assert "Kapiri" in got and "Chanida" in got


def test_a_plural_kind_after_a_list_types_its_first_member():
    got = places_by_mention("Zambia said the Mwami, Chanida and Katuna border posts near Chipata would open at six.")
    assert "Mwami" in got


def test_a_slash_pair_names_the_crossing_by_both_sides():
    got = places_by_mention("Kazungula/Mulilo will open at six on weekdays, Zambian officials said.")
    assert got["Mulilo"][0].entry.iso2 == "ZM" and not got["Mulilo"][0].entry.in_gazetteer


def test_a_list_of_people_is_no_list_of_places():
    got = places_by_mention("Banda, Phiri, Mwale and Tembo were arrested in Siavonga, Zambian police said.")
    assert not {"Phiri", "Mwale", "Tembo"} & set(got)


def test_a_list_with_few_places_among_many_names_is_no_list_of_places():
    got = places_by_mention("The recall covers juice sold as Brixtonia, Kalomo, Farnwell, Siavonga, Trelbury, "
                            "Ostravale and Mulverton, Zambian regulators said.")
    assert not {"Farnwell", "Trelbury", "Ostravale", "Mulverton"} & set(got)


def test_the_neighbouring_villages_of_a_list():
    got = places_by_mention("Residents of Siavonga and the neighbouring villages of Lusitu and Mambova protested "
                            "on Monday, Zambian officials said.")
    assert "Lusitu" in got and "Mambova" in got


def test_a_nationality_before_post_of_says_whose_border_post_it_is():
    got = places_by_mention("Most lorries cross at Chirundu, opposite the Zimbabwean post of Mulilo, Zambian "
                            "officials said.")
    assert "Mulilo" in got


# -- second names, rivers, sentences that move along the frontier ---------------------------------

def test_a_second_name_which_others_call_is_the_same_place():
    got = places_by_mention("The lorries were waved through at Siavonga, which fishermen call Lusitu, on Friday.")
    assert got["Lusitu"][0].entry.placed_at == "Siavonga"


def test_across_a_river_from_a_described_town():
    got = places_by_mention("Farmers blocked the bridge across the Lunsemfwa from the Zambian town of Kapiri Mposhi.")
    assert got["Lunsemfwa"][0].entry.placed_at == "Kapiri Mposhi"


def test_a_sentence_that_moves_farther_along_the_frontier_places_its_hinted_name():
    got = places_by_mention("Police in Siavonga, Zambia, said smugglers were arrested on Monday. "
                            "Farther north, at Lusitu, the army has started building a new observation post.")
    assert "Lusitu" in got


def test_a_lorry_that_entered_from_a_place():
    got = places_by_mention("Zambian customs officers in Nakonde found 19 people in a lorry that had entered "
                            "from Chanida.")
    assert "Chanida" in got


def test_leaders_from_a_place():
    got = places_by_mention("Community leaders from Lusitu said the river had burst its banks near Siavonga, Zambia.")
    assert "Lusitu" in got


def test_a_bare_post_after_a_name_is_a_crossing_but_a_paper_is_not():
    got = _shown("Traffic at the Katuna post resumed on Tuesday, Ugandan officials told the Daily Monitor in Kabale.")
    assert "Katuna post" in got


def test_a_sentence_opening_comparative_before_posts_is_no_name():
    got = places_by_mention("Zambia opened the Nakonde crossing all night. Smaller posts along the border, which "
                            "runs past Siavonga and Kariba, keep normal hours.")
    assert not [m for m in got if m.startswith("Smaller")]


def test_the_port_of_and_an_outpost_type_unknown_names():
    got = places_by_mention("Traders from Mpulungu also use the lake port of Mulilo. Soldiers reached Kasumbalesa, "
                            "a military outpost in Copperbelt province, on Friday.")
    assert "Mulilo" in got and "Kasumbalesa" in got


# -- what the map shows (geomap.reading.unit_shown) -----------------------------------------------

def test_a_unit_named_by_directions_is_shown_with_its_word_a_unit_named_by_its_name_is_not():
    got = _shown("Two traders were robbed near Bawku in Ghana's Upper East region, and the suspects fled "
                 "towards Zambia's Muchinga province, police said.")
    assert "Upper East region" in got  # bare "Upper East" is a side of the country
    assert "Muchinga" in got and "Muchinga province" not in got  # the name alone names the unit


def test_a_countryside_and_a_town_landmark_are_shown_with_their_name():
    got = _shown("Shells fell on villages in the Aleppo countryside, officials in Aleppo said.")
    assert "Aleppo countryside" in got
    got = _shown("Officials in Livingstone said the Kazungula bridge was closed to lorries, Zambia said.")
    assert "Kazungula bridge" in got


def test_a_country_takes_no_unit_word_but_its_state_title():
    got = _shown("Zambia state television said the lorries were sent back to the Republic of Zimbabwe.")
    assert "Zambia" in got and "Republic of Zimbabwe" in got


def test_a_mention_ending_in_its_kind_word_takes_no_second():
    got = _shown("The bomb went off near the Lunsemfwa river bridge, police in Kapiri Mposhi said.")
    assert "Lunsemfwa river bridge" not in got
