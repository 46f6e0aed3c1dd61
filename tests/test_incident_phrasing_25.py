"""Incidents told in ways the earlier rules missed (round 25, on invented passages about frontiers no
other fixture covers: tests/fixtures/incident_passages_25.json): a fight told only as "a
confrontation" that "occurred" or "took place"; a town whose name runs over "de los" ("Paso de los
Libres"); an incident told only in the headline; a second act after "and a day later"; forces'
violence in the passive; a province "on the Namibian side of the Okavango". At the end, the passages
themselves, scored as the border cases are. Real gazetteer and boundaries, no mocks.
"""

from incident_passages import incident_properties, load_passages, passage_scores


def _incidents(text, published="2026-08-03"):
    return incident_properties(text, published)


def test_a_confrontation_that_occurred_with_an_armed_side_is_a_clash():
    incs = _incidents("A confrontation between Russian border guards and a group of smugglers occurred near "
                      "Magaramkent on Saturday morning, the regional FSB border directorate said on Sunday.")
    assert [(p["location"], p["sub_event_type"]) for p in incs] == [("Magaramkent", "Armed clash")]


def test_a_confrontation_that_took_place_between_soldiers_and_rebels_is_a_clash():
    incs = _incidents("A confrontation took place between soldiers and rebels near Magaramkent on Saturday, "
                      "killing three, the army said.")
    assert [(p["location"], p["sub_event_type"], p["fatalities"]) for p in incs] == [("Magaramkent", "Armed clash", 3)]


def test_a_confrontation_without_an_armed_side_is_no_fight():
    assert _incidents("A confrontation between the government and the opposition occurred in Magaramkent "
                      "on Saturday, the agency said.") == []


def test_a_name_running_over_de_los_is_one_place():
    incs = _incidents("Three men were killed in a gunfight with Argentine Naval Prefecture officers on Sunday on "
                      "the Uruguay river near Paso de los Libres, after officers stopped a boat, the force said.",
                      published="2026-05-05")
    assert [(p["location"], p["fatalities"]) for p in incs] == [("Paso de los Libres", 3)]


def test_forces_hurt_in_an_incident_is_a_clash():
    incs = _incidents("Two border guards were wounded in an incident near Magaramkent on Saturday, the FSB said.")
    assert [(p["location"], p["sub_event_type"]) for p in incs] == [("Magaramkent", "Armed clash")]
    incs = _incidents("A border incident near Magaramkent on Saturday left one soldier dead, the ministry said.")
    assert [(p["location"], p["sub_event_type"], p["fatalities"]) for p in incs] == [("Magaramkent", "Armed clash", 1)]


def test_forces_hurt_by_an_armed_side_in_the_passive_is_a_clash():
    incs = _incidents("A border guard was wounded by smugglers near Magaramkent on Saturday.")
    assert [(p["location"], p["sub_event_type"]) for p in incs] == [("Magaramkent", "Armed clash")]


def test_an_incident_in_which_no_one_was_hurt_is_none():
    assert _incidents("Russia said the incident near Magaramkent was an accident in which no soldiers were wounded.") == []


def test_an_incident_told_only_in_the_headline_is_kept_at_its_place():
    incs = _incidents("Clash at Magaramkent leaves two dead\n\nThe ministry said on Sunday that the border would be "
                      "reinforced. Both sides blamed each other.\n")
    assert [(p["location"], p["sub_event_type"], p["fatalities"]) for p in incs] == [("Magaramkent", "Armed clash", 2)]


def test_a_headline_clash_over_a_body_telling_only_talks_and_arrests_is_kept():
    incs = _incidents("Clash at Magaramkent leaves two dead\n\nThe two governments agreed on Sunday to hold talks on "
                      "the border. Police arrested 12 people in Derbent.\n")
    assert ("Magaramkent", "Armed clash", 2) in [(p["location"], p["sub_event_type"], p["fatalities"]) for p in incs]


def test_a_headline_over_a_body_telling_the_same_act_otherwise_adds_nothing():
    incs = _incidents("Villagers torch huts in Magaramkent border area\n\nDozens of villagers burned at least five huts "
                      "in Magaramkent on Wednesday, police said.\n")
    assert [p["sub_event_type"] for p in incs] == ["Looting/property destruction"]


def test_a_headline_over_a_body_that_tells_an_event_adds_nothing():
    incs = _incidents("Clash at Magaramkent leaves two dead\n\nTwo soldiers were killed when border guards clashed "
                      "with smugglers near Samur on Saturday, the ministry said.\n")
    assert [p["location"] for p in incs] == ["Samur"]
    assert _incidents("Russia threatens to close Magaramkent crossing\n\nThe ministry said on Sunday that the "
                      "border would be reinforced.\n") == []


def test_forces_engaging_an_armed_side_is_a_clash():
    incs = _incidents("Security forces engaged gunmen near Magaramkent on Saturday, the ministry said.")
    assert [(p["location"], p["sub_event_type"]) for p in incs] == [("Magaramkent", "Armed clash")]
    incs = _incidents("A patrol came into contact with an armed gang near Magaramkent on Saturday.")
    assert [(p["location"], p["sub_event_type"]) for p in incs] == [("Magaramkent", "Armed clash")]


def test_forces_killing_men_told_by_what_they_did_is_an_attack():
    incs = _incidents("Jordanian border guards killed two men trying to smuggle drugs near Aqaba on Thursday, "
                      "the army said.", published="2026-10-30")
    assert [(p["location"], p["sub_event_type"], p["fatalities"]) for p in incs] == [("Aqaba", "Attack", 2)]
    incs = _incidents("Two smugglers were killed by border guards near Magaramkent on Saturday.")
    assert [(p["location"], p["sub_event_type"], p["fatalities"]) for p in incs] == [("Magaramkent", "Attack", 2)]


def test_people_fired_upon_by_forces_in_the_passive_is_an_attack():
    incs = _incidents("Shepherds were fired upon by border guards near Magaramkent on Tuesday.")
    assert [(p["location"], p["sub_event_type"]) for p in incs] == [("Magaramkent", "Attack")]


def test_a_repelled_infiltration_told_with_its_dead_is_a_clash():
    incs = _incidents("The army repelled an attempted infiltration near Magaramkent on Tuesday, killing three intruders.")
    assert [(p["location"], p["sub_event_type"], p["fatalities"]) for p in incs] == [("Magaramkent", "Armed clash", 3)]


def test_forces_raiding_a_hideout_told_with_its_dead_is_a_clash_and_a_seizure_is_not():
    incs = _incidents("Security forces raided a smugglers' hideout near Magaramkent on Tuesday, killing two.")
    assert [(p["location"], p["sub_event_type"], p["fatalities"]) for p in incs] == [("Magaramkent", "Armed clash", 2)]
    incs = _incidents("Police raided a smugglers' hideout near Magaramkent on Tuesday and seized 40 kg of heroin.")
    assert [p["event_type"] for p in incs] != ["Battles"]


def test_an_encounter_that_took_place_between_forces_and_militants_is_a_clash():
    incs = _incidents("An encounter took place between security forces and militants near Magaramkent on Tuesday.")
    assert [(p["location"], p["sub_event_type"]) for p in incs] == [("Magaramkent", "Armed clash")]
    assert _incidents("Tourists had a chance encounter with a bear near Magaramkent on Tuesday.") == []


def test_a_sniper_bullet_is_a_clash():
    incs = _incidents("A Russian soldier died after being hit by a sniper bullet near Magaramkent on Tuesday.")
    assert [(p["location"], p["sub_event_type"], p["fatalities"]) for p in incs] == [("Magaramkent", "Armed clash", 1)]


def test_the_body_of_one_herder_found_is_an_attack_but_a_drowned_fisherman_is_not():
    incs = _incidents("The body of a young herder was found near Magaramkent on Tuesday with gunshot wounds.")
    assert [(p["location"], p["sub_event_type"]) for p in incs] == [("Magaramkent", "Attack")]
    assert _incidents("The body of a fisherman who drowned was found near Magaramkent on Tuesday.") == []


def test_a_second_act_told_after_and_with_when_it_came_is_its_own_incident():
    incs = _incidents("Gunmen killed two farmers in Magaramkent on Monday, and a day later raided a market in Samur.")
    assert sorted(p["location"] for p in incs) == ["Magaramkent", "Samur"]
    incs = _incidents("Rebels attacked a police post in Magaramkent and on Tuesday attacked a checkpoint near Samur.")
    assert sorted(p["location"] for p in incs) == ["Magaramkent", "Samur"]


def test_an_incident_on_one_countrys_side_of_the_river_in_a_province_goes_to_its_stretch():
    incs = _incidents("MAUN — Botswana police arrested four men in Shakawe on Monday.\n\nOn Tuesday, Namibian soldiers "
                      "shot dead a herdsman at a village on the Namibian side of the Okavango, residents said.\n",
                      published="2026-05-14")
    far = [p for p in incs if p["location"] != "Shakawe"]
    assert [(p["location"], p["placement"]) for p in far] == [("Kavango", "frontier stretch")]


# --- the invented passages of tests/fixtures/incident_passages_25.json, scored as the border cases are: a gold
# incident is found when an incident feature has a point within its radius. Floors as measured when the rules
# were final (tune 22/25, unchanged: this round's misses there had been covered by a neighbouring incident; tolls
# 3/6 -> 5/6; frozen 22/24 -> 24/24, by the headline kept at Tovarnik, tolls 6/7). One incident stands where the
# frozen half says none happened: "sent reinforcements from Yokadouma" (a change to group/activity at the place
# the troops left), as before the rules.

_PASSAGES = load_passages("incident_passages_25.json")


def test_the_invented_passages_tune_half():
    found, tolls, false = passage_scores(_PASSAGES, "tune")
    assert found >= 22 and tolls >= 5 and false == []


def test_the_invented_passages_frozen_half():
    found, tolls, false = passage_scores(_PASSAGES, "frozen")
    assert found >= 24 and tolls >= 6
    assert false == []  # ("sent reinforcements from Yokadouma": no incident there since round 26)


def test_unarmed_people_hurt_in_an_incident_is_an_attack_but_a_traffic_incident_is_not():
    incs = _incidents("A customs officer was wounded in an incident near Magaramkent on Tuesday.")
    assert [(p["location"], p["sub_event_type"]) for p in incs] == [("Magaramkent", "Attack")]
    incs = _incidents("A violent incident at the Magaramkent market on Tuesday left three traders injured.")
    assert [(p["location"], p["sub_event_type"]) for p in incs] == [("Magaramkent", "Attack")]
    assert _incidents("Three people were injured in a traffic incident near Magaramkent on Tuesday.") == []
