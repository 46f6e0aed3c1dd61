"""Incidents told in phrasings new writers use (issue 12, session 21), on invented sentences about
frontiers no fixture covers: "fighters battled troops for X"; soldiers who "started shooting at"
people; a denial that reaches over its "that" clause ("denied reports that soldiers had fired on
...") and a feared clash (neither happened, "living in fear after ..." still tells the act); a herd
"driven away" or "taken" by its number; one vehicle or house "set on fire" in the passive; a road
blockade told by its parked trucks or its noun, and a crowd that "storms" a border fence; contraband
"seized" by a quantity (no ground taken) and placed "at the scene" of the incident just told;
"officials met in X" (where they met, not where they spoke); a crossing a protest is about ("over
the planned closure of the X crossing") is no place of it; "in eastern X and near Y" is two places;
"the bombardment of X" after another shelling is a new one at X; "my husband and his two brothers
died" counts three; and the invented passages of tests/fixtures/incident_passages_21.json.

Floors of the tune passages as scored when the rules were final (33/38 incidents, 6/8 tolls; before
the rules 24/38 and 5/7); the frozen half is scored in the fixture's "about".
"""

import json
from pathlib import Path

import pytest
from conftest import event_kind, incident_props, score_passage

from geomap.gazetteer.normalize import fold
from geomap.text.event_words import events_from_text
from geomap.text.quantities import fatalities_from_text


def _at(incs, name, event_type=None):
    return [p for p in incs if fold(name) in fold(p["location"] or "")
            and (event_type is None or p["event_type"] == event_type)]


def _types(sentence):
    return [e.event_type for e in events_from_text(sentence)]


def test_battled_is_a_clash_but_not_a_fire_fought():
    assert "Battles" in _types("Resistance fighters battled junta troops for control of Myawaddy on Saturday.")
    assert _types("Firefighters battled the flames for six hours near Mae Sot.") == []


def test_soldiers_who_started_shooting_at_people():
    assert _types("The soldiers started shooting at them without warning near Kasika.") == ["Battles"]


def test_denial_reaches_over_its_that_clause():
    assert _types("The ministry denied reports that Malawian soldiers had fired on Tanzanian fishermen near Karonga.") == []


def test_a_feared_clash_did_not_happen_but_living_in_fear_after_an_act_tells_it():
    assert _types("Fishermen in Chitipa said they feared clashes if the survey went ahead.") == []
    assert _types("Villagers fear renewed clashes near Kyela.") == []
    assert _types("Residents are living in fear after soldiers shot dead a farmer near Karonga on Sunday.")


@pytest.mark.parametrize("sentence", [
    "Armed men tied up two herders and drove away 85 head of cattle from kraals at Mwandi.",
    "Raiders who crossed from Guinea took 120 cattle from a camp near Vélingara.",
])
def test_herd_driven_away_or_taken_by_its_number_is_looting(sentence):
    assert event_kind(sentence) == ("Strategic developments", "Looting/property destruction")


def test_one_vehicle_set_on_fire_in_the_passive():
    evs = events_from_text("A Kosovo police vehicle was set on fire near Zubin Potok overnight, and shots were fired "
                           "at a patrol near the village of Zupče.")
    assert [e.sub_event_type for e in evs] == ["Looting/property destruction", "Armed clash"]


@pytest.mark.parametrize("sentence", [
    "Several hundred Serbs kept trucks and tractors parked across the road at the Jarinje crossing on Wednesday.",
    "Greek farmers began the fourth day of their blockade on Friday.",
    "The blockade of the Jarinje crossing entered its third day.",
])
def test_road_blockade_told_by_its_trucks_or_its_noun(sentence):
    assert event_kind(sentence) == ("Protests", "Peaceful protest")


def test_naval_blockade_is_no_protest():
    assert event_kind("The navy kept up its naval blockade of the port.") is None


def test_crowd_storming_a_border_fence_riots():
    assert event_kind("Hundreds of migrants storm Melilla border fence, 40 get through") == ("Riots", "Mob violence")


def test_contraband_seized_by_a_quantity_takes_no_ground():
    assert event_kind("The border guards seized 450 kilograms of opium and three weapons at the scene.") == (
        "Strategic developments", "Other")


def test_seizure_at_the_scene_is_at_the_incident_just_told():
    incs = incident_props("Iran and Turkmenistan: On Tuesday, border guards came under fire from armed smugglers near "
                          "Sarakhs. Two smugglers were killed.\n\nThe border guards seized 450 kilograms of opium and "
                          "three weapons at the scene.", "2026-11-20")
    assert _at(incs, "Sarakhs", "Strategic developments")


def test_officials_met_in_a_town_is_where_they_met():
    incs = incident_props("Burundi and Tanzania: Meanwhile, Burundian and Tanzanian officials met in Ngara to discuss "
                          "the repatriation of refugees.", "2026-11-20")
    assert _at(incs, "Ngara", "Strategic developments")


def test_crossing_a_protest_is_about_is_no_place_of_it():
    incs = incident_props("Burundi and Tanzania: Demonstrations were held in Kigoma and Kasulu over the planned closure "
                          "of the Manyovu crossing.", "2026-11-20")
    assert _at(incs, "Kigoma", "Protests") and _at(incs, "Kasulu", "Protests")
    assert not _at(incs, "Manyovu")


def test_side_of_a_town_still_tells_it_as_a_second_place():
    incs = incident_props("Egypt and Israel: Shelling was reported in eastern Rafah and near the Kerem Shalom crossing "
                          "on Sunday.", "2026-11-20")
    assert _at(incs, "Rafa") and _at(incs, "Kerem Shalom")


def test_bombardment_of_a_named_place_after_another_shelling_is_new():
    incs = incident_props("Thailand and Myanmar: Two artillery rounds hit a market in Mae Sai on Thursday.\n\nThe "
                          "bombardment of Tachileik by Myanmar air force jets the same day damaged a hospital.",
                          "2026-11-20")
    assert _at(incs, "Mae Sai") and _at(incs, "Tachile", "Explosions/Remote violence")


def test_speaker_and_her_kin_who_died_count_together():
    assert fatalities_from_text('"My husband and his two brothers died there," said Mrs Mwiya, 41.').value == 3


def test_invented_passages():
    # the frozen half is not asserted (scored once before the rules and once at the end: see the fixture's "about").
    # t4's clash, told "east of Sarakhs" by Iranian guards, resolves to Turkmen Sarahs across the river (5 km off):
    # its right toll lands on that name, a resolution question left to the places module
    cases = json.loads((Path(__file__).parent / "fixtures" / "incident_passages_21.json").read_text(encoding="utf-8"))
    found = right = 0
    for case in (c for c in cases["cases"] if c["half"] == "tune"):
        f, r, wrong, false = score_passage(case)
        found, right = found + f, right + r
        assert false == [] and wrong == (["Sarahs"] if case["id"] == "t4-irn-tkm-sarakhs" else []), case["id"]
    assert (found, right) >= (33, 6)


@pytest.mark.parametrize("line,kind", [
    ("Gunmen kill three in Kakonko raid", ("Violence against civilians", "Attack")),
    ("• Drone hits fuel depot in Shahan", ("Explosions/Remote violence", "Air/drone strike")),
    ("Two dead as mine explodes near Bajgiran", ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("Rebels seize border town of Kamanyola", ("Battles", "Non-state actor overtakes territory")),
    ("Army kills 12 militants near Moba", ("Battles", "Armed clash")),
    ("Militants kill five soldiers near Moba", ("Battles", "Armed clash")),
    ("Kasulu: youths torch council office", ("Riots", "Violent demonstration")),
    ("• Truckers block San Cristóbal border post over customs delays", ("Protests", "Peaceful protest")),
    ("Bandits kidnap ten traders near Kigoma", ("Violence against civilians", "Abduction/forced disappearance")),
])
def test_headline_or_roundup_line_in_the_present_tense(line, kind):
    assert event_kind(line) == kind


def test_present_tense_of_running_prose_is_no_event():
    # a general truth told in a sentence, not a headline: "kill" here tells what bandits do, not what they did
    assert event_kind("Bandits kill travellers on this road, residents say.") is None


@pytest.mark.parametrize("sentence,kind", [
    ("Three soldiers were killed when their vehicle hit a mine near Chaambi.",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("A customs post at Kobero was attacked on Sunday night.", ("Battles", "Armed clash")),
    ("The village market was raided on Tuesday.", ("Violence against civilians", "Attack")),
    ("Attacks on Guéné, Kassa and Madécali have forced about 3,200 people to flee.",
     ("Violence against civilians", "Attack")),
    ("A shell fired from Myanmar landed in Mae Sot.", ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
])
def test_acts_told_without_their_usual_words(sentence, kind):
    assert event_kind(sentence) == kind


def test_armed_men_who_beat_people_and_stole_their_goats():
    evs = events_from_text("Villagers in Mabanda said armed men had beaten them and stolen their goats.")
    assert [e.sub_event_type for e in evs] == ["Attack", "Looting/property destruction"]


def test_attacks_on_a_list_of_named_places_are_one_at_each():
    incs = incident_props("Benin and Niger: Attacks on Karimama, Malanville and Guéné have forced about 3,200 people "
                          "to flee since Monday.", "2026-11-20")
    assert _at(incs, "Karimama") and _at(incs, "Malanville")


def test_violent_act_at_the_scene_or_on_the_spot_is_the_one_told_before():
    incs = incident_props("Iran and Turkmenistan: The death toll from Sunday's attack on the police post at Sarakhs has "
                          "risen to six, a source said.\n\nFour officers were killed on the spot when gunmen on motorbikes "
                          "stormed the post before dawn and set fire to lorries waiting to cross, the source said.",
                          "2026-11-20")
    assert len([p for p in incs if p["event_type"] != "Strategic developments"]) == 1


@pytest.mark.parametrize("sentence,kind", [
    ("In Kigoma, police dispersed a march by refugees.", ("Protests", "Protest with intervention")),
    ("A gang of armed men invaded the village of Mabanda.", ("Violence against civilians", "Attack")),
])
def test_gathering_broken_up_and_village_invaded(sentence, kind):
    assert event_kind(sentence) == kind


def test_cattle_camp_raided_is_no_armed_camp():
    assert "Battles" not in _types("Militia members raided cattle camps near Kakonko, driving off 300 cows.")


def test_people_taken_from_a_camp_near_a_town_were_taken_there():
    # a camp named with an act done to the people in it is where the act was, not where they fled to
    incs = incident_props("Burundi and Tanzania: On the night of 12 to 13 November, armed men abducted four fishermen "
                          "from their camp on the lake shore near Kigoma.", "2026-11-20")
    assert _at(incs, "Kigoma", "Violence against civilians")


def test_care_building_burned_is_the_target_not_where_the_wounded_went():
    incs = incident_props("Burundi and Tanzania: The attackers looted shops and burned the health centre in Mabanda "
                          "before withdrawing.", "2026-11-20")
    assert _at(incs, "Mabanda")
    incs = incident_props("Burundi and Tanzania: Two wounded men died in hospital in Kasulu after gunmen attacked them "
                          "near Kibondo.", "2026-11-20")
    assert not _at(incs, "Kasulu")


@pytest.mark.parametrize("sentence,kind", [
    # aid-agency wording
    ("On 14 November, NSAG elements attacked the village of Mabanda, according to local sources.",
     ("Violence against civilians", "Attack")),
    ("NSAG elements killed three soldiers near Moba on Monday.", ("Battles", "Armed clash")),
    ("Humanitarian partners reported the abduction of three health workers in Kibondo on 12 November.",
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("Reports indicate that two IDP sites in Moba were set on fire on 15 November.",
     ("Strategic developments", "Looting/property destruction")),
    ("An unexploded ordnance went off in a field in Kala, injuring two children.",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
])
def test_aid_agency_wording(sentence, kind):
    assert event_kind(sentence) == kind


def test_victims_of_an_abduction_told_before_are_no_new_one():
    assert event_kind("Relatives demanded the return of the abducted children.") is None


@pytest.mark.parametrize("sentence,kind", [
    # an army's or a ministry's wording
    ("Our valiant forces foiled an attack by a terrorist group near Sarakhs.", ("Battles", "Armed clash")),
    ("Five terrorists were neutralized in the operation near Sarakhs.", ("Battles", "Armed clash")),
    ("In a cowardly attack, terrorists targeted a border post near Bajgiran, martyring two soldiers.",
     ("Battles", "Armed clash")),
    ("Also on 10 November, suspected Imbonerakure members assaulted a returnee in Mabanda.",
     ("Violence against civilians", "Attack")),
])
def test_army_statement_wording(sentence, kind):
    assert event_kind(sentence) == kind


@pytest.mark.parametrize("sentence", [
    "The ministry said its units thwarted an attempt to smuggle weapons across the border.",
    "Its patrols had foiled infiltration attempts by armed smugglers over the past week.",
])
def test_smuggling_thwarted_or_infiltration_foiled_is_no_fight(sentence):
    assert event_kind(sentence) is None


def test_fire_a_strike_set_is_the_strike_s():
    text = ("Hezbollah fired rockets at northern Israel on Wednesday, wounding three people in Kiryat Shmona and setting "
            "fire to a barn in Metula.")
    assert _types(text) == ["Explosions/Remote violence"]
    assert _at(incident_props("Israel and Lebanon: " + text, "2026-11-20"), "Metula", "Explosions/Remote violence")


def test_stock_theft_as_a_topic_is_no_event():
    assert event_kind("Stock theft has long poisoned relations along the border.") is None


@pytest.mark.parametrize("sentence", [
    "It was in Kasulu that the gang struck again on Thursday, setting fire to two boats.",
    "Among the incidents recorded last week were an armed robbery at Kasulu and a shooting near Kibondo.",
    "The torching of a canoe at Kigoma was the third such attack this month.",
    "Police are investigating the theft of 12 goats near Kakonko.",
])
def test_property_taken_or_burned_told_by_its_noun_or_gerund(sentence):
    assert "Strategic developments" in _types(sentence)


@pytest.mark.parametrize("text,place", [
    ('Burundi and Tanzania: "They attacked us at night and took our goats," said a resident of Kakonko.', "Kakonko"),
    ('Burundi and Tanzania: "The soldiers beat my husband in front of our children," a woman in Mabanda told reporters.',
     "Mabanda"),
    ("Burundi and Tanzania: A woman in Mabanda said soldiers had beaten her husband.", "Mabanda"),
])
def test_victims_told_in_the_first_person_or_as_kin(text, place):
    assert _at(incident_props(text, "2026-11-20"), place, "Violence against civilians")


def test_village_attacked_whose_residents_speak_is_theirs():
    incs = incident_props("Burundi and Tanzania: Gunmen attacked the village overnight, residents of Kakonko said.",
                          "2026-11-20")
    assert _at(incs, "Kakonko", "Violence against civilians")


def test_force_s_next_act_after_a_clash_is_its_own():
    incs = incident_props("Burundi and Tanzania: Burundian soldiers clashed with an unidentified armed group near "
                          "Mabanda on 12 November, before crossing into Tanzania and raiding a village near Kakonko.",
                          "2026-11-20")
    assert _at(incs, "Mabanda", "Battles") and _at(incs, "Kakonko", "Violence against civilians")


@pytest.mark.parametrize("sentence,kind", [
    ("A minibus carrying traders from Kasulu was ambushed near Kibondo.", ("Violence against civilians", "Attack")),
    ("A military convoy was ambushed near Moba.", ("Battles", "Armed clash")),
])
def test_vehicle_ambushed_in_the_passive_is_whom_it_carried(sentence, kind):
    assert event_kind(sentence) == kind


@pytest.mark.parametrize("sentence,kind", [
    ("A blockade by farmers of the Kobero crossing entered its second day.", ("Protests", "Peaceful protest")),
    ("Hundreds of motorcycle taxi drivers paraded through Kasulu demanding the release of a colleague.",
     ("Protests", "Peaceful protest")),
    ("A protest by fishermen turned violent in Kigoma when police tried to arrest their leader.",
     ("Riots", "Violent demonstration")),
    ("Angry youths stoned passing trucks in Kasulu after a man died in custody.", ("Riots", "Violent demonstration")),
    ("Villagers torched the customs office at Kobero.", ("Riots", "Violent demonstration")),
])
def test_gatherings_and_their_violence_told_in_other_words(sentence, kind):
    assert event_kind(sentence) == kind


@pytest.mark.parametrize("sentence,kind", [
    ("Smugglers shot dead a border guard near Kakonko.", ("Battles", "Armed clash")),
    ("A Tanzanian border guard was shot dead by smugglers near Kakonko.", ("Battles", "Armed clash")),
    ("Gunmen shot dead a farmer near Kakonko.", ("Violence against civilians", "Attack")),
])
def test_forces_shot_by_armed_men_is_a_battle(sentence, kind):
    assert event_kind(sentence) == kind


def test_killers_named_after_by_are_no_victims():
    assert _types("A Tanzanian border guard was shot dead by smugglers near Kakonko.") == ["Battles"]


def test_unmanned_aerial_vehicle_strike():
    assert event_kind("An unmanned aerial vehicle struck a car near Moba, killing three.") == (
        "Explosions/Remote violence", "Air/drone strike")


def test_unarmed_official_shot_by_armed_men_is_violence_against_civilians():
    assert event_kind("A revenue authority officer was shot dead by armed men near the Kasumbalesa border post.") == (
        "Violence against civilians", "Attack")


@pytest.mark.parametrize("sentence,kind", [
    ("Armed herders from across the border raided Kakonko on the night of 3 November.",
     ("Violence against civilians", "Attack")),
    ("Dozens of armed Burundian youths crossed into Kakonko and seized 200 head of cattle.",
     ("Strategic developments", "Looting/property destruction")),
    ("Cattle rustling incidents were reported in Kakonko and Kibondo.",
     ("Strategic developments", "Looting/property destruction")),
])
def test_cross_border_cattle_raids(sentence, kind):
    assert event_kind(sentence) == kind


def test_herd_made_off_with_in_a_participle():
    assert "Strategic developments" in _types("Raiders hit the camp at dawn, making off with 300 cattle.")


@pytest.mark.parametrize("line", [
    "Rebels threaten to seize border town of Kamanyola",
    "• Police vow to arrest smugglers at Kobero",
    "Traders plan to block Rusumo bridge",
    "Army denies troops kill civilians in Kakonko",
    "Gunmen could attack Kasulu, police warn",
    "Farmers to march on Kigoma",
])
def test_headline_of_a_threat_plan_or_denial_is_no_event(line):
    assert event_kind(line) is None


def test_crowd_storming_a_fence_in_running_present_is_no_event():
    assert event_kind("Hundreds of migrants storm the fence there almost every week, the guards say.") is None


def test_bodies_recovered_by_the_police_at_a_place_of_their_own():
    # "officers had recovered the bodies of two herders ... near X": killed at X; the commander's district only says who spoke
    incs = incident_props("Burundi and Tanzania: Kibondo district police commander said officers had recovered the bodies "
                          "of two herders, who had been missing since Friday, in a forest near Kakonko.", "2026-11-20")
    assert _at(incs, "Kakonko", "Violence against civilians") and not _at(incs, "Kibondo")
