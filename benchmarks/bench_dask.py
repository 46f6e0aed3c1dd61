"""The Dask engine (`geomap extract --engine dask`): documents/s with 1 and 2 local workers,
and the peak memory of each worker.

Usage: python benchmarks/bench_dask.py [--docs 1000]

The corpus repeats the GeoVirus texts of ../shared/eval/corpora (not shipped: GPL) with
distinct ids; without ../shared, or without dask, it says so and stops. For each worker
count a LocalCluster (worker processes, one thread each) is started first; the time measured
is :func:`geomap.distributed.extract_corpus` from there on (the workers loading the
gazetteer and boundaries, reading, writing the GeoParquet layers). The peak memory is each
worker's own ``ru_maxrss``. Names the machine (cores, CPU model, load average).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_batch import GEOVIRUS, machine, write_batch  # noqa: E402  (same folder)


def _peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=1000)
    args = ap.parse_args()
    if not GEOVIRUS.exists():
        print(f"bench_dask: {GEOVIRUS} not found (../shared is not here): nothing measured")
        return
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        print("bench_dask: dask[distributed] is not installed (pip install \"geomap[dask]\")")
        return
    from geomap.distributed import extract_corpus

    print(f"machine: {machine()}, Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp, "corpus.jsonl")
        write_batch(corpus, args.docs)
        for n in (1, 2):
            with LocalCluster(n_workers=n, processes=True, threads_per_worker=1, dashboard_address=None) as cluster, \
                    Client(cluster) as client:
                t = time.perf_counter()
                done = extract_corpus(corpus, Path(tmp, f"out{n}"), client=client)
                secs = time.perf_counter() - t
                peaks = sorted(client.run(_peak_mb).values())
            print(f"{args.docs} GeoVirus documents on {n} local worker{'s' if n > 1 else ''}: "
                  f"{args.docs / secs:.0f} documents/s ({secs:.1f} s, {done['partitions']} partitions, "
                  f"{done['places']} places); peak memory per worker "
                  f"{', '.join(f'{p:.0f}' for p in peaks)} MB", flush=True)
    print(f"machine at the end: {machine()}")


if __name__ == "__main__":
    main()
