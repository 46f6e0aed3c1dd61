"""Displacement figures of session 37, from the ways set 15's writers (who never saw the code) told
displacement the reader got wrong: a total told first and then split by where its shares went
("410 evacuated from X: about 260 to shelters in A, the rest to relatives in B": the total is X's,
each share its own place's, the rest without a figure), and a group counted only as "dozens" (no
figure; geomap.text.total_split, geomap.text.dozens_words).

The sentences are invented for these tests; each test fails when its rule is taken out. The
passages of tests/fixtures/displacement_passages_37.json keep the floors they reached (see the
test at the end).
"""

import pytest
from conftest import displaced_figures, displacement_areas, displacement_passages_total

areas, figures = displacement_areas, displaced_figures


def feats(text: str, published: str) -> list[dict]:
    """Every displacement feature's properties (two towns of one division stay apart)."""
    from geomap.reading.pipeline import extract_text

    return [f["properties"] for f in extract_text(text, published=published)["features"]
            if f["properties"]["layer"] == "displacement"]


def test_a_total_split_after_a_colon_stays_on_the_area_left():
    got = figures(areas("• About 480 residents displaced from Tahuna since Tuesday: 300 to the sports hall in Manganitu, "
                        "the others to churches on Siau island.", "2026-12-04"))
    assert got.get(("Sulawesi Utara", "from")) == 480 or got.get(("Tahuna", "from")) == 480, got
    assert 480 not in [v for (name, way), v in got.items() if way == "to"], got


def test_each_share_after_the_colon_is_where_it_went():
    got = areas("• 2,300 people displaced from Birao since 27 November: some 1,500 to the displacement site at "
                "Tiringoulou, the others to host families in Haute-Kotto prefecture.", "2026-12-05")
    to = {p["name"]: p["displaced"] for p in got.values() if p["direction"] == "to"}
    assert to.get("Tiringoulou") == 1500, got
    assert not any(p["direction"] == "from" and p["name"] == "Tiringoulou" for p in got.values()), got
    got = feats("• 410 people evacuated from Tahuna: about 260 to collective shelter and private homes in Manganitu, "
                "the rest to relatives in General Santos.", "2026-12-04")  # (no movement word before the town)
    assert [(p["name"], p["direction"], p["displaced"]) for p in got if p["name"] == "Manganitu"] == \
        [("Manganitu", "to", 260)], got


def test_the_rest_after_a_share_is_where_it_went_without_a_figure():
    from geomap.text.total_split import share_destination

    assert share_destination(", the rest to relatives in B.") and share_destination(": roughly 700 to a sports hall in A")
    assert not share_destination("An estimated 6,000 to 9,000 people have fled A")  # a range, no share
    assert not share_destination(": 1,500 to 2,000 people went to A")
    got = feats("The agency said 520 residents had been evacuated from Tahuna: roughly 300 to a sports hall in "
                "Manganitu, the rest to relatives in General Santos.", "2026-12-04")
    to = {p["name"]: p["displaced"] for p in got if p["direction"] == "to"}
    assert to.get("Manganitu") == 300 and "General Santos" in to and to["General Santos"] is None, got


def test_dozens_is_no_figure():
    from geomap.text.dozens_words import dozens_only

    assert dozens_only("dozens of families also fled") and dozens_only("Scores of families")
    assert dozens_only("several dozen households") and dozens_only("dozens  of arrivals", 'report "dozens" of arrivals on X')
    assert not dozens_only("dozens of people fled") and not dozens_only("hundreds of families")
    assert not dozens_only("40 families") and not dozens_only(None)
    got = areas("Armed men attacked the market in Birao on Sunday. Residents of Birao say dozens of families also fled west, "
                "towards Um Dukhun, rather than stay.", "2026-12-05")
    assert got and all(p["displaced"] is None for p in got.values()), got
    assert any(p["displaced_text"] and "dozens" in p["displaced_text"] for p in got.values()), got  # the words kept


def test_dozens_of_people_keep_the_lower_bound_of_twelve():
    """The vague-count convention (DATA.md: "dozens" 12) holds where the dozens are people."""
    got = areas("Armed men attacked the market in Birao on Sunday. Residents of Birao say dozens of people also fled west, "
                "towards Um Dukhun, rather than stay.", "2026-12-05")
    assert any(p["displaced"] == 12 for p in got.values()), got


@pytest.mark.parametrize("half,floor", [("tune", 7), ("frozen", 8)])
def test_passages_37_keep_their_floor(half, floor):
    right, wrong = displacement_passages_total("displacement_passages_37.json", half)
    assert wrong == [] and right >= floor, (right, wrong)


def test_a_division_named_only_by_a_direction_keeps_its_type_word():
    got = feats("PAPUA NEW GUINEA / AUSTRALIA: An estimated 1,100 people have fled coastal villages in Western Province "
                "since the clashes began.", "2026-12-03")
    assert [(p["name"], p["admin1"], p["displaced"]) for p in got if p["direction"] == "from"] == \
        [("Western Province", "Western", 1100)], got


def test_patients_and_crews_moved_are_no_displacement_figure():
    from geomap.text.cared_for import cared_for_or_held

    text = "Twelve patients were evacuated from the hospital in Tahuna to Manado after the eruption."
    assert cared_for_or_held(text, len("Twelve")) and cared_for_or_held("the 11 crew members", len("the 11"))
    assert not cared_for_or_held("480 residents of Tahuna", 3)
    got = feats("TAHUNA — " + text, "2026-12-04")
    assert all(p["displaced"] is None for p in got), got
    got = feats("TAHUNA — The navy evacuated 40 wounded from Tahuna to Manado on Friday.", "2026-12-04")
    assert all(p["displaced"] is None for p in got), got

