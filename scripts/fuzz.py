"""Fuzz geomap's inputs: thousands of generated articles, JSONL batch lines, ACLED CSV rows
and user gazetteer rows, run in this process, each checked as in tests/test_fuzz_inputs.py
(read, or refused with one of geomap's own one-line errors; no traceback, no partial output).

    python scripts/fuzz.py                 # 2,500 inputs of each kind (10,000 in all)
    python scripts/fuzz.py -n 100 --kind jsonl --seed 7

Prints, per kind, how many inputs were read, refused and failed, then every failure (the
input and the end of its traceback); exits 1 when any input failed. Uses a temporary
GEOMAP_CACHE_DIR seeded with the built gazetteer index, so the user's cache is untouched.
"""
from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", "--examples", type=int, default=2500, help="inputs per kind (default 2500)")
    ap.add_argument("--kind", action="append", help="only this kind (repeatable): article, jsonl, acled_csv, gazetteer")
    ap.add_argument("--seed", type=int, default=13, help="random seed (default 13)")
    ap.add_argument("--show", type=int, default=5, help="failures shown per kind (default 5)")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)  # the readers' warnings about bad rows are expected here

    from geomap.gazetteer.build import ensure_index

    index = ensure_index()
    with tempfile.TemporaryDirectory(prefix="geomap-fuzz-cache-") as cache:
        shutil.copy(index, Path(cache) / index.name)
        os.environ["GEOMAP_CACHE_DIR"] = cache
        return _fuzz(args)


def _fuzz(args) -> int:
    from hypothesis import HealthCheck, Phase, given, seed, settings

    from input_fuzz import KINDS, Outcome

    kinds = args.kind or list(KINDS)
    unknown = set(kinds) - set(KINDS)
    if unknown:
        sys.exit(f"fuzz.py: unknown kind(s) {', '.join(sorted(unknown))}")
    print(f"geomap fuzz: {args.examples} inputs per kind, seed {args.seed}, on {os.cpu_count()} cores",
          flush=True)
    total_failed = 0
    totals = Outcome()
    t_all = time.perf_counter()
    for kind in kinds:
        strategy, check = KINDS[kind]
        outcome, failures = Outcome(), []

        @seed(args.seed)
        @settings(max_examples=args.examples, deadline=None, database=None, phases=(Phase.generate,),
                  suppress_health_check=list(HealthCheck))
        @given(strategy)
        def run(value):
            try:
                check(value, outcome)
            except Exception:  # noqa: BLE001 - a failure is recorded and the run goes on
                failures.append((value, traceback.format_exc()))

        t0 = time.perf_counter()
        run()
        secs = time.perf_counter() - t0
        n = outcome.read + outcome.refused + len(failures)
        print(f"{kind:<10} {n:>6} inputs: {outcome.read:>6} read, {outcome.refused:>6} refused (one line), "
              f"{len(failures):>3} failed  [{secs:.0f} s, {n / max(secs, 1e-9):.0f}/s]", flush=True)
        for value, tb in failures[:args.show]:
            print(f"  FAILED on {value!r:.400}\n    " + "\n    ".join(tb.strip().splitlines()[-6:]), flush=True)
        total_failed += len(failures)
        totals.read += outcome.read
        totals.refused += outcome.refused
    n = totals.read + totals.refused + total_failed
    print(f"total      {n:>6} inputs: {totals.read:>6} read, {totals.refused:>6} refused (one line), "
          f"{total_failed:>3} failed  [{time.perf_counter() - t_all:.0f} s]")
    return 1 if total_failed else 0


if __name__ == "__main__":
    sys.exit(main())
