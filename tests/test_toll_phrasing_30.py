"""The right toll or none (session 30): invented sentences on frontiers in no fixture; each test
fails without its rule. The invented passages of tests/fixtures/toll_passages_30.json (written
before any rule, the frozen half scored only before and after) keep floors: tune 4/5 right
(4 wrong) -> 5/5 (0 wrong); frozen 5/6 (1 wrong) -> 5/6 (1 wrong).
"""

import pytest
from conftest import incident_props, score_toll_passages

from geomap.text.event_words import classify_event


@pytest.mark.parametrize("text,published,tolls", [
    # a late death told first as the new total, the first count told at the scene just after: one toll, the total
    ("TEGUCIGALPA, March 9 - A Honduran soldier wounded in a shootout with cattle rustlers near Guasaule on Friday "
     "died in hospital in Choluteca on Monday, the army said, bringing the toll from the clash to three. Two of the "
     "rustlers were killed at the scene when soldiers returned fire on a track outside the village, close to the "
     "Nicaraguan border.", "2027-03-09", [("Guasaule", 3)]),
    # ... and where the total has no incident of its own, the first count's incident takes it
    ("CHINANDEGA, Nicaragua, March 9 - A Nicaraguan soldier died in hospital in Chinandega on Monday, the army said, "
     "bringing the toll to three. Two of the rustlers were killed at the scene on Friday when soldiers returned fire "
     "near Somotillo, close to the Honduran border.", "2027-03-09", [("Somotillo", 3)]),
    ("CHINANDEGA, Nicaragua, March 9 - A Nicaraguan soldier wounded in a shootout with rustlers died in hospital in "
     "Chinandega on Monday, the army said, bringing the toll from the clash to three.\n\nTwo of the rustlers were "
     "killed at the scene on Friday when soldiers returned fire near Somotillo, close to the Honduran border.",
     "2027-03-09", [("Somotillo", 3)]),
    # a toll of years ago, told as the place's history, is no toll of today's incident
    ("LA QUIACA, Argentina, June 2 - Gendarmes seized 400 kilograms of coca leaf from a lorry at the bridge to "
     "Villazón on Tuesday and detained its Bolivian driver. Smuggling across the bridge has a violent past: in 2011 "
     "four smugglers and a gendarme were killed in a shootout on the riverbank below it.", "2027-06-02", []),
    # a district told as such carries a count since a day, but not the year's
    ("HARARE, Sept 28 - A Mozambican man was shot dead by game rangers near Chiredzi on Saturday after he crossed "
     "the border to poach, police said. Residents of Chiredzi district say at least 14 people have been killed in "
     "clashes between rangers and poachers in the district this year.", "2027-09-28", [("Chiredzi", 1)]),
    # the scene of deaths told after an event placed at the place of the sentence before: that place
    ("BELMOPAN, Nov 19 - A joint patrol intercepted a pickup truck on a dirt road west of San Antonio Village, Cayo "
     "District, close to the Guatemalan border. Occupants of the vehicle opened fire on the patrol, which returned "
     "fire. One suspect, a Guatemalan national, was killed at the scene.", "2027-11-19", [("San Antonio", 1)]),
    # deaths told at the scene of the act the sentence before told ("as the group withdrew"): that sentence's place;
    # without such words the carried place stays a guess, with no number
    ("SEOUL, May 3 - South Korean troops fired warning shots on Thursday after about 15 North Korean soldiers briefly "
     "crossed the demarcation line near Yanggu, in Gangwon Province. One North Korean soldier was killed when a mine "
     "exploded as the group withdrew, the military said.", "2027-05-03", [("Yanggu", 1)]),
    ("SEOUL, May 3 - South Korean troops fired warning shots on Thursday after about 15 North Korean soldiers briefly "
     "crossed the demarcation line near Yanggu, in Gangwon Province. One North Korean soldier was killed in a mine "
     "explosion on Friday, the military said.", "2027-05-03", []),
    # forces firing on a car is an event (below), so its dead have an incident
    ("TBILISI, Aug 15 - Georgian border police said one man, a Russian citizen, was killed on Sunday when officers "
     "fired on a car that tried to force its way through the checkpoint at Verkhniy Lars. Two other passengers were "
     "detained. The Georgian Military Road north of Stepantsminda was closed for four hours.", "2027-08-15",
     [("Verkhniy Lars", 1)]),
])
def test_whose_toll(text, published, tolls):
    assert sorted((p["location"], p["fatalities"]) for p in incident_props(text, published) if p["fatalities"]) == tolls


def test_a_first_count_not_told_at_the_scene_keeps_its_own_toll():
    # (a count of another day's event, told after a total: not counted in it)
    got = [(p["location"], p["fatalities"]) for p in incident_props(
        "CHINANDEGA, Nicaragua, March 9 - A Nicaraguan soldier died in hospital in Chinandega on Monday, the army "
        "said, bringing the toll to three. On Sunday two rustlers were killed when soldiers opened fire near "
        "Somotillo, close to the Honduran border.", "2027-03-09")]
    assert ("Somotillo", 3) not in got


@pytest.mark.parametrize("sentence", [
    "Border police said one man, a Russian citizen, was killed on Sunday when officers fired on a car that tried "
    "to force its way through the checkpoint.",
    "Soldiers opened fire on a pickup carrying migrants near the crossing.",
    "Police fired on a minibus that did not stop at the barrier.",
])
def test_forces_firing_on_a_vehicle_is_an_event(sentence):
    assert getattr(classify_event(sentence), "event_type", None) == "Battles"


@pytest.mark.parametrize("half,floor", [("tune", 5), ("frozen", 5)])
def test_the_session_30_passages(half, floor):
    right, wrong = score_toll_passages("toll_passages_30.json", half)
    known = {"F6: Phôngsali=3"} if half == "frozen" else set()
    assert set(wrong) <= known and right >= floor
