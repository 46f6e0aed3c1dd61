"""Displacement areas and figures of session 35, from the ways set 14's writers (who never saw the
code) told displacement the reader still missed: a figure listed after another with its noun left
out and a town told around the unit it lies in ("4,100 new arrivals in A department, and 1,900 in
B department around C": C is where in B, not a second area sharing 1,900)
(geomap.text.unit_around).

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


@pytest.mark.parametrize("half,floor", [("tune", 8), ("frozen", 9)])
def test_passages_35_keep_their_floor(half, floor):
    right, wrong = displacement_passages_total("displacement_passages_35.json", half)
    assert wrong == [] and right >= floor, (right, wrong)
