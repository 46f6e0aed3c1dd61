"""Displacement phrasing of aid updates, flood evacuations and stranded migrants: protests by
the displaced, households not counted as people, totals for both sides, "They were taken to X",
"left the region", destinations hoped for, places named as one of a unit's, people moved or
expelled, people sleeping in schools (geomap.reading.displacement, figure_scope, unit_left,
told_origin, told_twice, text.displaced_acts, text.origin_words).

The sentences are invented for these tests; each test fails when its rule is taken out. The
passages of tests/fixtures/displacement_passages_19.json keep the floors they reached (tune
11/24 with 6 wrong figures before, frozen 4/11 with 2 wrong).
"""

import json
from pathlib import Path

import pytest
from conftest import displaced_figures, displacement_areas

from geomap.gazetteer.normalize import fold
from geomap.reading.displacement import Area
from geomap.reading.pipeline import extract_text
from geomap.reading.told_twice import uncrossed_origin_unsure, vague_beside_exact
from geomap.text import cues
from geomap.text.displaced_acts import protest_by_displaced
from geomap.text.group_words import returns_home
from geomap.text.displacement_counts import is_displacement_sentence

areas, figures = displacement_areas, displaced_figures


def test_displaced_people_blocking_a_road_is_no_displacement():
    got = areas("On Thursday about 40 of the displaced blocked the road to the district office in Chipata, "
                "demanding maize and blankets.", "2026-01-15")
    assert got == {}
    assert protest_by_displaced("Returnees staged a sit-in outside the council in Mongu on Monday.")
    assert not protest_by_displaced("About 2,000 people fled to Chipata after protesters blocked the road.")


def test_households_the_text_says_it_did_not_count_as_people_carry_no_figure():
    got = areas("The municipality said about 80 households had left their homes in Aflao and were staying with "
                "relatives in Ho. It did not give the number of people.", "2026-06-02")
    assert got and all(p["displaced"] is None for p in got.values())
    assert any("80 households" in (p["displaced_text"] or "") for p in got.values())


def test_a_total_for_both_sides_of_the_border_is_no_area_s_figure():
    got = areas("About 900 people were evacuated on both sides of the border after the river flooded Aflao.",
                "2026-06-02")
    assert got and all(p["displaced"] is None for p in got.values())


def test_they_were_taken_to_a_place_after_one_counted_group_is_where_it_went():
    got = areas("About 300 people were evacuated from villages near Aflao on Monday. They were taken to two "
                "schools in Accra, where volunteers served meals.", "2026-06-02")
    assert figures(got)[("Greater Accra", "to")] == 300
    assert figures(got)[("Volta", "from")] == 300


def test_the_region_people_left_told_as_the_region_is_the_one_named_before():
    got = areas("Officials in the Tanga region said some 900 people had left the region for the border since June, "
                "many of them after losing work in Arusha.", "2026-09-01")
    assert figures(got)[("Tanga", "from")] == 900
    assert ("Arusha", "from") in got and figures(got)[("Arusha", "from")] is None


def test_a_destination_people_hoped_to_reach_is_no_area():
    got = areas("Officials said about 500 migrants had entered the Mbeya region irregularly this month, most of them "
                "hoping to reach Dar es Salaam or to travel on to Mozambique.", "2026-09-01")
    assert figures(got) == {("Mbeya", "to"): 500}


def test_a_place_named_as_one_of_a_district_s_but_read_across_the_border_is_dropped():
    got = areas("Malawi's disaster agency registered 700 new arrivals in villages of Chitipa district, notably "
                "Nakonde, where they are hosted by families.", "2026-03-02")
    assert {(p["iso3"], d) for (_n, d), p in got.items()} == {("MWI", "to")}
    assert 700 in figures(got).values()


def test_residents_moved_by_police_to_another_town_left_one_and_reached_the_other():
    got = areas("Police moved residents of about 50 homes in Aflao to a sports hall in Accra as a precaution.",
                "2026-06-02")
    assert {d for _n, d in got} == {"from", "to"}
    assert ("Greater Accra", "to") in got


def test_nationals_expelled_from_a_province_left_it_and_the_town_receiving_them_is_where_they_went():
    s = "The town of Tengrela has been receiving since last week the traders expelled from Mali's Sikasso region."
    assert is_displacement_sentence(s)
    assert cues.is_host(s, s.index("Tengrela") + len("Tengrela"))
    assert not is_displacement_sentence("Mali expelled the French ambassador from Bamako on Monday.")


def test_people_sleeping_in_schools_of_a_town_are_sheltered_there():
    got = areas("Some 400 residents, most of them fishermen and their children, were sleeping in two schools in "
                "Keta on Sunday night.", "2026-06-02")
    assert [(p["admin1"], d) for (_n, d), p in got.items()] == [("Volta", "to")]


def test_a_town_left_read_across_the_border_by_a_group_that_crossed_nothing_keeps_no_figure():
    left = Area("Uttar Pradesh", "IND", "from", town=True)
    division = Area("Sagaing", "MMR", "from")
    went = Area("Bheri", "NPL", "to")
    words = "Around 200 residents of border villages in X have moved to relatives' homes in Y, the district headquarters"
    got = uncrossed_origin_unsure([left, went], words, countries_named=False)
    assert got[0].part and not got[1].part
    assert not uncrossed_origin_unsure([division, went], words, countries_named=False)[0].part
    assert not uncrossed_origin_unsure([left, went], words + " after crossing the river", False)[0].part


def test_people_staying_in_reception_centres_of_a_town_went_there():
    got = areas("Some 900 were staying in reception centres in Lublin on Sunday, officials said.", "2026-03-08")
    assert [d for _n, d in got] == ["to"]


def test_people_who_fled_before_and_have_returned_home_are_no_longer_displaced():
    got = areas("About 1,500 people who fled rising water in Mongu in February have returned home, the council said.",
                "2026-04-17")
    assert 1500 not in figures(got).values()
    assert returns_home("About 700 villagers who had fled Kaoma have now returned to their homes")
    assert not returns_home("About 700 villagers fled Kaoma and have not returned to their homes")


def test_a_place_told_inside_a_district_but_read_in_another_division_is_dropped():
    got = areas("About 900 people arrived in Chitipa district at Nakonde on Monday, the council said.", "2026-03-02")
    assert figures(got) == {("Chitipa", "to"): 900}


CASES = json.loads((Path(__file__).parent / "fixtures" / "displacement_passages_19.json").read_text(encoding="utf-8"))["cases"]


def _score(case: dict) -> tuple[int, list[str]]:
    """(expected areas found with an accepted figure, features with a figure not accepted)."""
    got = [({fold(p["name"]), fold(p["admin1"] or "")} - {""}, p["direction"], p["displaced"], p["name"])
           for p in (f["properties"] for f in extract_text(case["text"], published=case["published"])["features"])
           if p["layer"] == "displacement"]
    expect = [({fold(n) for n in names}, d, ok) for names, d, ok in case["expect"]]
    right = sum(any(fn & n and fd == d and v in ok for fn, fd, v, _ in got) for n, d, ok in expect)
    wrong = [f"{label}({fd})={v}" for fn, fd, v, label in got
             if v is not None and (all(v not in ok for n, d, ok in expect if fn & n and fd == d) or v in case["forbid"])]
    return right, wrong


@pytest.mark.parametrize("half, floor, wrong_at_most", [("tune", 22, 0), ("frozen", 8, 1)])
def test_the_invented_passages(half, floor, wrong_at_most):
    right, wrong = 0, []
    for case in (c for c in CASES if c["half"] == half):
        r, w = _score(case)
        right, wrong = right + r, wrong + w
    assert right >= floor and len(wrong) <= wrong_at_most, wrong


def test_two_towns_of_one_division_left_together_are_that_division_with_the_figure():
    got = areas("About 2,500 people fled Tokmok and Kemin on Monday, officials said.", "2026-05-01")
    assert figures(got) == {("Chuy", "from"): 2500}
    assert got[("Chuy", "from")]["area_level"] == "division"


def test_towns_people_crossed_at_take_no_figure():
    got = areas("About 1,200 Ukrainians crossed into Poland at Medyka and Dorohusk on Sunday, the border guard said.",
                "2026-03-08")
    assert got and all(p["displaced"] is None for p in got.values())


def test_a_town_told_with_another_country_than_the_one_it_is_read_in_is_dropped():
    got = areas("Some 300 herders were moved to Moyale, Ethiopia, on Monday, Kenyan officials said.", "2026-05-01")
    assert not any(p["iso3"] == "KEN" for p in got.values())


def test_a_nationality_moved_to_a_town_read_abroad_keeps_no_figure():
    got = areas("Some 500 Ethiopian herders were moved to Sololo, local officials said.", "2026-05-01")
    assert got and all(p["displaced"] is None for p in got.values())


def test_a_vague_figure_beside_an_exact_one_of_the_same_division_keeps_only_its_words():
    def feat(name, n, text, sentence):
        return {"properties": {"name": name, "admin1": "Marsabit", "iso3": "KEN", "direction": "to", "displaced": n,
                               "displaced_text": text, "source_sentence": sentence}}
    feats = vague_beside_exact([feat("Marsabit", 1000, "thousands of Ethiopians fled", "A."),
                                feat("Moyale", 3000, "3,000 Ethiopians crossed", "B.")])
    assert [f["properties"]["displaced"] for f in feats] == [None, 3000]


def test_an_area_told_by_a_town_is_named_by_it_in_its_division():
    disp = [f["properties"] for f in extract_text("About 300 people were evacuated from Keta on Monday and taken to "
                                                  "schools in Accra.", published="2026-06-02")["features"]
            if f["properties"]["layer"] == "displacement"]
    assert {(p["name"], p["admin1"], p["area_level"]) for p in disp if p["direction"] == "to"} == {
        ("Accra", "Greater Accra", "town")}
