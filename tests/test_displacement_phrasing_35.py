"""Displacement areas and figures of session 35, from the ways set 14's writers (who never saw the
code) told displacement the reader still missed: a figure listed after another with its noun left
out and a town told around the unit it lies in ("4,100 new arrivals in A department, and 1,900 in
B department around C": C is where in B, not a second area sharing 1,900), arrivals told by their
fear ("have arrived from X, fearing reprisals") and counted only in the next sentence ("The district
office puts the number at about 400 people"), a range total in quote marks followed by a share of it
('"between 400 and 500" miners had left X: about 300 of them had reached Y'), a count moving a compass
way towards a place ("3,400 moved south-west towards X"), a crossing of a named river, and an onward
move told without a figure ("Some were said to have gone on to X, but no figures were available")
; arrivals "from A in B province", A a first-level unit of another country (no part of B); a group
described by its flight that is sheltering somewhere ("2,300 villagers who fled the clashes are sheltering
in temples"), people "hosted in" a place, who "found shelter" or "sought safety in" a place
(geomap.text.unit_around, geomap.text.displacement_counts, geomap.text.restated_counts, geomap.text.arrival_groups,
geomap.reading.restated_figures, geomap.text.quoted_counts, geomap.text.movement_cues,
geomap.text.onward_moves, geomap.reading.onward_after_flight).

The sentences are invented for these tests; each test fails when its rule is taken out. The
passages of tests/fixtures/displacement_passages_35.json keep the floors they reached (see the
test at the end).
"""

import pytest
from conftest import displaced_figures, displacement_areas, displacement_passages_total

areas, figures = displacement_areas, displaced_figures


def test_a_town_around_the_unit_just_named_lies_in_it():
    from geomap.text.unit_around import around_in_unit

    assert around_in_unit(" province around ") and around_in_unit(" department, near the town of ")
    assert not around_in_unit(" and ") and not around_in_unit(" around ")  # no unit word: two places


def test_a_listed_figure_on_a_unit_with_a_town_around_it_is_the_units():
    got = figures(areas("• Thai provincial authorities report 1,300 new arrivals in Mukdahan province, mainly at Don Tan, "
                        "and 600 in Nakhon Phanom province around That Phanom.", "2026-12-07"))
    assert got.get(("Nakhon Phanom", "to")) == 600, got


def test_arrivals_told_by_their_fear_are_a_flight():
    from geomap.text.displacement_counts import displaced_from_text

    assert displaced_from_text("Officials say 40 families have arrived from the hills, fearing reprisals.").value == 40
    assert displaced_from_text("Officials say 40 tourists have arrived from the hills.") is None  # no flight


def test_a_count_restated_in_the_next_sentence():
    from geomap.text.restated_counts import restated_count

    assert restated_count('The prefecture puts the number at "around 400 people", most in the school.').value == 400
    assert restated_count("The district council estimates them at around 500 people.").value == 500
    assert restated_count("Their number was put at 1,200 by the mayor.").value == 1200
    assert restated_count("The ministry puts the cost at 400 million.") is None


def test_the_next_sentences_count_is_the_groups():
    text = ("KOTIDO, Uganda — Residents of Kotido say dozens of families have arrived from the Kaabong area since Friday, "
            "fearing further cattle raids. The district office puts the number at about 260 people, most of them in a school.")
    got = figures(areas(text, "2026-12-07"))
    assert got.get(("Kaabong", "from")) == 260, got
    text = ("KOTIDO, Uganda — Residents of Kotido say dozens of families have arrived from the Kaabong area since Friday, "
            "fearing further cattle raids. The district office puts the number of cattle lost at about 260.")
    got = figures(areas(text, "2026-12-07"))
    assert got.get(("Kaabong", "from")) != 260, got  # the number of something else
    text = ("KOTIDO, Uganda — Residents of Kotido say families have fled the Kaabong area since Friday, "
            "fearing further cattle raids. The district office puts the total at 40 dead.")
    got = figures(areas(text, "2026-12-07"))
    assert got.get(("Kaabong", "from")) != 40, got  # a toll


def test_a_quoted_range_is_the_total_and_a_share_after_a_colon_its_own_group():
    from geomap.text import cues
    from geomap.text.displacement_counts import displaced_from_text

    s = 'Officials estimated that "between 700 and 900" herders had left Kaabong: about 250 of them had reached Kotido.'
    assert displaced_from_text(s).value == 700
    assert [displaced_from_text(s[a:b]).value for a, b in cues.displacement_groups(s)] == [700, 250]
    got = figures(areas("UGANDA — " + s, "2026-12-07"))
    assert got.get(("Kaabong", "from")) == 700 and got.get(("Kotido", "to")) == 250, got


def test_a_count_moving_a_compass_way_towards_a_place():
    from geomap.text.displacement_counts import displaced_from_text

    assert displaced_from_text("After the raids, some 1,200 moved north-east towards Kotido.").value == 1200
    assert displaced_from_text("After the clashes, about 900 villagers crossed the Kagera river on Monday.").value == 900


def test_an_onward_move_without_a_figure_names_where_some_went():
    text = ("About 700 people fleeing cattle raids around Kaabong have arrived in Kotido district since Monday. "
            "Some families were also said to have gone on to Abim, but no figures were available.")
    got = figures(areas(text, "2026-12-07"))
    assert ("Abim", "to") in got and got[("Abim", "to")] is None, got


def test_arrivals_from_a_unit_of_another_country_in_a_province():
    got = figures(areas("Fighting near Thakhek continued on Sunday. Thai authorities have registered 2,300 arrivals from "
                        "Khammouane in Mukdahan province.", "2026-12-07"))
    assert got.get(("Mukdahan", "to")) == 2300 and got.get(("Mukdahan", "from")) is None, got


def test_a_group_described_by_its_flight_sheltering_somewhere_is_there():
    got = figures(areas("Fighting near Thakhek continued on Sunday. In Mukdahan, 2,300 Lao villagers who fled the clashes "
                        "are sheltering in temples.", "2026-12-07"))
    assert got.get(("Mukdahan", "to")) == 2300 and ("Mukdahan", "from") not in got, got


def test_people_hosted_in_a_place():
    from geomap.text.displacement_counts import displaced_from_text

    assert displaced_from_text("About 2,300 villagers have been hosted in Mukdahan since the clashes began.").value == 2300


def test_shelter_found_and_safety_sought_tell_where_people_went():
    from geomap.text.displacement_counts import displaced_from_text

    assert displaced_from_text("About 1,800 people from the hills have found shelter with relatives in town.").value == 1800
    assert displaced_from_text("The team sought safety procedures for 30 workers in the town.") is None
    got = figures(areas("Shelling around Khammouane continued. By Sunday, 1,800 people had sought safety in Mukdahan.",
                        "2026-12-07"))
    assert got.get(("Mukdahan", "to")) == 1800 and ("Mukdahan", "from") not in got, got


@pytest.mark.parametrize("half,floor", [("tune", 10), ("frozen", 9)])
def test_passages_35_keep_their_floor(half, floor):
    right, wrong = displacement_passages_total("displacement_passages_35.json", half)
    assert wrong == [] and right >= floor, (right, wrong)
