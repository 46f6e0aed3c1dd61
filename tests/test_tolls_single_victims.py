"""Tolls and types on invented sentences (session 16, second round): a single victim told by his trade
("poachers killed a ranger" is one dead), a part of an untold total ("Four of the dead were
children" alone is no toll), a running count whose period opens the sentence before the comma of
the toll's clause ("Over the past month, clashes ... have left 14 people dead" is no point
incident's toll), and forces firing on civilians (violence against civilians, not a battle)."""

import pytest

from geomap.reading.pipeline import extract_text
from geomap.text.quantities import fatalities_from_text


@pytest.mark.parametrize("sentence,value", [
    ("Poachers killed a ranger inside the reserve on Sunday, the park authority said.", 1),
    ("Soldiers shot dead a fisherman on the lake at dawn, his brother said.", 1),
    ("A smuggler was killed in the exchange, the border police said.", 1),
    ("Poachers killed a ranger and two porters on the trail.", 3),
    ("A young miner was killed when guards fired into the pit.", 1),
])
def test_a_single_victim_told_by_his_trade_is_one_dead(sentence, value):
    assert fatalities_from_text(sentence).value == value


def test_a_wounded_ranger_is_no_toll():
    assert fatalities_from_text("A ranger was wounded in the exchange, officials said.") is None


@pytest.mark.parametrize("sentence", [
    "Four of the dead were children, a nurse at the clinic said.",
    "Two of those killed were teenagers, according to relatives.",
    "Among the dead were three herders, a local chief said.",
])
def test_a_part_of_an_untold_total_is_no_toll(sentence):
    count = fatalities_from_text(sentence)
    assert count is not None and count.value is None


@pytest.mark.parametrize("sentence,value", [
    ("Five were wounded and two of them died later in hospital.", 2),
    ("Nine people were killed, and four of the dead were children.", 9),
    ("Raiders killed seven villagers, and among the dead were two infants.", 7),
])
def test_the_dead_of_a_told_group_stay_counted(sentence, value):
    assert fatalities_from_text(sentence).value == value


def _incidents(text, published="2026-06-07"):
    return [f["properties"] for f in extract_text(text, published=published)["features"]
            if f["properties"]["layer"] == "incident"]


@pytest.mark.parametrize("text", [
    "Over the past month, clashes between rival militias near Katima Mulilo have left 14 people dead, the governor said.",
    "Over the past three weeks, clashes between herders near Katima Mulilo have left 14 people dead, officials said.",
])
def test_a_running_count_whose_period_opens_the_sentence_is_no_point_incidents(text):
    incs = _incidents(text)
    assert incs and all(p["fatalities"] != 14 for p in incs)


def test_a_toll_dated_last_month_is_still_the_events():
    incs = _incidents("Gunmen killed four people near Katima Mulilo last month, the regional governor said.")
    assert [p["fatalities"] for p in incs] == [4]


@pytest.mark.parametrize("text,kind", [
    ("Police fired at villagers near Chimoio on Thursday, killing two.", "Violence against civilians"),
    ("Soldiers fired on farmers near Chimoio on Thursday, killing three.", "Violence against civilians"),
    ("Soldiers fired on the rebels near Chimoio on Thursday, killing two.", "Battles"),
])
def test_forces_firing_on_civilians_is_violence_against_them(text, kind):
    incs = _incidents(text)
    assert [p["event_type"] for p in incs] == [kind]
