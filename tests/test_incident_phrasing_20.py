"""Incidents told in phrasings set 8 lost (issue 12, session 20), on invented sentences about
frontiers no fixture covers: an act told after a fronted "When police tried to ...," clause (the
attempt is that clause's, the act happened); an attack noun with a phrase in commas before its
verb; "the killing of a suspected smuggler at X"; "two days after the <actor> detained ... near X";
a person's or a firm's home in an apposition ("the driver, a 38-year-old from X,") is no place
of the event; an event told with no place of its own just after the sentence that told the scene
is at that scene (not when the sentence names its own place or says it is "a separate" one); an
incident at a border post the gazetteer lacks goes with the post onto the frontier; and the
invented passages of tests/fixtures/incident_passages_20.json.

Floors of the tune passages as scored when the rules were final (12/12 incidents, 4/4 tolls; before
the rules 6/12 and 3/4); the held half is scored in the fixture's "about".
"""

import pytest
from conftest import assert_passages, incident_props

from geomap.gazetteer.normalize import fold
from geomap.text.event_words import events_from_text


def _at(incs, name, event_type=None):
    return [p for p in incs if fold(name) in fold(p["location"] or "")
            and (event_type is None or p["event_type"] == event_type)]


def test_act_after_a_fronted_attempt_happened():
    # "tried to" belongs to the "When ..." clause, not to the stones thrown after its comma
    evs = events_from_text("When gendarmes tried to clear the market, youths threw stones at them.")
    assert [e.event_type for e in evs] == ["Riots"]


def test_attack_noun_with_a_phrase_in_commas_before_its_verb():
    evs = events_from_text("A second attack, late on Tuesday near Kazungula, killed several people.")
    assert [e.sub_event_type for e in evs] == ["Attack"]


def test_killing_told_by_its_noun_is_an_attack_at_its_place():
    incs = incident_props("Kenya and Tanzania: Hundreds of residents marched in Taveta on Friday. The march "
                          "followed the killing of a suspected poacher at Isebania on Tuesday night.", "2026-06-20")
    assert _at(incs, "Isebania", "Violence against civilians")


def test_arrest_days_after_a_subject_with_the():
    incs = incident_props("Zambia and Zimbabwe: Vendors protested in Siavonga on Monday, three days after the "
                          "Zimbabwean police detained six Zambian fish traders near Binga.", "2026-06-20")
    assert _at(incs, "Binga", "Strategic developments")


def test_home_town_in_an_apposition_is_no_place_of_the_arrest():
    incs = incident_props("Kenya and Tanzania: Tanzanian police seized 300 kg of ivory from a lorry at Namanga on "
                          "Sunday. The driver, a 38-year-old from Taveta, was arrested.", "2026-06-20")
    assert not _at(incs, "Taveta")
    assert _at(incs, "Namanga", "Strategic developments")


def test_firm_named_by_its_town_is_no_place_of_the_release():
    incs = incident_props("Zambia and Zimbabwe: Police seized a boat with 2 tonnes of fish at Siavonga on Monday. "
                          "The captain was arrested and released after the owner, a Livingstone fishing company, "
                          "paid a fine.", "2026-06-20")
    assert not _at(incs, "Livingstone")


def test_act_with_no_place_after_the_scene_is_there():
    incs = incident_props("Zambia and Zimbabwe: A patrol stopped a group of 30 fish traders near Siavonga on Friday "
                          "night.\n\nWhen the officers tried to search their boats, the traders threw stones at them.",
                          "2026-06-20")
    assert _at(incs, "Siavonga", "Riots")


def test_scene_is_the_place_told_as_where_not_a_word_of_a_unit_s_name():
    incs = incident_props("Zambia and Zimbabwe: A patrol of the Siavonga district police stopped a group of fish "
                          "traders near the village of Sinazongwe on Friday night.\n\nWhen the officers tried to "
                          "search their boats, the traders threw stones at them.", "2026-06-20")
    assert _at(incs, "Sinazongwe", "Riots") and not _at(incs, "Siavonga")


@pytest.mark.parametrize("second", [
    "A separate clash with poachers killed two rangers on Tuesday.",  # said to be another event
    "Two rangers were killed in a clash with poachers in the park on Tuesday.",  # a place of its own
    "Rebels attacked an army base in Uganda on Tuesday, killing two soldiers.",  # a country of its own
])
def test_act_with_a_scene_of_its_own_is_not_moved_to_the_one_before(second):
    incs = incident_props("Kenya and Tanzania: Police arrested four smugglers at Isebania on Monday. " + second,
                          "2026-06-20")
    assert not [p for p in _at(incs, "Isebania") if p["event_type"] != "Strategic developments"]


def test_incident_at_an_unlisted_border_post_goes_with_it_to_the_frontier():
    text = ("Traders riot at border post\n\nDAR ES SALAAM — Traders and residents rioted on Monday at the Mwakijembe "
            "border post, in Mkinga district of Tanga region, after a Kenyan trader died in police custody, police "
            "said.")
    from geomap.reading.pipeline import extract_text

    feats = extract_text(text, published="2026-06-20")["features"]
    place = next(f for f in feats if f["properties"]["layer"] == "place" and f["properties"]["name"] == "Mwakijembe")
    inc = next(f for f in feats if f["properties"]["layer"] == "incident" and f["properties"]["location"] == "Mwakijembe")
    assert inc["geometry"] == place["geometry"]


def test_invented_passages():
    # the held half (scored once, at the end: 8/11 incidents, 1/3 tolls, before 5/11 and 1/3) is not
    # asserted: two wrong tolls there are the tolls module's ("left three houses burned and one man
    # dead" read as 4; "died on the boat" given to the protest told before), left to it
    assert_passages("incident_passages_20.json", "tune", (12, 4))

