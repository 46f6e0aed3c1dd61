"""Animals killed in a raid are no fatalities; the people killed beside them still count (issue 12:
a wrong number is worse than none). Sentences invented for these tests."""

import pytest

from geomap.text.quantities import fatalities_from_text


@pytest.mark.parametrize("sentence, value", [
    ("Raiders killed 30 cattle and a herder was shot dead.", 1),
    ("Two herders and 40 goats were killed in the raid.", 2),
    ("A herder and 30 camels were killed near the wells.", 1),
    ("Militants killed 7 villagers and 20 cattle.", 7),
    ("Gunmen killed a herder and his camel.", 1),
    ("Gunmen killed 12 camels and two herders.", 2),
])
def test_people_killed_beside_animals_count_alone(sentence, value):
    assert fatalities_from_text(sentence).value == value


@pytest.mark.parametrize("sentence", [
    "40 head of cattle were stolen; no one was hurt.",
    "The raiders killed 30 of the herders' cattle.",
    "Rustlers killed 40 cattle and 12 goats.",
])
def test_animals_alone_are_no_toll(sentence):
    fat = fatalities_from_text(sentence)
    assert fat is None or not fat.value, sentence


@pytest.mark.parametrize("sentence, value", [
    ("The raiders left three houses burned and one man dead.", 1),
    ("The shelling left two trucks destroyed and four people dead.", 4),
    ("Eleven soldiers and two drivers were killed in the ambush.", 13),
])
def test_things_counted_beside_the_dead_are_no_first_group(sentence, value):
    assert fatalities_from_text(sentence).value == value
