"""Tolls on the right incident, never on a wrong one (session 27): invented sentences on frontiers
in no fixture; each test fails without its rule. The invented passages of
tests/fixtures/toll_passages_27.json (written before any rule, the frozen half scored only before
and after) keep floors: tune 5/9 right (3 wrong) -> 9/9 (0 wrong); frozen 7/10 (3 wrong) -> 7/10
(4 wrong: a death in a police cell now an event, placed at a namesake of its town).
"""

import pytest
from conftest import incident_props, score_toll_passages

from geomap.text import cues
from geomap.text.event_words import classify_event
from geomap.text.quantities import fatalities_from_text


def _tolls(text, published):
    return {p["location"]: p["fatalities"] for p in incident_props(text, published) if p["fatalities"]}


# deaths put down to an accident are no conflict event (ACLED codes no accidents) ...
@pytest.mark.parametrize("sentence", [
    "Two migrants were killed on Monday night when they were hit by a freight train near the border, railway police said.",
    "Three smugglers were killed in a road accident near the crossing on Sunday.",
    "Four fishermen died when their boat capsized off the river mouth.",
])
def test_deaths_in_an_accident_are_no_event(sentence):
    assert classify_event(sentence) is None


# ... but violence told in the same sentence keeps the event
@pytest.mark.parametrize("sentence", [
    "Two soldiers were killed when their truck hit a landmine near the border.",
    "Two migrants were killed when border guards opened fire on their car near the crossing.",
    "Two migrants were killed near the crossing, police said.",
])
def test_deaths_with_violence_stay_events(sentence):
    assert classify_event(sentence) is not None


def test_an_accident_puts_no_toll_on_the_map():
    got = _tolls("NICE, Jan 14 - Two migrants were killed on Monday night when they were hit by a freight train in a "
                 "tunnel between Ventimiglia and Menton, Italian railway police said.", "2027-01-14")
    assert got == {}


def test_deaths_when_fire_was_returned_belong_to_the_fight_told_before():
    got = _tolls("EISENSTADT, April 9 - Suspected smugglers fired on Austrian soldiers near Nickelsdorf on Thursday, "
                 "wounding two, the defence ministry said. One smuggler was killed when the soldiers returned fire.",
                 "2027-04-09")
    assert got == {"Nickelsdorf": 1}


@pytest.mark.parametrize("sentence,name,speaker", [
    ("The governor's office in Kars said two people were killed.", "Kars", True),
    ("The mayor\u2019s office in Kars said two people were killed.", "Kars", True),
    ("Gunmen attacked the governor's office in Kars.", "Kars", False),
    ("Dozens of miners gathered in front of the governor's office in Kars to demand protection.", "Kars", False),
])
def test_whose_office_spoke_is_no_place_of_the_deaths(sentence, name, speaker):
    assert cues.is_speaker_place(sentence, sentence.index(name)) is speaker


def test_a_toll_told_by_an_office_in_another_town_goes_to_the_shooting():
    got = _tolls("ANKARA, Oct 4 - Turkish border troops opened fire on a group of people crossing from Armenia near "
                 "Digor on Sunday night. The governor's office in Kars said two people were killed.", "2027-10-04")
    assert got == {"Digor": 2}


@pytest.mark.parametrize("sentence,value", [
    # a trade's lower-case words after its capitalised nationality: one person
    ("A gunman opened fire at the crossing, killing a Canadian border services officer and wounding three travellers.", 1),
    ("Smugglers shot dead a Latvian border guard officer.", 1),
    ("A Guyana Defence Force (GDF) soldier was killed.", 1),
])
def test_one_person_told_by_nationality_and_trade(sentence, value):
    c = fatalities_from_text(sentence)
    assert (c.value if c else None) == value


@pytest.mark.parametrize("sentence,family", [
    ("A Tunisian man died in a police cell in Menton on Saturday, hours after border police beat him with batons.",
     "Violence against civilians"),
    ("Border guards restrained the man on the floor and he died in custody hours later.", "Violence against civilians"),
    ("A migrant was beaten to death in the custody of border police.", "Violence against civilians"),
    # a death in custody alone, of no told mistreatment, is no event; one that set off a riot stays the riot's cause
    ("A trader died in police custody on Monday.", None),
    ("Traders rioted at the post after a trader died in custody.", "Riots"),
])
def test_a_death_in_custody_told_with_its_abuse_is_an_attack(sentence, family):
    ev = classify_event(sentence)
    assert (ev.event_type if ev else None) == family


def test_a_death_in_custody_takes_its_toll_at_the_cell():
    got = _tolls("VENTIMIGLIA, May 24 - A Tunisian man died in a police cell in Menton on Saturday, hours after French "
                 "border police detained him and beat him with batons, his family's lawyer said.", "2027-05-24")
    assert got == {"Menton": 1}


@pytest.mark.parametrize("half,floor", [("tune", 9), ("frozen", 7)])
def test_the_session_27_passages(half, floor):
    right, wrong = score_toll_passages("toll_passages_27.json", half)
    known = {"F10: Frankfurt am Main=1", "F11: Chiasso=1", "F11: Como=2", "F11: Como has a number"} \
        if half == "frozen" else set()
    assert set(wrong) <= known and right >= floor
