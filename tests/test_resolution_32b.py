"""Places the gazetteer lacked or named otherwise (tests/fixtures/resolution_passages_32b.json: 5 ``tune``,
5 ``frozen``, on frontiers no other fixture uses): rivers that form a frontier, bare or with "River"
(geomap/gazetteer/data/frontier_rivers.csv).
Real gazetteer and boundaries.

Run ``python tests/test_resolution_32b.py [tune|frozen]`` for the list.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from test_resolution_25 import _read

from geomap.gazetteer import haversine_km

FIXTURE = Path(__file__).parent / "fixtures" / "resolution_passages_32b.json"


def test_a_frontier_river_the_gazetteer_lacked_is_the_river_at_its_frontier():
    # the only "Ural River" the index held lay in Siberia, 2,800 km east of the Kazakh frontier
    got = _read("Fishermen detained\n\nORENBURG, Russia - Russian border guards detained three Kazakh fishermen "
                "on the Ural River on Tuesday, officials said.")
    lat, lon, _, kind = got["Ural River"]
    assert kind == "water" and haversine_km(lat, lon, 51.3, 52.0) < 250, got["Ural River"]


def test_a_frontier_river_named_bare_is_read():
    got = _read("Canoe capsizes\n\nLIVINGSTONE, Zambia - Four traders drowned when their canoe capsized on the "
                "Zambezi near Kazungula on Friday, Zambian police said.")
    lat, lon, _, kind = got["Zambezi"]
    assert kind == "water" and haversine_km(lat, lon, -17.8, 25.3) < 200, got["Zambezi"]


def test_a_country_named_river_told_the_x_is_read_as_the_river_by_the_story():
    # before the river table "the Niger" was left unread (no river of that name to read it as)
    got = _read("Miners swept away\n\nSIGUIRI, Guinea - Five gold miners were swept away while crossing the "
                "Tinkisso and the Niger on Sunday, officials in Siguiri said. Malian traders in Kangaba helped "
                "search.")
    lat, lon, _, kind = got["Niger"]
    assert kind == "water" and haversine_km(lat, lon, 11.6, -9.0) < 150, got["Niger"]


def _score(half: str):
    sys.path.insert(0, str(Path(__file__).parent))
    import test_place_passages_21 as scorer

    cases = [c for c in json.loads(FIXTURE.read_text(encoding="utf-8")) if c["half"] == half]
    return [(c["id"], scorer.score_passage(c)) for c in cases]


def test_tune_passages_place_what_they_read_within_161_km():
    per = _score("tune")
    read = sum(len(s["found"]) + len(s["wrong"]) for _, s in per)
    found = sum(len(s["found"]) for _, s in per)
    assert found / read >= 0.96, [(cid, s["wrong"]) for cid, s in per if s["wrong"]]


if __name__ == "__main__":
    per = _score(sys.argv[1] if len(sys.argv) > 1 else "tune")
    for cid, s in per:
        print(cid, {k: v for k, v in s.items() if k in ("wrong", "missed", "false") and v})
    read = sum(len(s["found"]) + len(s["wrong"]) for _, s in per)
    print(f"acc161 {sum(len(s['found']) for _, s in per)}/{read}")
