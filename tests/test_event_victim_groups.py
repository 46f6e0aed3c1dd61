"""Armed forces firing on unarmed people, however the victims are named (as a group, or as
migrants or refugees), and armed groups killing people in a raid: violence against civilians."""

import pytest

from geomap.text.event_words import classify_event

VAC = ("Violence against civilians", "Attack")


def _kind(sentence):
    ev = classify_event(sentence)
    return (ev.event_type, ev.sub_event_type) if ev else None


@pytest.mark.parametrize("sentence", [
    "Zimbabwean soldiers shot at a group of cattle herders near Mutare on Sunday.",
    "Tanzanian police fired on a crowd of unarmed traders at the Sirari market.",
    "Troops opened fire on a small group of fishermen near Siavonga, witnesses said.",
])
def test_civilians_named_as_a_group_are_the_ones_fired_on(sentence):
    assert _kind(sentence) == VAC


@pytest.mark.parametrize("sentence", [
    "Border guards opened fire on migrants walking towards Chirundu.",
    "Police fired at asylum seekers near the Kazungula bridge.",
    "Guards opened fire on returnees at the crossing near Beitbridge.",
    "Gendarmes fired on refugees fording the river near Kousseri.",
])
def test_migrants_and_refugees_fired_on_are_civilians_not_a_battle(sentence):
    assert _kind(sentence) == VAC


@pytest.mark.parametrize("sentence", [
    "Police fired at smugglers' trucks and the smugglers fired back near Chirundu.",
    "Troops fired on a group of rebels near Kousseri.",
])
def test_fire_on_armed_men_is_no_attack_on_civilians(sentence):
    assert _kind(sentence) != VAC


@pytest.mark.parametrize("sentence", [
    "Suspected militants killed 14 people in an overnight attack on Mogode, local officials said.",
    "Jihadists killed at least 9 people in an assault on Ngouboua on Friday.",
    "Armed men killed five people and wounded 11 in coordinated raids on two villages near Bol.",
])
def test_people_killed_in_a_raid_told_with_them_are_its_victims(sentence):
    assert _kind(sentence) == VAC


@pytest.mark.parametrize("sentence", [
    "Militants killed 12 people in an attack on an army post near Fotokol.",
    "Insurgents killed 4 people in the attack, the governor said.",
])
def test_an_attack_on_a_post_or_one_told_before_is_no_new_attack_on_civilians(sentence):
    assert _kind(sentence) != VAC
