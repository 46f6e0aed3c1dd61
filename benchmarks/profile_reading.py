"""Where reading GeoVirus in process spends its time: the first pass apart from a second one.

Usage: python benchmarks/profile_reading.py [--events] [--top 30] [--corpus PATH.xml] [--no-profile]
                                            [--dump DIR]

One process, as ``bench_reading.py`` reads a mode: one warm-up article, then the corpus (pass 1,
the bench's own figure), then the same corpus again (pass 2). Pass 1 pays for every name, word,
spelling and border answer new to the process; pass 2 finds them kept, and also finds the answers
kept per sentence text (tokens, word scans, peoples), so it is a floor, not the cost of new text.
Prints CPU seconds and documents per CPU second of each pass, then (unless ``--no-profile``) for
each pass the functions by own time and by cumulative time, and the functions whose cumulative
time pass 1 exceeds pass 2 by most (what a process learns once). cProfile about doubles the cost
of Python calls, so read shares, not seconds; ``--no-profile`` gives the plain figures.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import time
from pathlib import Path

from bench_reading import ARTICLE, CORPUS, load_texts  # (benchmarks/ is on sys.path when run as a script)
from machine import machine


def _short(where: tuple) -> str:
    path, line, name = where
    return f"{path.split('/geomap/')[-1] if '/geomap/' in path else Path(path).name}:{line}({name})"


def _table(profile: cProfile.Profile, key: str, top: int) -> str:
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats(key).print_stats(top)
    return "\n".join(line for line in out.getvalue().splitlines() if line.strip())


def _learnt_once(first: cProfile.Profile, second: cProfile.Profile, top: int) -> str:
    """Functions by how much more cumulative time pass 1 spent in them than pass 2."""
    later = pstats.Stats(second).stats  # type: ignore[attr-defined]
    rows = sorted(((v[3] - later.get(k, (0, 0, 0, 0.0))[3], v[3], later.get(k, (0, 0, 0, 0.0))[3], k)
                   for k, v in pstats.Stats(first).stats.items()), reverse=True)  # type: ignore[attr-defined]
    lines = ["  pass1-pass2   pass1   pass2  function"]
    lines += [f"  {d:10.3f} {a:7.3f} {b:7.3f}  {_short(k)}" for d, a, b, k in rows[:top]]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--events", action="store_true", help="read events too (default: places only)")
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--no-profile", action="store_true", help="plain CPU figures only")
    ap.add_argument("--dump", type=Path, help="write pass1.prof and pass2.prof here (for snakeviz, pstats)")
    a = ap.parse_args()
    from geomap.reading.pipeline import extract_text

    print(f"machine: {machine(load=True)}")
    name, texts = load_texts(a.corpus)
    extract_text(ARTICLE.read_text(encoding="utf-8"), events=True)  # index, boundaries, imports
    profiles = []
    for k in (1, 2):
        profile = None if a.no_profile else cProfile.Profile()
        cpu = time.process_time()
        if profile:
            profile.enable()
        for text in texts:
            extract_text(text, events=a.events)
        if profile:
            profile.disable()
            profiles.append(profile)
            if a.dump:
                a.dump.mkdir(parents=True, exist_ok=True)
                profile.dump_stats(str(a.dump / f"pass{k}.prof"))
        cpu = time.process_time() - cpu
        print(f"{name}, {'with events' if a.events else 'places only'}, pass {k}: {cpu:.3f} s CPU, "
              f"{len(texts) / cpu:.1f} documents per CPU second{' (profiled)' if profile else ''}")
    for k, profile in enumerate(profiles, 1):
        for key in ("tottime", "cumulative"):
            print(f"\n== pass {k} by {key}\n{_table(profile, key, a.top)}")
    if profiles:
        print(f"\n== learnt once per process (pass 1 over pass 2, cumulative)\n{_learnt_once(*profiles, a.top)}")


if __name__ == "__main__":
    main()
