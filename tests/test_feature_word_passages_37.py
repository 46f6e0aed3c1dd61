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
from test_place_passages_21 import _places as _read

FIXTURE = Path(__file__).parent / "fixtures" / "feature_word_passages_37.json"
KM = 161.0


def _fold(s: str) -> str:
    return " ".join(fold(s).replace("-", " ").split())


def score_passage(case: dict) -> dict:
    """Found/wrong/missed as the border-case scorer counts them (the gold name inside a mention)."""
    got = [(_fold(m), la, lo) for m, (la, lo, _) in _read(case["text"]).items()]  # (all published 2026-11-20)
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


def test_passages_tune_and_frozen_found():
    """Targets read whole within 161 km (before the round: tune 17/23, frozen 14/22)."""
    for half, least in (("tune", 22), ("frozen", 17)):
        total, _ = score_half(half)
        assert total["found"] >= least, (half, total)
        assert total["false"] <= 2, (half, total)


def test_feature_word_opens_a_name():
    """"the Bay of X", "Col d'X", "Passo dello X", "Cabo X": the word and the name are one span."""
    from geomap.text.feature_heads import head_cues
    from geomap.text.sentences import split_sentences

    text = ("Smugglers were chased across the Bay of Baiona and stopped below the Col d'Ibardin, near the "
            "Passo dello Spluga and off Cabo Silleiro, officials said.")
    got = {c.name: c.kind for c in head_cues(text, split_sentences(text))}
    assert got.get("Bay of Baiona") == "bay", got
    assert got.get("Col d'Ibardin") == "mountain pass", got
    assert got.get("Passo dello Spluga") == "mountain pass", got
    assert got.get("Cabo Silleiro") == "cape", got


def test_feature_named_after_a_town_is_placed_there():
    """"the Bay of Algeciras" is read whole, at Algeciras, not at the next place its sentence names
    (La Línea, 10 km off)."""
    got = _read("GIBRALTAR, March 14 — A man died early on Saturday when a speedboat rammed a patrol launch in the "
                "Bay of Algeciras, a few hundred metres off the beach at La Línea de la Concepción, Spanish "
                "officials said.")
    assert "Bay of Algeciras" in got, got
    lat, lon, _ = got["Bay of Algeciras"]
    assert haversine_km(lat, lon, 36.13, -5.45) < 5, got


def test_whole_names_the_gazetteer_knows_keep_their_reading():
    """"Cape Town" and "the Gulf of Aden" stay the places the gazetteer knows."""
    got = _read("Somali pirates seized a ship in the Gulf of Aden bound for Cape Town, the navy said.")
    assert "Cape Town" in got and got["Cape Town"][2] == "ZA", got
    assert any(m.startswith("Gulf of Aden") for m in got), got


def test_land_word_stays_in_the_mention():
    """"the Ksamil peninsula" read at the town of Ksamil keeps its word ("Ksamil" alone was read)."""
    got = _read("Police seized a speedboat off the Ksamil peninsula early on Wednesday, Albanian police said.")
    assert "Ksamil peninsula" in got and got["Ksamil peninsula"][2] == "AL", got


_GIBRALTAR = ("GIBRALTAR — Police arrested two men at Catalan Bay on Friday night after a chase that began off "
              "Europa Point, a police spokeswoman said.")


def test_capitalised_bay_names_the_village_the_gazetteer_holds():
    """"Catalan Bay" is the village of that whole name (the cue read a bay named "Catalan")."""
    got = _read(_GIBRALTAR)
    assert "Catalan Bay" in got and got["Catalan Bay"][2] == "GI", got


def test_capitalised_point_names_a_headland():
    """"Europa Point", a headland the gazetteer lacks, is read on the Rock (only hinted before: dropped)."""
    got = _read(_GIBRALTAR)
    assert "Europa Point" in got and got["Europa Point"][2] == "GI", got


def test_frontier_rivers_told_bare_are_read():
    """Rivers a frontier follows, told bare after "the" ("swam across the Bidasoa", "fled toward the
    Neisse"), are the rivers on their frontier stretch (the gazetteer lacked them: no place was read)."""
    for text, name, lat, lon in (
            ("IRUN, Spain — Two young men drowned on Sunday trying to swim across the Bidasoa to Hendaye, "
             "Spanish police said.", "Bidasoa", 43.34, -1.77),
            ("SOROCA, Moldova — Border guards stopped three men who had rowed across the Dniester near Otaci "
             "on Friday night, the border police said.", "Dniester", 48.45, 27.80),
            ("GÖRLITZ, Germany — A smuggler abandoned his car and ran toward the Neisse when police stopped him "
             "on Thursday, German police said.", "Neisse", 51.15, 14.99)):
        got = _read(text)
        assert name in got, (name, got)
        assert haversine_km(got[name][0], got[name][1], lat, lon) < KM, (name, got)


def test_regions_told_by_name_are_read():
    """"the Tihama coast" and "the Campo de Gibraltar" are the regions the text names."""
    got = _read("Fishermen from Mocha on the Tihama coast say Eritrean patrols have seized six boats, Yemeni "
                "officials said.")
    assert any(m.startswith("Tihama") for m in got) and got.get("Tihama", got.get("Tihama coast", (0, 0, "YE")))[2] == "YE", got


def test_village_told_a_glued_distance_from_a_town():
    """"X, a village about 20km west of Y": a distance written as one word ("20km", "5-km") lets the
    description reach its town, as "20 km" did (the village was dropped)."""
    from geomap.text.place_cues import place_cues
    from geomap.text.sentences import split_sentences

    text = ("CHIRUNDU, Zambia — The two men came from Kafuta, a village about 20km east of Chirundu, and from "
            "Mupata, a hamlet some 5-km north of Siavonga, relatives said.")
    got = {c.name: c.relation for c in place_cues(text, split_sentences(text))}
    assert got.get("Kafuta") == "of" and got.get("Mupata") == "of", got
    read = _read(text)
    assert "Kafuta" in read and haversine_km(read["Kafuta"][0], read["Kafuta"][1], -16.03, 28.85) < 50, read
