"""Incidents told in ways the earlier rules missed (round 26, on invented passages about frontiers no
other fixture covers: tests/fixtures/incident_passages_26.json): reinforcements sent from a place (where
troops left: no incident there); an official killed "in X" (the victim's place, not a speaker's); a
toll told alone at the start of the paragraph after the one violent act told. At the end, the
passages themselves, scored as the border cases are. Real gazetteer and boundaries, no mocks.
"""

from incident_passages import incident_properties, load_passages, passage_scores


def _incidents(text, published="2026-05-05"):
    return incident_properties(text, published)


def test_reinforcements_sent_from_a_place_make_no_incident_there():
    incs = _incidents("Gunmen fired on a police patrol near La Cruz on Friday. The ministry said it had sent "
                      "reinforcements from Upala.")
    assert [p["location"] for p in incs] == ["La Cruz"]
    incs = _incidents("Gunmen killed a trader in Basse Santa Su on Monday. The army said it had sent more troops from "
                      "Brikama.")
    assert [p["location"] for p in incs] == ["Basse Santa Su"]


def test_an_official_killed_in_a_town_is_an_incident_there():
    incs = _incidents("Gunmen killed a customs officer in Basse Santa Su on Monday, the revenue authority said.")
    assert [(p["location"], p["fatalities"]) for p in incs] == [("Basse Santa Su", 1)]
    incs = _incidents("Gunmen shot dead two police officers in Soma on Monday.")
    assert [(p["location"], p["fatalities"]) for p in incs] == [("Soma", 2)]


def test_an_officer_in_a_town_who_speaks_is_still_a_speaker():
    incs = _incidents("Gunmen attacked a bus near Soma on Monday, a police officer in Farafenni said.")
    assert [p["location"] for p in incs] == ["Soma"]


def test_a_toll_opening_the_paragraph_after_the_one_act_is_its_toll():
    incs = _incidents("Gunmen attacked a bus near Soma on Thursday, police said.\n\nTwo passengers were killed, "
                      "a spokesman said.\n")
    assert [(p["location"], p["fatalities"]) for p in incs] == [("Soma", 2)]


def test_a_toll_opening_a_paragraph_after_two_acts_is_nobodys():
    incs = _incidents("Gunmen attacked a bus near Soma on Thursday, police said. Soldiers clashed with rebels near "
                      "Farafenni on Friday.\n\nTwo people were killed, a spokesman said.\n")
    assert sorted((p["location"], p["fatalities"]) for p in incs) == [("Farafenni", None), ("Soma", None)]


def test_a_toll_opening_a_paragraph_after_an_arrest_is_nobodys():
    incs = _incidents("Police arrested ten traders in Soma on Thursday.\n\nTwo people were killed, a spokesman said.\n")
    assert [(p["location"], p["fatalities"]) for p in incs] == [("Soma", None)]


# --- the invented passages of tests/fixtures/incident_passages_26.json, scored as the border cases are: a gold
# incident is found when an incident feature has a point within its radius.

_PASSAGES = load_passages("incident_passages_26.json")


def test_the_invented_passages_tune_half():
    found, tolls, false = passage_scores(_PASSAGES, "tune")
    assert found >= 14 and tolls >= 8
    assert false == ["t6-geo-rus-stepantsminda: Upper Lars"]


def test_the_invented_passages_frozen_half():
    found, tolls, false = passage_scores(_PASSAGES, "frozen")
    assert found >= 10 and tolls >= 5 and false == []
