"""`geomap extract` batches: summary, cache, and documents that fail."""
from __future__ import annotations

import json

import pytest


@pytest.fixture()
def batch(tmp_path, monkeypatch):
    monkeypatch.setenv("GEOMAP_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "b.jsonl"
    docs = [{"id": "a", "text": "Alpha text."}, {"id": "b", "text": "Beta text BOOM."},
            {"id": "c", "text": ""}, {"id": "d", "text": "Delta text."}]
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


def fake_extract(calls):
    def extract_article(article, *, geocoder=None, events=True):
        calls.append(article.id)
        if "BOOM" in article.text:
            raise RuntimeError("a bug")
        return {"type": "FeatureCollection", "features": [
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [100.0, 14.0]},
             "properties": {"layer": "place", "mention": article.id}}]}
    return extract_article


def test_batch_goes_on_and_caches(batch, tmp_path, monkeypatch, capsys):
    import geomap.gazetteer.build as build
    import geomap.reading.pipeline
    from geomap.cli import main

    calls: list = []
    fingerprints: list = []
    real_fp = build.source_fingerprint
    monkeypatch.setattr(geomap.reading.pipeline, "extract_article", fake_extract(calls))
    monkeypatch.setattr(build, "source_fingerprint", lambda: fingerprints.append(1) or real_fp())
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(batch), "-o", str(out)]) == 1  # errors -> status 1, output still written
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in lines] == ["a", "b", "c", "d"]
    assert lines[1]["error"].startswith("internal error (RuntimeError")
    assert "error" in lines[2] and lines[3]["type"] == "FeatureCollection"
    err = capsys.readouterr().err
    assert "4 documents read (0 from cache)" in err and "2 errors" in err
    assert len(fingerprints) == 1  # the cache salt is computed once per batch, not per document

    calls.clear()
    assert main(["extract", str(batch), "-o", str(out)]) == 1
    assert calls == ["b"]  # a and d came from the cache; the failed one is tried again
    assert "4 documents read (2 from cache)" in capsys.readouterr().err

    assert main(["extract", str(batch), "-o", str(out), "--no-cache", "--quiet"]) == 1
    assert calls == ["b", "a", "b", "d"]
    assert capsys.readouterr().err == ""


def test_batch_to_geopackage_carries_document_ids(batch, tmp_path, monkeypatch):
    import pyogrio

    import geomap.reading.pipeline
    from geomap.cli import main

    monkeypatch.setattr(geomap.reading.pipeline, "extract_article", fake_extract([]))
    out = tmp_path / "out.gpkg"
    main(["extract", str(batch), "-o", str(out), "--quiet"])
    places = pyogrio.read_dataframe(out, layer="places")
    assert sorted(places["mention"]) == ["a", "d"]
    assert sorted(places["document"]) == ["a", "d"]


def test_duplicate_ids_make_the_later_document_an_error_line(tmp_path, monkeypatch, capsys):
    """Two documents under one id used to merge silently; the later one is now an error line."""
    import geomap
    import geomap.reading.pipeline
    from geomap.cli import main

    monkeypatch.setenv("GEOMAP_CACHE_DIR", str(tmp_path / "cache"))
    calls: list = []
    monkeypatch.setattr(geomap.reading.pipeline, "extract_article", fake_extract(calls))
    path = tmp_path / "dup.jsonl"
    docs = [{"id": "a", "text": "One."}, {"id": "b", "text": "Two."}, {"id": "a", "text": "Three."},
            {"text": "Four (no id: its line number, 4)."}, {"id": 4, "text": "Five."}]
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(path), "-o", str(out), "--no-cache"]) == 1
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in lines] == ["a", "b", "a", 4, 4]  # one line per input line, in order
    assert [("error" in x) for x in lines] == [False, False, True, False, True]
    assert "already used by line 1" in lines[2]["error"] and "already used by line 4" in lines[4]["error"]
    err = capsys.readouterr().err
    assert "error in line 3 (id a): duplicate id 'a'" in err
    r = geomap.read_many(path, errors="skip")
    assert len(r) == 3 and [e[0] for e in r.errors] == ["a", 4]
