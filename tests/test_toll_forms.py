"""Tolls told as found, listed or lost, one person before a group, and tolls two sources
tell differently (invented sentences; each failed before ``toll_forms``)."""

import pytest

from geomap.text.quantities import fatalities_from_text


@pytest.mark.parametrize("sentence, expected", [
    ("The bodies of four herders were recovered on Monday near the camp.", 4),
    ("Searchers found the bodies of 11 migrants near the frontier post.", 11),
    ("The dead included two police officers and a smuggler, the agency said.", 3),
    ("The dead were two soldiers and a civilian.", 3),
    ("The army lost four soldiers in the ambush.", 4),
    ("A border guard and two civilians were killed in the shelling.", 3),
    ("A police officer and a civilian were killed.", 2),
    ("The attack killed a soldier and two civilians and wounded three others.", 3),
    ("Another soldier succumbed to his wounds on Friday.", 1),
    ("Two of the injured later succumbed to their injuries.", 2),
    ("Gunmen ambushed a truck, killing the driver and his assistant, police said.", 2),
    ("Raiders shot at the house, killing a man and his wife and wounding five.", 2),
    ("A soldier lost his life in the attack.", 1),
    ("Three bandits were killed and one soldier lost his life.", 4),
    ("Death toll reaches 12 in border fighting", 12),
    ("Toll rises to 9 after border attack", 9),
    # two sources, the same deaths: the lowest count, not the sum
    ("The army says three people were killed, but local residents say ten died.", 3),
    ("The military said 20 rebels were killed, while the rebels said only five of their men died.", 5),
    # both sides' dead, one source: summed
    ("The army said it had killed 15 insurgents, while two soldiers were also killed.", 17),
])
def test_toll_forms(sentence, expected):
    count = fatalities_from_text(sentence)
    assert count is not None and count.value == expected


@pytest.mark.parametrize("sentence", [
    "The bodies of water along the frontier are shallow.",
    "Militants attacked a police post and wounded two soldiers.",
])
def test_no_toll(sentence):
    count = fatalities_from_text(sentence)
    assert count is None or count.value in (None, 0)


def test_indefinite_attack_with_its_dead_is_an_event():
    """'a second attack near X left two soldiers dead': a new attack told by its noun (no event before)."""
    from geomap.text.event_words import events_from_text

    assert events_from_text("The next day, a second attack near the town left two soldiers dead.")
    assert events_from_text("An attack near the border post killed three guards.")
    assert not events_from_text("The attack left five dead.")  # points back at one told before


def test_a_risen_count_naming_its_clash_keeps_the_clash_place():
    """'The number of people killed in Thursday's clash … at X has risen to 11' names its event like
    'the toll from …': its place is the clash's, not a second place summed in."""
    from geomap.reading.pipeline import extract_text

    text = ("The number of people killed in Thursday's clash between villagers and police at Mwanza has risen "
            "to 11, police said on Saturday, after four of the injured died in hospital.")
    incs = [f["properties"] for f in extract_text(text, published="2026-03-07")["features"]
            if f["properties"]["layer"] == "incident"]
    assert [p["fatalities"] for p in incs] == [11]


def _incidents(text, published="2026-03-06"):
    from geomap.reading.pipeline import extract_text

    return [f["properties"] for f in extract_text(text, published=published)["features"]
            if f["properties"]["layer"] == "incident"]


def test_more_who_died_of_their_wounds_add_to_the_toll_told_before():
    incs = _incidents("Border guards of Kazakhstan and Kyrgyzstan exchanged fire near Korday on Wednesday. One guard "
                      "was killed and twelve were injured, the border service said. Three more guards died of their "
                      "wounds on Thursday.")
    assert [p["fatalities"] for p in incs] == [4]


def test_more_killed_at_a_place_of_their_own_are_not_added():
    incs = _incidents("Border guards exchanged fire near Korday on Wednesday, killing one guard. "
                      "Two more soldiers were killed in Merke on Friday.")
    assert [p["fatalities"] for p in incs] == [1]


def test_the_other_sides_dead_told_after_add_to_the_battle():
    incs = _incidents("Ugandan troops killed 14 rebels in an operation near Bundibugyo on Saturday, the army said. "
                      "Two Ugandan soldiers were also killed.")
    assert [p["fatalities"] for p in incs] == [16]
