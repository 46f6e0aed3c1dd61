"""`geomap extract` on a JSONL batch, end to end: documents/s, workers, peak memory.

Usage: python benchmarks/bench_batch.py [--docs 2000] [--memory-docs 20000] [--skip-memory]
                                        [--skip-speed] [--rounds 1] [--formats jsonl,gpkg,parquet,csv]

The batch repeats the GeoVirus texts of ../shared/eval/corpora (not shipped: GPL) with
distinct ids; without ../shared it says so and stops. Prints, naming the machine (cores,
CPU model, load average):
- the 2,000-document batch end to end (process start and loading included), with the
  worker count chosen by measurement, with ``--jobs 1`` and with ``--jobs 2``: documents/s,
  documents per CPU-second (the command and its workers together: the figure to compare on
  a busy machine) and the peak memory (largest process, and all of the command's processes);
  ``--rounds N`` runs the three N times, interleaved, and adds their medians;
- the batch's own cost per document: the CPU of ``--jobs 1`` (no cache) less the CPU of a
  process that reads the same documents with ``extract_article`` and nothing else (same
  start, imports and loading), divided by the documents: input parsing, JSON encoding,
  output, progress and engine bookkeeping;
- the 20,000-document batch's peak memory, and the memory of each quarter of the run
  (flat: the last quarter holds no more than the first), for each output format: JSONL
  (reading every document, results into a fresh cache), then GeoPackage, GeoParquet and CSV
  from that cache (so those rows time the streamed writing; the reading is the JSONL row's).
Run it on an idle machine for the speeds; the memory figures hold on a busy one too.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from machine import machine as _machine  # noqa: E402  (same folder)


def machine() -> str:
    return _machine(load=True)

GEOVIRUS = ROOT.parent / "shared" / "eval" / "corpora" / "GeoVirus.xml"




def write_batch(path: Path, n: int) -> None:
    texts = [a.findtext("text") or "" for a in ET.parse(GEOVIRUS).getroot().iter("article")]
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps({"id": f"gv{i}", "text": texts[i % len(texts)]}) + "\n")


def _tree_rss_kb(pid: int) -> int:
    """Memory of a process and its descendants (kB): their proportional set sizes (PSS, so
    pages forked workers share with the main process count once), from /proc."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/smaps_rollup", encoding="ascii") as f:
                total += next(int(line.split()[1]) for line in f if line.startswith("Pss:"))
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children", encoding="ascii") as f:
                    todo += [int(c) for c in f.read().split()]
        except (OSError, StopIteration, ValueError):
            continue
    return total


def run(batch: Path, jobs: str | None, fmt: str = "jsonl", cache: Path | None = None) -> dict:
    """One `geomap extract` run: seconds, CPU seconds (with its workers), peak RSS of its
    largest process (wait4), peak RSS of all its processes together and per quarter of the
    run (sampled every 0.2 s). With ``cache``, results are cached (and reused) there."""
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "geomap", "extract", str(batch), "-o", str(Path(tmp, f"out.{fmt}")),
               "--quiet"] + (["--jobs", jobs] if jobs else []) + ([] if cache else ["--no-cache"])
        env = {**os.environ, **({"GEOMAP_BATCH_CACHE": str(cache)} if cache else {})}
        samples: list[tuple[float, int]] = []
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, env=env)
        done = threading.Event()

        def sample():
            while not done.is_set():
                samples.append((time.perf_counter() - t0, _tree_rss_kb(proc.pid)))
                done.wait(0.2)

        threading.Thread(target=sample, daemon=True).start()
        _, status, usage = os.wait4(proc.pid, 0)
        secs = time.perf_counter() - t0
        done.set()
        proc.returncode = os.waitstatus_to_exitcode(status)
        err = proc.stderr.read()
        if proc.returncode not in (0, 1):
            raise SystemExit(f"geomap extract failed ({proc.returncode}): {err[-2000:]}")
        quarters = [max((kb for t, kb in samples if q * secs / 4 <= t < (q + 1) * secs / 4), default=0)
                    for q in range(4)]
        return {"secs": secs, "cpu": usage.ru_utime + usage.ru_stime, "max_rss_mb": usage.ru_maxrss / 1024,
                "tree_mb": max(kb for _, kb in samples) / 1024, "quarters_mb": [q / 1024 for q in quarters]}


#: Reads a JSONL batch with ``extract_article`` alone; prints its CPU seconds (whole process).
IN_PROCESS = """
import json, resource, sys
from geomap.io.articles import Article
from geomap.reading.pipeline import extract_article
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        d = json.loads(line)
        extract_article(Article(d["text"], id=d["id"]))
u = resource.getrusage(resource.RUSAGE_SELF)
print(u.ru_utime + u.ru_stime)
"""


def in_process_cpu(batch: Path) -> float:
    out = subprocess.run([sys.executable, "-c", IN_PROCESS, str(batch)], capture_output=True, text=True, check=True)
    return float(out.stdout.split()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--memory-docs", type=int, default=20000)
    ap.add_argument("--skip-memory", action="store_true")
    ap.add_argument("--skip-speed", action="store_true")
    ap.add_argument("--formats", default="jsonl,gpkg,parquet,csv", help="outputs of the memory rows")
    ap.add_argument("--rounds", type=int, default=1, help="speed rows: interleaved rounds (medians printed)")
    args = ap.parse_args()
    if not GEOVIRUS.exists():
        print(f"bench_batch: {GEOVIRUS} not found (../shared is not here): nothing measured")
        return
    print(f"machine: {machine()}, Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp, "batch.jsonl")
        write_batch(batch, args.docs)
        kinds = [] if args.skip_speed else [(None, "workers chosen by measurement"), ("1", "--jobs 1"),
                                             ("2", "--jobs 2"), ("in process", "extract_article alone")]
        runs: dict[str, list[dict]] = {what: [] for _, what in kinds}
        for _ in range(args.rounds):
            for jobs, what in kinds:
                if jobs == "in process":
                    runs[what].append({"cpu": in_process_cpu(batch)})
                    continue
                r = run(batch, jobs)
                runs[what].append(r)
                print(f"{args.docs} GeoVirus documents, {what}: {args.docs / r['secs']:.0f} documents/s "
                      f"({r['secs']:.1f} s end to end), {args.docs / r['cpu']:.0f} documents per CPU-second, "
                      f"peak memory {r['max_rss_mb']:.0f} MB largest process, "
                      f"{r['tree_mb']:.0f} MB all processes; load {os.getloadavg()[0]:.1f}", flush=True)
            if kinds:
                batch_cpu, alone = runs["--jobs 1"][-1]["cpu"], runs["extract_article alone"][-1]["cpu"]
                print(f"  the batch's own CPU per document (--jobs 1 less extract_article alone): "
                      f"{1000 * (batch_cpu - alone) / args.docs:.2f} ms ({batch_cpu:.1f} - {alone:.1f} s)", flush=True)
        if kinds and args.rounds > 1:
            print(f"medians of {args.rounds} interleaved rounds:")
            for what, rs in runs.items():
                cpu = statistics.median(r["cpu"] for r in rs)
                wall = f"{args.docs / statistics.median(r['secs'] for r in rs):.0f} documents/s, " if "secs" in rs[0] else ""
                print(f"  {what}: {wall}{args.docs / cpu:.0f} documents per CPU-second")
            over = statistics.median(a["cpu"] - b["cpu"] for a, b in zip(runs["--jobs 1"], runs["extract_article alone"]))
            print(f"  the batch's own CPU per document: {1000 * over / args.docs:.2f} ms")
        if args.skip_memory:
            return
        write_batch(batch, args.memory_docs)
        cache = Path(tmp, "cache")
        for fmt in args.formats.split(","):
            r = run(batch, None, fmt, cache)
            how = "read" if fmt == "jsonl" else "from the JSONL row's cache"
            print(f"{args.memory_docs} GeoVirus documents to {fmt} ({how}): peak memory {r['max_rss_mb']:.0f} MB "
                  f"largest process, {r['tree_mb']:.0f} MB all processes; by quarter of the run "
                  f"{', '.join(f'{q:.0f}' for q in r['quarters_mb'])} MB; "
                  f"{args.memory_docs / r['secs']:.0f} documents/s ({r['secs']:.0f} s)", flush=True)
    print(f"machine at the end: {machine()}")


if __name__ == "__main__":
    main()
