"""Villages told bare (round 37, bare37): an unknown capitalised name the people told with it make
a place ("Residents of X were woken", "a farmer from X", "a resident of X"), placed where the
story is when nothing around it places it; "near X in Y" placed in Y when the text types Y as a
district elsewhere. Names after the same words that are no places ("traders from Unilever", "the
Chief of Regional Operations") stay out.
Invented passages in tests/fixtures/place_passages_37b.json (``tune`` and ``frozen``, on names
in no other fixture), real gazetteer and boundaries.

Run ``python tests/test_place_passages_37b.py [tune|frozen]`` for the list (the scorer of
test_place_passages_21: within 161 km).
"""
from __future__ import annotations

import sys
from pathlib import Path

from conftest import places_by_mention
from test_place_passages_21 import print_half, score_half

from geomap.gazetteer import haversine_km

FIXTURE = Path(__file__).parent / "fixtures" / "place_passages_37b.json"


def _read(text: str) -> dict:
    """mention -> the gazetteer entry (or unlisted place) of its first reading."""
    return {m: ps[0].entry for m, ps in places_by_mention(text).items()}


def test_passages_tune_and_frozen():
    """Both halves: targets found within 161 km (tune 18/23 and frozen 18/18 after the round, 16 and
    17 before), one false place at most ("Traders from Unilever", read before the round too)."""
    for half, least, most_false in (("tune", 18, 1), ("frozen", 18, 0)):
        total, _ = score_half(half, FIXTURE)
        assert total["found"] >= least and total["false"] <= most_false, (half, total)


def test_one_person_from_a_village_makes_it_a_place():
    """"a farmer from X", "a resident of X": one of its people tells the place as well as many."""
    got = _read("A Liberian farmer from Kpandomai was shot and wounded on Tuesday while clearing a field close "
                "to the Guinean border in Lofa County, police in Foya said. Guinean officials in Guéckédou said "
                "soldiers had fired at smugglers.")
    assert "Kpandomai" in got and not got["Kpandomai"].in_gazetteer and got["Kpandomai"].iso2 == "LR", got


def test_village_opening_a_frontier_story_is_put_where_the_story_is():
    """"Residents of X were woken ..." opens the report; its towns come paragraphs later, and it
    names neither country (only their towns and "the border"): X stands at the place the story is
    about, not nowhere."""
    got = _read("SHOTS IN THE NIGHT\n\nResidents of Wang Kha Lo were woken on Friday night by gunfire "
                "and shouting, and some families left their homes until morning.\n\nNobody was hurt, they said. "
                "Children stayed home from school on Saturday.\n\nPolice in Tak province said the shots came from "
                "across the border near Mae Sot; officials in Kayin State said fighting had broken out near "
                "Myawaddy.")
    assert "Wang Kha Lo" in got and not got["Wang Kha Lo"].in_gazetteer, got
    assert haversine_km(got["Wang Kha Lo"].lat, got["Wang Kha Lo"].lon, 16.7, 98.57) < 100, got


def test_near_x_in_y_where_y_is_a_district_told_elsewhere():
    """"a hamlet near X in Y", with "Y district" told in another sentence: Y is a unit, X a
    place in it (a bare "in Y" alone would not say so)."""
    for text in ("Gunmen attacked a hamlet near Kaparewa in Motuai on Sunday, killing two men, police in Arawa "
                 "said. Motuai district has seen raids since March, and some families have crossed to the Solomon "
                 "Islands.",
                 # (a frontier story: the bare "in Motuai" is first read as a village of its own)
                 "Papua New Guinea police in Arawa said gunmen attacked a hamlet near Kaparewa in Motuai on Sunday, "
                 "killing two men. Motuai district has seen raids since March, and families have crossed to the Solomon "
                 "Islands."):
        got = _read(text)
        assert "Kaparewa" in got and not got["Kaparewa"].in_gazetteer, got


def test_a_title_or_a_firm_after_the_people_is_no_place():
    """"the Chief of Regional Operations", "people from Walmart": no village."""
    got = _read("Salvadoran police said farmers from Cuyamelo had complained of Guatemalan soldiers near "
                "Anguiatú. The Chief of Regional Operations said people from Walmart had nothing to do with it.")
    assert "Regional Operations" not in got and "Walmart" not in got, got


def test_home_port_before_registered_is_a_place():
    """"a Rausu-registered boat": the town is where the boat is from (the gazetteer knows it; the
    hyphenated word hid it); a nationality so ("a Liberian-flagged tanker") is none."""
    got = _read("Russian border guards fired warning shots at a Rausu-registered crab boat off Kunashir on "
                "Monday, and a Liberian-flagged tanker was stopped nearby, officials in Nemuro said.")
    assert "Rausu" in got and got["Rausu"].iso2 == "JP" and "Liberian" not in got, got


def test_across_from_x_is_a_place():
    """"carrying fuel across from X, on the Malian side": where the crossing starts (or what lies
    opposite) is a place, as "back from X" is."""
    got = _read("Senegalese customs officers said a group carrying fuel across from Diakandapé, on the Malian "
                "side, fired on a patrol near Kidira on Sunday night. Officials in Kayes said they had no report.")
    assert "Diakandapé" in got and not got["Diakandapé"].in_gazetteer, got


def test_moved_to_x_in_a_province():
    """"moved to X in Y province": an unknown name in a named unit, as after "from" or "into"."""
    got = _read("About 300 fishing families moved last week from the islands off Bosso to Ngarbossa in Lac "
                "province, officials in Chad said.")
    assert "Ngarbossa" in got and not got["Ngarbossa"].in_gazetteer and got["Ngarbossa"].iso2 == "TD", got


if __name__ == "__main__":
    print_half(sys.argv[1] if len(sys.argv) > 1 else "tune", FIXTURE)
