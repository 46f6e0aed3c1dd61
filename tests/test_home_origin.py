"""A province told only as where people come from ("two miners, both from Piauí") is no place
near which a name the text leaves unplaced lies (round 35): "other camps in the Pirara hills" are
on the frontier stretch the story is about, not in the miners' home province a thousand km away.
Invented passages in tests/fixtures/home_origin_passages_35.json (``tune`` and ``frozen``), real
gazetteer and boundaries.

Run ``python tests/test_home_origin.py [tune|frozen]`` for the list (the scorer of
test_place_passages_21: within 161 km).
"""
from __future__ import annotations

import sys
from pathlib import Path

from test_place_passages_21 import print_half

FIXTURE = Path(__file__).parent / "fixtures" / "home_origin_passages_35.json"

if __name__ == "__main__":
    print_half(sys.argv[1] if len(sys.argv) > 1 else "tune", FIXTURE)


def _read(text: str) -> dict[str, tuple[float, float]]:
    from geomap.reading.pipeline import extract_text

    out = {}
    for f in extract_text(text, published="2026-11-20", events=False)["features"]:
        if f["properties"].get("layer") == "place":
            out.setdefault(f["properties"]["mention"], (f["geometry"]["coordinates"][1], f["geometry"]["coordinates"][0]))
    return out


def test_words_that_tell_where_people_come_from():
    from geomap.text.origin_words import home_of_people

    assert home_of_people("two Brazilian miners, both from ")
    assert home_of_people("The men, all from ")
    assert home_of_people("six gold miners, natives of ")
    assert home_of_people("Two truck drivers, originally from ")
    assert not home_of_people("shells fired from ")  # where something came from is a place of the story
    assert not home_of_people("refugees fled from ")


def test_unplaced_hills_are_not_put_in_the_home_province_of_people():
    """"two miners, both from Piauí ... other camps in the Pirara hills": the hills are by Lethem,
    not in Piauí two thousand km away."""
    from geomap.gazetteer import haversine_km

    got = _read("LETHEM, Guyana — Guyanese police said on Monday that two Brazilian miners, both from Piauí, "
                "were found shot dead at a pit outside Lethem. Miners said fear had spread to other camps in the "
                "Pirara hills.")
    assert haversine_km(*got["Pirara hills"], 3.37, -59.8) < 300, got
