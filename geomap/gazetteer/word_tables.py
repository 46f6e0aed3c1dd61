"""Which wordfreq word tables in the cache are still wanted: their names, their makers, and pruning.

``geomap.gazetteer.word_frequency`` keeps one SQLite table per language and wordfreq
installation (``wordfreq-<lang>-<stamp>.sqlite``, about 10 MB each): the stamp hashes the
installation's files, so every new virtual environment, reinstall or upgrade makes a new table,
and the old ones piled up (fifty in one shared cache after a day of throw-away environments).
Several installations (or geomap versions) may share one cache and run at the same time, so a
table goes only when no live one can ask for it:

- each table records its maker (wordfreq's ``__init__.py`` and the table format); a table whose
  maker is gone, or whose files changed (an upgrade: that stamp can never be asked for again),
  goes at once;
- a table whose maker is still installed goes when unused for ``STALE_DAYS`` (each process
  that opens a table marks it used: its modification time);
- a table made by an older geomap (no maker recorded) goes when it has not been written for
  ``LEGACY_HOURS``: its user, if any is still live, builds it again in about a second.

Pruning runs when a table is built and when a process opens a table not used for an hour
(one listing of the cache folder). Deleting a table another process has open is harmless on
POSIX (its connection keeps reading it); a process that finds its table gone builds it again.
"""
from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import time
from pathlib import Path

log = logging.getLogger(__name__)

#: a table of an installation still present is removed when unused this long
STALE_DAYS = 30
#: a table without a recorded maker (older geomap) is removed when this old
LEGACY_HOURS = 24
#: a process opening a table unused this long prunes the others
PRUNE_EVERY_SECONDS = 3600


def stamp_of(origin: Path, lang: str, fmt: str) -> str:
    """The stamp of the installation whose ``__init__.py`` is ``origin``: its code and the
    language's data files, by size and modification time, with the table format ``fmt``."""
    h = hashlib.sha256(f"english-{fmt}".encode() if lang == "en" else f"{lang}-{fmt}".encode())
    for path in [origin, *sorted(origin.parent.glob(f"data/*_{lang}.msgpack.gz"))]:
        try:
            st = path.stat()
        except OSError:
            continue
        h.update(f"{path}:{st.st_size}:{st.st_mtime_ns}".encode("utf-8", "surrogateescape"))
    return h.hexdigest()[:16]


def table_path(folder: Path, lang: str, stamp: str) -> Path:
    return folder / f"wordfreq-{lang}-{stamp}.sqlite"


def record_maker(con: sqlite3.Connection, origin: Path, fmt: str) -> None:
    """Write which installation made the table (read by ``prune``; older readers ignore it)."""
    con.execute("CREATE TABLE maker (origin TEXT, format TEXT)")
    con.execute("INSERT INTO maker VALUES (?, ?)", (str(origin), fmt))


def _maker(path: Path) -> tuple[str, str] | None:
    """(origin, format) recorded in a table; None when it records none (or is no table)."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT origin, format FROM maker").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return (row[0], row[1]) if row else None


def wanted(path: Path, lang: str, now: float) -> bool:
    """Whether a live installation may still ask for the table at ``path`` (see the module docstring)."""
    try:
        age = now - path.stat().st_mtime
    except OSError:
        return True  # gone already, or unreadable: leave it
    maker = _maker(path)
    if maker is None:
        return age < LEGACY_HOURS * 3600
    origin, fmt = Path(maker[0]), maker[1]
    if not origin.is_file() or path.name != table_path(path.parent, lang, stamp_of(origin, lang, fmt)).name:
        return False
    return age < STALE_DAYS * 86400


def prune(keep: Path, lang: str) -> None:
    """Remove the other tables of ``lang`` beside ``keep`` that no live installation can ask for."""
    now = time.time()
    for other in keep.parent.glob(f"wordfreq-{lang}-*.sqlite"):
        if other != keep and not wanted(other, lang, now):
            try:
                other.unlink()
                log.debug("removed the unused word table %s", other)
            except OSError:
                pass


def mark_used(path: Path, lang: str) -> None:
    """Mark the table used now; prune the others when it had not been used for a while."""
    try:
        last = path.stat().st_mtime
        os.utime(path)
    except OSError:
        return  # a read-only cache: nothing to mark or prune
    if time.time() - last > PRUNE_EVERY_SECONDS:
        prune(path, lang)
