"""Text -> mentions: what counts as a place mention, and what does not."""
import pytest

from conftest import places_by_mention

from geomap.gazetteer import get_gazetteer
from geomap.reading.mentions import mentions_from_text, tokenize


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


def spans(text, gaz):
    ms, _ = mentions_from_text(text, gaz)
    for m in ms:
        assert text[m.start:m.end] == m.text  # offsets slice the text exactly
    return [m.text for m in ms]


def test_tokenize_splits_possessives_and_keeps_hyphenated_names():
    toks = [t.text for t in tokenize("Armenia’s Nagorno-Karabakh and U.S. envoys")]
    assert toks == ["Armenia", "’s", "Nagorno-Karabakh", "and", "U.S.", "envoys"]


def test_countries_towns_and_admin_units_are_found(gaz):
    text = "Shelling hit Vovchansk in Ukraine's Kharkiv region, officials in Belgorod said."
    assert spans(text, gaz) == ["Vovchansk", "Ukraine", "Kharkiv", "Belgorod"]


def test_capitalised_province_is_part_of_the_name_lowercase_is_not(gaz):
    assert spans("Troops gathered in Sa Kaeo Province on Friday.", gaz) == ["Sa Kaeo Province"]
    ms, _ = mentions_from_text("Troops gathered in Kharkiv oblast.", gaz)
    assert [(m.text, m.suffix) for m in ms] == [("Kharkiv", "oblast")]


def test_longest_match_wins(gaz):
    assert spans("Soldiers fired near Preah Vihear Temple at dawn.", gaz) == ["Preah Vihear Temple"]
    assert spans("Flights to New York were cancelled.", gaz) == ["New York"]


@pytest.mark.parametrize("text", [
    "The talks resume on Wednesday and end on Saturday in May.",
    "To view this video please enable JavaScript and HTML5.",
    "Cambodia's Interior Ministry said it was optimistic.",
    "NATO and ASEAN issued statements, and the UN Security Council met.",
    "The Korean War ended in an armistice.",
    "Health officials warned about the Marburg virus.",
])
def test_words_that_are_not_places_are_not_mentions(gaz, text):
    found = spans(text, gaz)
    assert not {"Wednesday", "Saturday", "May", "JavaScript", "HTML5", "Interior", "NATO", "ASEAN",
                "UN", "Marburg", "War"} & set(found)


def test_organisation_named_after_a_place_is_not_a_place(gaz):
    assert "Bangkok" not in spans("The Bangkok Post reported heavy fighting.", gaz)


def test_demonyms_are_context_not_mentions(gaz):
    ms, ctx = mentions_from_text("Thai troops and Cambodian soldiers exchanged fire.", gaz)
    assert ms == []
    assert ctx.demonyms == {"TH": 1, "KH": 1}


def test_people_named_like_towns_are_not_places(gaz):
    text = ("Spokesman Daniel Hartl said the plant was safe. Hartl added that "
            "President Surin would visit.")
    found = spans(text, gaz)
    assert "Hartl" not in found and "Surin" not in found


def test_capital_speaking_is_marked_as_government(gaz):
    ms, _ = mentions_from_text('Officials said Bangkok was "very hopeful". Troops arrived in Bangkok.', gaz)
    assert [(m.text, m.government) for m in ms] == [("Bangkok", True), ("Bangkok", False)]


def test_common_words_that_name_small_places_are_not_places(gaz):
    text = "Heavy fighting continued. Until then, Senior officials hope to Reading."
    assert not {"Heavy", "Until", "Senior"} & set(spans(text, gaz))


def test_acronyms_only_as_country_codes(gaz):
    assert spans("The US and the FDA disagreed.", gaz) == ["US"]


def test_datelines_are_marked_not_places_of_events(gaz):
    text = "KHARKIV, Ukraine (AP) — Shelling hit Vovchansk on Monday.\nMAE SOT/BANGKOK — Troops moved."
    ms, _ = mentions_from_text(text, gaz)
    roles = {m.text: m.role for m in ms}
    assert roles["KHARKIV"] == "dateline" and roles["Ukraine"] == "dateline"
    assert roles["MAE SOT"] == "dateline" and roles["BANGKOK"] == "dateline"
    assert roles["Vovchansk"] == "place"


def test_capital_reporting_speaks_for_its_government(gaz):
    ms, _ = mentions_from_text("Yerevan said 49 soldiers died, while Baku reported 50 of its own dead.", gaz)
    assert [(m.text, m.role) for m in ms] == [("Yerevan", "government"), ("Baku", "government")]


def test_capitals_trading_blame_or_holding_land_are_governments(gaz):
    ms, _ = mentions_from_text("Baku and Yerevan traded blame for the fighting along their border.", gaz)
    assert [(m.text, m.role) for m in ms] == [("Baku", "government"), ("Yerevan", "government")]
    ms, _ = mentions_from_text("Abkhaz forces shelled the upper valley, the only part of the region held by "
                               "Tbilisi.", gaz)
    assert [(m.text, m.role) for m in ms if m.text == "Tbilisi"] == [("Tbilisi", "government")]
    ms, _ = mentions_from_text("Shells hit Kyiv and Kharkiv overnight.", gaz)
    assert all(m.role == "place" for m in ms)


@pytest.mark.parametrize("text,name,unit", [
    ("Thousands fled their homes in North Kivu province.", "North Kivu", "Nord-Kivu"),
    ("Refugees crossed into Gedaref state overnight.", "Gedaref", "Gedarif"),
    ("Shells fell in Raqqa governorate.", "Raqqa", "Ar Raqqah"),
])
def test_admin_word_reaches_units_spelt_otherwise(gaz, text, name, unit):
    ms, _ = mentions_from_text(text, gaz)
    m = [m for m in ms if m.text == name][0]
    assert unit in {h.entry.name for h in m.hits if h.entry.place_type == "admin1"}


def test_lowercase_landmark_word_completes_a_known_name(gaz):
    assert spans("Trucks queued at the Gallabat crossing on Monday.", gaz) == ["Gallabat crossing"]


def test_ethnic_adjectives_are_not_places(gaz):
    assert "Amhara" not in spans("Federal troops and allied Amhara militiamen advanced.", gaz)


def test_all_capital_dateline_city_is_read(gaz):
    ms, _ = mentions_from_text("GOMA, Democratic Republic of Congo (Reuters) — Shells hit the city.", gaz)
    assert [(m.text, m.role) for m in ms][:1] == [("GOMA", "dateline")]


def test_multiword_names_spelt_otherwise_and_shared_plural_suffix(gaz):
    ms, _ = mentions_from_text("Residents of Oddar Meanchey and Preah Vihear provinces had moved.", gaz)
    got = {m.text: (m.suffix, {h.entry.name for h in m.hits}) for m in ms}
    assert got["Oddar Meanchey"][0] == "province" and "Otdar Mean Chey" in got["Oddar Meanchey"][1]
    assert got["Preah Vihear"][0] == "province"


def test_a_city_common_only_as_itself_may_open_a_sentence():
    from geomap.reading.pipeline import places_from_text
    assert [p.entry.name for p in places_from_text("Peshawar was quiet on Sunday.")] == ["Peshawar"]
    assert places_from_text("Nice work by the team.") == []


def test_a_dateline_with_an_accented_capital_is_a_dateline():
    from geomap.reading.pipeline import places_from_text
    got = [(p.mention.text, p.role) for p in places_from_text("ADRÉ, Chad (Reuters) — Refugees crossed into Chad.")]
    assert got[0] == ("ADRÉ", "dateline") and got[1] == ("Chad", "dateline")


def test_whole_word_spans_are_the_look_around_regex_spans():
    import random
    import re

    from geomap.reading.mentions import _whole_word_spans

    rng = random.Random(15)
    for _ in range(3000):
        text = "".join(rng.choice("ab -_é.,1\n") for _ in range(rng.randint(0, 40)))
        name = "".join(rng.choice("ab a") for _ in range(rng.randint(1, 4)))
        want = [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]
        assert list(_whole_word_spans(text, name)) == want


def test_names_in_peoples_and_organisations_names_are_not_places(gaz):
    text = ("The White House said President George W. Bush spoke to Prime Minister Nawaf Salam about Beirut. "
            "Dissidents of the Comandos de la Frontera attacked a post in Putumayo, the Kenya Red Cross said.")
    got = spans(text, gaz)
    assert "Beirut" in got and "Putumayo" in got
    assert not {"Bush", "Salam", "Frontera", "Kenya"} & set(got)


def test_a_demonym_naming_a_first_level_unit_is_that_unit(gaz):
    ms, ctx = mentions_from_text("Fighters crossed from Somalia into Ethiopia’s Somali region on Monday.", gaz)
    somali = [m for m in ms if m.text == "Somali"]
    assert somali and any(h.entry.place_type == "admin1" and h.entry.iso2 == "ET" for h in somali[0].hits)


def test_a_lowercase_word_that_says_which_feature_is_part_of_the_shown_mention(gaz):
    from geomap.reading.pipeline import place_feature, places_from_text

    def shown(text):
        return [place_feature(p)["properties"]["mention"] for p in places_from_text(text)]

    # a physical feature is not the town of its name; a province whose name is also a town's
    assert "Fergana valley" in shown("Skirmishes over water are common in the Fergana valley, traders said.")
    assert "Herat province" in shown("A spokesman for the governor of Herat province said the road was shut.")
    # a word that only describes the unit stays out, and a later bare mention is the bare name
    assert shown("Floods hit Anhui province on Monday.") == ["Anhui"]
    got = shown("The governor of Herat province said Herat was calm.")
    assert got == ["Herat province", "Herat"]


def test_an_assimilated_arabic_article_joins_the_name(gaz):
    assert [t.text for t in tokenize("in Deir ez-Zor province") if t.is_cap] == ["Deir", "ez-Zor"]
    assert spans("Air strikes hit weapons depots in Deir ez-Zor on Monday.", gaz) == ["Deir ez-Zor"]


def test_a_direction_is_a_unit_only_with_its_word_after_its_countrys_possessive(gaz):
    ms, _ = mentions_from_text("Refugees from Baboua have crossed into Cameroon’s East region since Monday.", gaz)
    east = [m for m in ms if m.text == "East"]
    assert east and all(h.entry.iso2 == "CM" and h.entry.place_type == "admin1" for h in east[0].hits)
    assert spans("Fighting moved to the east of Cameroon and the East region of the map.", gaz) == ["Cameroon"]


def test_a_zone_the_gazetteer_lacks_is_an_unlisted_district():
    from geomap.reading.pipeline import places_from_text

    got = {p.mention.text: p.entry for p in places_from_text(
        "Fighting was reported inside Ethiopia’s Borana zone, traders said.")}
    assert got["Borana"].in_gazetteer is False and got["Borana"].iso2 == "ET"
    assert got["Borana"].place_type == "admin2"


def test_a_capitalised_opening_article_is_no_given_name_before_a_town(gaz):
    # "Nelson Mandela": a minor place after a capitalised word is a surname, but not after "The"
    assert spans("The Kuźnica crossing, which Poland closed, stayed shut.", gaz) == ["Kuźnica", "Poland"]


def test_a_units_alternate_that_is_a_common_word_is_no_mention(gaz):
    assert spans("Inspector General of Police Simon Sirro spoke in Dodoma.", gaz) == ["Dodoma"]
    # ... while a direction keeps skipping its run: "East Java" is not the island "Java"
    got = spans("Cases rose in Tulungagung, East Java province, and in the West Midlands.", gaz)
    assert "Java" not in got and "Midlands" not in got


def test_a_people_named_like_its_unit_and_a_bylines_writer_are_no_places(gaz):
    assert spans("They reached Metetí, home of the Emberá people in Panama.", gaz) == ["Metetí", "Panama"]
    assert spans("A puppy was found in a northern Manitoba community.", gaz) == ["Manitoba"]
    assert spans("Fighting spills across the border\n\nBy Galgalo Boru, Marsabit\n\nTrade in Moyale halted.", gaz) \
        == ["Marsabit", "Moyale"]


def test_a_name_with_an_elided_article_is_one_mention():
    # "Côte d'Ivoire": "d'Ivoire" is capitalised as names are, with either apostrophe
    from geomap.reading.pipeline import places_from_text

    for text in ("Refugees fled Côte d'Ivoire on Monday.", "Refugees fled Côte d’Ivoire's west on Monday."):
        got = [(p.mention.text, p.entry.place_type) for p in places_from_text(text)]
        assert got and got[0][0].startswith("Côte d") and got[0][1] == "country", got
    assert not places_from_text("Seats were shared by the d'Hondt method.")


def test_whole_word_spans_are_those_of_the_pattern_they_replace():
    """``str.find`` in place of a pattern opening with look-behinds (tried at every position of
    a long text): the same spans, "the " before a river's name included."""
    import re

    from geomap.reading.mentions import _whole_word_spans

    text = "the Nile, athe Nile, _the Nile, the Nile-x, the Nile_ é the Nile; Nile the Nile the Nile. Niles Nile"
    for name in ("Nile", "the Nile", "e", "Nile the Nile"):
        for water in (False, True):
            before = r"(?<=\bthe )" if water else ""
            expected = [m.span() for m in re.finditer(rf"{before}(?<![\w-]){re.escape(name)}(?![\w-])", text)]
            assert list(_whole_word_spans(text, name, after_the=water)) == expected, (name, water)


def test_a_surname_after_a_given_name_that_is_a_place_stays_a_person_when_written_alone(gaz):
    text = ("Families fled to Tenosique, the mayor, Erick Medina, told reporters. "
            "\"They came with nothing,\" Medina said.")
    assert spans(text, gaz) == ["Tenosique"]


def test_a_groups_branch_named_after_a_region_is_no_place_but_the_region_is(gaz):
    text = "Police blamed al Qaeda's Sahel affiliate for the raid. Drought has hit the Sahel."
    ms, _ = mentions_from_text(text, gaz)
    assert [m.start for m in ms if m.text == "Sahel"] == [text.rindex("Sahel")]


def test_a_town_after_a_sentence_opening_preposition_is_no_surname(gaz):
    text = "A shell wounded two people in Elbeyli. In Elbeyli, the shell hit a garden."
    assert spans(text, gaz) == ["Elbeyli", "Elbeyli"]


def test_a_lake_or_a_vessel_named_after_a_town_makes_no_person_of_the_town():
    got = places_by_mention("Fishermen drowned on Lake Kariba on Monday. Their boat was towed to Kariba town, "
                            "police said. The patrol boat ARC Leticia later sailed to Leticia.")
    assert got["Kariba"][0].entry.iso2 == "ZW" and got["Kariba"][0].entry.place_type == "city"
    assert got["Leticia"][0].entry.iso2 == "CO"


def test_a_name_given_to_a_person_or_a_boat_is_no_place():
    got = places_by_mention("A driver named Mafraq Haddad was arrested near Ruwaished, Jordan's army said. "
                            "A boat called Nong Khai was seized on the Mekong, Laos said.")
    assert "Mafraq" not in got and "Nong Khai" not in got and "Jordan" in got


def test_a_lake_named_like_a_far_city_is_not_that_city():
    got = places_by_mention("A fisherman from Kyotera was shot on Lake Victoria near Bukoba, Ugandan police said.")
    assert "Victoria" not in got and "Bukoba" in got


def test_a_name_read_again_after_the_user_adds_a_place_of_that_name_has_it_among_its_hits():
    """The hits a name may stand for are kept from one article to the next; a place the user
    adds under that name later must be among them the next time, not an answer kept from before."""
    from geomap.gazetteer import Gazetteer, GazetteerEntry

    g = Gazetteer()
    text = "Aid trucks waited at Vovchansk for a second day."
    before, _ = mentions_from_text(text, g)
    assert [m.text for m in before] == ["Vovchansk"]
    assert all(h.entry.feature != "user" for h in before[0].hits)
    g.add(GazetteerEntry("user:vovchansk-depot", "Vovchansk", 50.29, 36.94, "landmark", "user", "UA", "UKR"))
    after, _ = mentions_from_text(text, g)
    assert [m.text for m in after] == ["Vovchansk"]
    assert any(h.entry.gid == "user:vovchansk-depot" for h in after[0].hits)


def test_a_province_named_by_a_direction_keeps_its_capitalised_word():
    got = places_by_mention("Two traders were shot in Zambia's Northern Province on Monday, and a third in "
                            "Ghana's Upper East Region. Cameroon's East region was calm.")
    assert got["Northern Province"][0].entry.iso2 == "ZM" and got["Northern Province"][0].entry.place_type == "admin1"
    assert got["Upper East Region"][0].entry.iso2 == "GH"
    assert got["East"][0].entry.iso2 == "CM"  # a lowercase word describes the unit; the name is "East"


def test_a_name_runs_over_lowercase_particles_to_a_longer_known_name():
    # "Dar es Salaam", not "Dar" (a Cambodian town); "Jisr ash Shughur", not nothing
    ms, _ = mentions_from_text("Police in Dar es Salaam said two traders from Jisr ash Shughur were held on Monday.",
                               get_gazetteer())
    got = {m.text: m for m in ms}
    assert "Dar es Salaam" in got and "Dar" not in got
    assert {h.entry.iso2 for h in got["Dar es Salaam"].hits} == {"TZ"}
    assert "Jisr ash Shughur" in got
