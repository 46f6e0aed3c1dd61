"""Events told without an agent and arrests told by the police of another town (round 29, on invented
passages on frontiers no fixture covers: tests/fixtures/incident_passages_29.json): "a guard was attacked
near X", "two tourists were attacked", "three men were injured in a fight at the market" (mob violence),
and "police in X said two suspects had been arrested" (X is where the police spoke, not the arrest's
place). Near-misses give nothing: a risk ("told to be attacked if"), a habit ("were being attacked
more often"), history ("was attacked in 2019"). At the end, the passages themselves, scored as the
border cases are. Real gazetteer and boundaries, no mocks.
"""

from geomap.text.event_words import classify_event
from incident_passages import incident_properties, load_passages, passage_scores


def _typed(text, published="2026-05-05"):
    return [(p["location"], p["sub_event_type"]) for p in incident_properties(text, published)]


def test_people_attacked_with_no_agent_are_an_attack():
    assert classify_event("Two tourists were attacked and robbed on a walking trail.").sub_event_type == "Attack"
    assert _typed("A taxi driver was attacked in Strabane on Friday night, police said.") == [("Strabane", "Attack")]


def test_a_guard_attacked_with_no_agent_is_an_armed_clash():
    assert _typed("A Finnish border guard was attacked near Ylitornio on Sunday night.") == [
        ("Ylitornio", "Armed clash")]


def test_a_risk_a_habit_or_history_of_attacks_is_no_event():
    assert classify_event("Officers were told to be attacked if they did not call for support.") is None
    assert classify_event("Taxi firms said drivers were being attacked more often since the winter.") is None
    assert _typed("A herder was attacked in Tornio in 2019 in a dispute over grazing.") == []


def test_people_injured_in_a_fight_are_mob_violence():
    assert _typed("Three men were injured in a fight at the vegetable market in Birgunj on Friday.") == [
        ("Birgañj", "Mob violence")]
    assert classify_event("The fight over the match ended without injuries.") is None


def test_an_arrest_told_by_police_in_a_town_is_not_at_that_town():
    assert _typed("Police in Tornio said two suspects had been arrested on Monday.") == []
    # (an arrest the sentence places elsewhere stays there)
    assert _typed("Police in Flensburg said two suspects had been arrested in Kolding on Tuesday.") == [
        ("Kolding", "Arrests")]


# --- the invented passages of tests/fixtures/incident_passages_29.json, scored as the border cases are: a gold
# incident is found when an incident lies within its radius; 'false' lists incidents at a no-incident point
# (before the rules: tune 3/10 with 2 false, frozen 3/11 with 4 false; the misses left are namesakes: the
# Lifford of Co Donegal and the Mahendranagar of Nepal are placed at others of their names)
_PASSAGES = load_passages("incident_passages_29.json")


def test_the_invented_passages_tune_half():
    found, tolls, false = passage_scores(_PASSAGES, "tune")
    assert (found, false) == (8, [])


def test_the_invented_passages_frozen_half():
    found, tolls, false = passage_scores(_PASSAGES, "frozen")
    assert (found, false) == (9, [])
