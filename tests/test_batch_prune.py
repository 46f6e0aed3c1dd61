"""geomap.batch_prune: the batch result cache loses its long unused entries and its least
recently used ones beyond the size cap, at most once a day, never one the batch needs
(real files, real mtimes, real batches)."""
from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

from test_batch import real_batch

DAY = 86400.0


def entry(folder: Path, name: str, age_days: float, size: int = 100, now: float | None = None) -> Path:
    """A cache entry (its real name form) of ``size`` bytes, last used ``age_days`` ago."""
    path = folder / (hashlib.sha256(name.encode()).hexdigest() + ".json")
    path.write_text("x" * size, encoding="utf-8")
    t = (time.time() if now is None else now) - age_days * DAY
    os.utime(path, (t, t))
    return path


def test_unused_entries_go_then_the_oldest_beyond_the_cap(tmp_path, monkeypatch):
    from geomap import settings
    from geomap.batch_prune import prune

    monkeypatch.setattr(settings, "BATCH_CACHE_DAYS", 30)
    monkeypatch.setattr(settings, "BATCH_CACHE_MB", 1)  # 1,000,000 bytes
    now = time.time()
    stale = entry(tmp_path, "stale", 31, now=now)
    old, mid, new = (entry(tmp_path, n, d, 400_000, now) for n, d in (("old", 20), ("mid", 10), ("new", 1)))
    others = [tmp_path / "last-pruned", tmp_path / ".abc.k3j4h5g6.tmp.json", tmp_path / "notes.json"]
    for p in others:  # not entries: left alone however old
        p.write_text("x")
        os.utime(p, (now - 400 * DAY, now - 400 * DAY))
    removed = prune(tmp_path, spare_since=now, now=now)
    assert sorted(removed) == sorted([stale, old])  # 1.2 MB -> 0.8 MB: the least recently used went
    assert mid.exists() and new.exists() and all(p.exists() for p in others)


def test_entries_used_since_the_batch_started_are_spared(tmp_path, monkeypatch):
    from geomap import settings
    from geomap.batch_prune import prune

    monkeypatch.setattr(settings, "BATCH_CACHE_MB", 0)  # over the cap whatever it holds
    now = time.time()
    before = entry(tmp_path, "before", 0.5, now=now)
    used = [entry(tmp_path, f"used{i}", -i / DAY, now=now) for i in range(3)]  # used at or after the start
    assert prune(tmp_path, spare_since=now, now=now) == [before]
    assert all(p.exists() for p in used)


def test_pruned_at_most_once_a_day(tmp_path, monkeypatch):
    from geomap import settings
    from geomap.batch_prune import MARKER, Pruning

    monkeypatch.setattr(settings, "BATCH_CACHE_PRUNE_HOURS", 24)
    stale = entry(tmp_path, "stale", 400)
    marker = tmp_path / MARKER
    marker.touch()
    os.utime(marker, (time.time() - 3600, time.time() - 3600))  # pruned an hour ago
    pruning = Pruning(tmp_path)
    assert not pruning.due and pruning.finish() == [] and stale.exists()  # the folder is not even listed
    os.utime(marker, (time.time() - 25 * 3600, time.time() - 25 * 3600))
    pruning = Pruning(tmp_path)
    assert pruning.due and pruning.finish() == [stale]
    assert time.time() - marker.stat().st_mtime < 60  # marked: the next batch today does not prune
    assert not Pruning(tmp_path).due


def test_a_batch_keeps_what_it_used_and_prunes_the_rest(tmp_path, monkeypatch):
    """A real batch run again 60 days later takes every result from the cache, marks them
    used, and the pruning at its end removes only the entries it did not use."""
    from geomap import settings
    from geomap.batch_prune import MARKER
    from geomap.cli import main

    cache = tmp_path / "cache"
    monkeypatch.setenv("GEOMAP_BATCH_CACHE", str(cache))
    monkeypatch.setattr(settings, "BATCH_CACHE_MB", 0)  # the cap too would remove every unused entry
    batch = real_batch(tmp_path / "batch.jsonl", copies=1)
    n_docs = len(batch.read_text(encoding="utf-8").splitlines())
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(batch), "-o", str(out), "--quiet", "-j", "1"]) == 0
    used = sorted(cache.glob("[!.]*.json"))
    assert len(used) == n_docs
    first = out.read_text(encoding="utf-8")
    long_ago = time.time() - 60 * DAY
    for p in [*used, cache / MARKER]:
        os.utime(p, (long_ago, long_ago))
    unused = entry(cache, "another batch's document", 60)
    again = tmp_path / "again.jsonl"
    assert main(["extract", str(batch), "-o", str(again), "--quiet", "-j", "1"]) == 0
    assert again.read_text(encoding="utf-8") == first
    assert not unused.exists()
    assert sorted(cache.glob("[!.]*.json")) == used  # every result the batch needed is kept ...
    assert all(time.time() - p.stat().st_mtime < 600 for p in used)  # ... and marked used


def test_a_cluster_worker_marks_an_old_entry_used_when_it_reads_it(tmp_path):
    """Dask workers read the same cache: an entry they still read must not look unused to a
    later batch's pruning (it would be deleted after BATCH_CACHE_DAYS)."""
    from geomap.batch_cache import ResultCache
    from geomap.distributed import _read_doc
    from geomap.io.articles import Article

    store = ResultCache.open(tmp_path)
    article = Article(id="a1", text="Shelling hit Ruhengeri, in Rwanda, on Monday.", published=None)
    _, cached = _read_doc(article, False, store)
    path = store.path(article, False)
    assert not cached and path.exists()
    t = time.time() - 60 * DAY
    os.utime(path, (t, t))
    _, cached = _read_doc(article, False, store)
    assert cached and path.stat().st_mtime > time.time() - DAY
