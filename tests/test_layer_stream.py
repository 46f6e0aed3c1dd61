"""geomap.io.layer_stream: a batch's GeoPackage and GeoParquet written a chunk of rows at a
time hold what the in-memory writers write: the same layers, rows, columns, types and
GeoParquet metadata, however the values of a column are spread over the chunks."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from test_batch import real_batch


def point(x, y):
    return {"type": "Point", "coordinates": [x, y]}


def feature(layer, geometry, **props):
    return {"type": "Feature", "geometry": geometry, "properties": {"layer": layer, **props}}


def awkward_collections() -> list[dict]:
    """Columns whose type shows only late: text after many missing values, a number column
    with words in it, true/false, lists, whole numbers then decimals, ids that are numbers,
    a document with no id, incidents along a line, a layer with no rows (displacement)."""
    fcs = []
    for i in range(23):
        feats = [feature("place", point(100 + i / 10, 14), mention=f"P{i}", start=i, end=i + 2, name=f"P{i}",
                         confidence=0.5 if i % 2 else 1, in_gazetteer=i != 7,
                         late_text="x" if i == 21 else None, listy=[i] if i == 5 else "plain",
                         mixed_num=i if i < 20 else 2.5, odd_start="12" if i == 3 else None)]
        if i % 4 == 0:
            geom = point(101, 15) if i != 8 else {"type": "LineString", "coordinates": [[101, 15], [102, 15.5]]}
            feats.append(feature("incident", geom, event_type="Battles", fatalities=i if i != 12 else "dozens",
                                 date="2025-07-24", sentence_start=i))
        if i == 9:
            feats.append(feature("frontier", {"type": "MultiLineString", "coordinates": [[[100, 14], [101, 14.2]]]},
                                 iso3_a="THA", iso3_b="KHM", length_km=817, stated_length_km=None))
        fc = {"type": "FeatureCollection", "features": feats, "title": f"T{i}"}
        if i != 4:
            fc["id"] = i if i % 3 == 0 else f"doc{i}"
        fcs.append(fc)
    return fcs


def spool(fcs: list[dict], tmp_path: Path):
    path = tmp_path / "spool.jsonl"
    path.write_text("".join(json.dumps(fc, ensure_ascii=False) + "\n" for fc in fcs), encoding="utf-8")
    return lambda: open(path, encoding="utf-8")


def same_gpkg(a: Path, b: Path) -> None:
    import pyogrio

    assert pyogrio.list_layers(a).tolist() == pyogrio.list_layers(b).tolist()
    for name, _ in pyogrio.list_layers(a):
        ia, ib = pyogrio.read_info(a, layer=name), pyogrio.read_info(b, layer=name)
        for k in ("fields", "dtypes", "geometry_type", "features", "crs", "total_bounds"):
            assert str(ia[k]) == str(ib[k]), (name, k)
        pd.testing.assert_frame_equal(pyogrio.read_dataframe(a, layer=name), pyogrio.read_dataframe(b, layer=name))


def same_parquet(a: Path, b: Path) -> None:
    import geopandas as gpd
    import pyarrow.parquet as pq

    sa, sb = pq.read_schema(a), pq.read_schema(b)
    assert sa.equals(sb)
    for key in (b"geo", b"pandas"):
        assert json.loads(sa.metadata[key]) == json.loads(sb.metadata[key]), key
    pd.testing.assert_frame_equal(gpd.read_parquet(a), gpd.read_parquet(b))


def same_as_in_memory(fcs: list[dict], lines, tmp_path: Path) -> None:
    """The streamed GeoPackage and GeoParquet of ``fcs`` (spooled as ``lines``) hold what the
    in-memory writers write of the merged batch."""
    from geomap.io import layer_stream
    from geomap.io.writers import to_geopackage, to_geoparquet
    from geomap.layers import merge

    to_geopackage(merge(fcs, documents=True), tmp_path / "whole.gpkg")
    layer_stream.write_gpkg(lines, tmp_path / "chunks.gpkg")
    same_gpkg(tmp_path / "whole.gpkg", tmp_path / "chunks.gpkg")
    to_geoparquet(merge(fcs, documents=True), tmp_path / "whole.parquet")
    layer_stream.write_parquet(lines, tmp_path / "chunks.parquet")
    same_parquet(tmp_path / "whole.parquet", tmp_path / "chunks.parquet")


@pytest.mark.parametrize("rows", [1, 3, 2000])
def test_chunks_write_what_the_in_memory_writers_write(tmp_path, monkeypatch, rows):
    from geomap import settings

    monkeypatch.setattr(settings, "BATCH_WRITE_ROWS", rows)
    fcs = awkward_collections()
    lines = spool(fcs, tmp_path)
    same_as_in_memory(fcs, lines, tmp_path)


def test_places_only_and_empty_batches(tmp_path):
    from geomap.io import layer_stream
    from geomap.io.writers import to_geopackage, to_geoparquet
    from geomap.layers import merge

    for name, fcs in (("places", [{"type": "FeatureCollection", "id": "a", "features": [
            feature("place", point(1, 2), mention="A", start=0, end=1)]}]),
                      ("empty", [{"type": "FeatureCollection", "id": "a", "features": []}])):
        lines = spool(fcs, tmp_path)
        to_geopackage(merge(fcs, documents=True), tmp_path / f"{name}-whole.gpkg")
        layer_stream.write_gpkg(lines, tmp_path / f"{name}.gpkg")
        same_gpkg(tmp_path / f"{name}-whole.gpkg", tmp_path / f"{name}.gpkg")
        to_geoparquet(merge(fcs, documents=True), tmp_path / f"{name}-whole.parquet")
        layer_stream.write_parquet(lines, tmp_path / f"{name}.parquet")
        same_parquet(tmp_path / f"{name}-whole.parquet", tmp_path / f"{name}.parquet")


def test_a_real_batch_to_geopackage_and_geoparquet(tmp_path, monkeypatch):
    """`geomap extract batch.jsonl -o out.gpkg|.parquet` (real articles) writes what the
    in-memory writers make of its JSONL output."""
    from geomap import settings
    from geomap.cli import main
    from geomap.io.writers import to_geopackage, to_geoparquet
    from geomap.layers import merge

    monkeypatch.setattr(settings, "BATCH_WRITE_ROWS", 5)
    batch = real_batch(tmp_path / "batch.jsonl", copies=2)
    args = [str(batch), "--quiet", "--no-cache", "-j", "1"]
    assert main(["extract", *args, "-o", str(tmp_path / "out.jsonl")]) == 0
    fcs = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sum(len(fc["features"]) for fc in fcs) > 10
    for ext, write, same in (("gpkg", to_geopackage, same_gpkg), ("parquet", to_geoparquet, same_parquet)):
        assert main(["extract", *args, "-o", str(tmp_path / f"out.{ext}")]) == 0
        write(merge(fcs, documents=True), tmp_path / f"whole.{ext}")
        same(tmp_path / f"whole.{ext}", tmp_path / f"out.{ext}")


@pytest.mark.parametrize("ext", ["gpkg", "parquet"])
def test_a_batch_killed_while_its_file_is_written_leaves_none(tmp_path, ext):
    """SIGKILL while the chunks are being written (the temporary file exists): no target
    file, partial or whole; the same command run again writes it."""
    import signal
    import subprocess
    import sys
    import time

    from conftest import bundled_env
    from geomap.io.atomic import TEMP_NAME
    from test_batch import run_extract

    batch = real_batch(tmp_path / "batch.jsonl", copies=2)
    env = {**bundled_env(), "GEOMAP_BATCH_CACHE": str(tmp_path / "cache")}
    warm = run_extract([batch, "-o", tmp_path / "warm.jsonl", "-j", "1", "--quiet"], env)  # results cached
    assert warm.returncode == 0, warm.stderr
    out = tmp_path / "out" / f"out.{ext}"
    code = ("import sys; from geomap import settings; settings.BATCH_WRITE_ROWS = 1\n"  # many chunks: a long write
            "from geomap.cli import main; sys.exit(main(sys.argv[1:]))")
    args = ["extract", str(batch), "-o", str(out), "-j", "1", "--quiet"]
    proc = subprocess.Popen([sys.executable, "-c", code, *args], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 300
        while not any(TEMP_NAME.match(p.name) and _size(p) for p in out.parent.glob(".*")):
            assert proc.poll() is None, "the batch ended before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.005)
        proc.send_signal(signal.SIGKILL)
        proc.wait(60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    assert not out.exists()
    again = run_extract(args[1:], env)
    assert again.returncode == 0, again.stderr
    assert out.exists() and out.stat().st_size > 0


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:  # moved or removed meanwhile
        return 0


def test_chunks_are_bounded_by_coordinates_too(tmp_path, monkeypatch):
    """Long lines (a frontier holds thousands of points) end a chunk before its row count
    does, so a chunk's memory stays bounded; the files are still the in-memory writers'."""
    import shapely

    from geomap import settings
    from geomap.io import layer_stream

    fcs = awkward_collections()
    for i, fc in enumerate(fcs[:6]):
        line = [[100 + k / 50, 14 + i / 10] for k in range(40)]
        fc["features"].append(feature("frontier", {"type": "LineString", "coordinates": line},
                                      iso3_a="THA", iso3_b="KHM", length_km=817 + i))
    monkeypatch.setattr(settings, "BATCH_WRITE_COORDS", 100)
    lines = spool(fcs, tmp_path)
    chunks = list(layer_stream._chunks(lines, "frontier"))
    sizes = [sum(int(shapely.get_num_coordinates(g)) for _, g in c) for c in chunks]
    assert len(chunks) == 3 and all(s <= 120 for s in sizes), sizes  # 3 lines (120 points) a chunk
    same_as_in_memory(fcs, lines, tmp_path)
