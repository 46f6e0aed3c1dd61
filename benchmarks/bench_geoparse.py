"""Geoparsing speed: documents per second on a batch, and the cold start of `geomap extract`.

Usage: python benchmarks/bench_geoparse.py [--corpus PATH.xml] [--repeat N] [--in-process-only]

The batch is GeoVirus from ../shared/eval/corpora when it is there (not shipped: GPL), else
the articles in examples/ repeated. Prints:
- in-process throughput (places only, and with events), documents per CPU-second and per
  wall-clock second, on a first pass over the batch (after a warm-up on examples/: index,
  boundaries, imports) and on a second, warm pass over the same documents (what a long batch
  settles to: per-process caches of names, frontiers and areas filled). Each in a fresh
  process, so the first pass pays what a new process pays; the geometry kept on disk
  (``<cache>/border_answers``) is whatever earlier runs left there;
- end-to-end `geomap extract BATCH.jsonl` throughput (process start and loading included);
- cold start of `geomap extract` on one article (median of 5 runs, index already built).
Run it on an idle machine; the figures name the machine they came from.
"""
from __future__ import annotations

import argparse
import json
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
sys.path.insert(0, str(Path(__file__).resolve().parent))
from machine import machine  # noqa: E402  (same folder)

SHARED = ROOT.parent / "shared" / "eval"




def load_batch(corpus: Path | None, repeat: int) -> tuple[str, list[str]]:
    if corpus and corpus.exists():
        texts = [a.findtext("text") or "" for a in ET.parse(corpus).getroot().iter("article")]
        return corpus.stem, texts * repeat
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    return "examples", texts * max(repeat, 50)


def in_process(corpus: Path | None, repeat: int, events: bool) -> dict[str, float]:
    """Documents per CPU-second and per second, first and second pass, in a fresh process."""
    code = ("import json, sys; sys.path.insert(0, sys.argv[1]); from bench_geoparse import _passes; "
            "print(json.dumps(_passes(sys.argv[2] or None, int(sys.argv[3]), sys.argv[4] == '1')))")
    out = subprocess.run([sys.executable, "-c", code, str(Path(__file__).resolve().parent),
                          str(corpus or ""), str(repeat), "1" if events else "0"],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def _passes(corpus: str | None, repeat: int, events: bool) -> dict[str, float]:
    from geomap.io.articles import article_from_text
    from geomap.reading.pipeline import extract_article

    _, texts = load_batch(Path(corpus) if corpus else None, repeat)
    articles = [article_from_text(t, kind="txt") for t in texts]
    for example in sorted((ROOT / "examples").glob("*.txt")):  # warm-up: index, boundaries, imports
        extract_article(article_from_text(example.read_text(encoding="utf-8"), kind="txt"), events=events)
    got = {}
    for name in ("first", "warm"):
        cpu, wall = time.process_time(), time.perf_counter()
        for a in articles:
            extract_article(a, events=events)
        got[f"{name}_cpu"] = len(articles) / (time.process_time() - cpu)
        got[f"{name}_wall"] = len(articles) / (time.perf_counter() - wall)
    return got


def end_to_end(texts: list[str], jobs: int) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        inp, out = Path(tmp, "batch.jsonl"), Path(tmp, "out.jsonl")
        inp.write_text("".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(texts)),
                       encoding="utf-8")
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "geomap", "extract", str(inp), "-o", str(out), "--no-cache",
                        "--quiet", "--jobs", str(jobs)], check=False)
        return len(texts) / (time.perf_counter() - t)


def cold_start(article: Path, runs: int = 5) -> float:
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(runs):
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "geomap", "extract", str(article), "--published",
                            "2025-12-24", "-o", str(Path(tmp, "a.geojson"))], check=True)
            times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpora" / "GeoVirus.xml")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--in-process-only", action="store_true", help="skip the end-to-end and cold-start runs")
    a = ap.parse_args()
    from geomap.gazetteer.build import ensure_index

    ensure_index()
    name, texts = load_batch(a.corpus, a.repeat)
    article = SHARED / "seed_article.txt"
    if not article.exists():
        article = sorted((ROOT / "examples").glob("*.txt"))[0]
    print(f"machine: {machine(load=True)}")
    print(f"batch: {name}, {len(texts)} documents")
    print("in-process (documents per CPU-second / per second; first pass, then warm pass):")
    for label, events in (("places only", False), ("with events", True)):
        r = in_process(a.corpus if a.corpus and a.corpus.exists() else None, a.repeat, events)
        print(f"  {label}:  first {r['first_cpu']:7.1f} /cpu-s {r['first_wall']:7.1f} /s   "
              f"warm {r['warm_cpu']:7.1f} /cpu-s {r['warm_wall']:7.1f} /s")
    if a.in_process_only:
        return
    print(f"geomap extract batch, 1 job:  {end_to_end(texts, 1):7.1f} documents/s (process start included)")
    if (os.cpu_count() or 1) > 1:
        print(f"geomap extract batch, 2 jobs: {end_to_end(texts, 2):7.1f} documents/s (process start included)")
    print(f"cold start, geomap extract {article.name}: {cold_start(article):.2f} s (median of 5)")


if __name__ == "__main__":
    main()
