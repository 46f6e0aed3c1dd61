"""Displacement areas of session 28: places the gazetteer lacks or holds under other names, so
that the area people fled is the unit the text names and not a namesake abroad
(geomap.reading, geomap.text, geomap.gazetteer).

The sentences are invented for these tests (frontiers in no fixture); each test fails when
its rule is taken out. The passages of tests/fixtures/displacement_passages_28.json keep the
floors they reached (see the test at the end).
"""

import json
from pathlib import Path

import pytest
from conftest import displaced_figures, displacement_areas, displacement_passage_score

areas, figures = displacement_areas, displaced_figures


def test_an_arabic_head_word_before_the_rest_of_a_name_is_no_foreign_unit():
    from geomap.text.arabic_names import opens_arabic_name

    text = "fled Ain Issa and Ras al-Ain"
    assert opens_arabic_name("Ain", text, text.index(" Issa"))
    assert opens_arabic_name("Ras", text, text.index(" al-Ain"))
    assert not opens_arabic_name("Ain", "the Ain department", len("the Ain"))
    got = areas("Kurdish officials said 2,000 people fled Ain Issa after Turkish shelling.", "2026-12-01")
    assert not any(p["iso3"] == "FRA" for p in got.values()), got
    kept = areas("Some 300 people fled villages in the Ain department of France after floods.", "2026-12-01")
    assert kept.get(("Ain", "from"), {}).get("displaced") == 300, kept
