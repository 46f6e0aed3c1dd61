"""Fatalities, displacement and stated border lengths, read conservatively."""

import pytest

from geomap.text.displacement_counts import displaced_from_text, is_displacement_sentence
from geomap.text.quantities import Count, fatalities_from_text
from geomap.text.border_length import stated_length_km


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("At least 12 soldiers were killed in the clashes near Tavush.", 12),
        ("Shelling across the Line of Control killed at least 7 people.", 7),
        ("Heavy fighting erupted in Abyei, killing dozens.", 12),
        ("Officials in Juba say dozens have been killed.", 12),
        ("More than 100 dead after the fighting in Batken.", 100),
        ("Hundreds were killed in the Nagorno-Karabakh offensive.", 100),
        ("Tens were killed near the Isfara river.", 10),
        ("Several Kyrgyz guards died in the exchange.", 3),
        ("A few civilians were killed in the raid.", 3),
        ("Many people died when rockets hit the market.", 10),
        ("Two Indian soldiers were killed in the Poonch sector.", 2),
        ("Twenty-five people were killed in Heglig.", 25),
        ("Fourteen herders died in the attack.", 14),
        ("12 people, including three civilians, died in the shelling.", 12),
        ("The drone strike killed 5 and wounded 20 in Nabatieh.", 5),
        ("An Azerbaijani serviceman was killed by sniper fire.", 1),
        ("The strike on Bint Jbeil killed a Lebanese soldier.", 1),
        ("The mortar bomb killed five civilians in the border town.", 5),
        ("Shelling wounded 40 people, and two soldiers were killed.", 2),
        ("The death toll from the clashes rose to 1,200 on Tuesday.", 1200),
        ("The Venezuelan incursion left 3 Guyanese soldiers dead.", 3),
        ("Rockets killed two soldiers and three civilians in Metula.", 5),
        ("The war claimed 1.2 million lives.", 1_200_000),
        ("No one was killed in the exchange of fire near Kalapani.", 0),
        ("No casualties were reported on either side of the Essequibo.", 0),
        ("There were no immediate reports of casualties in Vorukh.", 0),
        ("Both armies suffered heavy casualties.", 0),
    ],
)
def test_fatalities(sentence, value):
    count = fatalities_from_text(sentence)
    assert count is not None and count.value == value
    assert sentence[count.start:count.end] == count.text


@pytest.mark.parametrize(
    "sentence",
    [
        "Pakistani shelling wounded 40 villagers in Kupwara.",
        "Three guards were injured near the Tajik enclave.",
        "The village lies 30 km from the border.",
        "Sudanese troops deployed 300 soldiers to Heglig.",
        "Talks between Yerevan and Baku resumed on Monday.",
    ],
)
def test_no_fatalities(sentence):
    assert fatalities_from_text(sentence) is None


def test_number_before_active_verb_is_the_killers_not_the_dead():
    count = fatalities_from_text("Two gunmen killed villagers near Abyei.")
    assert count is not None and count.value is None  # deaths, but no number
    assert fatalities_from_text("Two snipers killed three guards.").value == 3


def test_including_clause_is_not_double_counted():
    s = "At least 20 people died, including four children killed in the strike."
    assert fatalities_from_text(s).value == 20


def test_count_is_a_frozen_dataclass():
    c = fatalities_from_text("Five soldiers were killed.")
    assert c == Count(5, "Five soldiers were killed", 0, 25)
    with pytest.raises(AttributeError):
        c.value = 6


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("More than 138,000 people have been displaced in Batken region.", 138_000),
        ("Hundreds of thousands of people have been displaced along the Sudanese border.", 100_000),
        ("Tens of thousands fled southern Lebanon.", 10_000),
        ("Thousands of people fled to Leilek district.", 1000),
        ("Some 5,000 residents fled the shelling in Tavush.", 5000),
        ("Camps in Renk now hold 1.5 million refugees.", 1_500_000),
        ("Israel evacuated 60,000 residents from the north.", 60_000),
        ("Authorities evacuated 20,000 villagers from Kupwara.", 20_000),
        ("Officials said several thousand farmers had fled to Lachin.", 3000),
        ("Nearly 8,000 people had been evacuated from frontline towns.", 8000),
        ("Shelters in Isfara were housing about 3,000 evacuees.", 3000),
        ("Hundreds of families were forced from their homes.", 100),
    ],
)
def test_displaced(sentence, value):
    count = displaced_from_text(sentence)
    assert count is not None and count.value == value
    assert sentence[count.start:count.end] == count.text


@pytest.mark.parametrize(
    "sentence",
    [
        "Troops moved 30 tanks to the border.",
        "Shelling killed 12 people in Poonch.",
        "The militants fled 30 km into the forest.",
    ],
)
def test_not_displaced(sentence):
    assert displaced_from_text(sentence) is None


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Residents of Kiryat Shmona were evacuated.", True),
        ("Thousands fled across the Sudanese border.", True),
        ("Many sought refuge in schools in Georgetown.", True),
        ("Villagers spent the night in bomb shelters.", True),
        ("Evacuation centres in Batken are full.", True),
        ("Shelling forced families from their homes in Tavush.", True),
        ("Refugees waited at the Joda crossing.", True),
        ("Indian and Pakistani troops exchanged fire.", False),
        ("The ministers met in Almaty.", False),
    ],
)
def test_is_displacement_sentence(sentence, expected):
    assert is_displacement_sentence(sentence) is expected


@pytest.mark.parametrize(
    "text, km",
    [
        ("Clashes erupted along the 817 kilometer (508 mile) border.", 817),
        ("Troops patrol the 817-km frontier.", 817),
        ("India guards the 2,400km border with Pakistan.", 2400),
        ("The two countries share a 911-kilometre border.", 911),
        ("They share a 911 km border.", 911),
        ("Patrols cover the 500-mile border.", 805),
        ("Patrols cover the 508-mile (817 km) border.", 817),
        ("The border stretches 1,000 km through the Fergana valley.", 1000),
        ("The frontier runs for some 970 km through the Tian Shan.", 970),
        ("Both armies face each other across the 740-km Line of Control.", 740),
        ("The 1,600-kilometre-long shared border is mostly unmarked.", 1600),
    ],
)
def test_stated_length(text, km):
    count = stated_length_km(text)
    assert count is not None and count.value == km
    assert text[count.start:count.end] == count.text


@pytest.mark.parametrize(
    "text",
    [
        "The village lies 30 km from the border.",
        "Shells landed 5 km inside the border.",
        "Troops withdrew to 20 km north of the boundary.",
        "Engineers built a 20-km stretch of the frontier fence.",
        "The border is 3 km away.",
        "The convoy drove 200 km along the border.",
        "The border was closed for 12 days.",
    ],
)
def test_distances_are_not_border_lengths(text):
    assert stated_length_km(text) is None


def test_years_are_not_death_counts():
    from geomap.text.quantities import fatalities_from_text

    got = fatalities_from_text("Clashes there between 2008 and 2011 killed at least 28 people.")
    assert got.value == 28


@pytest.mark.parametrize("text,km", [
    ("The two former Soviet republics share a border of about 1,000 km that has never been demarcated.", 1000),
    ("The two countries share a border of some 744 km (462 miles), much of it unmarked.", 744),
    ("The de facto frontier, 740 km long, cuts through mountains.", 740),
])
def test_stated_length_border_of_n_km(text, km):
    from geomap.text.border_length import stated_length_km

    assert stated_length_km(text).value == km


def test_distances_after_a_border_word_are_not_lengths():
    from geomap.text.border_length import stated_length_km

    assert stated_length_km("Shells landed near the frontier, 20 km to the north.") is None
    assert stated_length_km("The village lies near the border, 30 km away.") is None


def test_leaving_villages_is_displacement_sheltering_militants_is_not():
    from geomap.text.displacement_counts import displaced_from_text, is_displacement_sentence

    s = "Officials said about 2,000 families had left villages along the frontier for safer areas."
    assert is_displacement_sentence(s) and displaced_from_text(s).value == 2000
    assert not is_displacement_sentence("Islamabad accuses Kabul of sheltering fighters of the Pakistani Taliban.")
    assert not is_displacement_sentence("Troops have left the area.")


def test_residents_who_moved_to_safety_are_displaced():
    from geomap.text.displacement_counts import displaced_from_text, is_displacement_sentence

    s = "About 35,000 residents of two border provinces had moved to safer ground around the capital."
    assert is_displacement_sentence(s) and displaced_from_text(s).value == 35000
    assert not is_displacement_sentence("The army moved troops to the border.")


def test_aside_then_auxiliary_before_the_death_word():
    from geomap.text.quantities import fatalities_from_text

    got = fatalities_from_text("At least 9 people, including civilians, have been killed since Monday.")
    assert (got.value, got.text) == (9, "At least 9 people, including civilians, have been killed")


def test_displaced_group_of_named_areas():
    from geomap.text.displacement_counts import displaced_from_text

    got = displaced_from_text("Officials said about 35,000 residents of Oddar Meanchey and Preah Vihear "
                              "provinces had moved to safer ground.")
    assert got.value == 35000


def test_named_demarcation_lines_have_stated_lengths():
    from geomap.text.border_length import stated_length_km

    assert stated_length_km("Israelis fled communities along the 120-km Blue Line.").value == 120
    assert stated_length_km("Trucks queued along the 2,640-kilometre Durand Line.").value == 2640


# --- issue 12 -------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, value", [
    ("Eleven soldiers and two civilian drivers were killed.", 13),
    ("Three soldiers were martyred and four injured when militants opened fire.", 3),
    ("The death toll from Friday's Russian shelling of Sumy has risen to 14, officials said.", 14),
    ("The death toll among the guards from Tuesday's fighting has risen to nine.", 9),
    # one person told before the group of hers that died with her
    ("A father and his two daughters were killed when a rocket struck their home in Sderot.", 3),
    # the group the dead belong to, named in full between the number and the death word
    ("Police said three members of the Karen National Liberation Army (KNLA) were killed near Myawaddy.", 3),
    ("Witnesses said soldiers shot dead six miners during a raid on a camp near the border.", 6),
    ("Guards allegedly shot dead a 41-year-old farmer and beat several others on Sunday.", 1),
    ("A 19-year-old youth from Birgunj Ward-5 was killed when guards opened fire.", 1),  # where they came from
    # a number joined to a name by a hyphen is part of the name ("Ward-5"), no count
    ("Police said a student at Birgunj Ward-5 was killed when guards opened fire.", None),
])
def test_issue12_tolls(sentence, value):
    assert fatalities_from_text(sentence).value == value


@pytest.mark.parametrize("sentence, value", [
    ("Since Sunday, 14,500 new arrivals have been registered at the transit site.", 14500),
    ("3,200 people who fled the fighting reached the camps after walking for days.", 3200),
    ("Some 350 Colombians who had lived across the river for years returned to Saravena.", 350),
    ("The fighting drove some 2,700 Malians into Burkina Faso this month.", 2700),
    ("About 6,000 residents of the town left for the provincial capital.", 6000),
    ("Some 500 nomads and fishing families have left villages around the headland.", 500),
    ("Officials said they had moved 1,200 residents of the town to safer areas.", 1200),
    ("About 6,100 returnees from the north arrived at the transit centre.", 6100),
])
def test_issue12_displacement_figures(sentence, value):
    assert displaced_from_text(sentence).value == value


@pytest.mark.parametrize("sentence", [
    "Health partners said 11 refugees had died of their wounds shortly after arrival.",
    "Eleven new arrivals, six of them children, have died of cholera at the transit centre.",
    "The town, home to more than 250,000 people including displaced families, is under blockade.",
    "Forty-three soldiers who fled the camps surrendered at the border.",
])
def test_issue12_not_displacement_figures(sentence):
    assert displaced_from_text(sentence) is None


def test_issue12_death_reports_and_noun_only_mentions_are_not_movements():
    from geomap.text.displacement_counts import is_armed_flight, is_death_report, only_displacement_nouns

    assert is_death_report("Health partners said 11 refugees had died of their wounds.")
    assert not is_death_report("Shelling killed two people and 3,000 residents fled their homes.")
    assert only_displacement_nouns("The refugee response plan is 18 per cent funded.")
    assert not only_displacement_nouns("Hundreds of thousands of people have been displaced.")
    assert is_armed_flight("Forty-three soldiers who fled the camps surrendered.")


def test_displaced_groups_told_with_plain_movement_words():
    for sentence, value in [
        ("Some 150 miners and their families have since left Kamarang for Bartica.", 150),
        ("while 2,100 residents of Kolofata moved to Mora after the attack", 2100),
        ("about 1,500 Syrians from the Qusayr countryside crossed into Lebanon", 1500),
        ("More than 6,000 people crossed at the Elegu border post on Saturday", 6000),
        ("2,500 people in Russia's Kursk region left the Glushkovo district", 2500),
        ("fighting has pushed more than 11,000 South Sudanese into Uganda", 11000),
        ("about 800 Aguaruna families have moved downriver to Nieva", 800),
    ]:
        got = displaced_from_text(sentence)
        assert got is not None and got.value == value, sentence


def test_one_person_named_with_a_force_and_its_acronym():
    got = fatalities_from_text("A Guyana Defence Force (GDF) soldier was killed and two others were wounded on Tuesday")
    assert got is not None and got.value == 1


@pytest.mark.parametrize("sentence, value", [
    ("A nurse in Paoua said 11 people, six of them civilians, were killed in the fighting.", 11),
    ("The three, a man and his two sons, were killed when a drone hit their car.", 3),
    ("A drone struck a pick-up truck near Rawa, killing its two occupants, sources said.", 2),
    ("The death toll from Saturday's clash between Iranian border guards and Taliban forces on the frontier between "
     "Iran's Sistan-Baluchestan province and Afghanistan's Nimroz province has risen to four, media reported.", 4),
])
def test_tolls_told_with_an_aside_a_possessive_or_a_long_subject(sentence, value):
    assert fatalities_from_text(sentence).value == value


def test_an_aside_that_is_itself_a_report_joins_nothing():
    assert fatalities_from_text("Two soldiers, the army said on Monday, were killed.").value is None


def test_casualties_the_text_does_not_know_are_no_count_not_zero():
    # a wrong number is worse than none: "no information on casualties" is not "no casualties"
    for s in ("There was no information on casualties, the army said.",
              "Casualty figures were not immediately known.",
              "It was unclear whether there were casualties."):
        fat = fatalities_from_text(s)
        assert fat is not None and fat.value is None and fat.text, s
    assert fatalities_from_text("There were no casualties, police said.").value == 0
    assert fatalities_from_text("Five soldiers were killed; there was no information on other casualties.").value == 5


@pytest.mark.parametrize("sentence, value", [
    ("Guards on both sides exchanged fire for several hours and at least two people were killed.", 2),
    ("The shelling went on for three days and four civilians were killed, officials said.", 4),
    ("Eleven soldiers and two drivers were killed in the ambush.", 13),
])
def test_a_duration_before_and_is_no_first_group_of_the_dead(sentence, value):
    # a wrong number is worse than none: "several hours" is no three people added to the two dead
    assert fatalities_from_text(sentence).value == value


def test_a_first_group_with_a_long_name_still_adds_to_the_second():
    # "members of a local armed group" is six words: the pair's first count must still be read
    got = fatalities_from_text("Four members of a local self-defence militia and three civilians were killed "
                               "when troops raided the hamlet on Friday.")
    assert got.value == 7
