"""Helpers shared by the tests: running the ``geomap`` command as a user does, and the bundled
boundary layers, loaded once per session."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from geomap import settings

SHAPEFILES = settings.PROJECT_DIR / "shapefiles"

#: User data overrides removed from a test subprocess's environment, so the bundled data is used.
USER_DATA_VARIABLES = {"GEOMAP_COUNTRIES", "GEOMAP_ADMIN1", "GEOMAP_DISPUTED", "GEOMAP_COLUMNS",
                       "GEOMAP_GAZETTEER", "GEOMAP_SHAPEFILES", "GEOMAP_OUTPUT",
                       "GEOMAP_FRONTIER_LINES"}


def bundled_env() -> dict[str, str]:
    """The caller's environment minus user data overrides (GEOMAP_CACHE_DIR kept: a built index)."""
    env = {k: v for k, v in os.environ.items() if k not in USER_DATA_VARIABLES}
    env["PYTHONIOENCODING"] = "utf-8"
    return env


@pytest.fixture
def run_python():
    """Run a Python snippet in a subprocess with the bundled data and a given umask."""
    def run(code: str, *, cwd: Path | None = None, umask: int | None = None,
            timeout: float = 300) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-c", code], cwd=cwd, env=bundled_env(), capture_output=True,
                              text=True, encoding="utf-8", timeout=timeout,
                              preexec_fn=(lambda: os.umask(umask)) if umask is not None else None)
    return run


@pytest.fixture(scope="session")
def ne_boundaries():
    """The bundled Natural Earth layers (ignores the GEOMAP_* environment)."""
    from geomap.boundaries import load_boundaries

    return load_boundaries(SHAPEFILES / "ne_countries.shp", SHAPEFILES / "ne_admin1.shp",
                           SHAPEFILES / "ne_disputed.shp", columns={})


@pytest.fixture(scope="session")
def tha_khm(ne_boundaries):
    """The Thailand-Cambodia frontier of the bundled layers."""
    return ne_boundaries.frontier("THA", "KHM")


def places_by_mention(text: str) -> dict:
    """The resolved places of a text, each mention's text to its places in text order."""
    from geomap.reading.pipeline import places_from_text

    out: dict = {}
    for p in places_from_text(text):
        out.setdefault(p.mention.text, []).append(p)
    return out


def place_point(text: str, mention: str, published: str = "2026-11-20") -> tuple[float, float, str]:
    """(lat, lon, ISO2) of the first place feature of ``mention``; fails when it is not read."""
    from geomap.reading.pipeline import extract_text

    for f in extract_text(text, published=published)["features"]:
        p = f["properties"]
        if p.get("layer") == "place" and p["mention"] == mention:
            lon, lat = f["geometry"]["coordinates"]
            return lat, lon, p["iso2"]
    raise AssertionError(f"{mention} not read")


class _EveryWord:
    def __contains__(self, word) -> bool:
        return True


def same_without_word_filter(monkeypatch, module, words: str, read) -> list:
    """What ``read(text, sentences)`` gives on the examples and the three border sets, checked
    equal to a reading with ``module.<words>`` (a filter of the words rules start from) letting
    every word through; returns the answers."""
    import json

    from geomap.text.sentences import split_sentences

    texts = [p.read_text(encoding="utf-8") for p in sorted((settings.PROJECT_DIR / "examples").glob("*.txt"))]
    for name in ("border_cases.json", "border_cases_2.json", "border_cases_3.json"):
        cases = json.loads((settings.PROJECT_DIR / "tests/fixtures" / name).read_text(encoding="utf-8"))
        texts += [c["text"] for c in cases]
    fast = [read(t, split_sentences(t)) for t in texts]
    monkeypatch.setattr(module, words, _EveryWord())
    assert fast == [read(t, split_sentences(t)) for t in texts]
    return fast


def displacement_areas(text: str, published: str) -> dict:
    """The displacement features of a text, keyed by (name, direction), as their properties; an
    area named by a town is keyed by its first-level division (``area_level`` "town")."""
    from geomap.reading.pipeline import extract_text

    return {(p["admin1"] if p.get("area_level") == "town" else p["name"], p["direction"]): p for p in
            (f["properties"] for f in extract_text(text, published=published)["features"])
            if p["layer"] == "displacement"}


def displaced_figures(got: dict) -> dict:
    """(name, direction) -> figure of ``displacement_areas``' answer."""
    return {k: p["displaced"] for k, p in got.items()}


def incident_props(text: str, published: str) -> list[dict]:
    """The properties of a text's incident features, in order."""
    from geomap.reading.pipeline import extract_text

    return [f["properties"] for f in extract_text(text, published=published)["features"]
            if f["properties"]["layer"] == "incident"]


def event_kind(sentence: str):
    """(event type, sub-event type) of the one event a sentence tells, or None."""
    from geomap.text.event_words import classify_event

    ev = classify_event(sentence)
    return (ev.event_type, ev.sub_event_type) if ev else None


#: the event families of the invented incident passages (tests/fixtures/incident_passages_*.json)
PASSAGE_FAMILIES = {"B": "Battles", "E": "Explosions/Remote violence", "V": "Violence against civilians",
                    "P": "Protests", "R": "Riots", "S": "Strategic developments"}


def score_passage(case: dict) -> tuple[int, int, list, list]:
    """(incidents found at their place and family, tolls right, incidents with a toll no gold
    toll matches, incidents where the passage says none happened) of one invented passage."""
    from geomap.gazetteer.normalize import fold

    incs = incident_props(case["text"], case["published"])

    def at(name, p):
        return fold(name) in fold(p["location"] or "")

    found = sum(any(at(w["at"], p) and p["event_type"] in [PASSAGE_FAMILIES[x] for x in w["family"]] for p in incs)
                for w in case["incidents"])
    right = sum(any(at(t["at"], p) and p["fatalities"] == t["fatalities"] for p in incs) for t in case["tolls"])
    wrong = [p["location"] for p in incs if p["fatalities"] and not any(
        at(t["at"], p) and p["fatalities"] == t["fatalities"] for t in case["tolls"])]
    false = [p["location"] for p in incs if any(at(n, p) for n in case["no_incident_at"])]
    return found, right, wrong, false


def assert_passages(fixture: str, half: str, floors: tuple[int, int]) -> None:
    """The invented passages of one half of ``tests/fixtures/<fixture>``: no toll a gold toll does
    not match, no incident where none happened, and at least ``floors`` (incidents, tolls) right."""
    import json

    cases = json.loads((Path(__file__).parent / "fixtures" / fixture).read_text(encoding="utf-8"))["cases"]
    found = right = 0
    for case in (c for c in cases if c["half"] == half):
        f, r, wrong, false = score_passage(case)
        found, right = found + f, right + r
        assert wrong == [] and false == [], case["id"]
    assert (found, right) >= floors


def score_toll_passages(fixture: str, half: str) -> tuple[int, list[str]]:
    """(tolls right, numbers where none belongs) of one half of an invented toll-passage fixture
    (tests/fixtures/toll_passages_*.json): a toll is right on an incident whose location or
    mention holds its 'near' name; a number is wrong on any other incident, or on a place the
    passage says carries none ('no_number_on')."""
    import json

    from geomap.gazetteer.normalize import fold

    def named(p):
        a, b = p.get("mention_start"), p.get("mention_end")
        return fold((p["location"] or "") + " " + (p["source_sentence"][a:b] if a is not None and b is not None else ""))

    cases = json.loads((Path(__file__).parent / "fixtures" / fixture).read_text(encoding="utf-8"))["cases"]
    right, wrong = 0, []
    for case in (c for c in cases if c["half"] == half):
        incs = incident_props(case["text"], case["published"])
        hits = [next((p for p in incs if p["fatalities"] == t["fatalities"] and fold(t["near"]) in named(p)), None)
                for t in case["expect"]["tolls"]]
        right += sum(h is not None for h in hits)
        wrong += [f'{case["id"]}: {p["location"]}={p["fatalities"]}' for p in incs
                  if p["fatalities"] and not any(p is h for h in hits)]
        wrong += [f'{case["id"]}: {name} has a number' for name in case["expect"].get("no_number_on", [])
                  if any(p["fatalities"] and fold(name) in named(p) for p in incs)]
    return right, wrong


def displacement_half_score(passages: dict, half: str) -> tuple[int, list[str]]:
    """``displacement_passage_score`` summed over the cases of one half (``tune`` or ``frozen``)."""
    right, wrong = 0, []
    for case in (c for c in passages["cases"] if c["half"] == half):
        r, w = displacement_passage_score(case)
        right, wrong = right + r, wrong + w
    return right, wrong


def displacement_passage_score(case: dict) -> tuple[int, list[str]]:
    """(expected figures matched by a feature of that area and direction with an accepted number,
    features with a number their area and direction do not accept) of one invented displacement
    passage (tests/fixtures/displacement_passages_*.json)."""
    from geomap.gazetteer.normalize import fold
    from geomap.reading.pipeline import extract_text

    got = [({fold(p["name"]), fold(p["admin1"] or "")} - {""}, p["direction"], p["displaced"], p["name"])
           for p in (f["properties"] for f in extract_text(case["text"], published=case["published"])["features"])
           if p["layer"] == "displacement"]
    expect = [({fold(n) for n in g["names"]}, g["direction"], g["numbers"]) for g in case["displaced_numbers"]]
    right = sum(any(fn & n and fd == d and v in ok for fn, fd, v, _ in got) for n, d, ok in expect)
    wrong = [f"{label}({fd})={v}" for fn, fd, v, label in got if v is not None
             and all(v not in ok for n, d, ok in expect if fn & n and fd == d)]
    return right, wrong


def displacement_passages_total(fixture: str, half: str) -> tuple[int, list[str]]:
    """``displacement_half_score`` of one half of a passages fixture (tests/fixtures/FIXTURE)."""
    return displacement_half_score(json.loads((Path(__file__).parent / "fixtures" / fixture).read_text(encoding="utf-8")), half)
