"""Incidents and tolls told in phrasings the border sets lost (issue 12, session 18), on invented
sentences about frontiers no fixture covers: unarmed fights and stone-throwing (riots),
gatherings with a demand and roads blocked by drivers (protests), consultations, an exchange of
shots, a protest outside a government building, tolls told "that day" beside an event with no
casualty figures, an arrest for an earlier killing, the police's town, an attack told after a
battle in a clause of its own, bodies found, and two acts of one group joined by "and"; and
the invented passages of tests/fixtures/incident_passages_18.json.

Floors of the passages as scored when the rules were final (tune 13/14 incidents, 6/7 tolls; held
8/10, 2/4; no wrong toll, no false place): the held misses are rockets that "fell near the
central market" told by residents of the town, gunmen who "robbed" traders (no event word), and a
toll told as "an officer who was shot during the unrest died at the hospital in Y".
"""

import pytest
from conftest import assert_passages

from geomap.gazetteer.normalize import fold
from geomap.reading.pipeline import extract_text


def _incidents(text, published="2026-06-20"):
    fc = extract_text(text, published=published)
    return [f["properties"] for f in fc["features"] if f["properties"]["layer"] == "incident"]


def _at(incs, name, event_type=None):
    return [p for p in incs if fold(name) in fold(p["location"] or "")
            and (event_type is None or p["event_type"] == event_type)]


@pytest.mark.parametrize("text,place,event_type", [
    # unarmed people fighting each other, or stoning guards: riots
    ("Poland: A mass brawl among lorry drivers waiting at Medyka left six men injured on Sunday, police said.",
     "Medyka", "Riots"),
    ("Turkey: On Friday about 80 migrants tried to force their way through the border wall near Dogubayazit, "
     "hurling rocks at soldiers, who used tear gas, the governor said.", "Doğubayazıt", "Riots"),
    ("Congo: Clashes erupted on Friday between gendarmes and scores of vendors at the ferry port in "
     "Brazzaville over new customs fees on goods from the other bank.", "Brazzaville", "Riots"),
    # a gathering told with its demand; a road blocked by drivers
    ("Ghana: Some 300 market women gathered on Monday outside the customs office in Elubo, demanding the "
     "release of goods seized at the Ivorian border.", "Elubo", "Protests"),
    ("Bolivia: Hundreds of Bolivian truck drivers blocked the highway near Puerto Suarez on Thursday over "
     "delays at the Brazilian border, transport unions said.", "Puerto Suárez", "Protests"),
    # a protest outside a building of the government is at the town, not a speaker's place
    ("Zimbabwe: On Tuesday about 150 cross-border traders protested outside the government offices in Mutare "
     "against new import duties on goods from Mozambique.", "Mutare", "Protests"),
    # protests told without the word: the streets, a strike
    ("Ghana: Hundreds of residents took to the streets of Elubo on Monday to denounce the closure of the "
     "frontier with Ivory Coast.", "Elubo", "Protests"),
    ("Zambia and Zimbabwe: Truck drivers went on strike at Chirundu on Monday over new axle-load rules at "
     "the bridge.", "Chirundu", "Protests"),
    # diplomacy told as consultations; a firefight told as an exchange of shots
    ("Iran and Turkey: Deputy ministers of the two countries held consultations in Maku on Wednesday on "
     "the migrants crossing the frontier.", "Maku", "Strategic developments"),
    ("Argentina and Paraguay: A smuggler was wounded on Saturday in an exchange of shots with coastguards on "
     "the Parana river near Encarnacion, Paraguayan police said.", "Encarnación", "Battles"),
])
def test_the_phrasing_gives_an_incident_at_its_place(text, place, event_type):
    assert _at(_incidents(text), place, event_type), _incidents(text)


def test_fighting_told_without_casualty_figures_takes_no_toll_told_beside_it():
    text = ("Kenya and Tanzania: Fighting broke out on 14 June between rival herders near Taveta. Local "
            "chiefs said at least six people were killed. Further clashes were reported near Tanga "
            "on 16 June, but no casualty figures were available.")
    incs = _incidents(text)
    assert [p["fatalities"] for p in _at(incs, "Taveta")] == [6]
    assert _at(incs, "Tanga") and all(not p["fatalities"] for p in _at(incs, "Tanga"))


def test_an_arrest_for_an_earlier_killing_takes_no_toll():
    incs = _incidents("Mozambique and Zimbabwe: Police arrested three men in Machipanda on Friday in connection "
                      "with the robbery of a bus near Mutare in May, in which two passengers were killed.")
    assert _at(incs, "Machipanda", "Strategic developments")
    assert all(not p["fatalities"] for p in incs)


def test_an_arrest_takes_no_toll_told_beside_it():
    incs = _incidents("Tanzania and Uganda: Police arrested eleven traders at Kyaka on Sunday. Two people were killed.")
    assert _at(incs, "Kyaka") and all(not p["fatalities"] for p in incs)


def test_the_police_town_is_no_place_of_an_event_told_with_its_own():
    incs = _incidents("Zambia and Zimbabwe: Armed men robbed and beat two traders near Chirundu on Sunday, "
                      "police in Mutare said.")
    assert _at(incs, "Chirundu") and not _at(incs, "Mutare")


def test_an_attack_told_after_a_battle_in_its_own_clause_is_kept():
    incs = _incidents("Benin and Nigeria: Soldiers clashed with smugglers near Idiroko on Monday, and on "
                      "Wednesday gunmen killed four farmers near Seme.")
    assert _at(incs, "Idiroko", "Battles")
    assert [p["fatalities"] for p in _at(incs, "Semi", "Violence against civilians")] == [4]


def test_bodies_found_are_an_attack_with_its_dead():
    incs = _incidents("Kazakhstan and Uzbekistan: The bodies of three shepherds were found near Zhibek Zholy "
                      "on Saturday, the regional police said.")
    assert [p["fatalities"] for p in _at(incs, "Zhibek Zholy", "Violence against civilians")] == [3]


def test_an_ambush_joined_by_and_to_a_second_attack_is_kept():
    incs = _incidents("Ukraine: Militants ambushed a border patrol near Rava-Ruska on Monday and attacked a "
                      "village near Shehyni on Tuesday.")
    assert _at(incs, "Rava-Ruska") and _at(incs, "Shehyni")


@pytest.mark.parametrize("half,floors", [("tune", (13, 6)), ("held", (8, 2))])
def test_the_invented_passages(half, floors):
    assert_passages("incident_passages_18.json", half, floors)


def test_an_event_on_the_road_to_a_town_is_near_it():
    incs = _incidents("Nigeria and Benin: Bandits robbed and beat two traders on the road to Idiroko on Friday.")
    assert [p["geo_precision"] for p in _at(incs, "Idiroko")] == [2]


def test_a_date_opening_the_sentence_dates_its_event_not_a_later_month():
    incs = _incidents("Poland: On Tuesday, around 150 hauliers and bus company owners protested in Przemysl, demanding "
                      "compensation for some 900 lorries they say are stuck in Ukraine since the previous closure in "
                      "September.", published="2026-11-20")
    assert [p["date"] for p in _at(incs, "Przemyśl", "Protests")] == ["2026-11-17"]


def test_an_event_told_a_day_before_the_sentence_date_is_dated_back():
    incs = _incidents("Zambia and Zimbabwe: A trader died in hospital on Thursday, two days after a brawl among "
                      "porters at Chirundu, police said.", published="2026-06-20")
    assert [p["date"] for p in _at(incs, "Chirundu")] == ["2026-06-16"]


def test_residents_telling_of_shells_near_their_homes_place_them():
    incs = _incidents("Cameroon and Chad: Residents of Makary said shells fell near their homes late on Saturday.")
    assert _at(incs, "Makary", "Explosions/Remote violence")


def test_deaths_told_that_day_are_of_the_event_before_not_the_next():
    incs = _incidents("Kenya and Tanzania: Fighting broke out on 14 June between rival herders near Taveta. Local "
                      "chiefs said at least six people were killed that day. On 16 June, police clashed with cattle "
                      "raiders near Tanga.")
    assert [p["fatalities"] for p in _at(incs, "Taveta")] == [6]
    assert all(not p["fatalities"] for p in _at(incs, "Tanga"))
