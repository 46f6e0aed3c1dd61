"""The Python API: geomap.read / read_many / read_file and Result."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import geomap
from geomap.exceptions import InputError
from spec_layers import LAYERS, SPEC

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLE = FIXTURES / "api_sample_article.txt"


@pytest.fixture(scope="module")
def sample_fc() -> dict:
    return json.loads((FIXTURES / "export_sample.geojson").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def sample(sample_fc) -> geomap.Result:
    return geomap.Result(sample_fc)


@pytest.fixture(scope="module")
def article() -> geomap.Result:
    return geomap.read(ARTICLE, published="2025-03-06")


def test_import_is_light():
    code = ("import sys, geomap; heavy = [m for m in ('folium', 'matplotlib', 'playwright', 'geopandas') "
            "if m in sys.modules]; print(','.join(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_all_names_resolve():
    for name in geomap.__all__:
        assert getattr(geomap, name) is not None, name
    assert {"read", "read_many", "read_file", "Result"} <= set(geomap.__all__)
    with pytest.raises(AttributeError):
        geomap.no_such_thing  # noqa: B018


def test_docstrings_are_numpydoc():
    for obj in (geomap.read, geomap.read_many, geomap.read_file, geomap.Result, geomap.Result.to_file,
                geomap.Result.to_map, geomap.read_acled, geomap.write_collection):
        doc = obj.__doc__ or ""
        assert "Parameters\n" in doc and "----------" in doc, obj
    assert "Returns" in geomap.read.__doc__


def test_layers_are_geodataframes_with_spec_columns(sample):
    import geopandas as gpd

    for name in LAYERS:
        gdf = getattr(sample, name)
        assert isinstance(gdf, gpd.GeoDataFrame)
        assert gdf.crs.to_epsg() == 4326
        assert list(gdf.columns[:len(SPEC[name])]) == SPEC[name]
        assert gdf is sample[name] and sample[name.rstrip("s")] is gdf or name == "displacement"
    assert len(sample.incidents) == 3 and len(sample.places) == 2
    inc = sample.incidents
    assert str(inc["fatalities"].dtype) == "Int64"
    assert inc.loc[inc.location == "Aranyaprathet", "fatalities"].iloc[0] == 2
    assert sorted(inc.geom_type) == ["LineString", "MultiLineString", "Point"]


def test_empty_result_has_empty_frames_with_columns():
    r = geomap.Result()
    for name in LAYERS:
        gdf = getattr(r, name)
        assert len(gdf) == 0 and list(gdf.columns[:len(SPEC[name])]) == SPEC[name]
        assert gdf.crs.to_epsg() == 4326
    assert repr(r) == "<geomap.Result: 0 documents, 0 places, 0 incidents, 0 displacement, 0 frontier>"


def test_repr_and_counts(sample):
    assert repr(sample) == "<geomap.Result: 1 document, 2 places, 3 incidents, 1 displacement, 1 frontier>"
    assert sample.counts() == {"places": 2, "incidents": 3, "displacement": 1, "frontier": 1}


def test_maps(sample):
    import folium

    m = sample.to_map(offline=True)
    assert isinstance(m, folium.Map)
    base = folium.Map()
    assert sample.explore(m=base, offline=True) is base
    html = sample._repr_html_()
    assert html.startswith("<div") and "iframe" in html


def test_maps_are_self_contained_by_default(sample):
    """explore(), Jupyter's inline map and save_map need no network unless asked (offline=False)."""
    from geomap.render.mapbuild import render_html

    for html in (render_html(sample.explore()), sample._repr_html_()):
        assert "cdn.jsdelivr.net" not in html and "tile.openstreetmap.org" not in html
        assert "Leaflet" in html  # inlined
    assert "cdn.jsdelivr.net" in render_html(sample.explore(offline=False))


def test_merge_and_to_geojson(sample, sample_fc):
    two = sample + sample
    assert len(two) == 2 and two.counts()["incidents"] == 6
    assert sum([sample, sample]).counts() == two.counts()
    assert geomap.Result.concat([sample, sample, sample]).counts()["places"] == 6
    assert sample.to_geojson() == sample_fc
    merged = two.to_geojson()
    assert merged["type"] == "FeatureCollection" and len(merged["features"]) == 14
    assert {f["properties"]["document"] for f in merged["features"]} == {"export_sample"}
    assert list(two.incidents["document"].unique()) == ["export_sample"]
    assert [len(r.incidents) for r in two] == [3, 3]
    with pytest.raises(TypeError):
        sample + 1  # noqa: B018


@pytest.mark.parametrize("ext", ["geojson", "gpkg", "parquet"])
def test_to_file_read_file_round_trip(tmp_path, sample, ext):
    path = sample.to_file(tmp_path / f"layers.{ext}")
    back = geomap.read_file(path)
    assert back.counts() == sample.counts()
    a = sample.incidents.sort_values("location").reset_index(drop=True)
    b = back.incidents.sort_values("location").reset_index(drop=True)
    for col in ("event_type", "sub_event_type", "date", "location", "geo_precision"):
        assert a[col].tolist() == b[col].tolist(), col
    assert a["fatalities"].astype("Float64").fillna(-1).tolist() == b["fatalities"].astype("Float64").fillna(-1).tolist()
    for ga, gb in zip(a.geometry, b.geometry):
        assert ga.equals_exact(gb, 1e-9) or ga.buffer(0).equals(gb.buffer(0)) or ga.equals(gb)
    assert geomap.read_file(path, layer="incidents").counts() == {"places": 0, "incidents": 3, "displacement": 0,
                                                                  "frontier": 0}


def test_csv_round_trip_same_incidents(tmp_path, sample):
    path = sample.to_file(tmp_path / "acled.csv")
    back = geomap.read_file(path)
    assert back.counts()["incidents"] == 3
    a, b = sample.incidents, back.incidents
    assert a["event_type"].tolist() == b["event_type"].tolist()
    assert a["date"].tolist() == b["date"].tolist()
    for ga, gb in zip(a.geometry, b.geometry):
        assert ga.geom_type == gb.geom_type and ga.equals_exact(gb, 1e-5)


@pytest.mark.filterwarnings("ignore:.*(extension|conformant).*:RuntimeWarning")
def test_to_file_format_override_and_bad_format(tmp_path, sample):
    p = sample.to_file(tmp_path / "layers.dat", format="gpkg")
    assert p.read_bytes()[:15] == b"SQLite format 3"
    with pytest.raises(InputError):
        sample.to_file(tmp_path / "layers.kml")


def test_read_dict_and_bad_inputs(sample_fc, tmp_path):
    assert geomap.read(sample_fc).counts()["incidents"] == 3
    with pytest.raises(InputError, match="no such file"):
        geomap.read("missing_article.txt")
    with pytest.raises(InputError, match="no such file"):
        geomap.read_file(tmp_path / "nope.gpkg")
    with pytest.raises(InputError):
        geomap.read(12)
    with pytest.raises(InputError, match="no 'text'"):
        geomap.read({"id": "x", "text": "  "})


def test_read_file_jsonl_batch_output(tmp_path, sample_fc):
    path = tmp_path / "out.jsonl"
    path.write_text(json.dumps({"id": "a", **sample_fc}) + "\n" + json.dumps({"id": "b", "error": "empty"}) + "\n",
                    encoding="utf-8")
    r = geomap.read_file(path)
    assert len(r) == 1 and r.errors == [("b", "empty")]


# ------------------------------------------------------------ with the reading pipeline

def test_read_article_file(article):
    assert len(article) == 1
    assert article.counts()["places"] > 0 and article.counts()["incidents"] > 0
    assert "Sa Kaeo" in set(article.places["name"]) | set(article.places["admin1"].dropna())
    assert article.collections[0]["published"] == "2025-03-06"
    assert set(article.incidents["document"]) == {"api_sample_article.txt"}


def test_read_text_same_as_file(article):
    r = geomap.read(ARTICLE.read_text(encoding="utf-8"), published="2025-03-06")
    assert r.counts() == article.counts()


def test_read_many_mixed_inputs_and_errors(tmp_path, sample_fc):
    batch = tmp_path / "batch.jsonl"
    batch.write_text(json.dumps({"id": "j1", "text": "Troops clashed near Poipet in Banteay Meanchey on Monday.",
                                 "published": "2025-03-10"}) + "\n", encoding="utf-8")
    r = geomap.read_many([ARTICLE, "Shells hit Aranyaprathet in Sa Kaeo province.", batch, sample_fc,
                          {"id": "bad", "text": ""}], published="2025-03-06", errors="skip")
    assert len(r) == 4 and r.errors and r.errors[0][0] == "bad"
    assert "1 error" in repr(r)
    with pytest.raises(InputError):
        geomap.read_many([{"id": "bad", "text": ""}])
    single = geomap.read_many(batch)
    assert len(single) == 1 and single.collections[0]["id"] == "j1"
