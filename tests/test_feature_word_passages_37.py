"""Places the text names with a feature word (round 37): "the Piva canyon", "the Paraguaná
peninsula", "the Bay of X", "Col de X", "Passo della X", "Cabo X", "X Point" are read whole, the
word with the name, as the shared scorer wants the mention ("Bay of Algeciras", not "Algeciras").
Invented passages in tests/fixtures/feature_word_passages_37.json (``tune`` and ``frozen``), real
gazetteer and boundaries. Run ``python tests/test_feature_word_passages_37.py [tune|frozen]``.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from geomap.gazetteer import fold, haversine_km

FIXTURE = Path(__file__).parent / "fixtures" / "feature_word_passages_37.json"
KM = 161.0


def _fold(s: str) -> str:
    return " ".join(fold(s).replace("-", " ").split())


def score_passage(case: dict) -> dict:
    """Found/wrong/missed as the border-case scorer counts them (the gold name inside a mention)."""
    from geomap.reading.pipeline import extract_text

    got = []
    for f in extract_text(case["text"], published=case["published"])["features"]:
        p = f["properties"]
        if p.get("layer") == "place":
            lon, lat = f["geometry"]["coordinates"]
            got.append((_fold(p["mention"]), lat, lon))
    out = {"found": [], "wrong": [], "missed": [], "false": []}
    for g in case["places"]:
        n = _fold(g["name"])
        read = [(la, lo) for m, la, lo in got if m == n or (n in m and len(m) - len(n) <= 12)]
        if not read:
            out["missed"].append(g["name"])
        elif min(haversine_km(la, lo, g["lat"], g["lon"]) for la, lo in read) <= KM:
            out["found"].append(g["name"])
        else:
            out["wrong"].append(g["name"])
    names = [_fold(g["name"]) for g in case["places"]]
    out["false"] = sorted({m for m, _, _ in got if not any(n in m or m in n for n in names)})
    return out


def score_half(half: str) -> dict:
    cases = [c for c in json.loads(FIXTURE.read_text(encoding="utf-8")) if c["half"] == half]
    per = {c["id"]: score_passage(c) for c in cases}
    return {k: sum(len(s[k]) for s in per.values()) for k in ("found", "wrong", "missed", "false")}, per


if __name__ == "__main__":
    total, per = score_half(sys.argv[1] if len(sys.argv) > 1 else "tune")
    for cid, s in per.items():
        print(cid, {k: v for k, v in s.items() if k != "found" and v})
    print(total)
