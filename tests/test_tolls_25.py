"""Whose deaths a count is and which incident takes it (session 25): invented sentences on
frontiers in no fixture; each test fails without its rule. The invented passages of
tests/fixtures/toll_passages_25.json (written before any rule, half frozen until the end) keep
floors: tune 9/13 right (1 wrong) -> 12/13 (0 wrong); frozen 6/11 (4 wrong) -> 7/11 (4 wrong)
when scored after the tune rules, 8/11 (3 wrong) after a fault first seen there ("lost one of their
own") was fixed.
"""

import pytest
from conftest import incident_props, score_toll_passages

from geomap.text.event_words import classify_event
from geomap.text.quantities import fatalities_from_text
from geomap.text.toll_cues import names_speakers_office


def _tolls(text, published):
    return {p["location"]: p["fatalities"] for p in incident_props(text, published) if p["fatalities"]}


@pytest.mark.parametrize("sentence,value", [
    ("A Bolivian navy sailor and two Brazilian fishermen were killed in a shootout on the river on Friday.", 3),
    ("Gunmen killed a shopkeeper and two customers in the market.", 3),
    ("A Turkish tourist was shot dead near the crossing.", 1),
])
def test_crews_bystanders_and_captives_are_people_a_toll_counts(sentence, value):
    assert fatalities_from_text(sentence).value == value


def test_a_death_that_set_the_event_off_is_not_added_to_its_toll():
    """"One person died ... when traders rioted at X, after a trader died in police custody": one."""
    c = fatalities_from_text("MBEYA - One person died and four police officers were injured on Wednesday when traders "
                             "rioted at the Tunduma border post, after a Zambian maize trader died in the custody of "
                             "Tanzanian police, the regional police said.")
    assert c.value == 1
    # told alone, the death after "after" is still the sentence's count
    assert fatalities_from_text("Traders rioted at the post after a trader died in custody.").value == 1


def test_one_wounded_person_who_has_died_since_is_one_death():
    c = fatalities_from_text("A Namibian fisherman shot by Angolan soldiers on the Okavango river near Katwitwi last "
                             "week has died of his wounds, police said on Monday.")
    assert c is not None and c.value == 1


@pytest.mark.parametrize("sentence,family", [
    ("A man set off a homemade bomb at the bus station in Lao Cai on Saturday evening.", "Explosions/Remote violence"),
    ("A herder detonated a bomb at the market.", "Explosions/Remote violence"),
    ("A fisherman shot by Angolan soldiers near Katwitwi last week has died of his wounds.",
     "Violence against civilians"),
])
def test_acts_told_by_their_weapon_or_their_shooters_are_events(sentence, family):
    ev = classify_event(sentence)
    assert ev is not None and ev.event_type == family


def test_the_wounded_who_died_goes_on_the_shooting_by_the_river():
    """"shot on the Okavango river near Katwitwi ... has died": the river runs by the one place
    told, so the count is not summed over several places."""
    got = _tolls("RUNDU, Namibia, April 26 - A Namibian fisherman shot by Angolan soldiers on the Okavango river near "
                 "Katwitwi last week has died of his wounds, police said on Monday. Two other fishermen wounded in "
                 "the shooting remain in hospital in Rundu.", "2027-04-26")
    assert got == {"Katwitwi": 1}


def test_the_dead_listed_after_two_acts_at_two_places_go_nowhere():
    got = _tolls("HANOI, Feb 9 - A man set off a bomb at the bus station in Lao Cai on Saturday, police said. Gunmen "
                 "attacked a market in Bat Xat on Sunday.\n\nThe dead included three traders and a child, state media "
                 "reported.", "2027-02-09")
    assert 4 not in got.values()


@pytest.mark.parametrize("half,floor", [("tune", 12), ("frozen", 8)])
def test_the_session_25_passages(half, floor):
    right, wrong = score_toll_passages("toll_passages_25.json", half)
    known = {"F4: Ghana–Togo border=6", "F6: Iran–Azerbaijan border=1", "F12: Tibet=4"} if half == "frozen" \
        else set()
    assert set(wrong) <= known and right >= floor


@pytest.mark.parametrize("text,published,expected", [
    # a list of the dead goes to the one violent act told just before, across a paragraph break and
    # past an arrest told between
    ("HANOI, Feb 9 - A man set off a homemade bomb at the crowded bus station in Lao Cai, the border city opposite "
     "China's Hekou, on Saturday evening, police said.\n\nThe provincial police said the suspect had been arrested. "
     "The dead included three traders and a child, state media reported; 17 people were treated for burns.",
     "2027-02-09", {"Lào Cai": 4}),
    # "A motorcyclist who was shot during the disturbance died at the Mercy clinic": the act is the riot
    # told before, and a clinic's name is where he died, not a place of the deaths
    ("LAGOS, March 5 - Angry traders set fire to a customs shed and looted two warehouses at Idiroko, on Nigeria's "
     "border with Benin, on Wednesday after the government closed the crossing, police in Ogun state said.\n\n"
     "Police said 14 people were arrested and three officers were wounded by stones. A 22-year-old motorcyclist who "
     "was shot during the disturbance died at the Mercy clinic on Thursday morning, his uncle said.",
     "2027-03-05", {"Idiroko": 1}),
    ("LAGOS, March 5 - Angry traders set fire to a customs shed at Idiroko, on Nigeria's border with Benin, on "
     "Wednesday. A motorcyclist shot in the stomach died at the Mercy clinic on Thursday morning, his uncle said.",
     "2027-03-05", {"Idiroko": 1}),
])
def test_the_dead_told_after_their_act_go_on_it(text, published, expected):
    assert _tolls(text, published) == expected


def test_the_dead_listed_later_stay_off_a_town_drawn_by_guess():
    """A town the gazetteer lacks, drawn on its province's stretch of the frontier, is one guess; a
    list of the dead told paragraphs away would be a second: no number."""
    incs = incident_props("LAGOS, March 5 - Angry traders set fire to a customs shed at Okobaraje, a border village in "
                          "Ogun state, on Wednesday after the government closed the crossing with Benin.\n\nPolice said "
                          "the suspects had been arrested. The dead included two traders, police said.", "2027-03-05")
    assert any(p["location"] == "Okobaraje" and p["placement"] == "frontier stretch" for p in incs)
    assert not any(p["fatalities"] for p in incs)


def test_bodies_found_outside_a_town_go_on_the_fighting_told_there():
    """"Authorities found the bodies of six people on a track outside Santa Clara on Wednesday, the
    Cunene provincial prosecutor's office said", after fighting told around Calai and Santa Clara:
    of the acts told just before, the one at the town the sentence names; the province only names
    whose office spoke; and the fighting, dated only by the article's Thursday, has no day of its
    own for Wednesday to fall before."""
    got = _tolls("ONDJIVA, June 18 - More than 200 herders crossed into Namibia on Thursday, fleeing fighting between "
                 "rival gangs of cattle rustlers in Angola's Cunene province, Namibian officials said. Most of them are "
                 "staying with relatives in Oshakati. Aid groups are short of tents and water.\n\nResidents said the "
                 "gangs had been fighting for a week for control of grazing land around Calai and Santa Clara. Local "
                 "authorities found the bodies of six people on a track outside Santa Clara on Wednesday, the Cunene "
                 "provincial prosecutor's office said.", "2027-06-18")
    assert got == {"Santa Clara": 6}


@pytest.mark.parametrize("sentence,place,office", [
    ("the bodies were found on Wednesday, the Chiapas state prosecutor's office said.", "Chiapas", True),
    ("the bodies were found in Chiapas, police said.", "Chiapas", False),
    ("The Cunene police said two were killed.", "Cunene", True),
])
def test_a_place_naming_whose_office_spoke(sentence, place, office):
    assert names_speakers_office(sentence, sentence.index(place) + len(place)) is office


@pytest.mark.parametrize("sentence,value", [
    # another source's count of the same dead, after a semicolon: ACLED's lowest, not the sum
    ("Rebels said they killed 20 soldiers in an attack on an army post near Khachmaz on Monday; the defence ministry "
     "said three soldiers died.", 3),
    # ... not when the second count is other dead
    ("Gunmen killed two farmers near the river; police said three soldiers were also killed near the post.", 5),
    # the toll given as a group and a second group after it
    ("In a statement on Thursday, the army gave the toll as four soldiers and a civilian.", 5),
    # "... and a second died later": one more
    ("A police officer was killed and a second died later in hospital.", 2),
])
def test_counts_told_against_or_after_one_another(sentence, value):
    assert fatalities_from_text(sentence).value == value


def test_a_toll_given_in_a_statement_after_the_attack_is_its_toll():
    """"In a statement on Thursday, the army gave the toll as four soldiers and a civilian", in the
    paragraph after the attack on the post: the attack's dead."""
    got = _tolls("LOME, May 7 - Gunmen attacked an army post near Badou on Tuesday night, the army said.\n\nIn a "
                 "statement on Thursday, the army gave the toll as four soldiers and a civilian.", "2027-05-07")
    assert got == {"Badou": 5}


def test_rival_counts_after_a_semicolon_stay_on_their_one_incident():
    got = _tolls("BAKU, May 7 - Rebels said they killed 20 soldiers in an attack on an army post near Khachmaz on "
                 "Monday; the defence ministry said three soldiers died.", "2027-05-07")
    assert got == {"Xaçmaz": 3}


@pytest.mark.parametrize("sentence,value", [
    ("A mine exploded under a truck near Qusar on Tuesday, killing the driver and injuring two passengers.", 1),
    ("The shell hit the car, killing its driver, police said.", 1),
    # a group told after the one is no count of one
    ("The shell hit the bus, killing the driver and two passengers.", None),
])
def test_the_one_known_person_killed(sentence, value):
    assert fatalities_from_text(sentence).value == value


@pytest.mark.parametrize("sentence,value", [
    # the killers' own count called unverified is left out of the sum; the other count stays
    ("The army said it had killed 40 militants near the post, a figure that could not be verified; two soldiers "
     "were also killed.", 2),
    # the side's own loss, told by another source after "while": ACLED's lowest
    ("Rebels claimed to have killed 30 soldiers near the post, while the army acknowledged the loss of four.", 4),
    ("The army acknowledged the loss of two helicopters.", None),
    # more dead told by another source are added, not a rival count
    ("Two policemen and four attackers were killed, according to the army, while residents said seven civilians also "
     "died.", 13),
])
def test_claims_losses_and_more_dead_from_other_sources(sentence, value):
    c = fatalities_from_text(sentence)
    assert (c.value if c else None) == value


@pytest.mark.parametrize("sentence,value", [
    # first seen in the frozen half of the session's passages (F9), fixed after it was scored
    ("Paraguayan soldiers killed two members of an armed group and lost one of their own in a clash near Pilar.", 3),
    ("The militants lost three of their own.", 3),
    ("The team lost two of its own games.", None),
])
def test_one_of_their_own_lost_is_the_sides_dead(sentence, value):
    c = fatalities_from_text(sentence)
    assert (c.value if c else None) == value
