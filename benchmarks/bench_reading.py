"""Reading speed: documents per second, time per character from 10 KB to 1 MB, cold start.

Usage: python benchmarks/bench_reading.py [--corpus PATH.xml] [--sizes 10000,100000,300000,1000000]
                                          [--cold-runs 5] [--skip-long] [--skip-cold]

Prints, naming the machine (nproc, CPU model) and the geomap package it imported (so that two
checkouts can be compared with PYTHONPATH):
- GeoVirus in process (one warm-up article first): documents/s, places only and with events;
- one long article made of the corpus texts joined (repeated as needed) and cut at a paragraph
  break near 10 KB, 100 KB, 300 KB and 1 MB: seconds, microseconds per character, and that
  figure relative to the 10 KB one (reading should be linear: within 2x);
- cold `geomap extract examples/thailand_cambodia_border.txt`: median of fresh processes.

GeoVirus is read from ../shared/eval/corpora when it is there (not shipped: GPL); otherwise
the bundled examples stand in. On a shared machine run "before" and "after" interleaved.
"""
from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "eval" / "corpora" / "GeoVirus.xml"
ARTICLE = ROOT / "examples" / "thailand_cambodia_border.txt"


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def machine() -> str:
    return (f"nproc {len(os.sched_getaffinity(0))} ({os.cpu_count()} CPUs), {cpu_model()}, "
            f"Python {platform.python_version()}")


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
    from geomap.pipeline import extract_text

    extract_text(ARTICLE.read_text(encoding="utf-8"), events=True)  # index, boundaries, imports


def docs_per_second(texts: list[str], events: bool) -> float:
    from geomap.pipeline import extract_text

    t = time.perf_counter()
    for text in texts:
        extract_text(text, events=events)
    return len(texts) / (time.perf_counter() - t)


def seconds_for(text: str) -> float:
    from geomap.pipeline import extract_text

    t = time.perf_counter()
    extract_text(text, events=True)
    return time.perf_counter() - t


def cold_start(runs: int) -> tuple[float, list[float]]:
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(runs):
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "geomap", "extract", str(ARTICLE), "--published", "2025-07-28",
                            "-o", str(Path(tmp, "a.geojson"))], check=True)
            times.append(time.perf_counter() - t)
    return statistics.median(times), times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--sizes", default="10000,100000,300000,1000000")
    ap.add_argument("--cold-runs", type=int, default=5)
    ap.add_argument("--skip-long", action="store_true")
    ap.add_argument("--skip-cold", action="store_true")
    a = ap.parse_args()
    import geomap
    from geomap.gazetteer.build import ensure_index

    ensure_index()
    print(f"machine: {machine()}")
    print(f"geomap: {Path(geomap.__file__).parent}")
    if not a.skip_cold:  # first, before this process loads anything that could warm the page cache further
        median, times = cold_start(a.cold_runs)
        print(f"cold geomap extract {ARTICLE.name}: {median:.2f} s (median of {a.cold_runs}: "
              + ", ".join(f"{t:.2f}" for t in times) + ")")
    name, texts = load_texts(a.corpus)
    warm_up()
    print(f"{name} in process, places only: {docs_per_second(texts, events=False):7.1f} documents/s "
          f"({len(texts)} documents, {sum(map(len, texts)):,} characters)")
    print(f"{name} in process, with events: {docs_per_second(texts, events=True):7.1f} documents/s")
    if not a.skip_long:
        base = None
        for size in (int(s) for s in a.sizes.split(",")):
            text = long_text(texts, size)
            secs = seconds_for(text)
            per_char = secs / len(text) * 1e6
            base = base or per_char
            print(f"one article of {len(text):>9,} characters: {secs:7.2f} s, {per_char:6.2f} us/character "
                  f"({per_char / base:4.2f}x the first)")


if __name__ == "__main__":
    main()
