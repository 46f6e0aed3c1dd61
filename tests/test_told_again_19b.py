"""Events and tolls on invented sentences (session 19b): one person killed told as known ("killing
the driver"), with the people they carried, or by their stock; a vehicle that hit a mine; a
speaker's report on an event just told, and its victims as the next sentence's definite subject,
telling that event again rather than a new one."""

import pytest

from geomap.text.quantities import fatalities_from_text
from tests.conftest import event_kind, incident_props


@pytest.mark.parametrize("sentence,value", [
    ("Guards fired on a minibus outside Mbala at dawn, killing the driver, witnesses said.", 1),
    ("A motorcycle taxi rider carrying two traders was shot dead near Mutare on Friday.", 1),
    ("A bus driver with eleven pilgrims on board was shot dead on the road to Taveta.", 1),
    ("A suspected goat thief was beaten to death by villagers near Isebania.", 1),
])
def test_one_person_killed_is_one_dead(sentence, value):
    assert fatalities_from_text(sentence).value == value


@pytest.mark.parametrize("sentence,value", [
    ("Soldiers fired on the car, killing the driver and his wife.", 2),  # two, not one
    ("The shelling killed the soldiers' families.", None),  # no count
])
def test_more_than_one_is_not_one(sentence, value):
    got = fatalities_from_text(sentence)
    assert got is not None and got.value == value


def test_a_vehicle_that_hit_a_mine_is_a_landmine_blast():
    assert event_kind("A lorry carrying maize hit a mine near Chirundu on Sunday.") == (
        "Explosions/Remote violence", "Remote explosive/landmine/IED")


def test_a_speakers_report_on_the_protest_just_told_is_no_second_protest():
    text = ("Hundreds of cross-border traders protested at Chirundu on Monday over new import levies. "
            "Police in Lusaka province said the protest ended peacefully.")
    got = incident_props(text, "2026-03-10")
    assert [p["location"] for p in got if p["event_type"] == "Protests"] == ["Chirundu"]


def test_the_victims_told_again_place_the_event_told_before():
    text = ("Three fishermen were killed by Zambian border guards on Tuesday, Zimbabwean officials said. "
            "The fishermen were shot while checking their nets near Kariba, relatives said.")
    got = [p for p in incident_props(text, "2026-03-12") if p["event_type"] == "Violence against civilians"]
    assert [(p["location"], p["fatalities"]) for p in got] == [("Kariba", 3)]


def test_a_victim_not_told_before_is_a_new_incident():
    text = ("Three fishermen were killed by Zambian soldiers near Kariba on Tuesday, officials said. "
            "The trader was shot while crossing the bridge at Chirundu on Wednesday, relatives said.")
    got = incident_props(text, "2026-03-12")
    assert {"Kariba", "Chirundu"} <= {p["location"] for p in got}


def test_two_verbs_joined_by_and_are_one_act():
    text = "Gunmen shot and wounded two herdsmen near Chipinge on Monday, close to the border with Mozambique, police said."
    got = [p for p in incident_props(text, "2026-03-10") if p["event_type"] == "Violence against civilians"]
    assert [p["location"] for p in got] == ["Chipinge"]


def test_a_mob_killing_is_one_event_with_its_toll():
    got = incident_props("A man was beaten to death by a mob in Kariba on Saturday.", "2026-03-10")
    assert [(p["location"], p["fatalities"]) for p in got] == [("Kariba", 1)]


def test_victims_told_again_keep_an_event_whose_first_telling_had_no_place():
    text = ("Two fishermen were killed by soldiers on the lake on Sunday. "
            "The fishermen were shot near Kariba, local leaders said.")
    got = [p for p in incident_props(text, "2026-03-16") if p["event_type"] == "Violence against civilians"]
    assert [(p["location"], p["fatalities"]) for p in got] == [("Kariba", 2)]
