"""False and missed incidents on land (round 37, inc37): an event the writer forecasts ("officials expect
further attacks in X and Y"), the end towns of a long route named by them ("lorries on the X–Y highway"), a
park told as where the event's place lies ("near X, at the edge of the Y National Park"), origins joined by
"and" ("had come from X and Y"), and places in a clause describing the subject ("The traders, who buy in X,
are protesting") are no incidents of their own; crowd-control fire told with two weapons and a day is a
protest broken up.
Invented passages in tests/fixtures/incident_passages_37i.json (``tune`` and ``frozen``).

Run ``python tests/test_incident_extras_37.py`` for both halves' scores.
"""
from __future__ import annotations

from incident_passages import incident_properties, load_passages, passage_scores

PASSAGES = load_passages("incident_passages_37i.json")

if __name__ == "__main__":
    for half in ("tune", "frozen"):
        print(half, passage_scores(PASSAGES, half))


def _where(text):
    return sorted(p["location"] for p in incident_properties(text, "2026-10-01"))


def test_passages_tune_and_frozen_have_no_false_incident():
    """Tune 5/7 found, 6 false before (Aguaray, Embarcación, Cuiabá, Porto Velho twice, Uyuni), none after;
    frozen 5/8, 5 false before (Mandalgovi and Choibalsan twice, Baruun-Urt), 1 after: "who had arrived from
    Choir and Baruun-Urt" (Choir, also a common word, is not read as a place, so Baruun-Urt is joined to no
    origin). Misses: Dungu (the gazetteer's Dungu lies 130 km off), "blocked the toll plaza", "fired warning
    shots and tear gas at shopkeepers" (a crowd noun the rule does not know)."""
    for half, least, false_at_most in (("tune", 5, 0), ("frozen", 5, 1)):
        found, _tolls, false = passage_scores(PASSAGES, half)
        assert found >= least and len(false) <= false_at_most, (half, found, false)


def test_forecast_events_are_no_incidents():
    """"Officials expect further attacks on patrols in X and Y": attacks to come, not attacks at X and Y."""
    got = _where("Gendarmes clashed with smugglers outside Tartagal on Monday, the ministry said. "
                 "Officials expect further attacks on patrols in Aguaray and Embarcación as the harvest ends.")
    assert got == ["Tartagal"], got
    got = _where("Police detained four rustlers near Dalanzadgad on Tuesday. "
                 "The ministry forecasts new raids on herders' camps around Mandalgovi and Choibalsan.")
    assert "Mandalgovi" not in got and "Choibalsan" not in got, got


def test_far_ends_of_a_route_are_not_where_it_happened():
    """"set fire to lorries parked on the Cuiabá–Porto Velho highway": somewhere along 1,400 km of road."""
    got = _where("Armed men attacked a toll plaza at Vilhena on Monday night and set fire to lorries parked on "
                 "the Cuiabá–Porto Velho highway, state police said.")
    assert got == ["Vilhena"], got


def test_near_ends_of_a_road_still_place_the_event_between_them():
    """Two towns 80 km apart naming the road stay the event's place (midway, as ``road_between`` does)."""
    got = _where("On 3 December, an improvised explosive device hit a civilian vehicle on the Tartagal–Embarcación "
                 "road, killing two passengers.")
    assert got and all("Tartagal" in g or "Embarcación" in g for g in got), got


def test_park_at_whose_edge_a_place_lies_is_no_second_place():
    """"a ranger post near X, at the edge of the Y National Park": one incident at X."""
    got = _where("Soldiers repelled an attack by armed men on a ranger post near Dungu, at the edge of the "
                 "Garamba National Park, on Tuesday; two attackers were killed, the army said.")
    assert got == ["Dungu"], got


def test_origins_joined_by_and_are_both_origins():
    """"the miners, many of whom had travelled from X and Y": Y is whence they came as much as X."""
    got = _where("Gunmen attacked a mining camp near Tupiza on Friday, killing four miners, police said. Witnesses "
                 "said the men surrounded the camp at dawn, set fire to the tents and fired at the miners, many of whom "
                 "had travelled from Potosí and Uyuni for the season.")
    assert "Uyuni" not in got and "Potosí" not in got and "Tupiza" in got, got


def test_crowd_fire_with_two_weapons_and_a_day_is_a_protest_broken_up():
    """"fired tear gas and rubber bullets on Tuesday to disperse hundreds of striking miners": not only
    "fired tear gas at miners"."""
    props = incident_properties("Police fired tear gas and rubber bullets on Tuesday to disperse hundreds of striking "
                                "miners outside the smelter at Tupiza, the mayor said.", "2026-10-01")
    assert [(p["location"], p["event_type"]) for p in props] == [("Tupiza", "Protests")], props


def test_places_describing_the_subject_are_not_where_it_acts():
    """"The drivers, many of whom haul soya from X and unload it in Y, are protesting": where they work."""
    got = _where("Truck drivers blocked the toll plaza at Vilhena on Monday. The drivers, many of whom haul soya from "
                 "Cuiabá and unload it in Porto Velho, are protesting against a rise in diesel prices.")
    assert "Cuiabá" not in got and "Porto Velho" not in got, got


def test_a_subject_clause_telling_an_event_keeps_its_place():
    """"The soldiers, who were ambushed near X, were flown to Y": the clause tells the ambush at X."""
    assert _where("The soldiers, who were ambushed near Tartagal, were flown to Salta.") == ["Tartagal"]
