"""The cache's SQLite tables are read through mapped, read-only connections (speed33: a fresh
process's first look-ups read scattered pages; mapped, they cost no read() call and copy each)."""
from __future__ import annotations

import sqlite3

import pytest

from geomap.gazetteer.readonly import MAPPED_BYTES, connect_read_only


def test_a_read_only_connection_is_mapped_and_refuses_writes(tmp_path):
    path = tmp_path / "t.sqlite"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER)")
        con.executemany("INSERT INTO t VALUES (?, ?)", [(f"k{i}", i) for i in range(1000)])
    con = connect_read_only(path)
    assert con.execute("PRAGMA mmap_size").fetchone()[0] == MAPPED_BYTES
    assert con.execute("SELECT v FROM t WHERE k = 'k517'").fetchone() == (517,)
    with pytest.raises(sqlite3.OperationalError):
        con.execute("INSERT INTO t VALUES ('x', 1)")


def test_a_damaged_file_is_reported_by_the_first_query_not_the_connection(tmp_path):
    path = tmp_path / "bad.sqlite"
    path.write_bytes(b"not a database at all" * 100)
    con = connect_read_only(path)  # (the gazetteer recovers where it queries)
    with pytest.raises(sqlite3.DatabaseError):
        con.execute("SELECT * FROM names").fetchall()


def test_the_gazetteer_and_the_word_table_read_mapped():
    from geomap.gazetteer import get_gazetteer
    from geomap.gazetteer.word_frequency import _table, zipf

    assert get_gazetteer()._con.execute("PRAGMA mmap_size").fetchone()[0] == MAPPED_BYTES
    zipf("border")
    table = _table("en")
    assert table is None or table.execute("PRAGMA mmap_size").fetchone()[0] == MAPPED_BYTES
