"""Death tolls of one person told with the person described before the verb ("A cattle trader from
X died", "One passenger, a 52-year-old woman, died", "a fisherman from X, in Y region, drowned")
on invented passages (tests/fixtures/toll_passages_36.json, Senegal-Guinea-Bissau frontier).

A wrong number is worse than none: no passage may carry a toll its expected list does not hold.
"""

import json
from pathlib import Path

import pytest
from test_toll_passages import _score

CASES = json.loads((Path(__file__).parent / "fixtures" / "toll_passages_36.json").read_text(encoding="utf-8"))["cases"]


@pytest.mark.parametrize("half,floor", [("tune", 4), ("frozen", 2)])
def test_tolls_of_one_person_described(half, floor):
    right, wrong = 0, []
    for case in (c for c in CASES if c["half"] == half):
        r, w = _score(case)
        right += r
        wrong += [f'{case["id"]}: {x}' for x in w]
    assert not wrong
    assert right >= floor


@pytest.mark.parametrize("sentence,value", [
    ("A cattle trader from Tanaf died on Tuesday after gunmen fired on the market.", 1),
    ("One passenger, a 52-year-old woman, died of her wounds when bandits fired on a minibus.", 1),
    ("Gendarmes said a herder, a 19-year-old from Bafata, was killed when armed men raided a camp.", 1),
    ("A fisherman from Varela, in Guinea-Bissau's Cacheu region, drowned when his canoe capsized.", 1),
])
def test_one_person_described_is_one_dead(sentence, value):
    from geomap.text.quantities import fatalities_from_text
    assert fatalities_from_text(sentence).value == value


@pytest.mark.parametrize("sentence", [
    "A boatman from Farim, a 30-year-old father of four, was arrested near Pirada.",
    "A fisherman from Varela said two boats drowned in the storm were never found.",
])
def test_one_person_described_without_a_death_is_no_toll(sentence):
    from geomap.text.quantities import fatalities_from_text
    c = fatalities_from_text(sentence)
    assert c is None or c.value != 1
