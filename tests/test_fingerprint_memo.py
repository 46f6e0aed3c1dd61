"""geomap.gazetteer.fingerprint_memo: the index fingerprint is reused only while every input
keeps its stamp, and a file edited in place (same size, modification time put back) is
hashed again."""
from __future__ import annotations

import os
import time

from geomap import settings
from geomap.gazetteer import build, fingerprint_memo


def test_a_kept_fingerprint_is_reused_while_the_stamps_hold(tmp_path):
    data = tmp_path / "places.csv"
    data.write_text("name,lat\nKawthoung,10.0\n", encoding="utf-8")
    memo, calls = tmp_path / "kept", []

    def compute():
        calls.append(1)
        return f"fp{len(calls)}"

    first = fingerprint_memo.remembered(memo, fingerprint_memo.stamps([data], "v1"), compute)
    again = fingerprint_memo.remembered(memo, fingerprint_memo.stamps([data], "v1"), compute)
    assert first == again == "fp1" and len(calls) == 1
    # another schema version is another fingerprint
    assert fingerprint_memo.remembered(memo, fingerprint_memo.stamps([data], "v2"), compute) == "fp2"


def test_a_file_edited_in_place_with_its_time_put_back_is_hashed_again(tmp_path):
    data = tmp_path / "places.csv"
    data.write_text("name,lat\nKawthoung,10.0\n", encoding="utf-8")
    st = data.stat()
    before = fingerprint_memo.stamps([data], "v1")
    time.sleep(0.02)  # the change time moves on the system clock's coarse ticks
    with open(data, "r+b") as f:  # same size, new content
        f.write(b"NAME")
    os.utime(data, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert data.stat().st_size == st.st_size and data.stat().st_mtime_ns == st.st_mtime_ns
    assert fingerprint_memo.stamps([data], "v1") != before


def test_a_damaged_memo_only_costs_computing(tmp_path):
    memo = tmp_path / "kept"
    memo.write_bytes(b"\x00not json")
    assert fingerprint_memo.remembered(memo, ["a"], lambda: "fresh") == "fresh"
    assert fingerprint_memo.remembered(memo, ["a"], lambda: 1 / 0) == "fresh"  # kept this time


def test_the_index_fingerprint_is_the_content_hash_and_is_kept(tmp_path, monkeypatch):
    """The kept fingerprint is exactly the hashed one, and a second process-like call neither
    hashes the 14 MB again nor imports importlib.metadata."""
    monkeypatch.setenv("GEOMAP_CACHE_DIR", str(tmp_path))
    files = build._fingerprint_files()
    hashed = build._hashed_fingerprint(files)
    assert build.source_fingerprint() == hashed
    monkeypatch.setattr(build, "_hashed_fingerprint", lambda files: 1 / 0)
    assert build.source_fingerprint() == hashed
    assert (settings.cache_dir() / "gazetteer.fingerprints").is_file()
