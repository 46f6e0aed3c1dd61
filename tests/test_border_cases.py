"""Whole-article floors on twelve border-incident articles written for geomap's own tests
(tests/fixtures/border_cases.json: India–Pakistan, Afghanistan–Pakistan, Israel–Lebanon,
Sudan–South Sudan, Kyrgyzstan–Tajikistan, Armenia–Azerbaijan, DR Congo–Rwanda,
Ethiopia–Sudan, Venezuela–Guyana, China–India, Iran–Pakistan, Colombia–Venezuela).

Gold annotations list each toponym (mention, ISO2, lat/lon, kind), incident points with a
radius, and the admin-1 areas people fled from. The floors sit a little under today's
scores so that a general regression fails, not a single hard case.
"""

import json
import math
import unicodedata
from functools import lru_cache
from pathlib import Path

import pytest

from geomap.reading.borders import geometry_points
from geomap.reading.pipeline import extract_text

CASES = json.loads((Path(__file__).parent / "fixtures" / "border_cases.json").read_text(encoding="utf-8"))
ISO_ALIASES = {"SSD": {"SSD", "SDS"}, "COD": {"COD", "ZAR"}}


def fold(s) -> str:
    s = unicodedata.normalize("NFKD", str(s or ""))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.replace("\u2019", "'").replace("-", " ").lower().split())


def km(lat1, lon1, lat2, lon2) -> float:
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(min(1.0, math.sqrt(a)))


def latlons(geom) -> list[tuple[float, float]]:
    return geometry_points(geom)


def close_to(geom, lat, lon, radius) -> bool:
    pts = latlons(geom)
    if not pts:
        return False
    mean = (sum(a for a, _ in pts) / len(pts), sum(b for _, b in pts) / len(pts))
    return any(km(a, b, lat, lon) <= radius for a, b in pts + [mean])


def score(case: dict, fc: dict) -> dict:
    """Counts for one case: toponyms found / resolved within 161 km, false places, frontier
    pair, stated length, incidents and displaced areas found."""
    feats = fc["features"]
    by = lambda name: [f for f in feats if f["properties"]["layer"] == name]
    mentions = [(fold(f["properties"]["mention"]), f) for f in by("place")]
    found = resolved = 0
    for t in case["toponyms"]:
        g = fold(t["mention"])
        hits = [f for m, f in mentions if m == g or (g in m and len(m) - len(g) <= 12)]
        if not hits:
            continue
        found += 1
        if t["kind"] == "country":
            ok = any(f["properties"]["iso2"] == t["iso2"] for f in hits)
        else:
            ok = any(km(*latlons(f["geometry"])[0], t["lat"], t["lon"]) <= 161 for f in hits)
        resolved += ok
    bad = {fold(w) for w in case["not_places"]}
    pair = [ISO_ALIASES.get(x, {x}) for x in case["pair"]]
    frontier, stated = False, None
    for f in by("frontier"):
        p = f["properties"]
        got = {p["iso3_a"], p["iso3_b"]}
        if all(got & want for want in pair):
            frontier = True
            if case["stated_km"]:
                stated = p["stated_length_km"] is not None and abs(p["stated_length_km"] - case["stated_km"]) < 1
    incidents = sum(any(close_to(f["geometry"], i["lat"], i["lon"], i["radius_km"]) for f in by("incident"))
                    for i in case["incidents"])
    names = {fold(f["properties"].get(k)) for f in by("displacement") for k in ("name", "admin1")}
    displaced = sum(any(fold(a) in names for a in alts) for alts in case["displaced"])
    return dict(toponyms=len(case["toponyms"]), found=found, resolved=resolved,
                false_places=sum(m in bad for m, _ in mentions), frontier=frontier, stated=stated,
                incidents=len(case["incidents"]), incidents_found=incidents,
                displaced=len(case["displaced"]), displaced_found=displaced)


@lru_cache(maxsize=1)
def results() -> tuple[dict, ...]:
    return tuple(score(c, extract_text(c["text"], published=c["published"])) for c in CASES)


def total(key: str) -> int:
    return sum(r[key] for r in results())


def test_fixture_is_well_formed():
    assert len(CASES) == 12 and len({c["id"] for c in CASES}) == 12
    for c in CASES:
        assert 150 <= len(c["text"].split()) <= 400
        for t in c["toponyms"]:
            assert -90 <= t["lat"] <= 90 and -180 <= t["lon"] <= 180 and len(t["iso2"]) == 2


def test_frontier_pair_is_right():
    assert sum(r["frontier"] for r in results()) >= 11


def test_stated_border_lengths_are_read():
    stated = [r["stated"] for r, c in zip(results(), CASES) if c["stated_km"]]
    assert sum(bool(s) for s in stated) >= len(stated) - 1


def test_toponyms_are_found_and_resolved():
    assert total("found") / total("toponyms") >= 0.85
    assert total("resolved") / total("found") >= 0.95


def test_no_false_places():
    assert total("false_places") <= 1


def test_incidents_are_placed():
    assert total("incidents_found") / total("incidents") >= 0.8


def test_displacement_areas_are_named():
    assert total("displaced_found") / total("displaced") >= 0.7


@pytest.mark.parametrize("case_id", [c["id"] for c in CASES])
def test_every_case_has_its_frontier_or_an_incident(case_id):
    r = results()[[c["id"] for c in CASES].index(case_id)]
    assert r["frontier"] or r["incidents_found"]
