"""Bare names the words around them hint to be places (geomap.text.place_hints), read into
unlisted places by geomap.reading.unlisted, on the real gazetteer. Sentences invented."""
from conftest import places_by_mention

from geomap.gazetteer import get_gazetteer
from geomap.text.place_hints import person_words, place_hints
from geomap.text.sentences import split_sentences


def hints(text):
    return {c.name: c for c in place_hints(text, split_sentences(text))}


by_mention = places_by_mention


def test_prepositions_verbs_and_lists_hint_places():
    text = ("Rebels seized Wakorre and shelled Dhabiso, and shells landed near Olkirima and in Ngare "
            "and Marsabit; residents of Tulla fled to Kargi.")
    got = hints(text)
    assert {"Wakorre", "Dhabiso", "Olkirima", "Ngare", "Marsabit", "Tulla", "Kargi"} <= set(got)
    assert all(c.weak for c in got.values())


def test_a_hinted_village_absent_from_the_gazetteer_is_placed_at_the_town_beside_it():
    assert not get_gazetteer().lookup("Wakorre", fuzzy=False)  # invented: no gazetteer holds it
    got = by_mention("Militants fired mortars at Wakorre and El Wak on Sunday, Kenyan police said.")
    village, town = got["Wakorre"][0].entry, got["El Wak"][0].entry
    assert village.in_gazetteer is False and village.iso2 == "KE" and village.placed_at == "El Wak"
    assert (village.lat, village.lon) == (town.lat, town.lon)


def test_a_typed_name_with_no_place_in_its_sentence_goes_to_the_place_named_before():
    text = ("Aid convoys left Garissa on Sunday; Garissa officials said roads were open. Fighting was "
            "reported in Mandera County on Monday. Hundreds of families now shelter in the Dhamaso camps.")
    p = by_mention(text)["Dhamaso camps"][0].entry
    assert p.in_gazetteer is False and p.iso2 == "KE" and "Mandera" in p.placed_at


def test_numbered_regions_and_foreign_geographic_words_name_places():
    got = by_mention("Police in Region Nine said gunmen had crossed from Brazil near Lethem, Guyana.")
    assert got["Region Nine"][0].entry.iso2 == "GY" and got["Region Nine"][0].entry.in_gazetteer is False
    got = by_mention("Ecuadorean troops patrolled the Cerro Manaxa ridge near Zamora, Ecuador said.")
    assert got["Cerro Manaxa"][0].entry.iso2 == "EC"


def test_people_organisations_and_common_words_are_not_hinted_places():
    text = ("President Ruto met Governor Abdi Wario in Nairobi. Wario said talks at Reuters were useless, and "
            "officials in Parliament spoke to Kagame, Kenya said.")
    got = by_mention(text)
    assert not {"Wario", "Reuters", "Parliament", "Kagame", "Ruto"} & set(got)
    assert "wario" in person_words(text, split_sentences(text))
    # a name the article gives a person is not a place after "around"
    got = by_mention("Governor Jeremiah Lomorukai visited Lodwar, Kenya. Supporters rallied around Lomorukai on Sunday.")
    assert "Lodwar" in got and "Lomorukai" not in got


def test_languages_and_armed_groups_are_not_hinted_places():
    got = hints("The governor said in Kiswahili that drones attacked Fano positions near Gondar and shelled Kobo.")
    assert "Kiswahili" not in got and "Fano" not in got and "Kobo" in got



def test_the_word_filter_changes_no_hint(monkeypatch):
    """Only words some rule starts from are read: every hint is the one a reading of every word gives."""
    from conftest import same_without_word_filter

    from geomap.text import place_hints as module

    assert sum(map(len, same_without_word_filter(monkeypatch, module, "_HINT_WORDS", place_hints))) > 50


def test_a_second_direction_of_flight_hints_its_names_too():
    text = "Thousands fled Orvasso, heading north to Belcarra or east to Tumbeni and Ravasque, close to the border."
    got = {c.name for c in place_hints(text, split_sentences(text))}
    assert {"Belcarra", "Tumbeni", "Ravasque"} <= got


def test_a_hinted_name_told_in_a_province_is_placed_in_that_province_before_a_nearer_guess():
    text = ("Shells fired from Syria wounded two people in Tal Abyad and in the Turkish town of Velkamra. "
            "In Velkamra, in Hatay province, the shell landed in a garden.")
    p = by_mention(text)["Velkamra"]
    assert {x.entry.iso2 for x in p} == {"TR"} and all(x.entry.placed_at == "Hatay" for x in p)


def test_a_conflict_named_after_an_unknown_word_hints_the_region_it_is_fought_in():
    got = by_mention("Chadian soldiers were killed near Bol, close to the border with Niger, on Sunday. The Kalamoudi "
                     "conflict has killed thousands since 2009.")
    region = got["Kalamoudi"][0].entry
    assert region.place_type == "region" and region.in_gazetteer is False and region.iso2 in ("TD", "NE")
    # a conflict told with its place is named after a group or a leader, not a place
    assert "Kalamoudi Nsapu" not in hints("Thousands fled the Kalamoudi Nsapu conflict in Kasai into Angola.")
    assert "Kalamoudi" not in hints("Thousands fled the Kalamoudi conflict in Kasai into Angola.")


def test_the_villages_farmers_and_herders_come_from_are_hinted():
    got = hints("Farmers from Dzimbiri lost crops, and herders from Kalimbo and Sesenyi lost cattle.")
    assert {"Dzimbiri", "Kalimbo", "Sesenyi"} <= set(got)


def test_two_names_before_herders_are_peoples_not_places():
    got = hints("Clashes between Bororo Choa and Mbanbo herders left ten dead near Dakoro.")
    assert "Bororo Choa" not in got and "Mbanbo" not in got and "Dakoro" in got


def test_the_second_village_people_come_from_is_hinted_though_they_speak_after_it():
    got = hints("Herders from Kalimbo and Sesenyi said the patrol had fired first. Villagers in Tanguiéta "
                "and Bessari said motorbikes were seen.")
    assert {"Kalimbo", "Sesenyi", "Tanguiéta", "Bessari"} <= set(got)



def test_mount_opens_the_name_of_a_mountain():
    from geomap.text.place_hints import place_hints
    from geomap.text.sentences import split_sentences

    text = "Smugglers crossed near Mount Mulanje on Monday."
    got = {c.name: c for c in place_hints(text, split_sentences(text))}
    assert (got["Mount Mulanje"].kind, got["Mount Mulanje"].place_type) == ("mount", "landmark")


def test_routes_and_journeys_hint_at_the_places_they_lead_through_or_to():
    from geomap.text.place_hints import place_hints
    from geomap.text.sentences import split_sentences

    text = ("Trucks bound for Livingstone were sent through Kazungula and Mambova instead. Families left along "
            "the forest track to Sichifulo, and some 70 others walked to Mwandi, where they have relatives.")
    got = {c.name for c in place_hints(text, split_sentences(text))}
    assert {"Mambova", "Sichifulo", "Mwandi"} <= got
    text = "Some 900 refugees were relocated by road to Kalengwa on Monday."  # how they went, not a road to it
    assert "Kalengwa" not in {c.name for c in place_hints(text, split_sentences(text))}


def test_the_unit_after_a_hinted_name_is_the_one_after_its_countrys_name():
    # "X, in Ghana's Upper East region": X lies in the region, not at Ghana's middle
    text = ("Gunmen from Burkina Faso attacked Bawku on Monday. In Nangodi, in Ghana's Upper East region, schools "
            "were closed.")
    cue = next(c for c in place_hints(text, split_sentences(text)) if c.name == "Nangodi")
    assert text[cue.anchor_start:].startswith("Upper East")
    assert not get_gazetteer().hits("nangodi")
    village = places_by_mention(text)["Nangodi"][0].entry
    assert village.iso2 == "GH" and village.lat > 10.0  # in the Upper East, by Burkina Faso (Ghana's middle: 7.8)
