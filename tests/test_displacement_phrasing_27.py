"""Displacement phrasing of session 27: whose figure and which area in aid-agency styles (IOM DTM
flash reports, UNHCR briefings, OCHA updates) and where fighting is told in several places
(geomap.reading.displacement, geomap.text).

The sentences are invented for these tests (frontiers in no fixture); each test fails when
its rule is taken out. The passages of tests/fixtures/displacement_passages_27.json keep the
floors they reached (see the test at the end).
"""

import json
from pathlib import Path

import pytest
from conftest import displaced_figures, displacement_areas, displacement_half_score

areas, figures = displacement_areas, displaced_figures


def test_a_figure_pushed_out_by_fighting_in_a_town_and_across_its_division_is_none_of_theirs():
    got = figures(areas("Clashes in Morobo county and fighting across Central Equatoria have pushed more than 9,000 "
                        "South Sudanese into Uganda.", "2025-03-27"))
    assert all(v is None for (name, direction), v in got.items() if direction == "from"), got
    two_towns = figures(areas("Clashes around Yei and Morobo have pushed more than 4,000 South Sudanese into Uganda.",
                              "2025-03-27"))
    assert two_towns.get(("Central Equatoria", "from")) == 4000


def test_a_place_told_after_where_new_arrivals_came_from_is_where_they_were_counted():
    from geomap.text.cues import displacement_direction

    assert displacement_direction("registered 340 new arrivals from Mali's Sikasso region in the ") == "to"
    assert displacement_direction("Some 2,000 refugees arrived from villages in ") == "from"
    got = figures(areas("Ghanaian authorities registered 340 new arrivals from Togo's Kara region in the Oti region "
                        "this week.", "2026-03-02"))
    assert got.get(("Kara", "from")) == 340
    assert got.get(("Oti", "to")) == 340 and ("Oti", "from") not in got, got


def test_households_with_the_people_in_brackets_count_the_people_in_a_flash_report():
    from geomap.text.displacement_counts import displaced_from_text

    got = displaced_from_text("A total of 310 households (1,480 individuals) were displaced from Sikasso to Bobo-Dioulasso")
    assert got is not None and got.value == 1480
    assert displaced_from_text("A total of 310 households were displaced from Sikasso").value == 310


def test_counts_told_side_by_side_with_where_they_were_displaced_are_each_areas_own():
    got = figures(areas("Floods displaced 2,800 people in Sikasso region and 1,100 in Koulikoro, the civil protection "
                        "said on Sunday.", "2026-03-02"))
    assert got.get(("Sikasso", "from")) == 2800 and got.get(("Koulikoro", "from")) == 1100, got
    arrived = figures(areas("Some 4,500 refugees from Kidal had arrived in Bordj Badji Mokhtar, 1,200 in Tamanrasset.",
                            "2026-03-02"))
    assert arrived.get(("Kidal", "from")) is None, arrived


def test_a_group_whose_origin_is_told_before_takes_no_figure_there_when_that_sentence_counted_its_own():
    text = ("In Mali's Sikasso region, clashes near Kadiolo displaced some 800 people this week. Ivorian authorities "
            "reported that 200 Malians had crossed into the Savanes district.")
    got = figures(areas(text, "2026-03-02"))
    assert got.get(("Sikasso", "from")) in (None, 800), got
    assert got.get(("Savanes", "to")) == 200, got
    told = figures(areas("Clashes broke out near Kadiolo in Mali's Sikasso region this week. Ivorian authorities reported "
                         "that 200 Malians had crossed into the Savanes district.", "2026-03-02"))
    assert told.get(("Sikasso", "from")) == 200, told


def test_a_cumulative_number_of_people_moved_out_of_a_place_is_its_figure():
    from geomap.text.displacement_counts import displaced_from_text

    got = displaced_from_text("Officials said the number of people moved out of Gorakhpur since the flooding began had "
                              "reached 4,100.")
    assert got is not None and got.value == 4100


def test_since_the_rains_began_is_a_time_not_a_new_group():
    from geomap.text import cues

    text = "The number of people moved out of Tak since the rains began had reached 2,300."
    assert len(cues.displacement_groups(text)) == 1
    got = figures(areas("In Guangxi, Chinese media said the number of people moved out of Pingxiang since the rains "
                        "began had reached 2,300, including 600 relocated on Saturday.", "2026-03-02"))
    assert got.get(("Guangxi", "from")) == 2300, got


def test_the_rest_still_away_after_others_went_home_are_where_the_words_put_them():
    from geomap.text.group_words import still_away

    assert still_away(", while 700 remain at a church compound in Macenta")[2] == 700
    assert still_away(", while 700 remain hopeful") is None
    got = figures(areas("About 2,000 people who fled Kolahun have gone back home, while 500 remain in Macenta.",
                        "2026-03-02"))
    assert got == {("Macenta", "to"): 500}, got


def test_people_who_fled_their_own_country_left_that_country_whole():
    text = ("Fighting in Zambia's Sinazongwe district has worsened.\n\nZimbabwe already hosts about 4,000 Zambians "
            "who fled their country in recent years.")
    got = areas(text, "2026-03-02")
    assert ("Zambia", "from") in got and got[("Zambia", "from")]["displaced"] is None, got


def test_people_displaced_on_one_side_of_the_frontier_are_that_sides():
    got = areas("Some 1,000 people have been displaced by the latest fighting on the Zambian side of the frontier with "
                "Zimbabwe, an official said, without saying where.", "2026-03-02")
    assert ("Zambia", "from") in got, got
    assert all(p["iso3"] == "ZMB" for p in got.values()), got
    assert all(p["displaced"] is None for p in got.values()), got


PASSAGES = json.loads((Path(__file__).parent / "fixtures" / "displacement_passages_27.json").read_text(encoding="utf-8"))


# Before the rules of session 27: tune 23/31 right, 2 wrong (areas found 27/31, figures right
# 19/28); frozen 14/35, 1 wrong (areas 22/35, figures 12/29). After: tune 29/31, 0 wrong (areas
# 29/31, figures 24/28); frozen 17/35, 1 wrong (areas 22/35, figures 16/29). The frozen half's
# wrong figure is "In Leticia, 140 of them were being housed in a sports hall" read as people
# who left Leticia.
@pytest.mark.parametrize("half, floor, wrong_at_most", [("tune", 29, 0), ("frozen", 17, 1)])
def test_the_invented_passages_keep_their_floors(half, floor, wrong_at_most):
    right, wrong = displacement_half_score(PASSAGES, half)
    assert right >= floor and len(wrong) <= wrong_at_most, wrong
