"""Reading speed: documents per second, time per character from 10 KB to 1 MB, cold start.

Usage: python benchmarks/bench_reading.py [--corpus PATH.xml] [--sizes 10000,100000,300000,1000000]
                                          [--cold-runs 5] [--skip-long] [--skip-cold] [--cold-only]

Prints, naming the machine (nproc, CPU model) and the geomap package it imported (so that two
checkouts can be compared with PYTHONPATH), wall time and CPU time (on a busy machine the CPU
figures are the steadier ones):
- GeoVirus in process (one warm-up article first): documents/s, places only and with events,
  each mode read cold in a fresh process of its own (a second pass in one process would find
  the per-sentence, name and boundary-answer caches warm from the first and overstate it);
- one long article made of the corpus texts joined (repeated as needed) and cut at a paragraph
  break near 10 KB, 100 KB, 300 KB and 1 MB (the shorter ones read up to 5 times, each from
  other documents so that no sentence is read twice, medians):
  seconds, CPU microseconds per character, and that figure relative to the 10 KB one
  (reading should be linear: within 2x);
- cold `geomap extract examples/thailand_cambodia_border.txt` (the seed; it finds incidents):
  median wall and CPU seconds of fresh processes, after one uncounted run that fills the user
  cache (gazetteer index, boundary layers, frontier lines, word table, country names, pattern
  table, index fingerprint) as any earlier run would have. geomap's bytecode is compiled first,
  as an installed package's is, so that a machine with PYTHONDONTWRITEBYTECODE does not count
  compiling 60 modules each time;
  the children run outside the checkout, so PYTHONPATH decides which geomap they import.

GeoVirus is read from ../shared/eval/corpora when it is there (not shipped: GPL); otherwise
the bundled examples stand in. On a shared machine run "before" and "after" interleaved.
"""
from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from machine import machine  # benchmarks/machine.py: the machine named in the output

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "eval" / "corpora" / "GeoVirus.xml"
ARTICLE = ROOT / "examples" / "thailand_cambodia_border.txt"




def load_texts(corpus: Path) -> tuple[str, list[str]]:
    if corpus.exists():
        return corpus.stem, [a.findtext("text") or "" for a in ET.parse(corpus).getroot().iter("article")]
    return "examples", [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]


def long_text(texts: list[str], size: int) -> str:
    """The texts joined by blank lines (repeated as needed), cut at a paragraph break near ``size``."""
    joined = "\n\n".join(t.strip() for t in texts if t.strip())
    whole = joined
    while len(whole) < size:
        whole += "\n\n" + joined
    cut = whole[:size]
    brk = cut.rfind("\n\n")
    return cut[:brk] if brk > size // 2 else cut


def warm_up() -> None:
    from geomap.reading.pipeline import extract_text

    extract_text(ARTICLE.read_text(encoding="utf-8"), events=True)  # index, boundaries, imports


def docs_per_second(texts: list[str], events: bool) -> tuple[float, float]:
    """(documents per wall second, documents per CPU second of this process)."""
    from geomap.reading.pipeline import extract_text

    t, c = time.perf_counter(), time.process_time()
    for text in texts:
        extract_text(text, events=events)
    return len(texts) / (time.perf_counter() - t), len(texts) / (time.process_time() - c)


def docs_per_second_fresh(corpus: Path, events: bool) -> tuple[float, float]:
    """``docs_per_second`` measured in a fresh process (after its warm-up article), so that
    each mode starts with the same cold in-process caches, whichever mode ran before it."""
    import geomap

    package = Path(geomap.__file__).parent  # (the geomap this process imported: PYTHONPATH's, as for cold_start)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [str(package.parent)] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]))
    cmd = [sys.executable, str(Path(__file__).resolve()), "--corpus", str(corpus),
           "--one-mode", "events" if events else "places"]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env).stdout.split()
    return float(out[-2]), float(out[-1])


def seconds_for(text: str) -> tuple[float, float]:
    """(wall seconds, CPU seconds) to read one article with events."""
    from geomap.reading.pipeline import extract_text

    t, c = time.perf_counter(), time.process_time()
    extract_text(text, events=True)
    return time.perf_counter() - t, time.process_time() - c


def _children_cpu() -> float:
    use = resource.getrusage(resource.RUSAGE_CHILDREN)
    return use.ru_utime + use.ru_stime


def cold_start(runs: int) -> tuple[list[float], list[float], int]:
    """Wall and CPU (user + system) seconds of each fresh ``geomap extract`` process, and the
    number of incidents it found."""
    import compileall
    import json

    import geomap

    package = Path(geomap.__file__).parent
    compileall.compile_dir(str(package), quiet=1)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [str(package.parent)] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]))
    walls, cpus = [], []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp, "a.geojson")
        cmd = [sys.executable, "-m", "geomap", "extract", str(ARTICLE), "--published", "2025-07-28", "-o", str(out)]
        subprocess.run(cmd, check=True, cwd=tmp, env=env)  # fills the caches; not counted
        for _ in range(runs):
            t, c = time.perf_counter(), _children_cpu()
            subprocess.run(cmd, check=True, cwd=tmp, env=env)
            walls.append(time.perf_counter() - t)
            cpus.append(_children_cpu() - c)
        found = json.loads(out.read_text(encoding="utf-8"))["features"]
    return walls, cpus, sum(f["properties"].get("layer") == "incident" for f in found)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--sizes", default="10000,100000,300000,1000000")
    ap.add_argument("--cold-runs", type=int, default=5)
    ap.add_argument("--skip-long", action="store_true")
    ap.add_argument("--skip-cold", action="store_true")
    ap.add_argument("--cold-only", action="store_true", help="print the machine and the cold start only")
    ap.add_argument("--one-mode", choices=("places", "events"), help=argparse.SUPPRESS)  # the child of a fresh row
    a = ap.parse_args()
    if a.one_mode:
        warm_up()
        wall, cpu = docs_per_second(load_texts(a.corpus)[1], events=a.one_mode == "events")
        print(wall, cpu)
        return
    import geomap
    from geomap.gazetteer.build import ensure_index

    ensure_index()
    print(f"machine: {machine(load=True)}")
    print(f"geomap: {Path(geomap.__file__).parent}")
    if not a.skip_cold:  # first, before this process loads anything that could warm the page cache further
        walls, cpus, incidents = cold_start(a.cold_runs)
        print(f"cold geomap extract {ARTICLE.name} ({incidents} incidents): {statistics.median(walls):.2f} s wall, "
              f"{statistics.median(cpus):.2f} s CPU (medians of {a.cold_runs} processes; target <= 0.8 s; wall "
              + ", ".join(f"{t:.2f}" for t in walls) + "; CPU " + ", ".join(f"{t:.2f}" for t in cpus) + ")")
    if a.cold_only:
        return
    name, texts = load_texts(a.corpus)
    for label, events in (("places only", False), ("with events", True)):
        wall, cpu = docs_per_second_fresh(a.corpus, events=events)
        print(f"{name} in process, {label}, read cold (a fresh process for this mode, one warm-up article "
              f"first): {wall:7.1f} documents/s ({cpu:7.1f} per CPU second; "
              f"{len(texts)} documents, {sum(map(len, texts)):,} characters)")
    warm_up()  # the long articles below: in this process
    if not a.skip_long:
        base = None
        for size in (int(s) for s in a.sizes.split(",")):
            runs = max(1, min(5, 300_000 // size))  # short ones again, for a steadier median ...
            # ... each time from other documents: a text read again would find its sentences in the
            # per-sentence caches (tolls, dates), and a short article would look cheaper than it is
            variants = [long_text(texts[k * len(texts) // runs:] + texts[:k * len(texts) // runs], size)
                        for k in range(runs)]
            text = variants[0]
            timings = [seconds_for(t) for t in variants]
            secs, cpu = statistics.median(t[0] for t in timings), statistics.median(t[1] for t in timings)
            per_char = cpu / statistics.median(map(len, variants)) * 1e6
            base = base or per_char
            print(f"one article of {len(text):>9,} characters: {secs:7.2f} s wall, {cpu:7.2f} s CPU, "
                  f"{per_char:6.2f} CPU us/character ({per_char / base:4.2f}x the first)")


if __name__ == "__main__":
    main()
