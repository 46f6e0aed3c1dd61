"""Event reports that gave no incident at all (round 27, on invented passages in styles the project had
few of: aid-agency notes, police and army communiqués, translated local press, wire briefs; frontiers
no incident fixture covers: tests/fixtures/incident_passages_27.json): the passive with its agent ("hit
by a drone", "beaten by two masked men", "was set on fire"), a vehicle driven at officers, an arrest told
by its noun ("announced the arrest of"), guns seized (a seizure, not a battle's "seized"), a town that
"fell to" rebels, a vehicle hijacked, and an event whose sentence names only where its author fled
(at the scene of the sentence before). At the end, the passages themselves, scored as the border cases
are. Real gazetteer and boundaries, no mocks.
"""

from geomap.text.event_words import classify_event, events_from_text
from incident_passages import incident_properties, load_passages, passage_scores


def _incidents(text, published="2026-05-05"):
    return incident_properties(text, published)


def _typed(text, published="2026-05-05"):
    return [(p["location"], p["sub_event_type"]) for p in _incidents(text, published)]


def test_a_vehicle_hit_by_a_drone_is_a_drone_strike_there():
    assert _typed("Two herders were killed on Sunday when their truck was hit by a drone near Zouerat.") == [
        ("Zouérat", "Air/drone strike")]
    assert classify_event("The clinic was struck by an air strike on Monday.").sub_event_type == "Air/drone strike"


def test_a_house_hit_by_a_shell_is_shelling():
    assert classify_event("A house in the village was hit by a shell overnight.").sub_event_type == \
        "Shelling/artillery/missile attack"


def test_a_person_beaten_by_unnamed_men_is_an_attack():
    assert _typed("A local judge was assaulted by a group of youths in Kratovo on Friday, police said.") == [
        ("Kratovo", "Attack")]
    assert classify_event("The mayor was beaten by unknown assailants on his way home.").sub_event_type == "Attack"


def test_protesters_beaten_by_police_stay_a_protest():
    # (forces are not the unnamed assailants of the passive rule: the protest keeps its type)
    assert classify_event("Protesters were beaten by police in the square.").event_type == "Protests"


def test_a_vehicle_driven_at_officers_is_an_attack():
    assert classify_event("The driver drove at two of the officers and sped away.").sub_event_type == "Attack"
    assert classify_event("A car rammed a police checkpoint on the main road.").sub_event_type == "Attack"
    assert classify_event("The lorry drove into a ditch.") is None


def test_an_arrest_told_by_its_noun_is_an_arrest_and_an_order_or_a_call_is_not():
    assert _typed("On Monday, the gendarmerie in Kayes announced the arrest of nine people.") == [("Kayes", "Arrests")]
    assert classify_event("The court ordered the arrest of two men.") is None
    assert classify_event("Relatives called for the arrest of the killers.") is None


def test_guns_seized_are_disrupted_weapons_use_not_a_battle():
    assert classify_event("Customs officers seized 38 handguns in a lorry at the crossing.").sub_event_type == \
        "Disrupted weapons use"
    assert classify_event("Police found and seized 4 pistols and 300 rounds of ammunition.").sub_event_type == \
        "Disrupted weapons use"
    assert classify_event("Rebels seized the town on Monday.").event_type == "Battles"


def test_a_building_set_on_fire_is_destruction():
    assert _typed("A gendarmerie vehicle was set on fire in Briancon overnight.")[0][1] == \
        "Looting/property destruction"
    assert classify_event("Two houses were set alight on Sunday.").sub_event_type == "Looting/property destruction"


def test_a_town_that_fell_to_rebels_was_taken_and_a_price_that_fell_is_no_event():
    assert classify_event("The town fell to the rebels on Monday.").sub_event_type == \
        "Non-state actor overtakes territory"
    assert events_from_text("Fuel prices fell to a record low.") == []
    assert events_from_text("The old man fell to the ground.") == []


def test_a_truck_hijacked_is_looting():
    assert classify_event("Gunmen hijacked a fuel tanker on the highway.").sub_event_type == \
        "Looting/property destruction"


def test_an_event_whose_sentence_names_only_where_its_author_fled_is_at_the_scene_before():
    text = ("Police officers stopped a van carrying 20 migrants near Nickelsdorf on Tuesday night.\n\n"
            "The driver drove at one of the officers and fled into Hungary.\n")
    assert [(p["location"], p["sub_event_type"]) for p in _incidents(text, "2026-11-25")] == [("Nickelsdorf", "Attack")]


# --- the invented passages of tests/fixtures/incident_passages_27.json, scored as the border cases are: a gold
# incident is found when an incident feature has a point within its radius.

_PASSAGES = load_passages("incident_passages_27.json")


def test_the_invented_passages_tune_half():
    # (19/25, tolls 2/4 on the starting commit)
    found, tolls, false = passage_scores(_PASSAGES, "tune")
    assert found >= 23 and tolls >= 3 and false == []


def test_the_invented_passages_frozen_half():
    # (21/25, tolls 2/3 on the starting commit)
    found, tolls, false = passage_scores(_PASSAGES, "frozen")
    assert found >= 23 and tolls >= 2 and false == []


def test_a_place_bombarded_is_shelling_and_by_aircraft_an_air_strike():
    assert classify_event("The town was bombarded overnight.").sub_event_type == "Shelling/artillery/missile attack"
    assert classify_event("Military aircraft bombarded the rebel-held town.").sub_event_type == "Air/drone strike"


def test_an_attack_told_by_a_verb_of_doing_is_an_attack():
    assert _typed("On 4 May, armed men carried out an attack on Kratovo.") == [("Kratovo", "Attack")]


def test_strikes_carried_out_on_a_target_are_air_strikes_and_a_labour_strike_is_not():
    assert classify_event("The air force carried out strikes on rebel positions.").sub_event_type == "Air/drone strike"
    assert classify_event("Dock workers carried out a strike on Monday.") is None


def test_a_target_fired_upon_is_an_attack():
    assert classify_event("A boat carrying fishermen was fired upon overnight.").sub_event_type == "Attack"


def test_an_arrest_told_in_a_participle_clause_is_an_arrest():
    assert classify_event("Police raided a warehouse, arresting six suspected smugglers.").sub_event_type == "Arrests"


def test_a_place_that_was_the_target_of_an_attack_or_suffered_one_is_attacked():
    assert _typed("On Saturday night the customs post of Kidira was the target of an attack by men on motorbikes.") == [
        ("Kidira", "Attack")]
    assert classify_event("The village suffered an attack on Monday.").sub_event_type == "Attack"
    assert classify_event("The economy suffered a blow.") is None


def test_armed_individuals_who_attack_are_attackers():
    assert classify_event("Armed individuals attacked the market on Sunday.").sub_event_type == "Attack"
    assert classify_event("Individuals armed with machetes stormed the mine.").sub_event_type == "Attack"


def test_forces_attacked_in_the_passive_are_a_battle_and_targeted_by_criticism_is_not():
    assert classify_event("Elements of the army were attacked near the river.").sub_event_type == "Armed clash"
    assert classify_event("The soldiers were targeted by criticism.") is None


def test_terrorists_neutralised_in_a_participle_or_engaged_by_units_are_a_battle():
    assert classify_event("The army carried out a sweep operation, neutralising 12 terrorists.").sub_event_type == \
        "Armed clash"
    assert classify_event("Our units engaged a group of terrorists near the border.").sub_event_type == "Armed clash"


def test_a_person_murdered_is_an_attack_and_a_murder_trial_is_not():
    assert classify_event("The deputy mayor was murdered on Monday.").sub_event_type == "Attack"
    assert classify_event("He was convicted of murder.") is None


def test_people_taken_away_or_taken_hostage_are_abducted_and_hostages_taken_somewhere_are_not():
    assert classify_event("Three women were taken away by armed men.").sub_event_type == "Abduction/forced disappearance"
    assert classify_event("Gunmen took 14 passengers hostage on the highway.").sub_event_type == \
        "Abduction/forced disappearance"
    assert classify_event("He took the hostages to a hotel.") is None


def test_a_building_vandalised_is_destruction():
    assert classify_event("The school was vandalised overnight.").sub_event_type == "Looting/property destruction"


def test_people_hurt_in_an_accident_are_no_attack_and_hurt_by_gunmen_are():
    assert _incidents("A bus overturned near Kratovo on Monday and 12 passengers were injured.") == []
    assert classify_event("Three migrants were killed in a road accident near the border.") is None
    assert classify_event("Four passengers were injured when gunmen fired on their bus, which overturned.").sub_event_type \
        == "Attack"
