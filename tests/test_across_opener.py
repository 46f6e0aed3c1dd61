"""A sentence opening "Across the border," tells of the frontier's other country
(geomap.reading.across_opener), on the real gazetteer; invented sentences."""
from conftest import places_by_mention

from geomap.gazetteer import get_gazetteer


def test_a_village_told_across_the_border_is_in_the_other_country():
    assert not get_gazetteer().hits("chimbangoza")  # invented: no gazetteer holds it
    text = ("MUTARE – Zimbabwean police said two smugglers were arrested in Mutare on Monday. Across the border, "
            "in the village of Chimbangoza, Mozambican officials said the men had stored fuel there.")
    got = places_by_mention(text)
    assert got["Mutare"][0].entry.iso2 == "ZW"
    village = got["Chimbangoza"][0].entry
    assert village.in_gazetteer is False and village.iso2 == "MZ"  # not beside Mutare, on Zimbabwe's side


def test_a_unit_told_across_the_river_is_at_a_town_of_that_side_its_sentence_names():
    assert not get_gazetteer().hits("tavuzi")
    text = ("Zimbabwean police said shots were fired near Mutare on Monday. Across the river, the Tavuzi "
            "municipality said about 40 households had left their homes along the road to the old border post "
            "and were being housed in schools in Manica.")
    got = places_by_mention(text)
    unit, manica = got["Tavuzi"][0].entry, got["Manica"][0].entry
    assert manica.iso2 == "MZ" and unit.iso2 == "MZ"
    assert (unit.lat, unit.lon) == (manica.lat, manica.lon)


def test_a_sentence_that_does_not_open_across_keeps_the_side_of_the_place_before():
    text = ("Zimbabwean police said shots were fired near Mutare on Monday. Traders in the village of "
            "Chimbangoza, a few kilometres from Mutare, closed their stalls.")
    assert places_by_mention(text)["Chimbangoza"][0].entry.iso2 == "ZW"


def test_an_opener_sentence_that_names_its_side_keeps_it():
    # the place told last (Mutare) is already across: the sentence's own "Zimbabwe's" decides
    assert not get_gazetteer().hits("tavuzi")
    text = ("MANICA, Mozambique – Mozambican police said gunmen burned a market in Manica on Sunday, and about 300 "
            "people fled to Mutare. Across the frontier, officials in Zimbabwe's Tavuzi district said the families "
            "had arrived in the village of Chimbangoza.")
    got = places_by_mention(text)
    assert got["Mutare"][0].entry.iso2 == "ZW"
    assert got["Tavuzi"][0].entry.iso2 == "ZW" and got["Chimbangoza"][0].entry.iso2 == "ZW"
