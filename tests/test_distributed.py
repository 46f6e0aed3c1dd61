"""geomap.distributed: a corpus read on a Dask cluster (two worker processes) gives the same
features per document as the single-process batch, as partitioned GeoParquet layers."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("dask_geopandas")
distributed = pytest.importorskip("distributed")

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus" / "border_incidents.jsonl"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """20 documents: the example corpus repeated with distinct ids, and one bad line."""
    docs = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    lines = [json.dumps({**d, "id": f"{d['id']}-{k}"}) for k in range(3) for d in docs][:19]
    lines.insert(5, json.dumps({"id": "empty", "text": ""}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def single(corpus) -> dict:
    """The single-process batch's collections by document id (and its errors)."""
    from geomap.batch import iter_batch
    from geomap.io.articles import read_batch

    out = {}
    for doc_id, outcome in iter_batch(((d, a) for _, d, a in read_batch(corpus)), jobs=1):
        out[str(doc_id)] = outcome if isinstance(outcome, Exception) else outcome[0]
    return out


@pytest.fixture(scope="module")
def worker_cache(tmp_path_factory) -> Path:
    """The workers' own batch cache (GEOMAP_BATCH_CACHE when they start), not the user's."""
    return tmp_path_factory.mktemp("worker-cache")


@pytest.fixture(scope="module")
def cluster(worker_cache):
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("GEOMAP_BATCH_CACHE", str(worker_cache))
        with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                      dashboard_address=None) as c:
            yield c


def same_features(single: dict, got: dict) -> None:
    ok = {d: fc for d, fc in single.items() if not isinstance(fc, Exception)}
    assert any(fc["features"] for fc in ok.values())
    for doc, fc in ok.items():
        assert got.get(doc, {"features": []})["features"] == fc["features"], doc


def test_extract_corpus_on_two_workers(corpus, single, cluster, tmp_path):
    import dask_geopandas

    from geomap.distributed import collections_from_parquet, extract_corpus, read_layers

    with distributed.Client(cluster) as client:
        done = extract_corpus(corpus, tmp_path / "out", client=client, docs_per_partition=4)
        # both workers opened the gazetteer through the plugin, once each
        assert set(client.run(lambda: __import__("geomap.gazetteer.lookup").gazetteer.lookup._DEFAULT != {})
                   .values()) == {True}
    assert done["documents"] == 20 and done["partitions"] == 5 and done["errors"] == 1
    same_features(single, collections_from_parquet(tmp_path / "out"))
    layers = read_layers(tmp_path / "out")
    assert isinstance(layers["places"], dask_geopandas.GeoDataFrame)
    assert layers["places"].npartitions == 5
    places = layers["places"].compute()
    assert places.crs == "EPSG:4326" and len(places) == done["places"]
    # input order: documents as in the corpus, features as in each document
    order = [json.loads(line)["id"] for line in corpus.read_text(encoding="utf-8").splitlines()]
    seen = list(dict.fromkeys(places["document"]))
    assert seen == [d for d in order if d in seen]
    assert layers["errors"].compute()["document"].tolist() == ["empty"]


def test_command_line_with_a_scheduler(corpus, single, cluster, worker_cache, tmp_path, capsys):
    from geomap.cli import main
    from geomap.distributed import collections_from_parquet

    out = tmp_path / "layers"
    args = ["extract", str(corpus), "--engine", "dask", "--scheduler", cluster.scheduler_address, "-o", str(out)]
    code = main([*args, "--no-cache"])
    assert code == 1  # one document could not be read
    assert sorted(p.name for p in out.iterdir()) == ["displacement", "errors", "frontier", "incidents", "places"]
    assert "20 documents read (0 from cache)" in capsys.readouterr().err
    same_features(single, collections_from_parquet(out))
    assert not [p for p in tmp_path.iterdir() if "partial" in p.name]  # the folder was moved into place
    assert not list(worker_cache.iterdir())
    main(args)  # the workers cache in their own batch cache, by default
    assert len(list(worker_cache.glob("[!.]*.json"))) == 19
    assert main(args) == 1
    assert "20 documents read (19 from cache)" in capsys.readouterr().err
    same_features(single, collections_from_parquet(out))


def test_a_rerun_reads_only_the_documents_it_had_not_read(corpus, single, cluster, tmp_path):
    """The per-document result cache on the workers: a run cut short (here: the first eight
    lines), then the whole corpus, reads only what the first run had not, and gives the same
    layers as the single-process batch."""
    from geomap.distributed import collections_from_parquet, extract_corpus

    lines = corpus.read_text(encoding="utf-8").splitlines()
    first = tmp_path / "first.jsonl"
    first.write_text("\n".join(lines[:8]) + "\n", encoding="utf-8")
    cache = tmp_path / "cache"
    with distributed.Client(cluster) as client:
        done = extract_corpus(first, tmp_path / "partial", client=client, docs_per_partition=3, cache=cache)
        assert done["cached"] == 0 and done["errors"] == 1  # the empty document is not cached
        assert len(list(cache.glob("[!.]*.json"))) == 7
        done = extract_corpus(corpus, tmp_path / "out", client=client, docs_per_partition=4, cache=cache)
        assert done["cached"] == 7 and done["errors"] == 1
        assert len(list(cache.glob("[!.]*.json"))) == 19
        same_features(single, collections_from_parquet(tmp_path / "out"))
        again = extract_corpus(corpus, tmp_path / "again", client=client, docs_per_partition=5, cache=cache)
    assert again["cached"] == 19
    assert collections_from_parquet(tmp_path / "again") == collections_from_parquet(tmp_path / "out")
    assert not list(cache.glob(".*"))  # no temporary files left behind


def test_a_cluster_geomap_started_hides_only_the_heartbeat_its_own_closing_breaks():
    """The scheduler of a LocalCluster geomap starts lives in the caller and closes with it: a
    worker's heartbeat that fails then is no error to print (seen as a traceback under load);
    every other worker message still shows."""
    import logging

    from geomap.distributed import _not_a_closing_heartbeat

    def record(msg):
        return logging.LogRecord("distributed.worker", logging.ERROR, __file__, 1, msg, None, None)

    assert not _not_a_closing_heartbeat(record("Failed to communicate with scheduler during heartbeat."))
    assert _not_a_closing_heartbeat(record("Compute Failed"))
