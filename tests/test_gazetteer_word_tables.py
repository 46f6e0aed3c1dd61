"""geomap.gazetteer.word_tables: word tables no live installation can ask for leave the cache;
those another live installation (or an older geomap) may still use stay."""
from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pytest

from geomap.gazetteer import word_frequency, word_tables


@pytest.fixture()
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("GEOMAP_CACHE_DIR", str(tmp_path / "cache"))
    word_frequency._open_tables.clear()
    word_frequency._zipf.cache_clear()
    yield tmp_path / "cache"
    word_frequency._open_tables.clear()
    word_frequency._zipf.cache_clear()


def _installation(root: Path) -> Path:
    """A stand-in wordfreq installation: its __init__.py and an English data file."""
    (root / "data").mkdir(parents=True)
    (root / "data" / "small_en.msgpack.gz").write_bytes(b"x")
    origin = root / "__init__.py"
    origin.write_text("# wordfreq\n")
    return origin


def _table(folder: Path, origin: Path | None, fmt: str = word_frequency.FORMAT, stamp: str | None = None,
           age_hours: float = 0.0) -> Path:
    """A word table made by ``origin`` (None: by an older geomap, which records no maker)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = word_tables.table_path(folder, "en", stamp or word_tables.stamp_of(origin, "en", fmt))
    con = sqlite3.connect(path)
    with con:
        con.execute("CREATE TABLE words (word TEXT PRIMARY KEY, zipf REAL, frequency REAL) WITHOUT ROWID")
        if origin is not None:
            word_tables.record_maker(con, origin, fmt)
    con.close()
    when = time.time() - age_hours * 3600
    os.utime(path, (when, when))
    return path


def test_building_a_table_removes_the_tables_no_installation_can_ask_for(cache, tmp_path):
    live_origin = _installation(tmp_path / "venv-live")
    gone_origin = _installation(tmp_path / "venv-gone")
    upgraded_origin = _installation(tmp_path / "venv-upgraded")
    live = _table(cache, live_origin)
    older_format = _table(cache, live_origin, fmt="3")  # an older geomap in a live environment
    gone = _table(cache, gone_origin)
    upgraded = _table(cache, upgraded_origin)
    legacy_recent = _table(cache, None, stamp="1111111111111111", age_hours=2)
    legacy_old = _table(cache, None, stamp="2222222222222222", age_hours=word_tables.LEGACY_HOURS + 1)
    unused = _table(cache, _installation(tmp_path / "venv-idle"), age_hours=(word_tables.STALE_DAYS + 1) * 24)
    import shutil
    shutil.rmtree(tmp_path / "venv-gone")  # a throw-away environment, deleted
    (tmp_path / "venv-upgraded" / "data" / "small_en.msgpack.gz").write_bytes(b"newer data")
    word_frequency.zipf("summer")  # builds this installation's table
    own = word_tables.table_path(cache, "en", word_frequency._stamp("en"))
    kept = set(cache.glob("wordfreq-en-*.sqlite"))
    assert kept == {own, live, older_format, legacy_recent}, sorted(p.name for p in kept)
    assert not {gone, upgraded, legacy_old, unused} & kept
    assert word_tables._maker(own) == (str(word_frequency._origin()), word_frequency.FORMAT)


def test_opening_a_table_unused_for_an_hour_prunes_the_others(cache, tmp_path):
    word_frequency.zipf("summer")  # builds it
    own = word_tables.table_path(cache, "en", word_frequency._stamp("en"))
    gone_origin = _installation(tmp_path / "venv-gone")
    gone = _table(cache, gone_origin)
    (tmp_path / "venv-gone" / "__init__.py").unlink()
    word_frequency._open_tables.clear()
    word_frequency._zipf.cache_clear()
    word_frequency.zipf("winter")  # used a moment ago: no pruning yet
    assert gone.exists()
    old = time.time() - word_tables.PRUNE_EVERY_SECONDS - 60
    os.utime(own, (old, old))
    word_frequency._open_tables.clear()
    word_frequency._zipf.cache_clear()
    word_frequency.zipf("autumn")
    assert not gone.exists() and own.exists()
    assert time.time() - own.stat().st_mtime < 60  # marked used
