#!/usr/bin/env python3
"""Score geomap on the border cases of issue 12, each half on its own.

tests/fixtures/border_cases_2.json holds 26 invented border articles with gold places,
incidents, tolls and displacement figures; every case says whether it belongs to the `tune`
half (rules may be tuned on it) or the `test` half (held out: score it, never tune on it).
This script splits the file by half and runs the team's shared scorer
(../shared/eval/score.py beside the checkout) on each half with this checkout's geomap, so
the two scores are always reported separately.

tests/fixtures/border_cases_3.json holds 20 more articles on twenty other frontiers, written
after the rules of set 2 were tuned. It was held out for one session (scored only as a summary
line) and is tuning material since: all its cases are marked `tune`. So is
border_cases_4.json (20 articles, held out for one session, then its per-case lines were read
for the session's closing note). border_cases_5.json (20 articles on twenty more frontiers,
all `test`) was held out for two sessions and is tuning material since (score it per case with
`--half test`); border_cases_6.json to border_cases_16.json (20 more each, all `test`, written blind to
the code) were each held out in turn; sets 10, 13 and 16 are held out now, sets up to 9, 11, 12, 14 and 15 guide work.
Each session that
tunes on a set writes a fresh held-out one first (all `test`): score that with
`--cases FILE --half test --summary` and tune nothing on it.

Usage:
  python scripts/score_border_cases.py [--half tune|test|both] [--cases FILE] [--json]

It exits 0 with a message, without scoring, when ../shared is absent. Set GEOMAP_CACHE_DIR to
keep this checkout's gazetteer index apart from other checkouts' (the index is rebuilt when
its sources differ).
"""
from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
CASES = ROOT / "tests" / "fixtures" / "border_cases_2.json"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--half", choices=("tune", "test", "both"), default="both")
    ap.add_argument("--cases", type=Path, default=CASES, help="cases file (default: %(default)s)")
    ap.add_argument("--json", action="store_true", help="per-case results as JSON (the scorer's --json)")
    ap.add_argument("--summary", action="store_true",
                    help="print only each half's summary line (keeps a held-out set's per-case results unseen)")
    a = ap.parse_args()
    if not SCORER.exists():
        print(f"skipped: the shared scorer {SCORER} is absent (../shared is not beside this checkout)")
        return 0
    cases = json.loads(a.cases.read_text(encoding="utf-8"))
    halves = ("tune", "test") if a.half == "both" else (a.half,)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    cmd = f"{shlex.quote(sys.executable)} -m geomap extract {{input}} --published {{published}} -o {{output}}"
    status = 0
    with tempfile.TemporaryDirectory() as tmp:
        for half in halves:
            part = [c for c in cases if c.get("half") == half]
            path = Path(tmp) / f"border_cases_{half}.json"
            path.write_text(json.dumps(part, ensure_ascii=False), encoding="utf-8")
            print(f"== {half} half: {len(part)} cases", flush=True)
            args = [sys.executable, str(SCORER), str(path), "--cmd", cmd] + (["--json"] if a.json else [])
            if a.summary:
                proc = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True)
                print(proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else proc.stderr.strip())
                status |= proc.returncode
            else:
                status |= subprocess.run(args, cwd=ROOT, env=env).returncode
    return status


if __name__ == "__main__":
    sys.exit(main())
