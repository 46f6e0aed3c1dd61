"""Scoring invented incident passages (tests/fixtures/incident_passages_NN.json) as the border cases
are scored: a gold incident or toll is found when an incident feature has a point (or its centre)
within the gold radius; an incident near a ``no_incident_at`` point and near no gold one is false."""

import json
from pathlib import Path

from geomap.gazetteer import haversine_km
from geomap.reading.pipeline import extract_text


def load_passages(name):
    return json.loads((Path(__file__).parent / "fixtures" / name).read_text(encoding="utf-8"))


def _points(geom):
    out = []

    def walk(c):
        if c and isinstance(c[0], (int, float)):
            out.append((c[1], c[0]))
        else:
            for x in c:
                walk(x)
    walk(geom["coordinates"])
    return out + [(sum(p[0] for p in out) / len(out), sum(p[1] for p in out) / len(out))]


def _near(feature, want):
    return any(haversine_km(lat, lon, want["lat"], want["lon"]) <= want["radius_km"] for lat, lon in _points(feature["geometry"]))


def passage_scores(passages, half):
    """(gold incidents found, gold tolls found, false incidents as 'case id: location') of one half."""
    found = tolls = 0
    false = []
    for case in (c for c in passages["cases"] if c["half"] == half):
        fc = extract_text(case["text"], published=case["published"])
        incs = [f for f in fc["features"] if f["properties"]["layer"] == "incident"]
        found += sum(any(_near(f, i) for f in incs) for i in case["incidents"])
        tolls += sum(any(_near(f, t) and f["properties"]["fatalities"] == t["fatalities"] for f in incs)
                     for t in case["tolls"])
        false += [f'{case["id"]}: {f["properties"]["location"]}' for f in incs
                  if any(_near(f, n) for n in case["no_incident_at"]) and not any(_near(f, i) for i in case["incidents"])]
    return found, tolls, false


def incident_properties(text, published):
    """The properties of the incident features geomap reads from one text."""
    fc = extract_text(text, published=published)
    return [f["properties"] for f in fc["features"] if f["properties"]["layer"] == "incident"]
