"""Cold-load cost and repository size of the detailed frontier lines (geomap.boundaries.frontier_lines).

Run by hand: ``python benchmarks/bench_frontier_lines.py [runs]``. Prints figures; asserts
nothing. Three fresh-process figures, medians over ``runs`` (default 7):

- alone: ``load_frontier_lines()`` in a bare interpreter, the pyarrow import included;
- after pandas/geopandas: the same call in a process that already imported geopandas
  (what ``geomap extract`` does to load the Natural Earth boundaries), i.e. what the file
  adds to a cold ``geomap extract``;
- first lookup: parsing one pair's WKB (THA-KHM) after loading.
"""
from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

from machine import cpu_model  # benchmarks/machine.py: the machine named in the output

ROOT = Path(__file__).resolve().parents[1]

ALONE = r"""
import time
from geomap.boundaries.frontier_lines import load_frontier_lines
t1, c1 = time.perf_counter(), time.process_time()
lines = load_frontier_lines()
t2, c2 = time.perf_counter(), time.process_time()
lines.get("THA", "KHM")
t3 = time.perf_counter()
print(f"{t2 - t1:.5f} {c2 - c1:.5f} {t3 - t2:.5f} {len(lines)}")
"""

AFTER_GEOPANDAS = r"""
import time
import geopandas, shapely, pyproj  # noqa: F401  (loaded by geomap extract anyway)
from geomap.boundaries.frontier_lines import load_frontier_lines
t1, c1 = time.perf_counter(), time.process_time()
load_frontier_lines()
print(f"{time.perf_counter() - t1:.5f} {time.process_time() - c1:.5f}")
"""


def fresh(code: str, runs: int) -> list[list[float]]:
    """Run ``code`` in ``runs`` fresh interpreters; the floats each printed."""
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    out = []
    for _ in range(runs):
        res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             check=True, env=env)
        out.append([float(x) for x in res.stdout.split()])
    return out


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    sys.path.insert(0, str(ROOT))
    from geomap.boundaries.frontier_lines import default_path

    path = default_path()
    print(f"machine: {len(os.sched_getaffinity(0))} CPUs (nproc), {cpu_model()}, "
          f"Python {platform.python_version()}, load average {os.getloadavg()[0]:.1f}")
    size = path.stat().st_size
    print(f"file: {path.relative_to(ROOT)}: {size:,} bytes ({size / 2**20:.2f} MiB) added to the repository")

    alone = fresh(ALONE, runs)
    wall, cpu, first = (statistics.median(r[k] for r in alone) for k in range(3))
    print(f"cold load alone (fresh process, median of {runs}): load_frontier_lines() "
          f"{wall * 1000:.0f} ms wall / {cpu * 1000:.0f} ms CPU, pyarrow and numpy imports "
          f"included; {int(alone[0][3])} pairs; first lookup {first * 1000:.1f} ms")
    after = fresh(AFTER_GEOPANDAS, runs)
    wall, cpu = (statistics.median(r[k] for r in after) for k in range(2))
    print(f"cold load after geopandas (what it adds to geomap extract), median of {runs}: "
          f"{wall * 1000:.0f} ms wall / {cpu * 1000:.0f} ms CPU")

    from geomap.boundaries.frontier_lines import load_frontier_lines

    lines = load_frontier_lines()
    t = time.perf_counter()
    for a, b in list(lines.rows):
        lines.get(a, b)
    print(f"parse every geometry once: {(time.perf_counter() - t) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
