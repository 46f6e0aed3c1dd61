"""Counts told before the death word that the count reader missed: people who drowned ("Five
people drowned", "a fisherman from X drowned after a patrol boat rammed his dhow") and a group
told with its home before a passive "shot dead" ("Two men from X were shot dead"); and a
drowning only feared, which counts the missing, not the dead. Invented passages in
tests/fixtures/toll_passages_37.json (Kenya-Somalia coast and Gulf of Fonseca: tune;
Panama-Colombia and Tanzania-Mozambique: frozen), written before the rule: tune 1/3 -> 3/3,
frozen 0/3 -> 2/3 (the miss left: no incident is read at Puerto Obaldia), no wrong toll.

Second kind (cases ta*/fa*): deaths told as happening in the arrest itself ("one fisherman was
shot dead during the arrests", "shot dead as they resisted arrest") are the arrest incident's
toll, while deaths an arrest is for ("arrested four over the killing of two", "in connection with
a shooting in which three people were killed") stay off it: tune 0/2 -> 2/2, frozen 0/2 -> 2/2.

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
    assert found["tune"] >= 5 and found["frozen"] >= 4, found


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


@pytest.mark.parametrize("sentence,told_in_it", [
    ("Sailors detained 11 fishermen near X, and one fisherman was shot dead during the arrests.", True),
    ("Police detained nine boatmen near X; one boatman was killed in the course of the detention.", True),
    ("Police arrested nine men near X; two men were shot dead as they resisted arrest.", True),
    ("Soldiers detained 20 traders near X, and a trader was shot dead while being detained.", True),
    ("Police arrested four men in X over the killing of two fishermen last week.", False),
    ("Police arrested a man in X in connection with a shooting in which three people were killed in the raid.", False),
    ("Police arrested two men in X; three people were killed in a separate attack.", False),
])
def test_deaths_told_in_the_arrest_itself(sentence, told_in_it):
    from geomap.text.arrest_deaths import died_in_the_arrest
    fat = fatalities_from_text(sentence)
    assert died_in_the_arrest(sentence, fat.start, fat.end) is told_in_it
