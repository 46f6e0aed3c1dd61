"""Displacement phrasing of arrivals updates and flood evacuations: crossing points named
before their name, a district told inside its division, "since the attack" as a time, and a
second count told only by where it went (geomap.reading.displacement, area_units,
text.crossing_words, text.cues).

The sentences are invented for these tests (frontiers in no fixture); each test fails when
its rule is taken out.
"""

from conftest import displaced_figures, displacement_areas

from geomap.text import cues
from geomap.text.crossing_words import crossing_named_before

areas, figures = displacement_areas, displaced_figures


def test_a_share_counted_at_crossing_points_named_before_their_name_goes_on_no_area():
    got = figures(areas("Some 3,100 people crossed from Zambia into Zimbabwe over the weekend, most of them from "
                        "Siavonga. 1,900 of them crossed at the border post of Chirundu and 1,200 at the crossing "
                        "point of Kariba.", "2026-03-02"))
    assert ("Mashonaland West", "to") not in got or got[("Mashonaland West", "to")] is None
    assert crossing_named_before("1,200 at the pedestrian crossing of ")
    assert not crossing_named_before("1,200 were taken to the town of ")


def test_a_district_told_inside_its_division_keeps_its_own_name():
    got = areas("Police said 520 people had been evacuated from their homes in the district of Kilombero, in "
                "Morogoro region, after the river burst its banks. They were taken to schools in Morogoro town.",
                "2026-03-02")
    left = [p for (name, direction), p in got.items() if direction == "from"]
    assert [(p["name"], p["admin1"], p["displaced"]) for p in left] == [("Kilombero", "Morogoro", 520)]


def test_since_an_event_is_a_time_so_where_the_group_stays_is_its_own():
    text = ("District officials in Mwanza said about 1,400 people from villages around Bukoba had crossed into "
            "Kenya since the floods, and were staying with relatives in Migori and Kehancha.")
    assert len(cues.displacement_groups(text)) == 1
    got = figures(areas(text, "2026-03-02"))
    assert got.get(("Migori", "to")) == 1400
    assert got.get(("Kagera", "from")) == 1400


def test_a_second_count_told_only_by_where_it_went_is_its_own_group():
    text = "Fighting near the border drove 2,000 people from Nyanga to Mutare and 500 to Chipinge, officials said."
    assert len(cues.displacement_groups(text)) == 2
    assert len(cues.displacement_groups("Between 1,800 and 2,000 people fled to Mutare.")) == 1
    got = [p for p in areas(text, "2026-03-02").values() if p["name"] == "Chipinge"]
    assert [p["displaced"] for p in got] == [500]
