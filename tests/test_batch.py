"""`geomap extract` batches: summary, cache, and documents that fail."""
from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import bundled_env


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


# ---------------------------------------------------------------------- streaming, workers, resuming

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus" / "border_incidents.jsonl"


def real_batch(path: Path, copies: int = 3) -> Path:
    """The example corpus repeated with distinct ids (real articles, real gazetteer)."""
    docs = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    with open(path, "w", encoding="utf-8") as f:
        for k in range(copies):
            for d in docs:
                f.write(json.dumps({**d, "id": f"{d['id']}-{k}"}) + "\n")
    return path


def run_extract(args, env_extra, timeout=600):
    env = {**bundled_env(), **env_extra}
    return subprocess.run([sys.executable, "-m", "geomap", "extract", *map(str, args)], env=env,
                          capture_output=True, text=True, timeout=timeout)


def start_and_kill(batch: Path, out: Path, cache: Path, after: int, sig) -> None:
    """Start a batch and kill it once ``after`` results are in its cache."""
    env = {**bundled_env(), "GEOMAP_BATCH_CACHE": str(cache)}
    proc = subprocess.Popen([sys.executable, "-m", "geomap", "extract", str(batch), "-o", str(out), "-j", "1",
                             "--quiet"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 300
        while len(list(cache.glob("[!.]*.json"))) < after:
            assert proc.poll() is None, "the batch ended before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.02)
        assert proc.poll() is None, "the batch ended before it could be killed"
        proc.send_signal(sig)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()


def test_a_killed_batch_resumes_to_the_same_output(tmp_path):
    batch = real_batch(tmp_path / "batch.jsonl", copies=6)
    n_docs = sum(1 for _ in open(batch, encoding="utf-8"))
    whole = tmp_path / "whole.jsonl"
    proc = run_extract([batch, "-o", whole, "--no-cache", "--quiet", "-j", "1"], {})
    assert proc.returncode == 0, proc.stderr[-2000:]

    cache, out = tmp_path / "cache", tmp_path / "out.jsonl"
    start_and_kill(batch, out, cache, after=4, sig=signal.SIGKILL)
    assert not out.exists()  # a kill leaves no partial target
    n_cached = len(list(cache.glob("[!.]*.json")))
    assert 4 <= n_cached < n_docs

    proc = run_extract([batch, "-o", out], {"GEOMAP_BATCH_CACHE": str(cache)})
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert out.read_bytes() == whole.read_bytes()
    reused = int(re.search(r"\((\d+) from cache\)", proc.stderr).group(1))
    assert reused >= n_cached


def test_a_terminated_batch_leaves_no_file_behind(tmp_path):
    batch = real_batch(tmp_path / "batch.jsonl", copies=30)  # killed early: long enough not to end first
    cache, out = tmp_path / "cache", tmp_path / "out" / "out.jsonl"
    out.parent.mkdir()
    start_and_kill(batch, out, cache, after=2, sig=signal.SIGTERM)
    assert list(out.parent.iterdir()) == []  # neither the target nor its temporary file


def test_several_workers_write_in_input_order(tmp_path, monkeypatch):
    from geomap.cli import main

    monkeypatch.setenv("GEOMAP_BATCH_CACHE", str(tmp_path / "cache"))
    batch = real_batch(tmp_path / "batch.jsonl")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["extract", str(batch), "-o", str(one), "--no-cache", "--quiet", "-j", "1"]) == 0
    assert main(["extract", str(batch), "-o", str(two), "--no-cache", "--quiet", "-j", "2"]) == 0
    assert two.read_bytes() == one.read_bytes()  # same documents, same order, same features in the same order
    ids = [json.loads(line)["id"] for line in one.read_text(encoding="utf-8").splitlines()]
    assert ids == [json.loads(line)["id"] for line in batch.read_text(encoding="utf-8").splitlines()]


def fake_docs(n):
    from geomap.io.articles import Article

    return [(f"d{i}", Article(f"Text number {i}.", id=f"d{i}")) for i in range(n)]


def _trial(monkeypatch, **tunables):
    """A 400-document batch of slow fake reads, workers chosen by measurement (one worker),
    with short trial phases and these settings; its outcomes (checked in input order) and stats."""
    import geomap.reading.pipeline
    from geomap import settings
    from geomap.batch import BatchStats, iter_batch

    fake = fake_extract([])

    def slow(article, **kw):
        time.sleep(0.002)
        return fake(article, **kw)

    monkeypatch.setattr(geomap.reading.pipeline, "extract_article", slow)
    tunables = {"BATCH_PROBE_SECONDS": 0.0, "BATCH_POOL_MIN_SECONDS": 0.0, "BATCH_PHASE_SECONDS": 0.05, **tunables}
    for name, value in tunables.items():
        monkeypatch.setattr(settings, name, value)
    monkeypatch.setattr("geomap.batch_workers.Engine._spare_workers", lambda self, left: 1)
    stats = BatchStats()
    docs = fake_docs(400)
    got = list(iter_batch(docs, jobs=None, total=len(docs), stats=stats))
    assert [label for label, _ in got] == [label for label, _ in docs]
    return got, stats


@pytest.mark.parametrize("gain, kept", [(0.0, 2), (1e9, 1)])
def test_workers_stay_only_when_faster(monkeypatch, gain, kept):
    """The engine measures, in phases without and with the workers side by side: workers
    kept when they win, given nothing more when they do not; the outcomes are the same and
    in order either way."""
    got, stats = _trial(monkeypatch, BATCH_TRIAL_PAIRS=2, BATCH_POOL_GAIN=gain)
    assert [o[0]["features"][0]["properties"]["mention"] for _, o in got] == [label for label, _ in got]
    assert stats.jobs == kept and stats.rate_workers is not None and stats.rate_in_process is not None


def test_a_clear_gain_ends_the_trial_after_one_pair(monkeypatch):
    """Workers that make the batch clearly faster are kept after the first pair of phases:
    the phases without them would only cost the batch speed (here a trial of 40 pairs would
    outlast the batch, leaving no verdict)."""
    _, stats = _trial(monkeypatch, BATCH_TRIAL_PAIRS=40, BATCH_POOL_GAIN=0.0, BATCH_POOL_CLEAR_GAIN=0.0)
    assert stats.rate_workers is not None and stats.jobs == 2


def test_short_batches_stay_in_one_process(monkeypatch):
    import geomap.reading.pipeline
    from geomap.batch import BatchStats, iter_batch

    monkeypatch.setattr(geomap.reading.pipeline, "extract_article", fake_extract([]))
    stats = BatchStats()
    assert len(list(iter_batch(fake_docs(30), jobs=None, total=30, stats=stats))) == 30
    assert stats.jobs == 1


def test_the_batch_streams(monkeypatch):
    """Outcomes come out while the input is still being read: nothing waits for the whole batch."""
    import geomap.reading.pipeline
    from geomap.batch import iter_batch

    monkeypatch.setattr(geomap.reading.pipeline, "extract_article", fake_extract([]))
    taken = []

    def docs():
        for label, art in fake_docs(1000):
            taken.append(label)
            yield label, art

    it = iter_batch(docs(), jobs=1)
    next(it)
    assert len(taken) <= 2


def test_streamed_geojson_is_the_merged_collection(batch, tmp_path, monkeypatch):
    import geomap.reading.pipeline
    from geomap.cli import main
    from geomap.io.writers import to_geojson
    from geomap.layers import merge

    monkeypatch.setattr(geomap.reading.pipeline, "extract_article", fake_extract([]))
    out, lines = tmp_path / "out.geojson", tmp_path / "out.jsonl"
    main(["extract", str(batch), "-o", str(out), "--quiet", "--no-cache"])
    main(["extract", str(batch), "-o", str(lines), "--quiet", "--no-cache"])
    fcs = [json.loads(x) for x in lines.read_text(encoding="utf-8").splitlines()]
    to_geojson(merge([fc for fc in fcs if "error" not in fc], documents=True), tmp_path / "expected.geojson")
    assert out.read_bytes() == (tmp_path / "expected.geojson").read_bytes()


def test_workers_cache_what_they_read_and_send_it_as_text(tmp_path, monkeypatch):
    """With workers, each result comes back as its JSON line (DocText) and is cached where it
    was read; a second run takes every one from the cache, with the same text."""
    import geomap.reading.pipeline
    from geomap.batch import BatchStats, iter_batch
    from geomap.batch_cache import DocText

    monkeypatch.setattr(geomap.reading.pipeline, "extract_article", fake_extract([]))
    monkeypatch.setenv("GEOMAP_BATCH_CACHE", str(tmp_path / "cache"))
    first, again = BatchStats(), BatchStats()
    got = list(iter_batch(fake_docs(40), jobs=2, cache=True, stats=first, as_text=True))
    assert first.jobs == 2 and first.n_cached == 0
    assert all(isinstance(d, DocText) and d.n_places == 1 for _, d in got)
    assert json.loads(got[7][1].text) == {"id": "d7", **fake_extract([])(fake_docs(8)[7][1])}
    assert len(list((tmp_path / "cache").glob("[!.]*.json"))) == 40
    assert not list((tmp_path / "cache").glob(".*"))
    cached = list(iter_batch(fake_docs(40), jobs=2, cache=True, stats=again, as_text=True))
    assert again.n_cached == 40 and [d.text for _, d in cached] == [d.text for _, d in got]
    plain = list(iter_batch(fake_docs(40), jobs=1, cache=True))  # as collections, from the same cache
    assert [o[0] for _, o in plain] == [json.loads(d.text) for _, d in got]


def test_a_batch_csv_is_the_in_memory_writers_csv(tmp_path, monkeypatch):
    """A batch's CSV is written a row at a time from the spool, with the bytes the in-memory
    writer gives the merged batch."""
    from geomap.cli import main
    from geomap.io.writers import to_acled_csv
    from geomap.layers import merge

    monkeypatch.setenv("GEOMAP_BATCH_CACHE", str(tmp_path / "cache"))
    batch = real_batch(tmp_path / "batch.jsonl", copies=2)
    lines, csv_out, expected = tmp_path / "out.jsonl", tmp_path / "out.csv", tmp_path / "expected.csv"
    assert main(["extract", str(batch), "-o", str(lines), "--quiet", "-j", "1"]) == 0
    assert main(["extract", str(batch), "-o", str(csv_out), "--quiet", "-j", "1"]) == 0  # from the cache
    fcs = [json.loads(x) for x in lines.read_text(encoding="utf-8").splitlines()]
    to_acled_csv(merge(fcs, documents=True), expected)
    assert csv_out.read_bytes() == expected.read_bytes()
    assert csv_out.read_bytes().count(b"\r\n") > 3  # incidents, not only the header


def test_streamed_csv_columns_and_sources_are_the_merged_collections(tmp_path):
    """Extra columns filled only by later documents, incidents along a line, a feature that
    names no document (it takes the batch's title as source): as the in-memory writer."""
    from geomap.io import layer_stream
    from geomap.io.writers import to_acled_csv
    from geomap.layers import merge

    def incident(props, geometry=None):
        return {"type": "Feature", "geometry": geometry or {"type": "Point", "coordinates": [100.5, 14.25]},
                "properties": {"layer": "incident", "event_type": "Battles", "date": "2025-07-24", **props}}

    line = {"type": "LineString", "coordinates": [[100.0, 14.0], [101.0, 15.0]]}
    fcs = [{"type": "FeatureCollection", "id": "a", "features": [
               incident({"iso3": "THA"}),
               {"type": "Feature", "geometry": {"type": "Point", "coordinates": [1.0, 2.0]},
                "properties": {"layer": "place", "name": "X"}}]},
           {"type": "FeatureCollection", "title": "Second report", "source": "wire", "features": []},
           {"type": "FeatureCollection", "id": "c", "features": [
               incident({"iso3": "KHM", "fatalities": 3, "late_column": ["x", 1]}, line),
               incident({"document": None, "fatalities_text": "three soldiers"})]}]
    lines = [json.dumps(fc, ensure_ascii=False) for fc in fcs]
    got, expected = tmp_path / "got.csv", tmp_path / "expected.csv"
    layer_stream.write_csv(lambda: iter(lines), got)
    to_acled_csv(merge(fcs, documents=True), expected)
    assert got.read_bytes() == expected.read_bytes()
    text = got.read_text(encoding="utf-8-sig")
    assert "late_column" in text.splitlines()[0] and "geometry_wkt" in text and "Second report" in text


def test_doc_text_is_the_json_of_the_record_with_shared_geometries():
    """A line's text is reused while the same object comes back; the bytes are json.dumps's,
    and a geometry given new coordinates is encoded again."""
    from geomap.batch_cache import DocText

    line = {"type": "LineString", "coordinates": [[100.0 + i / 7, 14.0 + i / 9] for i in range(300)]}
    area = {"type": "Polygon", "coordinates": [[[0.5, 0.5], [1.5, 0.5], [1.5, 1.5], [0.5, 0.5]]]}

    def fc(k):
        return {"type": "FeatureCollection", "title": f"\x00 report {k}", "features": [
            {"type": "Feature", "geometry": line, "properties": {"layer": "frontier", "k": k}},
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [1.0, 2.0]},
             "properties": {"layer": "place", "name": "Ñ", "in_gazetteer": False}},
            {"type": "Feature", "geometry": area, "properties": {"layer": "displacement"}},
            {"type": "Feature", "geometry": line, "properties": {"layer": "incident"}}]}

    for k in range(3):
        doc = DocText.of(fc(k), f"d{k}")
        assert doc.text == json.dumps({"id": f"d{k}", **fc(k)}, ensure_ascii=False)
        assert (doc.n_places, doc.n_incidents, len(doc.unlisted)) == (1, 1, 1)
    line["coordinates"] = line["coordinates"][:20]
    assert DocText.of(fc(0), "d0").text == json.dumps({"id": "d0", **fc(0)}, ensure_ascii=False)


def test_a_worker_that_dies_costs_no_document(monkeypatch):
    """A worker that ends abruptly (killed, out of memory): the main process reads what it
    held, and the batch ends complete and in order."""
    import os

    import geomap.reading.pipeline
    from geomap.batch import BatchStats, iter_batch

    fake, main_pid = fake_extract([]), os.getpid()

    def dies_in_a_worker(article, **kw):
        if os.getpid() != main_pid:
            os._exit(3)
        time.sleep(0.001)
        return fake(article, **kw)

    monkeypatch.setattr(geomap.reading.pipeline, "extract_article", dies_in_a_worker)
    stats = BatchStats()
    docs = fake_docs(60)
    got = list(iter_batch(docs, jobs=2, stats=stats))
    assert [label for label, _ in got] == [label for label, _ in docs]
    assert [o[0]["features"][0]["properties"]["mention"] for _, o in got] == [label for label, _ in docs]
    assert stats.n_errors == 0


def test_no_worker_without_an_idle_core_when_the_cpu_is_shared_by_session(monkeypatch):
    """A machine whose cores were all busy while the main process read alone, with the CPU
    shared by session: no worker is forked (it would only split this session's share)."""
    import geomap.batch_workers as bw
    from geomap.batch import BatchStats

    monkeypatch.setattr(bw, "usable_cores", lambda: 2)
    monkeypatch.setattr(bw, "shared_by_session", lambda: True)
    engine = bw.Engine(geocoder=None, events=False, internal_errors=True, jobs=None, total=None, stats=BatchStats())
    ticks = iter([(100, 1000), (100, 2000)])  # no idle tick in between
    monkeypatch.setattr(bw, "machine_cpu", lambda: next(ticks))
    engine.cpu_probe = bw.machine_cpu()
    assert engine._spare_workers(10_000) == 0 and engine.stats.idle_cores == 0
    ticks = iter([(100, 1000), (1100, 3000)])  # one of two cores idle
    engine.cpu_probe = bw.machine_cpu()
    assert engine._spare_workers(10_000) == 1
