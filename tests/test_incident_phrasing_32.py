"""Events set 11 missed, told by writers who never saw the code (round 32), as kinds, on invented
passages on frontiers no fixture covers (tests/fixtures/incident_passages_32.json): deaths told for one
place and then, by ellipsis, for another ("22 people killed in X and at least nine in Y"), property burnt
in the passive with an adverb between auxiliary and verb ("houses were also burnt in X", "had reportedly
been torched"), violence that spread to a place on a day told before "to" ("spread on Saturday to Y"),
a place the armed men came from told after the act ("clashed with a group bringing fuel from X").
Near-misses give nothing: other counts after "and" ("and five wounded in Y"), a date after "in", a
passive denied ("were never burnt"), people meeting at their trade ("farmers met to discuss the price of
cattle"). At the end, the passages themselves, scored as the border cases are. Real gazetteer and
boundaries, no mocks.
"""

from geomap.text.event_words import classify_event
from geomap.text.part_events import part_spans
from incident_passages import incident_properties, load_passages, passage_scores


def _counted(text, published="2026-05-05"):
    return sorted((p["location"], p["fatalities"]) for p in incident_properties(text, published))


def test_deaths_told_place_by_place_with_the_verb_left_out_are_two_events_with_their_own_counts():
    sentence = "Police in Gradiška reported three people killed in Derventa and at least two in Orašje on Sunday."
    assert [n for _, _, n in part_spans(sentence)] == [3, 2]
    assert [n for _, _, n in part_spans("The shooting left two people dead in Los Andes and another four in "
                                        "San Felipe.")] == [2, 4]
    assert _counted("Clashes between rival gangs broke out on Sunday. " + sentence) == [("Derventa", 3), ("Orašje", 2)]


def test_another_count_or_a_date_after_and_is_no_second_toll():
    assert part_spans("Three people were killed in Derventa and five wounded in Orašje.") == []
    assert part_spans("Three people were killed in Derventa and five arrested in Orašje.") == []
    assert part_spans("Two soldiers were killed in Derventa and two in March.") == []


def test_property_burnt_in_the_passive_with_an_adverb_is_property_destruction():
    for sentence in ("Several houses were also burnt in Nové Zámky, where no one was hurt.",
                     "Two cars parked outside the police station in Derventa had also been burnt overnight.",
                     "Five huts at a cattle post outside Ghanzi were reportedly torched on Monday."):
        assert classify_event(sentence).sub_event_type == "Looting/property destruction", sentence
    assert classify_event("The huts were never burnt.") is None


def test_violence_that_spread_on_a_day_to_another_place_is_an_event_there_too():
    text = ("BELGRADE, May 5 - Clashes between rival fans that began in Gradiška on Friday spread on Saturday to "
            "Derventa, Bosnian police said.")
    assert {p["location"] for p in incident_properties(text, "2026-05-05")} == {"Gradiška", "Derventa"}


def test_a_place_the_armed_group_came_from_told_after_the_act_is_not_where_it_happened():
    # (set 11: "residents ... say they barely slept after border guards exchanged fire with a group carrying
    # goods across the Red River from X": the clash is on this side, X is whence the group came)
    assert [p["location"] for p in incident_properties(
        "Shops in Gradiška stayed shut on Monday after police clashed overnight with a group bringing fuel over the "
        "Sava from Nova Gradiška.", "2026-05-05")] == ["Gradiška"]
    assert [p["location"] for p in incident_properties(
        "Farmers near Shakawe say they hid in their huts on Sunday while soldiers exchanged fire with poachers "
        "crossing the river from Divundu.", "2026-05-05")] == ["Shakawe"]
    # (a distance from X still puts the act at X)
    assert [p["location"] for p in incident_properties(
        "Shops in Gradiška stayed shut on Monday after police clashed overnight with a gang at a farm about 10 km "
        "from Nova Gradiška.", "2026-05-05")] == ["Nova Gradiška"]
    # (where shells fired from X landed is still the place after it)
    assert [p["location"] for p in incident_properties(
        "Residents of Krāslava fled after shells fired from Druja landed in Indra.", "2026-05-05")] == ["Indra"]


def test_people_meeting_at_their_trade_is_no_agreement():
    assert classify_event("In Maun, farmers met to discuss the price of cattle.") is None
    assert classify_event("Farmers and herders met in Maun to agree a truce.").sub_event_type == "Agreement"
    assert classify_event("Officials of both countries met in Maun on Monday.").sub_event_type == "Agreement"


# --- the invented passages of tests/fixtures/incident_passages_32.json, scored as the border cases are: a gold
# incident is found when an incident lies within its radius; 'false' lists incidents at a no-incident point
# (before the rules: tune 10/13, tolls 1/3, 1 false; frozen 8/10, tolls 1/2, none false)
_PASSAGES = load_passages("incident_passages_32.json")


def test_the_invented_passages_tune_half():
    found, tolls, false = passage_scores(_PASSAGES, "tune")
    assert (found, tolls, false) == (13, 3, [])  # 13 since round 33 (inc32c rules)


def test_the_invented_passages_frozen_half():
    found, tolls, false = passage_scores(_PASSAGES, "frozen")
    assert (found, tolls, false) == (10, 2, [])
