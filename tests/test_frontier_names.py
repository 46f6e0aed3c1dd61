"""The frontier of a passage that names its countries as writers spell them (short forms,
demonyms), and an admin-1 unit whose name reads like a missing value (Thailand's "Nan").

Invented sentences; the real gazetteer and bundled boundaries.
"""
import pytest

from geomap.gazetteer import countries
from geomap.reading.pipeline import extract_text


def _frontiers(text: str) -> list[dict]:
    return [f["properties"] for f in extract_text(text, published="2025-03-04")["features"]
            if f["properties"]["layer"] == "frontier"]


@pytest.mark.parametrize("name,iso3", [
    ("Republic of Congo", "COG"), ("Congo Republic", "COG"), ("Bosnia-Herzegovina", "BIH"),
    ("Lao PDR", "LAO"), ("Slovak Republic", "SVK"),
])
def test_writers_country_names(name, iso3):
    assert countries.iso3_of(name) == iso3


@pytest.mark.parametrize("word,iso3", [
    ("Basotho", "LSO"), ("Swazi", "SWZ"), ("Motswana", "BWA"), ("Equatorial Guinean", "GNQ"),
    ("Slovene", "SVN"), ("Belizean", "BLZ"), ("Tajikistani", "TJK"), ("East Timorese", "TLS"),
])
def test_demonyms_writers_use(word, iso3):
    assert countries.iso3_of(word, demonym=True, aliases=False, codes=False) == iso3


def test_republic_of_congo_is_not_the_drc():
    got = _frontiers("Troops of Gabon and the Republic of Congo exchanged fire along their "
                     "frontier on Tuesday, the army said.")
    assert [{g["iso3_a"], g["iso3_b"]} for g in got] == [{"COG", "GAB"}]


def test_basotho_and_south_african_police():
    got = _frontiers("Basotho and South African police exchanged fire on their shared border on Sunday, "
                     "officials said.")
    assert [{g["iso3_a"], g["iso3_b"]} for g in got] == [{"LSO", "ZAF"}]


def test_admin1_named_nan_is_read():
    feats = extract_text("Refugees from Laos crossed into Thailand's Nan province on Monday, "
                         "aid workers said.", published="2025-03-04")["features"]
    areas = {(f["properties"]["name"], f["properties"]["direction"]) for f in feats
             if f["properties"]["layer"] == "displacement"}
    assert ("Nan", "to") in areas


def test_stated_length_of_the_chosen_frontier():
    got = _frontiers("The frontier between Zambia and Malawi, which stretches for 837 km, is poorly guarded. "
                     "Zambian police said smugglers crossed near Chipata.")
    assert got and {got[0]["iso3_a"], got[0]["iso3_b"]} == {"MWI", "ZMB"} and got[0]["stated_length_km"] == 837


def test_a_people_in_the_plural_counts_for_its_country():
    got = _frontiers("Swazi police arrested 12 Mozambicans at a border post on Friday.")
    assert [{g["iso3_a"], g["iso3_b"]} for g in got] == [{"MOZ", "SWZ"}]
