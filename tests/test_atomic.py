"""geomap.io.atomic: every file geomap writes is complete and has the mode the umask gives."""
from __future__ import annotations

import json
import os
import stat

import pytest

from geomap.io import atomic

#: Writes every kind of output file geomap makes into the current folder.
WRITE_EVERYTHING = r"""
import json, sys
import geomap
from geomap.cli import main
from geomap.mapfiles import write_static_png

r = geomap.read("Shelling hit Kantharalak in Sisaket province on 24 July 2025. "
                "Thailand and Cambodia clashed along their border near Surin.", published="2025-07-28")
for name in ("out.geojson", "out.gpkg", "out.parquet", "out.csv"):
    r.to_file(name)
r.save_map("map.html", offline=True, png="map.png")
write_static_png(r.collections, "static.png", boundaries=False)
with open("batch_in.jsonl", "w", encoding="utf-8") as f:
    f.write(json.dumps({"id": "a", "text": "Troops clashed near Surin on Monday."}) + "\n")
codes = [main(["extract", "batch_in.jsonl", "-o", "batch.jsonl", "--quiet", "--no-cache"]),
         main(["extract", "batch_in.jsonl", "-o", "extract.geojson", "--quiet", "--no-cache"]),
         main(["frontier", "THA", "KHM", "-o", "frontier.geojson"])]
sys.exit(max(codes))
"""
OUTPUTS = ["out.geojson", "out.gpkg", "out.parquet", "out.csv", "map.html", "map.png", "static.png",
           "batch.jsonl", "extract.geojson", "frontier.geojson"]


@pytest.mark.parametrize("umask", [0o022, 0o077])
def test_every_output_has_the_umask_mode(tmp_path, run_python, umask):
    proc = run_python(WRITE_EVERYTHING, cwd=tmp_path, umask=umask, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    for name in OUTPUTS:
        mode = stat.S_IMODE((tmp_path / name).stat().st_mode)
        assert mode == 0o666 & ~umask, f"{name}: mode {mode:o} under umask {umask:03o}"
    assert not [p.name for p in tmp_path.iterdir() if ".tmp" in p.name]


def test_text_and_bytes(tmp_path):
    assert atomic.write_text(tmp_path / "a" / "x.txt", "héllo\r\n").read_bytes() == "héllo\r\n".encode()
    assert atomic.write_bytes(tmp_path / "b.bin", b"\x00\x01").read_bytes() == b"\x00\x01"
    assert stat.S_IMODE((tmp_path / "b.bin").stat().st_mode) == atomic.file_mode()


def test_failure_keeps_the_old_file_and_leaves_no_temp(tmp_path):
    target = tmp_path / "keep.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic.atomic_path(target) as tmp:
            tmp.write_text("half", encoding="utf-8")
            raise RuntimeError("writer failed")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.json"]


def test_atomic_path_gives_a_fresh_path_with_the_suffix(tmp_path):
    with atomic.atomic_path(tmp_path / "x.gpkg") as tmp:
        assert not tmp.exists() and tmp.suffix == ".gpkg" and tmp.parent == tmp_path
        tmp.write_bytes(b"data")
    assert json.dumps(sorted(os.listdir(tmp_path))) == '["x.gpkg"]'


def test_files_written_together_appear_together(tmp_path):
    a, b = tmp_path / "a.html", tmp_path / "b.png"
    with atomic.together():
        atomic.write_text(a, "map")
        atomic.write_bytes(b, b"png")
        assert not a.exists() and not b.exists()  # not before the group ends
    assert a.read_text() == "map" and b.read_bytes() == b"png"
    assert stat.S_IMODE(a.stat().st_mode) == atomic.file_mode()


def test_a_failure_in_a_group_writes_none_of_its_files(tmp_path):
    old = atomic.write_text(tmp_path / "old.html", "before")
    with pytest.raises(RuntimeError):
        with atomic.together():
            atomic.write_text(old, "after")
            atomic.write_text(tmp_path / "new.geojson", "{}")
            with atomic.together():  # a nested group joins the outer one
                atomic.write_text(tmp_path / "inner.txt", "x")
            raise RuntimeError("the PNG failed")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.html"]
    assert old.read_text() == "before"


@pytest.mark.parametrize("umask", [0o022, 0o077])
def test_a_cache_write_is_atomic_with_the_umask_mode(tmp_path, umask):
    """The quick path (no flush, folder exists: the batch cache) replaces the file whole,
    leaves no temporary file and gives the umask's mode."""
    target = tmp_path / "entry.json"
    target.write_text("old", encoding="utf-8")
    old = os.umask(umask)
    try:
        atomic.write_text(target, "x" * 300_000, mkdir=False, sync=False)
    finally:
        os.umask(old)
    assert target.read_text(encoding="utf-8") == "x" * 300_000
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
    assert [p.name for p in tmp_path.iterdir()] == ["entry.json"]
