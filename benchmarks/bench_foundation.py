"""Timings of geomap's foundation: gazetteer index build, CLI cold start, lookups, boundaries.

Run by hand (or by CI's optional step): ``python benchmarks/bench_foundation.py``.
Builds a throw-away gazetteer index in a temporary GEOMAP_CACHE_DIR, so it never touches
the user's cache. Prints figures; asserts nothing. Target: ``geomap geocode`` cold start < 1 s.
"""
from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import sqlite3
import statistics
import string
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_boundaries import cold_load, cpu_model  # same folder: sys.path[0] is benchmarks/

BUILD = r"""
import resource, time
t0 = time.perf_counter()
from geomap.gazetteer.build import ensure_index
path = ensure_index()
t1 = time.perf_counter()
print(f"{t1 - t0:.3f} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} {path}")
"""

def _geomap_cmd() -> list[str]:
    """The installed console script beside this Python, else ``python -m geomap``."""
    script = Path(sys.executable).with_name("geomap")
    return [str(script)] if script.exists() else [sys.executable, "-m", "geomap"]


def build_index(env: dict[str, str]) -> tuple[float, float, Path]:
    """Build the index once in a fresh process: (seconds, peak RSS MB, path)."""
    t = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", BUILD], env=env, capture_output=True, text=True, check=True)
    wall = time.perf_counter() - t
    secs, rss, path = out.stdout.split(maxsplit=2)
    print(f"  (process wall time {wall:.1f} s including interpreter start)")
    return float(secs), float(rss), Path(path.strip())


def cold_geocode(env: dict[str, str], runs: int) -> list[float]:
    """Wall seconds of ``geomap geocode Chanthaburi`` in fresh processes."""
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        out = subprocess.run([*_geomap_cmd(), "geocode", "Chanthaburi"], env=env,
                             capture_output=True, text=True)
        times.append(time.perf_counter() - t)
        if out.returncode != 0 or "Thailand" not in out.stdout.splitlines()[0]:
            raise SystemExit(f"geomap geocode failed: {out.returncode}\n{out.stdout}{out.stderr}")
    return times


def lookup_names(index: Path, n: int = 1000, misses: int = 100, seed: int = 0) -> list[str]:
    """``n`` names: ``n - misses`` drawn from the index (names and alternates), the rest misses."""
    rng = random.Random(seed)
    con = sqlite3.connect(f"file:{index}?mode=ro", uri=True)
    (count,) = con.execute("SELECT max(id) FROM entries").fetchone()
    names: list[str] = []
    while len(names) < n - misses:
        row = con.execute("SELECT name, alt_names FROM entries WHERE id = ?",
                          (rng.randint(1, count),)).fetchone()
        if row:
            alts = [a for a in (row[1] or "").split("|") if a]
            names.append(rng.choice(alts) if alts and rng.random() < 0.3 else row[0])
    con.close()
    for _ in range(misses):
        names.append("".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(6, 12))).title())
    rng.shuffle(names)
    return names


def warm_lookups(index: Path, names: list[str]) -> tuple[float, float, int]:
    """Lookups per second over ``names`` with a loaded Gazetteer: first pass, repeat pass, hits."""
    from geomap.gazetteer.lookup import Gazetteer

    gaz = Gazetteer(index, extra_files=[])
    gaz.lookup("Bangkok")  # open the database, warm the OS page cache for the index pages
    t = time.perf_counter()
    found = sum(1 for name in names if gaz.lookup(name))
    first = len(names) / (time.perf_counter() - t)
    t = time.perf_counter()
    for name in names:
        gaz.lookup(name)
    repeat = len(names) / (time.perf_counter() - t)
    return first, repeat, found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5, help="fresh processes per cold-start figure (default 5)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary cache folder and print it")
    args = ap.parse_args()

    print(f"machine: nproc {len(os.sched_getaffinity(0))} ({os.cpu_count()} CPUs), {cpu_model()}, "
          f"Python {platform.python_version()}, {platform.platform()}")
    cache = Path(tempfile.mkdtemp(prefix="geomap-bench-"))
    env = {**os.environ, "GEOMAP_CACHE_DIR": str(cache)}
    env.pop("GEOMAP_GAZETTEER", None)
    try:
        print("gazetteer index build (once, into a temporary cache dir):")
        secs, rss, index = build_index(env)
        print(f"  {secs:.1f} s, peak memory {rss:,.0f} MB, {index.stat().st_size / 1e6:.0f} MB on disk")

        times = cold_geocode(env, args.runs)
        print(f"cold start 'geomap geocode Chanthaburi' (fresh process, index built): median of "
              f"{args.runs} {statistics.median(times) * 1000:.0f} ms "
              f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f}; target < 1000 ms)")

        names = lookup_names(index)
        first, repeat, found = warm_lookups(index, names)
        print(f"warm Gazetteer.lookup over {len(names):,} names ({found} found): "
              f"{first:,.0f} lookups/s first pass, {repeat:,.0f} lookups/s repeated")

        imp, load = cold_load(args.runs)  # load_boundaries() in fresh processes
        print(f"boundary load (fresh process, median of {args.runs}): imports {imp * 1000:.0f} ms + "
              f"load_boundaries() {load * 1000:.0f} ms = {(imp + load) * 1000:.0f} ms")
    finally:
        if args.keep:
            print(f"cache kept in {cache}")
        else:
            shutil.rmtree(cache, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
