"""Timings of geomap.boundaries: cold load, frontier (first and cached), locate throughput.

Run by hand: ``python benchmarks/bench_boundaries.py``. Prints figures; asserts nothing.
"""
from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import time

from machine import cpu_model  # benchmarks/machine.py: the machine named in the output

COLD = r"""
import time
t0 = time.perf_counter()
import shapely, pyproj  # noqa: F401  (the libraries' own import cost; the layers need no geopandas)
t1 = time.perf_counter()
from geomap.boundaries import load_boundaries
b = load_boundaries()
t2 = time.perf_counter()
print(f"{t1 - t0:.4f} {t2 - t1:.4f}")
"""


def cold_load(runs: int = 5) -> tuple[float, float]:
    """Median (import seconds, load seconds) over fresh interpreter processes, after one
    uncounted run that prepares the layers in the user cache if they are not there yet."""
    subprocess.run([sys.executable, "-c", COLD], capture_output=True, text=True, check=True)
    imports, loads = [], []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", COLD], capture_output=True, text=True, check=True)
        imp, load = map(float, out.stdout.split())
        imports.append(imp)
        loads.append(load)
    return statistics.median(imports), statistics.median(loads)


def main() -> int:
    print(f"machine: {len(os.sched_getaffinity(0))} CPUs (nproc), {cpu_model()}, Python {platform.python_version()}")
    imp, load = cold_load()
    print(f"cold load (fresh process, median of 5): imports {imp * 1000:.0f} ms + "
          f"load_boundaries() {load * 1000:.0f} ms = {(imp + load) * 1000:.0f} ms")

    from geomap.boundaries import load_boundaries

    b = load_boundaries()
    t = time.perf_counter()
    f = b.frontier("THA", "KHM")
    first = time.perf_counter() - t
    t = time.perf_counter()
    for _ in range(100):
        b.frontier("THA", "KHM")
    cached = (time.perf_counter() - t) / 100
    print(f"frontier THA/KHM ({f.length_km:.1f} km): first {first * 1000:.1f} ms, cached {cached * 1e6:.0f} µs")
    t = time.perf_counter()
    b.admin1_along(f)
    print(f"admin1_along THA/KHM: {(time.perf_counter() - t) * 1000:.1f} ms")
    t = time.perf_counter()
    b.frontier("USA", "CAN")
    print(f"frontier USA/CAN (longest): first {(time.perf_counter() - t) * 1000:.1f} ms")

    import numpy as np

    rng = np.random.default_rng(0)
    lons, lats = rng.uniform(97, 106, 2000), rng.uniform(5, 21, 2000)  # mainland South-East Asia
    t = time.perf_counter()
    for x, y in zip(lons[:500], lats[:500]):
        b.locate(x, y)
    single = 500 / (time.perf_counter() - t)
    t = time.perf_counter()
    b.locate_many(lons, lats)
    many = 2000 / (time.perf_counter() - t)
    print(f"locate: {single:,.0f} calls/s one at a time; locate_many: {many:,.0f} points/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
