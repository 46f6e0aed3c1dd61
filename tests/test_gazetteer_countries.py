"""geomap.gazetteer.countries: the one country-name resolver (names, codes, aliases, demonyms)."""
from __future__ import annotations

import pytest

from geomap.gazetteer import countries


@pytest.mark.parametrize("text, iso3", [
    ("Thailand", "THA"), ("thailand", "THA"), ("TH", "THA"), ("KHM", "KHM"), ("Côte d'Ivoire", "CIV"),
    ("Ivory Coast", "CIV"), ("Türkiye", "TUR"), ("Burma", "MMR"), ("DRC", "COD"), ("U.S.", "USA"),
    ("Kosovo", "XKX"), ("Republic of the Congo", "COG"),
])
def test_names_codes_and_aliases(text, iso3):
    assert countries.iso3_of(text) == iso3


def test_what_is_not_a_country():
    assert countries.iso3_of("Congo") is None  # an alias of two countries names neither
    assert countries.iso3_of("in") is None and countries.iso3_of("IN") == "IND"  # codes only in capitals
    assert countries.iso3_of("Narnia") is None and countries.iso3_of("") is None


def test_demonyms_and_narrower_lookups():
    assert countries.iso3_of("Thai") is None
    assert countries.iso3_of("Thai", demonym=True) == "THA"
    assert countries.demonym_country("Cambodian") == "KH"
    assert countries.iso3_of("Burma", aliases=False) is None
    assert countries.iso3_of("IN", codes=False) is None  # "IN" as a word, unless codes are wanted
    assert countries.iso3_of("US", codes=False) == "USA"  # an alias too


def test_codes_both_ways():
    thailand = countries.country("tha")
    assert (thailand.iso2, thailand.iso3, thailand.name, thailand.numeric) == ("TH", "THA", "Thailand", 764)
    assert countries.iso3_of_numeric(764) == "THA"
    assert countries.country("ZZ") is None


def test_agrees_with_the_gazetteer_index():
    from geomap.gazetteer import get_gazetteer

    gaz = get_gazetteer()
    for iso2, entry in gaz.countries().items():
        if entry.iso3:
            assert countries.iso3_of(entry.name) == entry.iso3, entry.name


def test_ean_and_ian_are_one_demonym_ending():
    assert countries.demonym_country("Ecuadorean") == countries.demonym_country("Ecuadorian") == "EC"
    assert countries.iso3_of("Ecuadorean", demonym=True) == "ECU"
    assert countries.demonym_country("European") is None  # no country behind either spelling
