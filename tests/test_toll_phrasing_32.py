"""The right toll or none (session 32), in the kinds set 11's unseen writers used: invented
sentences on frontiers in no fixture; each test fails without its rule. The invented passages of
tests/fixtures/toll_passages_32.json (written before any rule, the frozen half scored only before
and after) keep floors: tune 1/5 right (5 wrong) -> 5/5 (0 wrong); frozen 1/5 (4 wrong) -> 5/5 (0 wrong).
"""

import pytest
from conftest import incident_props, score_toll_passages

from geomap.text.stated_totals import earlier_report, since_it_began, stated_total, them_the_other_side
from geomap.text.unverified_side import counted_side


def _tolls(text, published):
    return sorted((p["location"], p["fatalities"]) for p in incident_props(text, published) if p["fatalities"])


@pytest.mark.parametrize("text,published,tolls", [
    # a live blog's later update gives the event's new total, hours and paragraphs after it was told
    ("LIVE: Attack on a bus near the Senegal-Mali border\n\n07:50 Gunmen fired on a passenger bus near Ballou, on the "
     "road along the Senegal river, before dawn. One passenger was killed and three injured, the gendarmerie says.\n\n"
     "09:30 Mali's government says it has reinforced its side of the river.\n\n12:10 Update on Ballou: a second "
     "passenger, one of the three injured, has died in hospital in Ourossogui, officials say. The toll from the attack "
     "is now two.", "2027-10-04", [("Ballou", 2)]),
    # ... or a later paragraph does, with the death inside the total told in the same sentence
    ("BANGKOK, Feb 26 - Three Thai soldiers were killed when a landmine exploded under their patrol vehicle near Phu "
     "Sing, in Si Sa Ket province close to the Cambodian border, on Thursday, the army said.\n\nCambodia denied laying "
     "new mines in the area.\n\nOn Friday, a fourth soldier died of his injuries, taking the death toll from the Phu "
     "Sing blast to four, an army spokesman said.", "2027-02-26", [("Phu Sing", 4)]),
    # the other side's dead told as "N of them" in the paragraph after the attack: the fight's toll (ACLED sums)
    ("DAR ES SALAAM, May 9 - Gunmen who crossed from Kenya killed four Tanzanian police officers in a night attack on "
     "a police post in Mkinga district, near the Kenyan border, police said on Sunday.\n\nThe attackers were driven "
     "back after a gunfight lasting more than an hour. Two of them were killed and one was arrested, the regional "
     "police commander said.", "2027-05-09", [("Mkinga", 6)]),
    # ... or as "N of the attackers also died", a sentence after the paragraph of the attack
    ("ASHGABAT, Sept 13 - Armed men crossing from Uzbekistan killed two Turkmen border guards at an outpost near "
     "Gazojak, on the Amu Darya, on Saturday night, a security source said.\n\nThe guards returned fire. Three of the "
     "attackers also died in the exchange, the source said.", "2027-09-13", [("Gazojak", 5)]),
    # two sides' dead told together, the second count called unverified: the first alone
    ("JOHANNESBURG, Aug 21 - Zimbabwean poachers attacked a ranger patrol near Alldays, in Limpopo province close to "
     "the Zimbabwean border, on Friday. Park authorities said two rangers and \"at least ten poachers\" were killed, "
     "the latter figure unverified.", "2027-08-21", [("Alldays", 2)]),
    # a count since the fighting began is nobody's toll, not the incident's told just before
    ("MAE SOT, June 2 - Artillery shells landed on the outskirts of Waw Lay, across the Moei river in Myanmar's Kayin "
     "state, on Monday and Tuesday; casualty figures could not be confirmed. Aid groups estimate that at least 40 "
     "people have been killed in the wider district since the fighting began in March.", "2027-06-02", []),
])
def test_whose_toll(text, published, tolls):
    assert _tolls(text, published) == tolls


def test_a_first_reports_count_is_no_other_places_toll():
    got = _tolls("DJIBOUTI, March 11 - The number of people killed in Tuesday's riot at a foreign-run salt works near "
                 "Dewele, on the Ethiopian side of the border, has risen to four, the health ministry said on Thursday."
                 "\n\nSeveral hundred residents of Assamo and nearby villages stormed the company's camp on Tuesday "
                 "afternoon, accusing it of poisoning pastures along the river. The first reports, on Tuesday evening, "
                 "spoke of one local man and one foreign worker dead and 27 people injured.", "2027-03-11")
    assert [n for _, n in got] == [4]


@pytest.mark.parametrize("sentence,total", [
    ("The toll from the attack there is now two.", 2),
    ("The number killed there is now three.", 3),
    ("A guard died in hospital, bringing the number of guards killed in the Zhetisay attack to three.", 3),
    ("The toll this year now stands at 40.", None),
    ("The attack was the fifth this month, bringing the number killed so far this month to 18.", None),
])
def test_stated_total(sentence, total):
    got = stated_total(sentence)
    assert (got[0] if got else None) == total


def test_earlier_report_and_since_it_began():
    assert earlier_report("The first reports, on Tuesday evening, spoke of one man dead.")
    assert earlier_report("Initial reports on Monday evening spoke of two dead.")
    assert not earlier_report("Police reported two dead on Monday.")
    assert since_it_began("At least 30 people have been killed since the fighting began.")
    assert not since_it_began("Two people were killed when the fighting began on Monday.")


def test_them_the_other_side():
    prev = "The attackers, who arrived on motorbikes, were repelled after a firefight."
    assert them_the_other_side("Three of them were killed.", 0, prev) == "attackers"
    assert them_the_other_side("Three of them were killed.", 0, "The soldiers held the post.") is None


def test_counted_side():
    assert counted_side('The army said three soldiers and "dozens of rebels" were killed, a figure for the rebels '
                        'that could not be independently confirmed.')[2] == 3
    assert counted_side("Six soldiers and 20 militants were killed.") is None


@pytest.mark.parametrize("half,floor", [("tune", 5), ("frozen", 5)])
def test_passages_32(half, floor):
    right, wrong = score_toll_passages("toll_passages_32.json", half)
    assert right >= floor and not wrong, wrong


def test_a_count_since_the_fighting_began_stays_with_a_frontier_wide_incident():
    got = _tolls("Troops of Turkmenistan and Uzbekistan have exchanged fire at several points along their border on the "
                 "Amu Darya in recent days, officials said. Officials on both sides say at least 15 people have been "
                 "killed since the fighting flared again in early May, while thousands have fled.", "2027-05-20")
    assert got == [("Turkmenistan–Uzbekistan border", 15)]


def test_deaths_split_over_places_go_each_to_its_place():
    got = _tolls("DODOMA, July 7 - Clashes between farmers and herders broke out near Karagwe on Saturday and spread to "
                 "Kyerwa district the next day, officials said. Police said 11 people were killed in Karagwe and at least "
                 "four in Kyerwa.", "2027-07-07")
    assert got == [("Karagwe", 11), ("Kyerwa", 4)]
