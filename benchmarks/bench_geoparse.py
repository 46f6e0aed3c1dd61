"""Geoparsing speed: documents per second on a batch, and the cold start of `geomap extract`.

Usage: python benchmarks/bench_geoparse.py [--corpus PATH.xml] [--repeat N]

The batch is GeoVirus from ../shared/eval/corpora when it is there (not shipped: GPL), else
the articles in examples/ repeated. Prints:
- in-process throughput (places only, and with events) after one warm-up document;
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


def in_process(texts: list[str], events: bool) -> float:
    from geomap.io.articles import article_from_text
    from geomap.reading.pipeline import extract_article

    articles = [article_from_text(t, kind="txt") for t in texts]
    for example in sorted((ROOT / "examples").glob("*.txt")):  # warm-up: index, boundaries, imports
        extract_article(article_from_text(example.read_text(encoding="utf-8"), kind="txt"), events=events)
    t = time.perf_counter()
    for a in articles:
        extract_article(a, events=events)
    return len(articles) / (time.perf_counter() - t)


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
    a = ap.parse_args()
    from geomap.gazetteer.build import ensure_index

    ensure_index()
    name, texts = load_batch(a.corpus, a.repeat)
    article = SHARED / "seed_article.txt"
    if not article.exists():
        article = sorted((ROOT / "examples").glob("*.txt"))[0]
    print(f"machine: {machine()}")
    print(f"batch: {name}, {len(texts)} documents")
    print(f"in-process, places only:  {in_process(texts, events=False):7.1f} documents/s")
    print(f"in-process, with events:  {in_process(texts, events=True):7.1f} documents/s")
    print(f"geomap extract batch, 1 job:  {end_to_end(texts, 1):7.1f} documents/s (process start included)")
    if (os.cpu_count() or 1) > 1:
        print(f"geomap extract batch, 2 jobs: {end_to_end(texts, 2):7.1f} documents/s (process start included)")
    print(f"cold start, geomap extract {article.name}: {cold_start(article):.2f} s (median of 5)")


if __name__ == "__main__":
    main()
