"""English names of first-level units (data/admin1_names.csv) in the real index: found where
news writes them, and kept off units the table's points wrongly fall in, off towns and words."""
import pytest

import geomap
from geomap.gazetteer import get_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


ENGLISH_NAMES = {  # the English name -> (country, the Natural Earth unit it names)
    "Adjara": ("GE", "Ajaria"),  # fuzzily nearer Adjarra (Benin) than Natural Earth's name
    "Middle Shebelle": ("SO", "Shabeellaha Dhexe"),
    "Westfjords": ("IS", "Vestfirðir"),
    "Ratanakiri": ("KH", "Rôtânôkiri"),
    "Hadhramaut": ("YE", "Hadramawt"),
    # a two-word English name spelling the unit's own, frequent in English as a phrase
    "Inner Mongolia": ("CN", "Inner Mongol"),
}


@pytest.mark.parametrize("name", sorted(ENGLISH_NAMES))
def test_english_name_of_a_province_finds_it(gaz, name):
    best = gaz.lookup(name)[0]
    assert (best.iso2, best.name, best.place_type) == (*ENGLISH_NAMES[name], "admin1")


@pytest.mark.parametrize("name,wrong_unit", [
    ("Kadavu", "Eastern"),  # a province of the division the point falls in
    ("Jan Mayen", "Nordland"),
    ("Barlavento Islands", "Porto Novo"),
    ("Pomeroon-Supenaam", "Cuyuni-Mazaruni"),  # the table's points are a neighbour's here
])
def test_a_point_in_the_wrong_unit_gives_it_no_name(gaz, name, wrong_unit):
    assert not [e for e in gaz.lookup(name) if e.place_type == "admin1" and e.name == wrong_unit]


@pytest.mark.parametrize("name,kind", [("Naples", "city"), ("Doha", "capital"), ("Tripoli", "capital")])
def test_a_town_keeps_its_name(gaz, name, kind):
    assert gaz.lookup(name)[0].feature == kind


@pytest.mark.parametrize("word", ["Jewish", "Chechen", "Eastern", "Capital"])
def test_words_are_no_province_names(gaz, word):
    assert not [e for e in gaz.lookup(word) if e.place_type == "admin1" and e.iso2 in ("RU", "IS")]


def test_an_article_names_the_province_in_english():
    text = ("Police in the autonomous republic of Adjara closed the coast road on Monday after "
            "a landslide, and lorries were sent back towards Kobuleti.")
    places = [f for fc in geomap.read(text, published="2026-03-02").collections for f in fc["features"]
              if f["properties"].get("layer") == "place"]
    got = {f["properties"]["mention"]: (f["properties"].get("iso2"), f["properties"].get("place_type"))
           for f in places}
    assert got.get("Adjara") == ("GE", "admin1")
