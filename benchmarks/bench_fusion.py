"""How fast is event fusion on a large corpus?

    python benchmarks/bench_fusion.py [--sizes 1000 10000 30000] [--seed 1]

Makes a synthetic corpus of incident features like geomap's (three frontier regions, towns,
90 days; each true event told by 1-6 documents as towns, "near" places, provinces, stretches
of frontier, with exact, night, week-wide or missing dates), fuses it with
:func:`geomap.fusion.fuse_incidents` and prints, per size: the time, the events found, and
B-cubed precision/recall/F1 against the events the corpus was drawn from (a sanity check:
the synthetic reports are far more ambiguous than real ones). Target: 10,000 incidents in
under 10 s on one core.
"""
from __future__ import annotations

import argparse
import math
import os
import platform
import random
import sys
import time
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

from machine import machine  # benchmarks/machine.py: the machine named in the output

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from geomap.fusion import fuse_incidents  # noqa: E402

TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Strategic developments")
SUBTYPES = {"Battles": "Armed clash", "Explosions/Remote violence": "Shelling/artillery/missile attack",
            "Violence against civilians": "Attack", "Strategic developments": "Agreement"}
# (west, south, east, north) of three frontier regions, split into 2 x 2 provinces each
REGIONS = ((102.5, 13.5, 105.5, 14.8), (44.8, 38.9, 46.6, 41.2), (69.4, 39.6, 72.2, 40.4))




def synthetic(n: int, seed: int = 1) -> tuple[list[dict], list[int]]:
    """``n`` incident features and the true event of each."""
    rnd = random.Random(seed)
    start = date(2026, 1, 1)
    towns = []
    for k, (w, s, e, nn) in enumerate(REGIONS):
        for _ in range(400):
            towns.append((k, rnd.uniform(w, e), rnd.uniform(s, nn)))
    lines = [[(w + (e - w) * t / 199, (s + nn) / 2 + 0.1 * math.sin(t / 7)) for t in range(200)]
             for (w, s, e, nn) in REGIONS]
    feats, truth = [], []
    event = 0
    while len(feats) < n:
        k, lon, lat = rnd.choice(towns)
        w, s, e, nn = REGIONS[k]
        admin1 = f"R{k}-{int(lon > (w + e) / 2)}{int(lat > (s + nn) / 2)}"
        etype = rnd.choice(TYPES)
        day = start + timedelta(days=rnd.randrange(90))
        for _ in range(min(6, 1 + int(rnd.expovariate(0.6)))):
            if len(feats) >= n:
                break
            u = rnd.random()
            props = {"layer": "incident", "event_type": etype, "sub_event_type": SUBTYPES[etype],
                     "iso3": f"C{k}", "admin1": admin1, "fatalities": rnd.choice([None, 0, 1, 2, 3, 5]),
                     "date": day.isoformat(), "time_precision": 1, "date_text": "on Monday",
                     "location": f"town {lon:.3f}", "source_sentence": "synthetic"}
            if u < 0.6:
                geom, props["geo_precision"] = [lon + rnd.gauss(0, 0.01), lat + rnd.gauss(0, 0.01)], 1
            elif u < 0.8:
                geom, props["geo_precision"] = [lon + rnd.gauss(0, 0.05), lat + rnd.gauss(0, 0.05)], 2
            elif u < 0.9:
                geom, props["geo_precision"] = [(w + e) / 2, (s + nn) / 2], 3
            else:
                geom, props["geo_precision"] = None, 3
            v = rnd.random()
            if v < 0.05:
                props["date"], props["time_precision"], props["date_text"] = None, None, None
            elif v < 0.15:
                props["date_text"] = "overnight"
            elif v < 0.25:
                props["time_precision"], props["date_text"] = 2, "last week"
            geometry = ({"type": "LineString", "coordinates": lines[k]} if geom is None
                        else {"type": "Point", "coordinates": geom})
            published = day + timedelta(days=rnd.randrange(3))
            feats.append({"type": "Feature", "geometry": geometry,
                          "properties": {**props, "document": f"d{len(feats)}",
                                         "published": published.isoformat()}})
            truth.append(event)
        event += 1
    return feats, truth


def bcubed(system: list[int], truth: list[int]) -> tuple[float, float, float]:
    by_s, by_t = defaultdict(set), defaultdict(set)
    for i, (s, t) in enumerate(zip(system, truth)):
        by_s[s].add(i)
        by_t[t].add(i)
    n = len(truth)
    p = sum(len(by_s[system[i]] & by_t[truth[i]]) / len(by_s[system[i]]) for i in range(n)) / n
    r = sum(len(by_s[system[i]] & by_t[truth[i]]) / len(by_t[truth[i]]) for i in range(n)) / n
    return p, r, 2 * p * r / (p + r)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 30_000])
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    print(f"machine: {machine()}; load average {os.getloadavg()[0]:.1f} (other work slows the wall time)")
    for n in args.sizes:
        feats, truth = synthetic(n, args.seed)
        t0, c0 = time.perf_counter(), time.process_time()
        events = fuse_incidents(feats)
        secs, cpu = time.perf_counter() - t0, time.process_time() - c0
        system = [0] * len(feats)
        for e, f in enumerate(events):
            for s in f["properties"]["sources"]:
                system[s["incident"]] = e
        p, r, f1 = bcubed(system, truth)
        print(f"{n:>7,} incidents -> {len(events):>6,} events in {secs:6.2f} s ({cpu:.2f} s CPU; "
              f"{n / secs:,.0f} incidents/s); B-cubed vs synthetic truth P {p:.3f} R {r:.3f} F1 {f1:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
