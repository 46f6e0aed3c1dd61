"""Armed forces firing on unarmed people, however the victims are named (as a group, or as
migrants or refugees), and armed groups killing people in a raid: violence against civilians."""

import pytest
from conftest import event_kind

from geomap.text.event_words import events_from_text

VAC = ("Violence against civilians", "Attack")


@pytest.mark.parametrize("sentence", [
    # civilians named as a group are the ones fired on
    "Zimbabwean soldiers shot at a group of cattle herders near Mutare on Sunday.",
    "Tanzanian police fired on a crowd of unarmed traders at the Sirari market.",
    "Troops opened fire on a small group of fishermen near Siavonga, witnesses said.",
    # migrants and refugees fired on are civilians, not a side in a battle
    "Border guards opened fire on migrants walking towards Chirundu.",
    "Police fired at asylum seekers near the Kazungula bridge.",
    "Guards opened fire on returnees at the crossing near Beitbridge.",
    "Gendarmes fired on refugees fording the river near Kousseri.",
    # people killed in a raid told with them are its victims
    "Suspected militants killed 14 people in an overnight attack on Mogode, local officials said.",
    "Jihadists killed at least 9 people in an assault on Ngouboua on Friday.",
    "Armed men killed five people and wounded 11 in coordinated raids on two villages near Bol.",
])
def test_unarmed_people_fired_on_or_killed_in_a_raid_are_attacked_civilians(sentence):
    assert event_kind(sentence) == VAC


@pytest.mark.parametrize("sentence", [
    "Police fired at smugglers' trucks and the smugglers fired back near Chirundu.",
    "Troops fired on a group of rebels near Kousseri.",
    "Militants killed 12 people in an attack on an army post near Fotokol.",  # a battle
    "Insurgents killed 4 people in the attack, the governor said.",  # the toll of one told before
])
def test_fire_on_armed_men_or_a_post_or_a_told_attack_is_no_new_attack_on_civilians(sentence):
    assert event_kind(sentence) != VAC


@pytest.mark.parametrize("sentence", [
    "Gunmen ambushed a bus carrying traders near Namanga on Tuesday.",
    "Bandits ambushed a minibus full of passengers near Isebania, killing two.",
    "Armed men ambushed a convoy of civilians fleeing toward Chirundu.",
    "Rebels ambushed a convoy carrying aid workers near Mutukula.",
    "Gunmen ambushed villagers returning from the market near Kasumbalesa.",
])
def test_an_ambush_on_unarmed_people_is_an_attack_on_civilians(sentence):
    assert event_kind(sentence) == VAC


@pytest.mark.parametrize("sentence", [
    "Militants ambushed an army patrol near Namanga on Tuesday.",
    "Gunmen ambushed a police convoy near Isebania.",
    "Rebels ambushed a bus carrying soldiers near Mutukula.",
])
def test_an_ambush_on_forces_stays_a_battle(sentence):
    assert event_kind(sentence) == ("Battles", "Armed clash")


def test_an_ambush_on_a_patrol_keeps_the_attack_on_villagers_told_with_it():
    kinds = {(e.event_type, e.sub_event_type) for e in events_from_text(
        "Militants ambushed an army patrol near Namanga and later attacked villagers in Isebania.")}
    assert kinds == {("Battles", "Armed clash"), VAC}
