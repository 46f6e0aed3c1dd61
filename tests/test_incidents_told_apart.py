"""Incidents whose phrasing hid them (issue 12, session 17): events told as the parts of a total,
a second act joined by "and" or "before", more victims "as well as" at another place, armed groups
killing people, drones with their user told before the verb, and deaths of armed men told alone
at a place and day; and places that are not where an event happened (a speaker's building, the
attackers' home). Sentences invented for these tests, on frontiers no fixture covers."""
from __future__ import annotations

import pytest

from geomap.reading.pipeline import extract_text
from geomap.text.event_words import EventType, events_from_text
from geomap.text.part_events import part_events


def incidents(text, published="2026-11-12"):  # a Thursday
    fc = extract_text("Border report\n\n" + text, published=published)
    return [f["properties"] for f in fc["features"] if f["properties"]["layer"] == "incident"]


def places(text, published="2026-11-12"):
    return {(p["location"], p["sub_event_type"]) for p in incidents(text, published)}


# --- what a sentence's words tell -------------------------------------------------------------------

@pytest.mark.parametrize("sentence, kind", [
    # an armed group killing people
    ("Rebels killed 12 people near Kasane on Monday.", "Attack"),
    ("Jihadist fighters killed nine people near Bosso on Tuesday, a local official said.", "Attack"),
    # drones with their user told before the verb
    ("Drones operated by unidentified smugglers struck a border post outside Astara on Wednesday night.",
     "Air/drone strike"),
    ("Drones flown from across the river hit a checkpoint near Julfa on Friday.", "Air/drone strike"),
    # an attack told in the passive with who did it (on forces: a battle)
    ("Kalale was attacked by armed men on Tuesday.", "Attack"),
    ("The market had been raided by bandits before dawn.", "Attack"),
    ("An army post near the river was attacked by militants on Sunday.", "Armed clash"),
    # an armed group that struck a place
    ("Three days later, the same gunmen struck Monguno, burning the market.", "Attack"),
    ("Militants hit an army post near Bosso on Monday.", "Armed clash"),
    # a raid told by its noun with its dead, an attack told deadly
    ("A cross-border raid on Kyotera left three dead on Saturday.", "Attack"),
    ("Police are investigating a deadly attack on Kyotera on Saturday.", "Attack"),
])
def test_the_words_tell_the_event(sentence, kind):
    assert kind in {e.sub_event_type for e in events_from_text(sentence)}


@pytest.mark.parametrize("sentence", [
    "Rebels would have killed more people in Bosso if troops had not arrived on Monday.",
    "Rebels would have struck Bosso if the army had not come.",
    "Several hundred families who fled the fighting in Zuwara are staying with relatives in Zarzis.",  # told before
    "A police raid on a warehouse in Kyotera on Saturday left traders angry.",
    "Rebels have killed at least 30 people in Kukawa and Monguno since January.",  # a running count
])
def test_the_words_tell_no_event(sentence):
    assert events_from_text(sentence) == []


def test_fighting_fled_without_an_article_is_told_here():
    assert [e.trigger for e in events_from_text("Thousands fled fighting in Zuwara on Monday.")] == ["fighting"]


def test_contraband_seized_is_no_clash():
    assert [e.sub_event_type for e in events_from_text("Two suspects were arrested and 900 litres of diesel were "
                                                        "seized.")] == ["Arrests"]


# --- where the incidents are ------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a second act of one subject, joined by "before"; one that names no place adds nothing
    ("The raiders attacked Bosso on Sunday before raiding Diffa on Monday.", {("Bosso", "Attack"), ("Diffa", "Attack")}),
    ("Troops clashed with rebels near Monguno on Tuesday and hit their camp.", {("Monguno", "Armed clash")}),
    # a killing after an abduction is an attack, at its own place
    ("Suspected jihadists abducted five farmers outside Kalale on Monday and killed two of them near Kandi on "
     "Wednesday.", {("Kalalè", "Abduction/forced disappearance"), ("Kandi", "Attack")}),
    # more victims "as well as" at another place
    ("Bandits killed four farmers near Kaiama on Saturday, as well as two traders in Kamba, police said.",
     {("Kaiama", "Attack"), ("Kamba", "Attack")}),
    # where the attackers came from, where those who fled are staying
    ("A series of raids attributed to herders from Tarime district hit settlements in Migori County on Wednesday.",
     {("Migori", "Attack")}),
    ("Families who fled clashes around Mallam Fatori on Sunday are staying with relatives in Diffa and Bosso, "
     "officials said.", {("Mallam Fatori", "Armed clash")}),
    # property burned, told in the passive
    ("Two villages near Malanville were burned by raiders overnight.", {("Malanville", "Looting/property destruction")}),
    # a place attacked, told in the passive
    ("Kalale was attacked by armed men on Tuesday; two gendarmes were killed.", {("Kalalè", "Attack")}),
])
def test_incidents_at_their_places(text, expected):
    assert places(text) == expected


def test_a_statement_issued_from_a_building_in_a_town_is_the_speakers_place():
    assert "Lusaka" not in {p["location"] for p in incidents(
        "In a statement issued from Arakan Barracks in Lusaka, the army said troops came under fire on Friday.")}


def test_the_event_set_in_time_points_back_however_far():
    text = ("Border guards exchanged fire with smugglers near Siavonga on Saturday. A patrol later searched the "
            "riverbank. Officers questioned fishermen. Two boats were impounded. The clash comes a week after "
            "the Chirundu crossing was closed.")
    assert [p["location"] for p in incidents(text, published="2026-10-05")] == ["Siavonga"]


# --- parts of a total, each on its day with its count -----------------------------------------------

def test_parts_of_a_total_are_incidents_each_with_its_count_and_day():
    got = {p["location"]: (p["sub_event_type"], p["fatalities"], p["date"]) for p in incidents(
        "Nineteen people have died since 3 November, among them seven in clashes near Bol on 5 November "
        "and four in an air strike on Kukawa on 8 November, officials said.")}
    assert got == {"Bol": ("Armed clash", 7, "2026-11-05"), "Kukawa": ("Air/drone strike", 4, "2026-11-08")}


def test_a_part_that_names_no_event_takes_the_kind_of_the_part_before():
    got = {(p["location"], p["sub_event_type"], p["fatalities"]) for p in incidents(
        "At least 14 people have been killed in cross-border violence since 3 May, including six in an attack on "
        "Isebania on 5 May and four near Tarime on 9 May, the Red Cross said.", published="2026-05-20")}
    assert got == {("Isebania", "Attack", 6), ("Tarime", "Attack", 4)}


def test_a_part_at_a_name_the_gazetteer_lacks_keeps_its_count_as_words():
    got = {p["location"]: (p["fatalities"], p["fatalities_text"], p["date"]) for p in incidents(
        "At least nine people have been killed this week, including five in an attack on the village of Kalimapus "
        "in Turkana on Monday and four near Lodwar on Tuesday, police said.")}
    assert got == {"Kalimapus": (None, "five", "2026-11-09"), "Lodwar": (4, "four", "2026-11-10")}


@pytest.mark.parametrize("sentence", [
    "Nine people were killed, including four children in Kasese.",  # one part: who died, not another event
    "The army said 14 fighters were killed, including four commanders.",
])
def test_a_total_with_one_part_or_none_gives_no_part_events(sentence):
    assert part_events(sentence, [], EventType) == []


# --- acts told one after the other, each on its day -------------------------------------------------

def test_a_second_attack_joined_by_and_is_its_own_incident_on_its_own_day():
    got = {p["location"]: p["date"] for p in incidents(
        "Gunmen attacked Mallam Fatori on Sunday and raided Damasak on Monday, residents said.")}
    assert got == {"Mallam Fatori": "2026-11-08", "Damasak": "2026-11-09"}


def test_a_second_act_on_other_victims_at_another_place_is_its_own_incident():
    got = {p["location"]: p["date"] for p in incidents(
        "Police said on Monday that unknown gunmen had shot dead two fishermen near Kariba on Saturday night and "
        "wounded a third off Siavonga on Sunday.", published="2026-06-30")}
    assert got == {"Kariba": "2026-06-27", "Siavonga": "2026-06-28"}


def test_an_armed_group_s_two_acts_are_two_incidents_each_on_its_day():
    got = {p["location"]: p["date"] for p in incidents(
        "Gunmen killed four people in Damasak on Sunday and raided Bosso on Monday, killing two.")}
    assert got == {"Damasak": "2026-11-08", "Bosso": "2026-11-09"}
    assert {p["location"] for p in incidents("Armed men crossed the river and attacked Bosso on Monday.")} == {"Bosso"}


# --- deaths of armed men told alone -----------------------------------------------------------------

def test_soldiers_killed_at_a_place_on_a_day_are_a_clash_there():
    (got,) = incidents("Three Peruvian soldiers were killed in Caballococha on Sunday, the army said.",
                       published="2026-07-14")
    assert (got["location"], got["sub_event_type"], got["fatalities"]) == ("Caballococha", "Armed clash", 3)


@pytest.mark.parametrize("second, expected", [
    ("Two soldiers were killed in Monguno on Sunday, the army said.", [("Monguno", 2)]),  # the attack's toll
    ("Two soldiers were killed in Kukawa on Tuesday, the army said.", [("Kukawa", 2), ("Monguno", None)]),
])
def test_soldiers_killed_after_an_attack_are_its_toll_unless_told_elsewhere_on_another_day(second, expected):
    got = incidents("Militants attacked an army post near Monguno on Sunday. " + second)
    assert sorted((p["location"], p["fatalities"]) for p in got) == expected
