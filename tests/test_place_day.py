"""One incident per place and day (geomap.reading.place_day), on invented passages."""

from conftest import incident_props


def incidents(text, published="2026-07-15"):
    return incident_props(text, published)


def test_an_attack_and_the_burning_told_with_it_at_one_place_are_one_incident():
    got = incidents("On Tuesday, militants attacked a police post in Bawku and set fire to the market in Bawku, "
                    "residents said.")
    assert [(p["location"], p["event_type"]) for p in got] == [("Bawku", "Battles")]


def test_one_event_told_twice_at_a_town_on_one_day_is_one_incident_with_its_toll():
    got = incidents("Militiamen attacked the river port of Mindouli on Friday, killing four people, police said. "
                    "In a second attack the same day, the militiamen stormed a police station in Mindouli and "
                    "seized weapons.", published="2026-06-09")
    assert [(p["location"], p["date"], p["fatalities"]) for p in got] == [("Mindouli", "2026-06-05", 4)]


def test_two_counts_at_one_town_stay_two_incidents():
    got = incidents("Gunmen killed four people in Mindouli on Friday. Separately, bandits killed two farmers "
                    "in Mindouli on Friday.", published="2026-06-09")
    assert sorted(p["fatalities"] for p in got) == [2, 4]


def test_talks_at_the_place_of_the_fighting_stay_an_event_of_their_own():
    got = incidents("Troops clashed with militiamen in Kinkala on Monday, and the two sides held talks in Kinkala "
                    "the same evening.", published="2026-06-09")
    assert {p["event_type"] for p in got} == {"Battles", "Strategic developments"}


def test_an_event_told_apart_at_the_same_town_stays_an_incident_of_its_own():
    got = incidents("Troops clashed with rebels in Mindouli on Friday, killing three. Separately, gunmen abducted "
                    "five villagers in Mindouli on Friday.", published="2026-06-09")
    assert len(got) == 2
