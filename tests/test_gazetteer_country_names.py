"""geomap.gazetteer.country_names: a country's names table comes back from the user cache equal to
a scan of the index (same keys, same order), without scanning it, and a damaged file is read again."""
from __future__ import annotations

from geomap.gazetteer import get_gazetteer
from geomap.gazetteer.lookup import Gazetteer


def test_kept_tables_equal_a_scan_and_skip_it(tmp_path, monkeypatch):
    index = get_gazetteer().path
    monkeypatch.setenv("GEOMAP_CACHE_DIR", str(tmp_path))  # the names cache only: the index is given
    first = Gazetteer(index, extra_files=[])
    scanned = {code: first.names_in(code, also=["KH", "TH"]) for code in ("KH", "TH")}
    (folder,) = (tmp_path / "country_names").iterdir()
    assert sorted(p.name for p in folder.iterdir()) == ["KH.pickle", "TH.pickle"]

    second = Gazetteer(index, extra_files=[])
    statements: list[str] = []
    second._con.set_trace_callback(statements.append)
    for code in ("TH", "KH"):
        assert list(second.names_in(code).items()) == list(scanned[code].items())
    assert not [s for s in statements if "FROM names" in s]
    assert "thailand" in scanned["TH"] and len(scanned["TH"]) > 1000

    (folder / "TH.pickle").write_bytes(b"not a pickle")
    third = Gazetteer(index, extra_files=[])
    assert list(third.names_in("TH").items()) == list(scanned["TH"].items())
