"""A province or district of a country a frontier story never names, a thousand km and more from
every place it names, is no reading of the story's own name (round 35): "Riau, a market village
on the outskirts of Mongomo" is no Indonesian province, and what the text then places in or near
it ("Akoga, in Riau") follows the story's reading, not the far one. Invented passages in
tests/fixtures/far_unit_passages_35.json (``tune`` and ``frozen``), real gazetteer and boundaries.

Run ``python tests/test_far_units.py [tune|frozen]`` for the list (the scorer of
test_place_passages_21: within 161 km).
"""
from __future__ import annotations

import sys
from pathlib import Path

from test_place_passages_21 import print_half

FIXTURE = Path(__file__).parent / "fixtures" / "far_unit_passages_35.json"

if __name__ == "__main__":
    print_half(sys.argv[1] if len(sys.argv) > 1 else "tune", FIXTURE)


def _places(text: str) -> dict[str, tuple[float, float, str]]:
    """mention -> (lat, lon, ISO2) of the first place feature of each mention."""
    from geomap.reading.pipeline import extract_text

    out = {}
    for f in extract_text(text, published="2026-11-20", events=False)["features"]:
        p = f["properties"]
        if p.get("layer") == "place":
            out.setdefault(p["mention"], (f["geometry"]["coordinates"][1], f["geometry"]["coordinates"][0], p["iso2"]))
    return out


def test_province_of_an_unnamed_far_country_is_no_reading_in_a_frontier_story():
    """"Riau, a market village on the outskirts of Mongomo" in an Equatorial Guinea–Gabon story is
    no Indonesian province, nor is what the text places in it ("Akoga, in Riau")."""
    got = _places("MONGOMO, Equatorial Guinea — Gabonese gendarmes detained four traders from Riau, a market "
                  "village on the outskirts of Mongomo, on Tuesday. Gendarmes later searched houses in Akoga, "
                  "in Riau, for contraband fuel.")
    for name in ("Riau", "Akoga"):
        assert name not in got or got[name][2] != "ID", got.get(name)


def test_province_of_a_far_country_stays_in_a_story_of_one_country():
    """A story naming one country only is no frontier story: "Kentucky" in a French report is the
    US state, whatever the distance."""
    got = _places("French health officials said a traveller who had returned from Kentucky fell ill in Lyon "
                  "on Monday. France has recorded three such cases this year.")
    assert got["Kentucky"][2] == "US"


def test_which_units_may_be_strangers():
    from geomap.gazetteer import GazetteerEntry
    from geomap.reading.far_units import unit_may_be_stranger

    unit = GazetteerEntry(gid="x", name="Riau", lat=0.5, lon=101.5, place_type="admin1", feature="admin1",
                          iso2="ID", iso3="IDN", admin1=None, population=0)
    assert unit_may_be_stranger(unit, {"GQ": 0.6, "GA": 0.4})
    assert not unit_may_be_stranger(unit, {"FR": 1.0})
