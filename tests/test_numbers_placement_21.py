"""Which incident a toll, and which area a displaced figure, belongs to (session 21): a number
stays with its own event or group, never moves to a neighbouring one, and is left null when the
words do not say whose it is. Invented sentences on frontiers in no fixture; each test fails
without its rule. The invented passages of tests/fixtures/toll_passages_21.json and
displacement_passages_21.json (written before any rule, half frozen until the end) keep floors.
"""

import json
from pathlib import Path

import pytest
from conftest import (displaced_figures, displacement_areas, displacement_passage_score, incident_props,
                      score_toll_passages)

from geomap.reading.pipeline import extract_text
from geomap.text.displacement_counts import displaced_from_text
from geomap.text.event_words import classify_event
from geomap.text.toll_cues import refers_back


def _tolls(text, published):
    return {p["location"]: p["fatalities"] for p in incident_props(text, published) if p["fatalities"]}


def test_the_killed_and_the_wounded_of_one_act_are_one_incidents():
    """"Gunmen killed four and wounded 11 near X": the wounding verb's clause names the place,
    the killing's deaths go on that one incident."""
    got = _tolls("KARONGA, Malawi, March 3 - Gunmen killed four fishermen and wounded 11 others on Lake Malawi near "
                 "Karonga on Sunday, police said.", "2027-03-03")
    assert got == {"Karonga": 4}


def test_a_number_killed_when_an_event_happened_names_its_event():
    assert refers_back("number of people killed when armed men raided a market in X")
    got = _tolls("BUJUMBURA - The number of people killed when armed men raided a market in Nyanza-Lac, in Makamba "
                 "province, on Monday has risen to 14, the provincial governor said on Wednesday, up from nine reported "
                 "on Monday.", "2027-04-14")
    assert got == {"Nyanza-Lac": 14}


def test_other_deaths_told_next_do_not_move_an_incident_and_its_toll():
    """"Two soldiers were killed when their vehicle hit a landmine on X ... troops killed three
    traffickers near Y": the second count is other deaths, so Y is not where the blast was."""
    incs = incident_props("KASSERINE - Two soldiers were killed and four wounded when their vehicle hit a landmine on "
                          "Mount Chaambi on Tuesday, the defence ministry said. On Thursday, Algerian troops killed three "
                          "traffickers near Tebessa, across the border, Algeria's defence ministry said.", "2027-09-10")
    assert not any(p["fatalities"] == 2 and "Tébessa" in p["location"] for p in incs)
    assert any(p["fatalities"] == 2 and "Chaambi" in p["location"] for p in incs)


@pytest.mark.parametrize("sentence", [
    "Algerian troops killed three armed men near the wells.",
    "Soldiers killed two raiders at the ford.",
    "Police killed four assailants after the attack on the post.",
])
def test_forces_killing_armed_men_is_a_clash(sentence):
    ev = classify_event(sentence)
    assert ev is not None and ev.event_type == "Battles"


@pytest.mark.parametrize("sentence,value", [
    ("Floods forced between 1,200 and 1,500 residents of the town to leave their homes.", 1200),
    ("Police evacuated 800 to 1,000 people from the island.", 800),
    ("Between 1,800 and 2,000 people fled to the hills.", 1800),
])
def test_a_range_of_displaced_people_is_read_at_its_lower_bound(sentence, value):
    assert displaced_from_text(sentence).value == value


def test_a_ranged_figure_stays_on_its_own_town():
    got = displaced_figures(displacement_areas(
        "Floods on the Harirud river forced between 1,200 and 1,500 residents of Sarakhs to leave their homes on "
        "Wednesday, Iran's Red Crescent said.", "2027-04-08"))
    assert got.get(("Razavi Khorasan", "from")) == 1200


def test_a_share_put_up_in_a_hall_is_counted_where_it_is_sheltered():
    assert displaced_from_text(", of whom 600 were accommodated in the sports hall in the town.").value == 600
    assert displaced_from_text("The prison housed 300 inmates.") is None
    got = {(p["name"], p["direction"]): p["displaced"] for p in (f["properties"] for f in extract_text(
        "Police said 1,900 people were evacuated from the flooded villages of Bogdanci municipality overnight, of whom "
        "600 were accommodated in the sports hall in Gevgelija.", published="2027-03-04")["features"])
        if p["layer"] == "displacement"}
    assert got.get(("Gevgelija", "to")) == 600 and got.get(("Bogdanci", "from")) == 1900


@pytest.mark.parametrize("half,floor,wrong_at_most", [("tune", 11, 0), ("frozen", 3, 4)])
def test_the_invented_toll_passages(half, floor, wrong_at_most):
    right, wrong = score_toll_passages("toll_passages_21.json", half)
    assert right >= floor and len(wrong) <= wrong_at_most, (right, wrong)


PASSAGES = json.loads((Path(__file__).parent / "fixtures" / "displacement_passages_21.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("half,floor,wrong_at_most", [("tune", 14, 0), ("frozen", 14, 2)])
def test_the_invented_displacement_passages(half, floor, wrong_at_most):
    right, wrong = 0, []
    for case in (c for c in PASSAGES["cases"] if c["half"] == half):
        r, w = displacement_passage_score(case)
        right, wrong = right + r, wrong + w
    assert right >= floor and len(wrong) <= wrong_at_most, (right, wrong)
