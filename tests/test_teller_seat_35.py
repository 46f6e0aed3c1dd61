"""Tolls put where the teller sits, at the victims' home, or at the province a finer unit was named in
(round 35, nums35; invented passages tests/fixtures/teller_seat_passages_35.json).

Kinds, from set 14 (written blind): "Afar regional police say six drivers and two escorts were
killed", "..., according to the Brazilian consulate in Paramaribo" (the teller's seat took the toll),
"The two dead, both from Maranhão, were shot ..." (the victims' home took it), "Vigilantes in Baruten
LGA (Kwara State) ...; a community leader said seven vigilantes died" (the state's middle took it),
"a chief said four people died" read as one death (the chief), and a risen toll told as "the number
of people killed ... has risen to five" followed by its first count "three were shot dead at the
scene" (za-zw: the three kept as a second toll).
"""

import pytest

from incident_passages import _near, load_passages
from geomap.reading.origin_apposition import told_as_origin
from geomap.reading.pipeline import extract_text
from geomap.text.quantities import fatalities_from_text
from geomap.text.teller_seat import is_teller_seat

PASSAGES = load_passages("teller_seat_passages_35.json")


def _incidents(case):
    fc = extract_text(case["text"], published=case["published"])
    return [f for f in fc["features"] if f["properties"]["layer"] == "incident"]


def _score(half):
    tolls, wrong = 0, []
    for case in (c for c in PASSAGES["cases"] if c["half"] == half):
        incs = _incidents(case)
        tolls += sum(any(_near(f, t) and f["properties"]["fatalities"] == t["fatalities"] for f in incs)
                     for t in case["tolls"])
        wrong += [f'{case["id"][:2]}: {f["properties"]["location"]}={f["properties"]["fatalities"]}' for f in incs
                  if f["properties"]["fatalities"] and not any(
                      _near(f, t) and f["properties"]["fatalities"] == t["fatalities"] for t in case["tolls"])]
    return tolls, wrong


#: left: t2's local police ("police in Berekum said": their town took the toll, as local police mostly
#: tell of their own town); f1's toll is on the Botswana-Namibia line (right, but the straight line's vertices are far from
#: Charles Hill); f4's unlisted village stands on its province's stretch of the frontier with its toll
KNOWN_WRONG = {"t2: Berekum=2", "f1: Botswana–Namibia border=2", "f4: Epukiro=3"}


@pytest.mark.parametrize("half,floor", [("tune", 2), ("frozen", 1)])
def test_no_toll_at_the_tellers_seat(half, floor):
    tolls, wrong = _score(half)
    assert set(wrong) <= KNOWN_WRONG
    assert tolls >= floor


@pytest.mark.parametrize("sentence,name", [
    ("Afar regional police say six drivers and two escorts were killed.", "Afar"),
    ("Two of the smugglers were shot dead, the district council in Berekum said on Wednesday.", "Berekum"),
    ("Four miners were killed at a pit, according to the Ghanaian consulate in Abengourou.", "Abengourou"),
    ("The Ghanzi District Council has confirmed that two men died.", "Ghanzi"),
])
def test_the_seat_of_a_body_that_tells_is_where_the_teller_sits(sentence, name):
    assert is_teller_seat(sentence, sentence.index(name))


@pytest.mark.parametrize("sentence,name", [
    ("Police in Berekum arrested two smugglers on Wednesday.", "Berekum"),
    ("Two people were killed in Abengourou, according to residents.", "Abengourou"),
    ("Gunmen attacked the police station in Niablé, killing two officers.", "Niablé"),
    ("Police in Berekum said three people were killed in a shootout near the border.", "Berekum"),  # (local police)
    ("The council in Berekum said they had closed 40 pits.", "Berekum"),  # (their own act: at their seat)
    ("The council in Berekum said on Sunday it had banned the trade.", "Berekum"),
])
def test_a_place_where_the_body_acted_is_no_seat(sentence, name):
    assert not is_teller_seat(sentence, sentence.index(name))


def test_a_group_told_by_where_they_come_from():
    text = "The two dead, both from Techiman, were hit at a landing place near Niablé."
    a = text.index("Techiman")
    assert told_as_origin(text, a, a + len("Techiman"))
    b = text.index("Niablé")
    assert not told_as_origin(text, b, b + len("Niablé"))


def test_the_homes_of_the_dead_take_no_toll():
    incs = [f["properties"] for f in extract_text(
        "Three herders, all from Otjinene, were shot dead by soldiers near Charles Hill on Wednesday, their "
        "families said.", published="2026-08-11")["features"] if f["properties"]["layer"] == "incident"]
    assert not any(p["location"] == "Otjinene" for p in incs)


def test_the_teller_of_the_deaths_is_not_counted():
    assert fatalities_from_text("a chief said four people died and several cattle were slaughtered.").value == 4
    assert fatalities_from_text("A resident said a man was shot dead near the river.").value == 1
    assert fatalities_from_text("A border guard and two civilians were killed.").value == 3


def test_a_province_naming_where_an_unplaced_unit_lies_takes_no_toll():
    text = ("Youths in the Nkrankwanta area (Bono Region) fought with Fulani herders near the Ivorian border on "
            "Friday; a herder said three people died.")
    incs = [f["properties"] for f in extract_text(text, published="2026-05-16")["features"]
            if f["properties"]["layer"] == "incident"]
    assert incs and not any(p["fatalities"] for p in incs)
    assert any(p["fatalities_text"] for p in incs)  # the words are kept


def test_a_risen_number_killed_replaces_its_first_count_at_the_scene():
    text = ("MAMPONG - The number of people killed when soldiers exchanged fire with smugglers on the banks of the "
            "Tano river near the Ivorian border on Saturday night has risen to five, after two of the wounded died "
            "in hospital in Sunyani, police said on Monday.\n\nA police spokesman said three men were shot dead at "
            "the scene, about 5 km upstream of the border post, when a patrol came under fire from an armed gang.")
    tolls = sorted(p["fatalities"] for p in (f["properties"] for f in extract_text(text, published="2026-05-30")[
        "features"] if f["properties"]["layer"] == "incident") if p["fatalities"])
    assert tolls == [5]


def test_the_number_of_those_killed_is_a_toll():
    c = fatalities_from_text("The number of those killed in Saturday's shootout between soldiers and cattle thieves "
                             "near Otjinene rose to three on Monday when a wounded farmer died.")
    assert c.value == 3


def test_a_first_count_on_the_spot_is_no_rival_of_the_risen_total():
    text = ("The number of those killed in Saturday's shootout between soldiers and cattle thieves near Otjinene "
            "rose to three on Monday when a wounded farmer died. Two of the thieves died on the spot after the "
            "soldiers returned fire, the army said.")
    tolls = [p["fatalities"] for p in (f["properties"] for f in extract_text(text, published="2026-08-13")[
        "features"] if f["properties"]["layer"] == "incident") if p["fatalities"]]
    assert tolls == [3]


def test_a_toll_told_by_a_seated_body_goes_to_the_act_just_told():
    text = ("Armed men opened fire on a cocoa truck near Agnibilékrou, close to the Ghanaian border, late on "
            "Saturday. Comoé regional police say three people were killed.")
    incs = [f["properties"] for f in extract_text(text, published="2026-05-30")["features"]
            if f["properties"]["layer"] == "incident"]
    assert [(p["location"], p["fatalities"]) for p in incs] == [("Agnibilékrou", 3)]
