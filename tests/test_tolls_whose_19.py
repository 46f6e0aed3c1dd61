"""Whose deaths a count is (session 19), on invented sentences about frontiers in no fixture: a
group carried by the one who died ("a man driving a lorry with twelve passengers was shot dead"
is one), a toll told as already risen ("a toll that rose when a wounded man died" adds no one),
one named person's violent death, deaths an event is about ("marched ... over the deaths of two"
is no toll of the march), the victim's home told with "of" (no second place), the official of
another place who gave the count, deaths "at the scene" (the event just told, and a part of its
toll), more bodies told as unconfirmed, and a lake named before the town the deaths were near; and
the invented passages of tests/fixtures/toll_passages_19.json (expectations written before running
geomap, half frozen until the end)."""

import pytest
from conftest import incident_props, score_toll_passages

from geomap.text.quantities import fatalities_from_text


_COUNTS = [
    # a group carried by the one who died ("with twelve passengers was shot dead") is not the dead
    pytest.param("A man driving a lorry with twelve passengers was shot dead by soldiers at a roadblock.", 1, id="carried-group"),
    pytest.param("One of the nine miners was killed when the shaft collapsed after a blast.", 1, id="one-of-group"),
    pytest.param("Eleven miners were killed when the shaft collapsed after a blast.", 11, id="plural-agrees"),
    pytest.param("Police said a bus with thirty pilgrims was shot at near the bridge.", None, id="carried-group-alone"),
    # a group told with its own verb is no first part of the dead
    pytest.param("A patrol of six soldiers was ambushed and one of them was killed, the army said.", 1, id="own-verb-patrol"),
    pytest.param("The convoy of 40 lorries was attacked and a driver was killed, officials said.", 1, id="own-verb-convoy"),
    pytest.param("Eleven soldiers and two drivers were killed at the pass.", 13, id="pair-without-verb"),
    # a toll told as already risen adds no one
    pytest.param("Guards shot dead two fishermen on Friday, a toll that rose on Monday when an injured boy died in "
                 "hospital.", 2, id="risen-apposition"),
    pytest.param("Guards shot dead two fishermen on Friday, and an injured boy died in hospital on Monday.", 3,
                 id="died-later-adds"),
    # one named person's violent death is one
    pytest.param("The army announced the death of Captain Ivan Petrenko, killed when his patrol was ambushed near the "
                 "river.", 1, id="named-death"),
    pytest.param("The ministry mourned the death of Corporal Ana Souza, who was shot by smugglers on Tuesday.", 1,
                 id="named-death-shot"),
    pytest.param("The village mourned the death of Elder Joseph Banda, who had led it for forty years.", None,
                 id="named-death-not-violent"),
    # another source's lower count beside a toll phrase; a count beside an unknown number
    pytest.param("Local radio put the toll at nine, while the gendarmerie said six people had died.", 6, id="rival-after"),
    pytest.param("The gendarmerie said six people had died, while local radio put the toll at nine.", 6, id="rival-before"),
    pytest.param("The blast killed three, bringing the death toll to nine, officials said.", 9, id="bringing-toll"),
    pytest.param("Four guards and an unknown number of raiders were killed at the post.", 4, id="unknown-number"),
    # one person told with kin, or as known
    pytest.param("Gunmen on motorbikes killed a village chief and his son in the market on Friday.", 2, id="one-and-son"),
    pytest.param("Raiders killed a herder and his two sons at the well.", 3, id="one-and-two-sons"),
    pytest.param("Guards fired on a car at the bridge, wounding its driver, who later died in hospital.", 1,
                 id="who-later-died"),
    pytest.param("The driver, 45, died of gunshot wounds on the way to hospital.", 1, id="the-driver-died"),
    # deaths told as what an event is about are no count of it; a count told after them is
    pytest.param("Hundreds marched through the town demanding justice over the deaths of three young men.", None,
                 id="march-over-deaths"),
    pytest.param("Villagers burned tyres to protest the killing of two youths by soldiers.", None, id="protest-killing"),
    pytest.param("Clashes over the killing of a herder left five dead in the village.", 5, id="count-after-cause"),
]


@pytest.mark.parametrize("sentence,value", _COUNTS)
def test_whose_deaths_a_count_is(sentence, value):
    count = fatalities_from_text(sentence)
    assert (count.value if count is not None else None) == value


def _tolls(text, published):
    return {p["location"]: p["fatalities"] for p in incident_props(text, published) if p["fatalities"]}


def test_a_march_over_deaths_does_not_carry_them():
    incs = incident_props("Hundreds of residents marched through Isebania on Monday demanding justice over the deaths of "
                      "two boda boda riders who they said were shot by Tanzanian police.", "2026-06-09")
    assert incs and all(p["fatalities"] is None for p in incs)
    assert any("deaths of two" in (p["fatalities_text"] or "") for p in incs)


def test_deaths_told_near_an_unknown_place_stay_off_the_town_where_police_spoke():
    text = "Police in Mutare said two suspected smugglers were shot dead near Forbes border post on Saturday."
    incs = incident_props(text + " A third man escaped across the border into Mozambique.", "2026-06-08")
    assert all(p["fatalities"] is None or p["location"] != "Mutare" for p in incs)


#: (text, published, {place: toll}) of short invented reports: each toll on its own incident, none elsewhere
_TOLLS = [
    pytest.param("A maize trader of Mutare lost his life on Saturday when police opened fire on a truck near "
                 "Machipanda, on the Mozambican side of the border, his family said.", "2026-06-07",
                 {"Machipanda": 1}, id="victims-home-told-with-of"),
    pytest.param("Clashes broke out on Monday between herders and farmers in the village of Toumour, near the frontier "
                 "with Chad. Six people were killed and ten wounded, according to the prefect of Diffa.", "2026-06-10",
                 {"Toumour": 6}, id="official-of-another-place"),
    pytest.param("Zambian soldiers shot dead two fish traders near Siavonga on Friday, police said. The traders were "
                 "shot on a path near the lake shore. One died at the scene. Zimbabwe's army said its patrol had come "
                 "under attack from armed men near Kariba and had fired back.", "2026-06-07",
                 {"Siavonga": 2}, id="deaths-at-the-scene"),
    pytest.param("Four people were killed in clashes between herders and farmers in Diffa on Monday, the governor "
                 "said. Local sources said three more bodies were found in the bush on Tuesday; this has not been "
                 "confirmed.", "2026-06-10", {"Diffa": 4}, id="unconfirmed-more-bodies"),
    pytest.param("Zimbabwean police shot dead three fishermen on Lake Kariba near Siavonga on Friday, officials said.",
                 "2026-06-07", {"Siavonga": 3}, id="lake-before-the-town"),
    pytest.param("Border guards and smugglers clashed near Chirundu on Sunday, leaving one smuggler dead. A second "
                 "smuggler died of his wounds in hospital in Kariba on Monday, relatives said.", "2026-06-08",
                 {"Chirundu": 2}, id="a-second-died-of-wounds"),
    pytest.param("Gunmen attacked a minibus near Bakel on Saturday. Two passengers were killed and the driver was "
                 "abducted, the army said.", "2026-06-09", {"Bakel": 2}, id="hostage-taken-with-the-dead"),
]


@pytest.mark.parametrize("text,published,tolls", _TOLLS)
def test_each_toll_on_its_own_incident(text, published, tolls):
    assert _tolls(text, published) == tolls


@pytest.mark.parametrize("half,floor", [("tune", 7), ("frozen", 5)])
def test_the_invented_toll_passages(half, floor):
    """Floors as scored when the rules were final (tune 7/8, frozen 5/8, no number on a wrong incident). The
    misses: incidents not found ("an attack by armed smugglers on a customs patrol", "shot and wounded two
    shepherds") and "A taxi driver with four passengers on board was shot dead" (frozen; read as no count)."""
    right, wrong = score_toll_passages("toll_passages_19.json", half)
    assert right >= floor and not wrong, (right, wrong)
