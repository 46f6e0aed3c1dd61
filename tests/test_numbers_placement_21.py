"""Which incident a toll, and which area a displaced figure, belongs to (session 21): a number
stays with its own event or group, never moves to a neighbouring one, and is left null when the
words do not say whose it is. Invented sentences on frontiers in no fixture; each test fails
without its rule. The invented passages of tests/fixtures/toll_passages_21.json and
displacement_figure_passages_21.json (written before any rule, half frozen until the end) keep floors:
tolls tune 7/11 (1 wrong) -> 11/11 (0 wrong), frozen 3/12 (4 wrong) unchanged by the tune rules, 5/12
(0 wrong) after the faults first seen there were fixed; displaced figures tune 12/21 (1 wrong) ->
14/21 (0 wrong), frozen 14/21 (2 wrong) unchanged by the tune rules, 15/21 (1 wrong) after.
"""

import json
from pathlib import Path

import pytest
from conftest import (displaced_figures, displacement_areas, displacement_half_score, incident_props,
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


def test_part_of_a_frontier_clashs_dead_told_next_still_places_it():
    """"... on the frontier between A and B has risen to four. Two soldiers were killed at a
    border post near X": two of the four, so X is where the clash was."""
    incs = incident_props("DODOMA, May 29 - The death toll from Saturday's clash between Tanzanian and Malawian troops on "
                          "the frontier between Tanzania's Mbeya region and Malawi's Northern region has risen to four, "
                          "officials said. Two soldiers were killed at a border post near Kyela.", "2027-05-29")
    assert [(p["location"], p["fatalities"]) for p in incs] == [("Kyela", 4)]


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


@pytest.mark.parametrize("half,floor,wrong_at_most", [("tune", 11, 0), ("frozen", 5, 0)])
def test_the_invented_toll_passages(half, floor, wrong_at_most):
    right, wrong = score_toll_passages("toll_passages_21.json", half)
    assert right >= floor and len(wrong) <= wrong_at_most, (right, wrong)


PASSAGES = json.loads((Path(__file__).parent / "fixtures" / "displacement_figure_passages_21.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("half,floor,wrong_at_most", [("tune", 14, 0), ("frozen", 15, 1)])
def test_the_invented_displacement_passages(half, floor, wrong_at_most):
    right, wrong = displacement_half_score(PASSAGES, half)
    assert right >= floor and len(wrong) <= wrong_at_most, (right, wrong)


# Faults first seen in the frozen passages (scored once after the rules above: tolls 3/12 with 4 wrong,
# figures 14/21 with 2 wrong), fixed as general causes and tested on sentences of their own.

@pytest.mark.parametrize("sentence,value", [
    ("Clashes left between four and six people dead.", 4),
    ("Between 10 and 15 people were killed in the raid.", 10),
    ("The clashes killed between 10 and 15 people.", 10),
    ("Clashes on 3 August left four people dead.", 4),
    ("Fighting on the 12th of May killed two herders.", 2),
    ("KABUL, May 19 - At least 12 people were killed in the blast.", 12),
    ("Fighting between two clans killed four.", 4),
])
def test_a_range_is_its_lower_end_and_a_day_is_no_count(sentence, value):
    from geomap.text.quantities import fatalities_from_text

    assert fatalities_from_text(sentence).value == value


def test_a_datelines_day_is_no_lower_end_of_a_displaced_range():
    assert displaced_from_text("BELGRADE, May 19 - At least 1,800 people were evacuated from the villages.").value == 1800
    assert displaced_from_text("An estimated 10,000 - 15,000 people fled.").value == 10000


@pytest.mark.parametrize("sentence,disputed", [
    ("The border service said its guards had shot dead two armed men near the post, a claim the neighbour called a "
     "fabrication.", True),
    ("Rebels said they had killed 12 soldiers, a claim the army branded propaganda.", True),
    ("The border service said its guards had shot dead two smugglers near the post.", False),
])
def test_a_claim_called_a_fabrication_is_disputed(sentence, disputed):
    from geomap.text.disputed_claims import disputed_claim
    from geomap.text.quantities import fatalities_from_text

    assert disputed_claim(sentence, fatalities_from_text(sentence)) is disputed


def test_an_earlier_reports_toll_is_not_the_count():
    from geomap.text.quantities import fatalities_from_text

    got = fatalities_from_text("Officials said four people died when gunmen attacked a bus near the town; earlier reports "
                               "had put the toll at seven.")
    assert got.value == 4


def test_a_group_counted_in_words_after_a_counted_one_does_not_take_its_figure():
    from geomap.text import cues

    text = ("In Zambia, some 700 residents of Sesheke were moved to schools in the town, and a dozen families from "
            "nearby Kazungula spent the night in a church.")
    assert len(cues.displacement_groups(text)) == 2
    got = extract_text(text, published="2027-03-02")["features"]
    assert not any(p["layer"] == "displacement" and "Kazungula" in p["name"] and p["displaced"] == 700
                   for p in (f["properties"] for f in got))


@pytest.mark.parametrize("text,tolls", [
    # both sides' dead of one fight told at one place: ACLED's one battle, summed
    pytest.param("TRIPOLI, May 2 - The army said it had killed 12 smugglers in a clash near Ghat, and that three of its "
                 "own soldiers had died.", {"Ghat": 15}, id="both-sides-one-place"),
    # the second count told at a place of its own: no one incident's sum
    pytest.param("KASSALA, May 2 - The army said it had killed 12 rebels in fighting near Tessenei, and that three of its "
                 "soldiers had died in an ambush near Om Hajer.", {}, id="second-count-elsewhere"),
])
def test_a_sum_told_at_one_place_is_that_places(text, tolls):
    assert _tolls(text, "2027-05-02") == tolls


def test_two_sides_counts_at_two_places_are_no_rivals_for_one_event():
    """"Rebels killed a dozen villagers near X, while the army said it killed scores of rebels
    near Y": two events at two places, so the dozen is not Y's (it stays off Y); rival accounts
    of one event at one place still give the lower count to it."""
    assert _tolls("KIGOMA - Rebels killed a dozen villagers near Kasulu on Monday, while the army said it killed scores "
                  "of rebels near Kibondo.", "2027-06-04").get("Kibondo") is None
    assert _tolls("BAMAKO, May 8 - Rebels said they had killed 30 soldiers near Niono on Saturday, while the army said it "
                  "had lost two men.", "2027-05-08") == {"Niono": 2}
