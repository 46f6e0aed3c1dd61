"""Numbers on the wrong area or place, from the ways set 12's writers (who never saw the code) told
them (session 34, nums33): a SHARE of a counted group sent to destinations without "of them"
(", most to X and to Y"), households counted with their people told beside them ("eleven families
— about forty people —"), and a capital named as the government asked to act ("demanding that X
explain"), which is no place of the incident (geomap.text.origin_words.share_before,
geomap.text.household_people, geomap.text.lexicon.GOVERNMENT_DEMANDED).

The sentences are invented for these tests; each test fails when its rule is taken out. The
passages of tests/fixtures/displacement_passages_34.json and toll_passages_34.json keep the floors
they reached (see the tests at the end).
"""

import pytest
from conftest import displaced_figures, displacement_areas, displacement_passages_total, incident_props
from conftest import score_toll_passages

areas, figures = displacement_areas, displaced_figures


def test_a_share_sent_to_destinations_without_of_them_is_no_figure_of_theirs():
    from geomap.text.origin_words import share_before

    assert share_before("About 700 people have been moved away since Friday, most to ")
    assert share_before("About 700 people fled Okondja; the majority into ")
    assert share_before("About 700 people fled Okondja, while others went to ")
    assert not share_before("About 700 people fled Okondja, some 400 to ")  # that group's own figure
    assert not share_before("About 700 people fled Okondja to ")
    got = figures(areas("About 700 people from Okondja, in Gabon's Haut-Ogooué province, have been moved away from the "
                        "border hamlets since Friday, most to Franceville and to Moanda.", "2026-12-07"))
    assert got.get(("Haut-Ogooué", "from")) == 700, got
    assert all(v is None for (name, d), v in got.items() if d == "to"), got
    whole = figures(areas("About 700 people from Okondja, in Gabon's Haut-Ogooué province, have been moved to Franceville "
                          "since Friday.", "2026-12-07"))
    assert whole.get(("Haut-Ogooué", "to")) == 700, whole


def test_households_told_with_their_people_give_the_peoples_figure():
    from geomap.text.displacement_counts import displaced_from_text

    assert displaced_from_text("Fourteen families from Lékoni - around 60 people - have moved in with relatives in "
                               "Franceville.").value == 60
    assert displaced_from_text("About 300 families, or some 1,500 people, fled Okondja.").value == 1500
    assert displaced_from_text("Eleven families have left Okondja.").value == 11  # no people told: the households
    got = figures(areas("Fourteen families from Lékoni - around 60 people - have moved in with relatives in Franceville "
                        "since armed poachers attacked a ranger post on Thursday.", "2026-12-07"))
    assert got.get(("Haut-Ogooué", "to")) == 60, got


@pytest.mark.parametrize("text, capital", [
    ("Relatives of a fisherman shot dead near the border with Cameroon on Friday gathered on Sunday, demanding that "
     "Brazzaville explain why soldiers opened fire.", "Brazzaville"),
    ("Families of two men killed near the frontier last week marched on Saturday, insisting that Libreville "
     "investigate the shooting.", "Libreville"),
])
def test_a_capital_asked_to_act_is_no_place_of_the_incident(text, capital):
    from geomap.reading.pipeline import extract_text

    places = [f["properties"] for f in extract_text(text, published="2026-12-07")["features"]
              if f["properties"]["layer"] == "place" and f["properties"]["name"] == capital]
    assert places and all(p["role"] == "government" for p in places), places
    assert not any(p["location"] == capital and p["fatalities"] for p in incident_props(text, "2026-12-07"))


# Before the rules (main 305f438): displacement tune 3 right, 2 wrong figures; frozen 5 right, 0 wrong
# (the two expelled-from-a-country passages, K4, stay at none right and none wrong: see the fixture's note).
@pytest.mark.parametrize("half, floor, wrong_at_most", [("tune", 5, 0), ("frozen", 5, 0)])
def test_the_invented_displacement_passages_keep_their_floors(half, floor, wrong_at_most):
    right, wrong = displacement_passages_total("displacement_passages_34.json", half)
    assert right >= floor and len(wrong) <= wrong_at_most, wrong


# Before the rules: tolls tune 1 right (N3 wrong at Ouesso, where people protested); frozen 0 right,
# Sarajevo=2 (the capital asked to act); after: the frozen toll sits on the frontier line, which the
# passage's expectation (written before, no toll listed) still counts as a number where none was listed.
@pytest.mark.parametrize("half, floor, wrong_at_most", [("tune", 1, 1), ("frozen", 0, 1)])
def test_the_invented_toll_passages_keep_their_floors(half, floor, wrong_at_most):
    right, wrong = score_toll_passages("toll_passages_34.json", half)
    assert right >= floor and len(wrong) <= wrong_at_most and not any("Sarajevo" in w for w in wrong), wrong
