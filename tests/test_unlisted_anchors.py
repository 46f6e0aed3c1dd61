"""Where aid-agency updates and wire reports put a village the gazetteer lacks: "at X, 15 km
from Y", "X (Y district)", "herders at X said", "crossed to X", and a typed village whose
neighbours lie outside the countries the article names most (geomap.text.hint_anchors,
geomap.text.place_hints, geomap.reading.unlisted_fallback), on the real gazetteer. Every
sentence is invented, and so are the village names."""
from conftest import places_by_mention

from geomap.gazetteer import get_gazetteer
from geomap.text.place_hints import place_hints
from geomap.text.sentences import split_sentences


def hints(text):
    return {c.name: c for c in place_hints(text, split_sentences(text))}


def test_invented_villages_are_absent_from_the_gazetteer():
    gaz = get_gazetteer()
    assert not gaz.lookup("Ndorobwe", fuzzy=False) and not gaz.lookup("Kabwendo", fuzzy=False)


def test_a_village_a_distance_from_a_town_is_placed_at_that_town():
    text = ("Two fishermen were killed at Ndorobwe, 15 km from Kazungula, on the Zambezi on Monday, "
            "police in Livingstone said.")
    village = places_by_mention(text)["Ndorobwe"][0].entry
    assert not village.in_gazetteer and village.placed_at == "Kazungula" and village.iso2 == "ZM"
    cue = hints("Guards detained two drivers at Ndorobwe, 12 kilometres south of Kabwendo, on Friday.")["Ndorobwe"]
    assert cue.relation == "near" and cue.anchor_start is not None


def test_the_town_a_distance_is_measured_from_is_a_place():
    assert "Kabwendo" in hints("Officials closed the bridge at Ndorobwe, 12 km from Kabwendo, on Friday.")


def test_a_district_in_brackets_holds_the_name_before_it():
    text = "Refugee agencies said 300 people reached Kabwendo (Isingiro district) overnight."
    cue = hints(text)["Kabwendo"]
    assert cue.relation == "in" and cue.anchor_start == text.index("Isingiro")
    assert hints("Reporters reached Kabwendo (Reuters) on Monday.")["Kabwendo"].anchor_start is None


def test_people_at_a_place_who_speak_leave_the_place_a_place():
    assert "Ndorobwe" in hints("Herders at Ndorobwe said patrols had crossed the river twice this month.")
    assert "Ndorobwe" in hints("Families in Ndorobwe told reporters the school was shut.")
    assert "Ndorobwe" in hints("\"We are afraid to farm,\" a chief in Ndorobwe told reporters on Monday.")


def test_crossing_to_a_place_hints_it():
    assert "Kabwendo" in hints("About 300 people crossed to Kabwendo overnight, officials said.")


def test_a_typed_village_beside_towns_of_the_other_country_is_kept():
    text = ("Zimbabwe: Mozambican traders stranded as border shuts\n\nThe Herald, Harare - Hundreds of "
            "Mozambican traders were stranded on the road between Nyamapanda and Tete after insurgents "
            "attacked a bus on Saturday.\nPolice said the attack happened in Ndorobwe village, just across the line.")
    village = places_by_mention(text)["Ndorobwe"][0].entry
    assert not village.in_gazetteer and village.placed_at == "Tete"


def test_a_sector_and_a_water_point_are_places():
    got = places_by_mention("Gunmen crossed from Cameroon into Chad's Ndorobwe sector on Tuesday, and herders were "
                            "shot at the Kabwendo water point near Kousseri.")
    sector, point = got["Ndorobwe"][0].entry, got["Kabwendo"][0].entry
    assert sector.iso2 == "TD" and not sector.in_gazetteer
    assert point.place_type == "landmark" and point.placed_at == "Kousséri"
    assert "Security" not in places_by_mention("Security sector reform was discussed in Kigali on Monday.")


def test_a_province_the_gazetteer_knows_stays_itself_when_a_town_is_told_near_it():
    """"near Y" after "X province" says where in X, not that X is an unknown place at Y."""
    from conftest import places_by_mention

    got = places_by_mention("Namibian police said smugglers crossed the river from Angola's Cuando Cubango "
                            "province near Rundu on Monday.")
    province = got["Cuando Cubango"][0].entry
    assert province.in_gazetteer and province.iso2 == "AO" and province.place_type == "admin1"
