"""Read-only SQLite connections to the cache's tables (the gazetteer index, the word tables),
their pages mapped into the process instead of read into SQLite's own page cache.

A fresh process asks the 100 MB index about a few thousand names and the word table about a
few thousand words, nearly all for the first time: each answer touches a handful of B-tree pages
scattered over the file, and read through SQLite's page cache each page cost a ``read()`` call
and a copy (a third of a name look-up). Mapped, SQLite reads the pages where the operating system
keeps them anyway. Only the pages touched are resident, shared with every other process reading
the same file, and the system may drop them under memory pressure; the answers are the same.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

__all__ = ["MAPPED_BYTES", "connect_read_only"]

#: how much of a file may be mapped (more than any table geomap writes; SQLite caps it at 2 GB)
MAPPED_BYTES = 1 << 30


def connect_read_only(path: str | Path) -> sqlite3.Connection:
    """A read-only connection to the SQLite file ``path``, mapped (usable from any thread)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    try:
        con.execute(f"PRAGMA mmap_size = {MAPPED_BYTES}")
    except sqlite3.DatabaseError:  # a damaged file: the first query says so, where its caller recovers
        pass
    return con
