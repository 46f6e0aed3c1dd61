"""Stated border lengths in the wordings a sweep of every land border used (invented sentences)."""
import pytest

from geomap.text.border_length import stated_length_km


@pytest.mark.parametrize("text,km", [
    # the countries named between the border word and the length
    ("The frontier between Zambia and Malawi, which stretches for 837 km, is poorly guarded.", 837),
    ("The border between the Central African Republic and Cameroon is some 900 km long.", 900),
    ("Its frontier with Côte d'Ivoire, 600 km long, is hardly patrolled.", 600),
    # a comma before the relative clause
    ("The border, which runs for about 1,200 kilometres, crosses two rivers.", 1200),
    # a round figure: "-odd", "-plus"
    ("Smugglers use the 4,000-odd km border with Peru.", 4000),
    ("Patrols along the 1,000-plus-kilometre frontier were doubled.", 1000),
    # "a border more than N km long"
    ("Bhutan and Nepal have no border more than 100 km long.", 100),
    # "share N km of frontier"
    ("The two countries share some 1,300 km of porous frontier.", 1300),
    ("Lesotho has 909 kilometres of border with South Africa.", 909),
])
def test_stated_length_wordings(text, km):
    got = stated_length_km(text)
    assert got is not None and got.value == km
    assert text[got.start:got.end] == got.text


@pytest.mark.parametrize("text", [
    "The border between Laos and Vietnam is 30 km away.",
    "Troops built a wall along 300 km of border.",
    "Mines were laid within 40 km of the border.",
    "They share 30 km of the border with the rebels.",
    "The frontier with Bolivia, some 40 km south of the town, was closed.",
    # only capitalised words name the countries after "between"/"with"
    "The border with the rebel enclave that the army said is 20 km deep was shut.",
])
def test_distances_and_stretches_are_not_lengths(text):
    assert stated_length_km(text) is None
