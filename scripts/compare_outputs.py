#!/usr/bin/env python3
"""Write geomap's outputs for a fixed set of inputs, or compare two such snapshots.

A restructuring must not change what geomap reads. This script runs the installed ``geomap``
command (or the one in ``--geomap``) on the bundled examples, the team's own border cases,
the shared dev cases and the GeoVirus and TR-News batches (the last two only when
``../shared`` is beside the checkout), and keeps every output file, so that two versions of
the code can be compared byte for byte:

    python scripts/compare_outputs.py snapshot /tmp/before      # on the old commit
    python scripts/compare_outputs.py snapshot /tmp/after       # on the new one
    python scripts/compare_outputs.py compare /tmp/before /tmp/after

``compare`` lists every file that differs, with the first differing features, and exits 1
when any does. File modes are compared too (a restructure may fix them, never break them).
"""
from __future__ import annotations

import argparse
import difflib
import json
import os
import shlex
import shutil
import stat
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

EXAMPLES = [  # (file, published)
    ("examples/thailand_cambodia_border.txt", "2025-07-28"),
    ("examples/armenia_azerbaijan_border.txt", "2022-09-14"),
]


def _jsonl_from_cases(path: Path, out: Path) -> None:
    cases = json.loads(path.read_text(encoding="utf-8"))
    with out.open("w", encoding="utf-8") as f:
        for c in cases:
            rec = {"id": c["id"], "text": c["text"]}
            if c.get("published"):
                rec["published"] = c["published"]
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def _jsonl_from_corpus(path: Path, out: Path) -> None:
    root = ET.parse(path).getroot()
    with out.open("w", encoding="utf-8") as f:
        for i, a in enumerate(root.iter("article")):
            f.write(json.dumps({"id": str(i), "text": a.findtext("text") or ""}, ensure_ascii=False) + "\n")


def _run(cmd: list[str], log) -> int:
    log.write("$ " + " ".join(cmd) + "\n")
    proc = subprocess.run(cmd, capture_output=True, text=True)
    log.write(f"exit {proc.returncode}\n")
    if proc.stderr.strip():
        log.write(proc.stderr[-2000:] + "\n")
    return proc.returncode


def snapshot(dest: Path, geomap: str) -> None:
    """Run every case into ``dest`` (removed first)."""
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    work = Path(tempfile.mkdtemp(prefix="geomap-compare-"))
    cache = dest / ".batch-cache"
    env_cmd = shlex.split(geomap)
    with (dest / "log.txt").open("w", encoding="utf-8") as log:
        for name, published in EXAMPLES:
            stem = Path(name).stem
            src = str(ROOT / name)
            _run(env_cmd + ["extract", src, "--published", published, "-o", str(dest / f"{stem}.geojson")], log)
            _run(env_cmd + ["extract", src, "--published", published, "-o", str(dest / f"{stem}.csv")], log)
            _run(env_cmd + ["map", src, "--published", published, "--offline", "-o", str(dest / f"{stem}.html"),
                            "--geojson", str(dest / f"{stem}.map.geojson")], log)
            _run(env_cmd + ["map", src, "--published", published, "-o", str(dest / f"{stem}.cdn.html")], log)
        _run(env_cmd + ["frontier", "THA", "KHM", "-o", str(dest / "frontier_THA_KHM.geojson")], log)
        batches = [(stem, ROOT / f"tests/fixtures/{stem}.json", _jsonl_from_cases)  # identity only: no score is read
                   for stem in ("border_cases", "border_cases_2", "border_cases_3", "border_cases_4", "border_cases_5",
                                 "border_cases_6")]  # set 6's outputs are compared, never scored
        if SHARED.is_dir():
            batches.append(("dev_cases", SHARED / "eval/dev_cases.json", _jsonl_from_cases))
            for corpus in ("GeoVirus", "TR-News"):
                batches.append((corpus, SHARED / f"eval/corpora/{corpus}.xml", _jsonl_from_corpus))
        for label, path, convert in batches:
            if not path.exists():
                continue
            inp = work / f"{label}.jsonl"
            convert(path, inp)
            _run(env_cmd + ["extract", str(inp), "-o", str(dest / f"{label}.jsonl"), "--no-cache", "--quiet"], log)
    shutil.rmtree(work, ignore_errors=True)
    shutil.rmtree(cache, ignore_errors=True)
    print(f"snapshot written to {dest}")


def _features(path: Path) -> list[str]:
    """One line per feature (or per batch line), for a readable diff."""
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix == ".geojson":
        try:
            return [json.dumps(f, sort_keys=True, ensure_ascii=False) for f in json.loads(text)["features"]]
        except (ValueError, KeyError):
            pass
    return text.splitlines()


def compare(a: Path, b: Path) -> int:
    names = sorted({p.name for p in a.iterdir()} | {p.name for p in b.iterdir()} - {"log.txt"})
    names = [n for n in names if n != "log.txt"]
    differing = 0
    for name in names:
        pa, pb = a / name, b / name
        if not pa.exists() or not pb.exists():
            print(f"DIFF {name}: only in {'after' if not pa.exists() else 'before'}")
            differing += 1
            continue
        ma, mb = stat.S_IMODE(pa.stat().st_mode), stat.S_IMODE(pb.stat().st_mode)
        mode_note = f" (mode {ma:o} -> {mb:o})" if ma != mb else ""
        if pa.read_bytes() == pb.read_bytes():
            print(f"same {name}{mode_note}")
            continue
        differing += 1
        print(f"DIFF {name}{mode_note}")
        diff = difflib.unified_diff(_features(pa), _features(pb), "before", "after", n=0, lineterm="")
        for i, line in enumerate(diff):
            if i >= 12:
                print("   ...")
                break
            print("   " + line[:300])
    print(f"{len(names) - differing} of {len(names)} files identical")
    return 1 if differing else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("snapshot")
    s.add_argument("dest", type=Path)
    s.add_argument("--geomap", default=shutil.which("geomap") or "geomap", help="the geomap command to run (a shell-quoted command line)")
    c = sub.add_parser("compare")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = ap.parse_args()
    if args.cmd == "snapshot":
        os.environ.setdefault("GEOMAP_OUTPUT", str(args.dest))
        snapshot(args.dest, args.geomap)
        return 0
    return compare(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
