"""geomap.io.writers: GeoJSON, GeoPackage, GeoParquet and ACLED-style CSV, written atomically."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from geomap.exceptions import InputError
from spec_layers import LAYERS, SPEC

FIXTURES = Path(__file__).parent / "fixtures"
ACLED_REQUIRED = ["event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1",
                  "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities"]


@pytest.fixture()
def sample() -> dict:
    return json.loads((FIXTURES / "export_sample.geojson").read_text(encoding="utf-8"))


def incidents_of(fc: dict) -> list[dict]:
    return [f for f in fc["features"] if f["properties"]["layer"] == "incident"]


def test_export_format():
    from geomap.io.formats import export_format as format_from_path

    assert format_from_path("a/b.GPKG") == "gpkg"
    assert format_from_path("x.geoparquet") == "parquet"
    assert format_from_path("x.json") == "geojson"
    assert format_from_path("x.dat", "csv") == "csv"
    assert format_from_path("x.dat", "GeoPackage") == "gpkg"
    with pytest.raises(InputError, match="cannot tell the format"):
        format_from_path("x.shp")
    with pytest.raises(InputError, match="unknown format"):
        format_from_path("x.gpkg", "kml")


def test_geopackage_has_four_layers_with_spec_columns(tmp_path, sample):
    import pyogrio

    from geomap.io.writers import write_collection

    path = write_collection(sample, tmp_path / "out.gpkg")
    listed = {str(name): str(kind) for name, kind in pyogrio.list_layers(path)}
    assert set(LAYERS) <= set(listed)
    assert listed["places"] == "Point"
    assert listed["incidents"] == "Unknown"  # points and lines: a generic GEOMETRY layer
    assert listed["displacement"] == "MultiPolygon"
    assert listed["frontier"] == "MultiLineString"
    assert listed["incident_points"] == "Point"
    for layer in LAYERS:
        info = pyogrio.read_info(path, layer=layer)
        assert info["crs"] == "EPSG:4326"
        fields = list(info["fields"])
        assert fields[:len(SPEC[layer])] == SPEC[layer], layer
    inc = pyogrio.read_dataframe(path, layer="incidents")
    assert len(inc) == 3
    assert sorted(inc.geometry.geom_type) == ["LineString", "MultiLineString", "Point"]
    # lists and dicts become JSON text
    first = inc[inc["location"] == "Aranyaprathet"].iloc[0]
    assert json.loads(first["cues"]) == ["shells", "killed"]
    assert json.loads(first["extra"]) == {"note": "a dict"}
    assert int(first["fatalities"]) == 2
    pts = pyogrio.read_dataframe(path, layer="incident_points")
    assert set(pts.geometry.geom_type) == {"Point"} and len(pts) == 3


def test_geopackage_empty_layers_keep_columns(tmp_path):
    import pyogrio

    from geomap.io.writers import write_collection

    path = write_collection({"type": "FeatureCollection", "features": []}, tmp_path / "empty.gpkg")
    names = {str(n) for n, _ in pyogrio.list_layers(path)}
    assert set(LAYERS) <= names
    for layer in LAYERS:
        info = pyogrio.read_info(path, layer=layer)
        assert info["features"] == 0
        assert list(info["fields"])[:len(SPEC[layer])] == SPEC[layer]


def test_geoparquet_one_file_with_layer_column(tmp_path, sample):
    import geopandas as gpd

    from geomap.io.writers import write_collection

    path = write_collection(sample, tmp_path / "out.parquet")
    gdf = gpd.read_parquet(path)
    assert gdf.columns[0] == "layer"
    assert gdf.crs.to_epsg() == 4326
    assert gdf["layer"].value_counts().to_dict() == {"incident": 3, "place": 2, "displacement": 1, "frontier": 1}
    for layer in LAYERS:
        assert set(SPEC[layer]) <= set(gdf.columns)


def test_acled_csv_columns_and_midpoints(tmp_path, sample):
    from geomap.io.acled import ACLED_COLUMNS
    from geomap.io.writers import write_collection

    path = write_collection(sample, tmp_path / "out.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # spreadsheets then read accents right
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    header = list(rows[0].keys())
    assert header[:31] == list(ACLED_COLUMNS)
    assert set(ACLED_REQUIRED) <= set(header)
    assert {"date_text", "fatalities_text", "source_sentence", "geometry_wkt"} <= set(header)
    assert len(rows) == 3
    shell = next(r for r in rows if r["location"] == "Aranyaprathet")
    assert shell["event_date"] == "2025-03-05" and shell["year"] == "2025"
    assert shell["country"] == "Thailand" and shell["iso"] == "764"
    assert shell["disorder_type"] == "Political violence"
    assert shell["actor1"] == "Military Forces of Cambodia" and shell["inter1"] == "State forces"
    assert shell["fatalities"] == "2" and shell["notes"].startswith("Shells landed")
    assert float(shell["latitude"]) == pytest.approx(13.6596) and float(shell["longitude"]) == pytest.approx(102.5645)
    assert shell["geometry_wkt"] == ""
    line = next(r for r in rows if r["location"] == "Thailand–Cambodia border")
    assert line["fatalities"] == "" and line["event_date"] == ""
    assert line["geometry_wkt"].startswith("LINESTRING")
    # the representative point lies on the line
    from shapely import wkt
    from shapely.geometry import Point

    assert wkt.loads(line["geometry_wkt"]).distance(Point(float(line["longitude"]), float(line["latitude"]))) < 1e-6


def test_acled_csv_round_trips_through_read_acled(tmp_path, sample):
    from geomap.io.acled import read_acled
    from geomap.io.writers import write_collection

    path = write_collection(sample, tmp_path / "incidents.csv")
    back = read_acled(path)
    a, b = incidents_of(sample), incidents_of(back)
    assert len(a) == len(b)
    for x, y in zip(a, b):
        px, py = x["properties"], y["properties"]
        for key in ("event_type", "sub_event_type", "date", "fatalities", "location", "iso3", "admin1",
                    "geo_precision", "source_sentence", "date_text", "fatalities_text"):
            assert px.get(key) == py.get(key), key
        assert x["geometry"]["type"] == y["geometry"]["type"]
        flat_a = json.dumps(x["geometry"]["coordinates"])
        flat_b = json.dumps(y["geometry"]["coordinates"])
        ca = [float(v) for v in flat_a.replace("[", " ").replace("]", " ").replace(",", " ").split()]
        cb = [float(v) for v in flat_b.replace("[", " ").replace("]", " ").replace(",", " ").split()]
        assert ca == pytest.approx(cb, abs=1e-5)


def test_geojson_is_the_spec_collection(tmp_path, sample):
    from geomap.io.writers import write_collection

    path = write_collection(sample, tmp_path / "out.geojson")
    assert json.loads(path.read_text(encoding="utf-8")) == sample


@pytest.mark.parametrize("name", ["out.gpkg", "out.parquet", "out.csv", "out.geojson"])
def test_failed_write_leaves_no_file_and_keeps_the_old_one(tmp_path, sample, monkeypatch, name):
    import geomap.io.writers as export

    target = tmp_path / name
    target.write_text("old", encoding="utf-8")

    def boom(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(export, "_flat_columns", boom)
    monkeypatch.setattr(export.json, "dumps", boom)
    monkeypatch.setattr(export, "acled_rows", boom)
    with pytest.raises(RuntimeError, match="disk full"):
        export.write_collection(sample, target)
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_failure_inside_gdal_write_leaves_nothing(tmp_path, sample, monkeypatch):
    import pyogrio

    import geomap.io.writers as export

    calls = []
    real = pyogrio.write_dataframe

    def second_layer_fails(df, path, **kw):
        calls.append(kw["layer"])
        if len(calls) == 2:
            raise RuntimeError("GDAL said no")
        return real(df, path, **kw)

    monkeypatch.setattr(pyogrio, "write_dataframe", second_layer_fails)
    with pytest.raises(RuntimeError):
        export.write_collection(sample, tmp_path / "x.gpkg")
    assert list(tmp_path.iterdir()) == []


def test_extract_cli_formats(tmp_path, sample, monkeypatch):
    """`geomap extract` routes .gpkg/.parquet/.csv (and --format) to write_collection."""
    import pyogrio

    import geomap.reading.pipeline
    from geomap.cli import main

    monkeypatch.setattr(geomap.reading.pipeline, "extract_file", lambda *a, **k: sample)
    art = tmp_path / "a.txt"
    art.write_text("Some article text.", encoding="utf-8")
    assert main(["extract", str(art), "-o", str(tmp_path / "o.gpkg")]) == 0
    assert set(LAYERS) <= {str(n) for n, _ in pyogrio.list_layers(tmp_path / "o.gpkg")}
    assert main(["extract", str(art), "--format", "csv", "-o", str(tmp_path / "o.txt")]) == 0
    assert (tmp_path / "o.txt").read_text(encoding="utf-8-sig").startswith("event_id_cnty,")
    assert main(["extract", str(art), "--format", "kml", "-o", str(tmp_path / "o.kml")]) == 2
    assert not (tmp_path / "o.kml").exists()


def test_map_cli_export_and_geojson(tmp_path, sample):
    from geomap.cli import main

    src = tmp_path / "in.geojson"
    src.write_text(json.dumps(sample), encoding="utf-8")
    out = tmp_path / "m.html"
    rc = main(["map", str(src), "-o", str(out), "--offline", "--geojson", str(tmp_path / "m.geojson"),
               "--export", str(tmp_path / "m.csv")])
    assert rc == 0 and out.exists()
    merged = json.loads((tmp_path / "m.geojson").read_text(encoding="utf-8"))
    assert len(merged["features"]) == len(sample["features"])
    assert (tmp_path / "m.csv").read_text(encoding="utf-8-sig").count("\n") == 4
    assert main(["map", str(src), "-o", str(tmp_path / "n.html"), "--export", str(tmp_path / "n.dat"),
                 "--format", "parquet"]) == 0
    assert (tmp_path / "n.dat").read_bytes()[:4] == b"PAR1"
    assert main(["map", str(src), "-o", str(tmp_path / "p.html"), "--format", "gpkg"]) == 2
    assert not (tmp_path / "p.html").exists()
