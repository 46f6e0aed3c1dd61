"""The right toll or none (session 31), in the styles of real reports: invented sentences on
frontiers in no fixture; each test fails without its rule. The invented passages of
tests/fixtures/toll_passages_31.json (written before any rule, the frozen half scored only before
and after) keep floors: tune 4/9 right (6 wrong) -> 9/9 (0 wrong); frozen 2/9 (4 wrong) -> 3/9 (1 wrong).
"""

import pytest
from conftest import incident_props, score_toll_passages

from geomap.text.live_blog import opens_update
from geomap.text.wounded_later import rank_of_death, wounded_told_before_died


def _tolls(text, published):
    return sorted((p["location"], p["fatalities"]) for p in incident_props(text, published) if p["fatalities"])


@pytest.mark.parametrize("text,published,tolls", [
    # the later death of a wounded man told before goes to the act that wounded him, not to the meeting told between
    ("ADDIS ABABA, Dec 3 - Two Ethiopian farmers were shot dead by Sudanese soldiers near Metemma on Wednesday and a "
     "third was wounded, local officials said. On Thursday, officials of both countries met in Shehedi to discuss the "
     "frontier. The wounded farmer later died of his wounds, a relative said.", "2027-12-03", [("Metemma", 3)]),
    ("ADDIS ABABA, Dec 3 - Sudanese soldiers fired on Ethiopian herders near Metemma on Wednesday, wounding two, "
     "local officials said. On Thursday, officials of both countries met in Shehedi to discuss the frontier. One of "
     "the wounded herders later died, a relative said.", "2027-12-03", [("Metemma", 1)]),
    # ... and with no act told wounding anyone, the death stays out: never the neighbouring event's
    ("ADDIS ABABA, Dec 3 - Sudanese soldiers fired on Ethiopian herders near Metemma on Wednesday. On Thursday, "
     "officials of both countries met in Shehedi to discuss the frontier. The wounded herder later died, a relative "
     "said.", "2027-12-03", []),
    # a death told by its rank follows the count told before it, even in the next paragraph
    ("ADDIS ABABA, Aug 20 - Eritrean troops clashed with an armed group near Humera, close to the Eritrean border, on "
     "Wednesday, regional officials said. Two fighters were initially reported dead.\n\nA third fighter died in "
     "hospital on Thursday, officials said in a later statement.\n\nResidents in Omhajer, across the Tekeze river, said "
     "the town was quiet.", "2027-08-20", [("Humera", 3)]),
    # a brief's incidents joined by semicolons: each clause's count on its own clause's incident (at the place told
    # after the count when the clause names two), never summed
    ("WEEKLY SECURITY BRIEF - West Nile and Central Equatoria, 10-16 May 2027.\n\nIn Kajo Keji county, gunmen killed "
     "three herders at a cattle camp near Liwolo on Tuesday; in Moyo district, two Ugandan soldiers died when their "
     "patrol vehicle struck a landmine near the border on Thursday.", "2027-05-17", [("Liwolo", 3), ("Moyo", 2)]),
    # a unit told as a province holds the area named before it ("the X area of Y province": at X), and a toll told
    # after, by officials of X about the strikes, is X's though the gazetteer lacks X (its name is the text's own)
    ("ANKARA, July 5 - Turkish air strikes on PKK positions in the Amedi area of Iraq's Duhok province on Saturday "
     "neutralised more than 20 militants, the defence ministry said. Local officials in Amedi said at least 12 people "
     "were killed in the strikes.", "2027-07-05", [("Amedi", 12)]),
    # ... or by ", while"
    ("SECURITY BRIEF, 10-16 May. Gunmen killed three herders near Liwolo on Tuesday, while two soldiers died when their "
     "vehicle struck a landmine near Moyo on Thursday.", "2027-05-17", [("Liwolo", 3), ("Moyo", 2)]),
    # soldiers and attackers counted in one sentence after the attack: the attack's whole toll (ACLED sums both
    # sides), not "more" deaths needing a count before them
    ("BANGUI, Oct 12 - Rebels attacked an army post in Markounda, near the Chadian border, on Sunday. Five soldiers "
     "were killed and three attackers also died, the army said.", "2027-10-12", [("Markounda", 8)]),
    # a risen toll updates the one incident of the sentence before told with a count, not the same act's other place
    ("BOGOTÁ, Feb 14 - Five police officers were killed on Friday when dissidents attacked a police post in Mataje, on "
     "the Ecuadorian border in Nariño. On Sunday the death toll rose to seven after two wounded officers died in "
     "hospital in Tumaco.", "2027-02-14", [("Mataje", 7)]),
    # a live blog's updates follow one story: more deaths told in the next update add to the count before
    ("LIVE: Clash on the Jordan-Syria border\n\n09:40 - The Jordanian army says its forces clashed with armed "
     "smugglers crossing from Syria near Ramtha at dawn.\n\n10:15 - Four smugglers were killed, the army says.\n\n"
     "11:05 - Two more smugglers died of their wounds, a military source says.", "2027-03-11", [("Ar Ramthā", 6)]),
])
def test_whose_toll(text, published, tolls):
    assert _tolls(text, published) == tolls


def test_a_province_told_after_an_area_holds_it():
    got = [p["location"] for p in incident_props(
        "ANKARA, July 5 - Turkish air strikes hit PKK positions in the Amedi area of Iraq's Duhok province on Saturday, "
        "the defence ministry said.", "2027-07-05")]
    assert got == ["Amedi"]


def test_a_rank_that_does_not_follow_the_count_adds_nothing_across_a_paragraph():
    got = _tolls("ADDIS ABABA, Aug 20 - Eritrean troops clashed with an armed group near Humera on Wednesday, "
                 "regional officials said. Five fighters were reported dead.\n\nA third fighter died in hospital on "
                 "Thursday, officials said.\n\nResidents in Omhajer said the town was quiet.", "2027-08-20")
    assert [n for _, n in got] == [5]


@pytest.mark.parametrize("sentence,told", [
    ("The wounded farmer later died of his wounds, a relative said.", True),
    ("One of the wounded Tajik guards later died, Dushanbe said on Thursday.", True),
    ("The injured driver died in hospital.", True),
    ("A wounded farmer was taken to hospital.", False),
])
def test_the_wounded_told_before_who_died(sentence, told):
    assert wounded_told_before_died(sentence, 0, 10) is told


@pytest.mark.parametrize("sentence,rank", [
    ("A third fighter died in hospital on Thursday.", 3),
    ("A second soldier later succumbed, the army said.", 2),
    ("A third of the village was burned.", None),
])
def test_rank_of_death(sentence, rank):
    assert rank_of_death(sentence) == rank


@pytest.mark.parametrize("sentence,update", [
    ("11:05 - Two more smugglers died of their wounds.", True),
    ("14:30 IST: A soldier injured in the encounter has succumbed.", True),
    ("[09:40] Police say the road is closed.", True),
    ("The 10:15 bus was stopped at the bridge.", False),
    ("12.50 km from the border, troops dug in.", False),
])
def test_a_live_blog_update_opens_on_its_time(sentence, update):
    assert opens_update(sentence) is update


@pytest.mark.parametrize("half,floor,known", [("tune", 9, set()),
                                              ("frozen", 3, {"F7: Kilambo=2"})])
def test_the_session_31_passages(half, floor, known):
    right, wrong = score_toll_passages("toll_passages_31.json", half)
    assert set(wrong) <= known and right >= floor
