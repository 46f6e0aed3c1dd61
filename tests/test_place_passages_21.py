"""Toponyms found and placed on invented border passages (tests/fixtures/place_passages_21.json:
12 ``tune``, 12 ``frozen``, on frontiers in no other fixture), and the rules that keep a name the
text types as a place from vanishing, on the real gazetteer and boundaries.

The scorer: a gold place is found when a place feature's mention is its name (or the name with
its kind words, "Songwe River" for "Songwe") within 161 km of the gold point, wrong when read but
farther, missed when not read; a false place is a place feature whose mention is no gold name.
Run ``python tests/test_place_passages_21.py [tune|frozen]`` for the list.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from conftest import place_point

from geomap.gazetteer import fold, haversine_km

FIXTURE = Path(__file__).parent / "fixtures" / "place_passages_21.json"
KM = 161.0


def _same_name(mention: str, name: str) -> bool:
    m, n = fold(mention), fold(name)
    return m == n or m.startswith(n + " ") or n.startswith(m + " ")


def score_passage(case: dict) -> dict:
    """``{"found": [...], "wrong": [...], "missed": [...], "false": [...]}`` for one passage."""
    from geomap.reading.pipeline import extract_text

    got = []
    for f in extract_text(case["text"], published=case["published"])["features"]:
        p = f["properties"]
        if p.get("layer") == "place":
            lon, lat = f["geometry"]["coordinates"]
            got.append((p["mention"], lat, lon))
    out = {"found": [], "wrong": [], "missed": [], "false": []}
    for g in case["places"]:
        read = [(m, la, lo) for m, la, lo in got if _same_name(m, g["name"])]
        if not read:
            out["missed"].append(g["name"])
        elif min(haversine_km(la, lo, g["lat"], g["lon"]) for _, la, lo in read) <= KM:
            out["found"].append(g["name"])
        else:
            out["wrong"].append(f"{g['name']} ({min(haversine_km(la, lo, g['lat'], g['lon']) for _, la, lo in read):.0f} km)")
    names = [g["name"] for g in case["places"]]
    out["false"] = sorted({m for m, _, _ in got if not any(_same_name(m, n) for n in names)})
    return out


def score_half(half: str) -> tuple[dict, list]:
    cases = [c for c in json.loads(FIXTURE.read_text(encoding="utf-8")) if c["half"] == half]
    per = [(c["id"], score_passage(c)) for c in cases]
    total = {k: sum(len(s[k]) for _, s in per) for k in ("found", "wrong", "missed", "false")}
    return total, per


if __name__ == "__main__":
    total, per = score_half(sys.argv[1] if len(sys.argv) > 1 else "tune")
    for cid, s in per:
        print(cid, {k: v for k, v in s.items() if k != "found" and v})
    gold = total["found"] + total["wrong"] + total["missed"]
    print(f"found {total['found'] + total['wrong']}/{gold} = {(total['found'] + total['wrong']) / gold:.3f}; "
          f"within {KM:.0f} km {total['found']}/{gold} = {total['found'] / gold:.3f}; false {total['false']}")
