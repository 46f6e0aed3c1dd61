"""Incidents told in ways earlier rules missed (issue 12, second round): stock theft, a raid
named by its day, a second clash in an "as" clause, and a place named only to say where the
incident's place lies. Sentences invented for these tests, on frontiers no fixture covers."""
from __future__ import annotations

import pytest

from geomap.reading.pipeline import extract_text
from geomap.text.event_words import events_from_text


def by_place(text, dateline="KAMPALA", published="2026-11-20"):  # a Friday
    fc = extract_text(f"Border report\n\n{dateline}, Nov 20 - " + text, published=published)
    out: dict[str, set[str]] = {}
    for f in fc["features"]:
        p = f["properties"]
        if p["layer"] == "incident":
            out.setdefault(p["location"], set()).add(p["sub_event_type"])
    return out


@pytest.mark.parametrize("sentence", [
    "Cattle rustlers raided a kraal outside the town on Wednesday, police said.",
    "Armed men crossing from the south stole about 200 head of cattle on Monday night.",
    "The bandits made off with dozens of goats before dawn.",
    "Raiders drove off 300 cows from a ranch on Sunday.",
])
def test_stock_theft_is_looting(sentence):
    assert [e.sub_event_type for e in events_from_text(sentence)] == ["Looting/property destruction"]


@pytest.mark.parametrize("sentence", [
    "Cattle rustling is common in the area.",
    "Villagers said they were afraid to leave their goats in the fields.",
])
def test_stock_words_without_a_theft_are_no_event(sentence):
    assert events_from_text(sentence) == []


def test_a_raid_named_by_its_day_is_an_attack():
    assert [e.sub_event_type for e in events_from_text("Sunday's raid on the village left one guard dead.")] == [
        "Attack"]


def test_a_police_raid_that_seized_goods_is_no_attack():
    assert "Attack" not in {e.sub_event_type for e in events_from_text(
        "Tuesday's raid on a depot by customs officers seized contraband cigarettes.")}


def test_the_day_s_raid_is_placed_at_its_town():
    assert by_place("Sunday's raid on Aflao by armed men left one customs officer dead.") == {"Aflao": {"Attack"}}


def test_stock_theft_is_placed_at_its_town():
    assert by_place("Gunmen from across the border stole 150 cows in Namanga on Tuesday.", "NAIROBI") == {
        "Namanga": {"Looting/property destruction"}}


def test_a_second_clash_in_an_as_clause_keeps_its_place():
    got = by_place("Fighting raged in Chimoio on Tuesday, as insurgents clashed with soldiers near Sussundenga.")
    assert got == {"Chimoio": {"Armed clash"}, "Sussundenga": {"Armed clash"}}


def test_a_second_clash_in_an_as_clause_without_a_place_adds_nothing():
    assert by_place("Fighting raged in Chimoio on Tuesday, as insurgents clashed with soldiers.") == {
        "Chimoio": {"Armed clash"}}


def test_a_place_named_to_say_where_another_lies_holds_no_incident():
    got = by_place("Border guards shot dead two smugglers at Holili, a crossing point east of Tarakea, on Monday.")
    assert got == {"Holili": {"Attack"}}


@pytest.mark.parametrize("sentence", [
    "Bandits seized two nurses outside the clinic on Tuesday.",
    "Gunmen captured three aid workers on the road before dawn.",
])
def test_people_seized_are_abducted_not_ground_taken(sentence):
    assert [e.sub_event_type for e in events_from_text(sentence)] == ["Abduction/forced disappearance"]


def test_ground_seized_is_still_taken():
    assert [e.sub_event_type for e in events_from_text("Rebels seized the town on Tuesday.")] == [
        "Non-state actor overtakes territory"]


@pytest.mark.parametrize("sentence", [
    "Armed poachers killed a ranger in the park on Tuesday.",
    "Soldiers shot a smuggler on the riverbank overnight.",
    "Gunmen murdered the village chief on Sunday.",
])
def test_unarmed_people_killed_at_a_frontier_are_attacked(sentence):
    assert [e.sub_event_type for e in events_from_text(sentence)] == ["Attack"]


@pytest.mark.parametrize("sentence", [
    "Police recovered stolen cattle at the market.",
    "The council lifted the ban on cattle movements.",
    "The attack killed five people on Tuesday.",
])
def test_no_new_event_from_stock_or_people_words(sentence):
    assert events_from_text(sentence) == []


def test_seized_aid_workers_are_placed_at_their_town():
    assert by_place("Gunmen seized two aid workers near Namanga on Tuesday.", "NAIROBI") == {
        "Namanga": {"Abduction/forced disappearance"}}


def test_a_clash_between_two_unlisted_villages_is_one_incident():
    fc = extract_text("Border report\n\nACCRA, Nov 20 - Soldiers and smugglers clashed between Kwabenyan village and "
                      "Dzolokpuita village in Volta region on Monday.", published="2026-11-20")
    got = [f["properties"] for f in fc["features"] if f["properties"]["layer"] == "incident"]
    assert [(p["location"], p["geo_precision"]) for p in got] == [("between Kwabenyan and Dzolokpuita", 3)]


def test_a_blockade_of_the_road_to_a_country_is_a_protest_but_a_note_to_a_government_is_not():
    assert [e.sub_event_type for e in events_from_text(
        "Residents blocked the highway to the Uzbek border on Wednesday, demanding compensation.")] == ["Peaceful protest"]
    assert events_from_text("Kazakhstan protested to the Uzbek government on Wednesday.") == []
