"""A place the gazetteer lacks, told "near the border with C in Z" (issue 12): Z is the unit it lies in,
C only the other side, so it stands on its own country's frontier with C by Z, never at C's middle.
Invented passages in tests/fixtures/border_with_unit_passages_33.json (``tune`` and ``frozen``; frontiers
in no border case), real gazetteer and boundaries.

Run ``python tests/test_border_with_unit.py [tune|frozen]`` for the score of a half.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from geomap.gazetteer import haversine_km

FIXTURE = Path(__file__).parent / "fixtures" / "border_with_unit_passages_33.json"
#: how far from its frontier, and from the unit's middle, such a place may stand
FRONTIER_KM = 30.0
UNIT_KM = 300.0


def _point(text: str, name: str) -> tuple[float, float, str] | None:
    from geomap.reading.pipeline import extract_text

    for f in extract_text(text, published="2026-11-20")["features"]:
        p = f["properties"]
        if p.get("layer") == "place" and p["mention"].startswith(name):
            lon, lat = f["geometry"]["coordinates"][:2]
            return lat, lon, p.get("iso3")
    return None


def placed_right(case: dict) -> bool:
    """Whether the case's place stands in its own country, on its frontier with the other, by its unit."""
    from geomap.reading.borders import default_borders

    got = _point(case["text"], case["name"])
    if got is None:
        return False
    lat, lon, iso3 = got
    on = default_borders().nearest_on_frontier(case["own"], case["other"], lon, lat)
    return (iso3 == case["own"] and on is not None and haversine_km(lat, lon, on[1], on[0]) <= FRONTIER_KM
            and haversine_km(lat, lon, *case["unit"]) <= UNIT_KM)


def score(half: str) -> tuple[int, int, list[str]]:
    cases = [c for c in json.loads(FIXTURE.read_text(encoding="utf-8")) if c["half"] == half]
    wrong = [c["name"] for c in cases if not placed_right(c)]
    return len(cases) - len(wrong), len(cases), wrong


def test_the_unit_after_the_other_side_places_the_village():
    from geomap.text.place_cues import place_cues
    from geomap.text.sentences import split_sentences

    text = ("Gunmen killed six villagers in an attack on Tambagou-Kpodjo, a village near the border with "
            "Burkina Faso in Togo's Savanes region, officials said.")
    cue = next(c for c in place_cues(text, split_sentences(text)) if c.name == "Tambagou-Kpodjo")
    assert cue.relation == "in" and text[cue.anchor_start:].startswith("Savanes")


def test_a_village_near_a_border_stands_on_its_own_side_by_its_unit():
    text = ("DAPAONG, Togo — Gunmen killed six villagers in an attack on Tambagou-Kpodjo, a village near the border "
            "with Burkina Faso in Togo's Savanes region, officials said on Sunday.")
    case = {"text": text, "name": "Tambagou-Kpodjo", "own": "TGO", "other": "BFA", "unit": [10.6, 0.4]}
    assert placed_right(case)  # not at Burkina Faso's middle, 300 km off in the wrong country


def test_a_country_named_only_as_the_other_side_is_no_unit_to_place_at():
    text = ("DAPAONG, Togo — Gunmen killed six villagers in Tambagou-Kpodjo, a village near the border with "
            "Burkina Faso, officials said on Sunday.")
    case = {"text": text, "name": "Tambagou-Kpodjo", "own": "TGO", "other": "BFA", "unit": [10.86, 0.21]}
    assert placed_right(case)  # by Dapaong on Togo's side, not at Burkina Faso's middle


def test_the_unit_may_follow_a_comma_and_the_other_side_its_article():
    text = ("BERTOUA — Rebels kidnapped four herders in Ngaoui-Mbarta, a village near the border with the Central "
            "African Republic, in Cameroon's East region, a governor said.")
    case = {"text": text, "name": "Ngaoui-Mbarta", "own": "CMR", "other": "CAF", "unit": [4.5, 14.0]}
    assert placed_right(case)


def test_a_unit_told_between_the_name_and_the_border_still_types_it_a_border_place():
    from geomap.text.cues import is_border_typed

    text = "Raiders burned the hamlet of Wassara-Koye, in Tillabéri region, near the frontier with Mali, at dawn."
    start = text.index("Wassara-Koye")
    assert is_border_typed(text, start, start + len("Wassara-Koye"))


def test_tune_half():
    ok, total, wrong = score("tune")
    assert ok == total, wrong


if __name__ == "__main__":
    print(score(sys.argv[1] if len(sys.argv) > 1 else "tune"))
