"""Displacement areas named as the article names them (helper disp32b): when the text names a
first-level division itself ("fled Mondulkiri province"), the feature's ``name`` is the
article's word for it (without the type word) and ``admin1`` the boundary data's name
("Môndól Kiri"), so a reader searching the output for the article's word finds the area.
An area reached only through a town keeps the town's name.
Passages in fixtures/displacement_names_32b.json (invented; tune and frozen halves)."""

import json
from pathlib import Path

import pytest

from geomap.reading.pipeline import extract_text

CASES = json.loads((Path(__file__).parent / "fixtures" / "displacement_names_32b.json").read_text(encoding="utf-8"))["cases"]


def _areas(case: dict) -> list[dict]:
    out = extract_text(case["text"], published=case["published"])
    return [f["properties"] for f in out["features"] if f["properties"]["layer"] == "displacement"]


def _named(case: dict) -> tuple[int, int]:
    """(areas named as expected, areas expected) for one passage."""
    got = _areas(case)
    hits = sum(any(p["direction"] == w["direction"] and p["name"] == w["name"] and p["admin1"] == w["admin1"] for p in got)
               for w in case["areas"])
    return hits, len(case["areas"])


@pytest.mark.parametrize("case", [c for c in CASES if c["half"] == "tune"], ids=lambda c: c["id"])
def test_tune_passages_name_areas_as_written(case):
    hits, total = _named(case)
    assert hits == total


def test_frozen_passages_name_areas_as_written():
    hits = sum(_named(c)[0] for c in CASES if c["half"] == "frozen")
    assert hits >= 4


def test_division_keeps_its_level_and_polygon():
    """The article's name changes no other property: still a division, drawn as the boundary unit."""
    case = next(c for c in CASES if c["id"] == "n32b-t1-kh-vn-mondulkiri")
    p = next(p for p in _areas(case) if p["direction"] == "from")
    assert (p["name"], p["admin1"], p["area_level"], p["polygon_unit"]) == ("Mondulkiri", "Môndól Kiri", "division", "Môndól Kiri")


def test_area_named_through_a_town_keeps_the_town():
    case = next(c for c in CASES if c["id"] == "n32b-t2-kz-ru-aktobe")
    p = next(p for p in _areas(case) if p["direction"] == "to")
    assert (p["name"], p["admin1"], p["area_level"]) == ("Orsk", "Orenburg", "town")


def test_reports_spelling_a_division_differently_fuse_into_one_area():
    """Fusing reports: a division is one area whatever each report calls it; the winning report's name is shown."""
    from geomap.fusion import fuse_displacement

    docs = []
    for n, (day, text) in enumerate([("2026-12-05", "About 2,500 villagers have fled Mondulkiri province into Vietnam, officials said."),
                                     ("2026-12-07", "About 3,100 villagers have fled Mondulkiri into Vietnam, officials said.")]):
        out = extract_text(text, published=day)
        docs.append({**out, "id": f"d{n}", "title": "t", "published": day})
    docs[0]["features"] = [f for f in docs[0]["features"] if f["properties"]["layer"] != "displacement"] + [
        {**f, "properties": {**f["properties"], "name": "Môndól Kiri"}} for f in docs[0]["features"]
        if f["properties"]["layer"] == "displacement"]  # a report that used the boundary data's spelling
    fused = [f["properties"] for f in fuse_displacement(docs) if f["properties"]["direction"] == "from"]
    assert [(p["name"], p["admin1"], p["displaced"], p["report_count"]) for p in fused] == [("Mondulkiri", "Môndól Kiri", 3100, 2)]
