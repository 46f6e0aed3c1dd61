"""Counts told before the death word that the count reader missed: people who drowned ("Five
people drowned", "a fisherman from X drowned after a patrol boat rammed his dhow") and a group
told with its home before a passive "shot dead" ("Two men from X were shot dead"); and a
drowning only feared, which counts the missing, not the dead. Invented passages in
tests/fixtures/toll_passages_37.json (Kenya-Somalia coast and Gulf of Fonseca: tune;
Panama-Colombia and Tanzania-Mozambique: frozen), written before the rule: tune 1/3 -> 3/3,
frozen 0/3 -> 2/3 (the miss left: no incident is read at Puerto Obaldia), no wrong toll.

A wrong number is worse than none: no passage may carry a toll its expected list does not hold.
"""

import json
from pathlib import Path

from functools import lru_cache

import pytest
from test_toll_passages import _score as _score_case

from geomap.text.quantities import fatalities_from_text

CASES = json.loads((Path(__file__).parent / "fixtures" / "toll_passages_37.json").read_text(encoding="utf-8"))["cases"]


@lru_cache(maxsize=None)
def _scored(case_id):
    return _score_case(next(c for c in CASES if c["id"] == case_id))


def _score(case):
    """(tolls right, wrong tolls) of one passage, read once."""
    return _scored(case["id"])


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_no_passage_carries_a_wrong_toll(case):
    assert _score(case)[1] == []


def test_the_tolls_found_on_each_half():
    found = {h: sum(_score(c)[0] for c in CASES if c["half"] == h) for h in ("tune", "frozen")}
    assert found["tune"] >= 3 and found["frozen"] >= 2, found


@pytest.mark.parametrize("sentence,value", [
    ("Six people drowned and two are missing after a boat overturned near the island.", 6),
    ("The worst case came in May, when a boatman from Kismayo drowned after a patrol rammed his skiff.", 1),
    ("At least 25 herders have drowned trying to cross the river since January.", 25),
    ("Two men from Lamu were shot dead by soldiers on Saturday night near the creek.", 2),
    ("Three herders from the village of Ishakani were shot dead on Sunday.", 3),
])
def test_the_count_before_drowned_or_shot_dead_is_read(sentence, value):
    assert fatalities_from_text(sentence).value == value


@pytest.mark.parametrize("sentence", [
    "Three others are still missing and are feared drowned.",
    "Two crewmen are feared drowned.",
    "Four people were missing, presumed drowned, the police said.",
    "Five crew members are believed to have drowned when the launch sank.",
    "Two fishermen may have drowned, their families fear.",
    "The chants drowned out the speeches of two ministers.",
])
def test_a_drowning_feared_or_a_figure_of_speech_is_no_toll(sentence):
    c = fatalities_from_text(sentence)
    assert c is None or not c.value
