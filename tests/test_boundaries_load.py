"""geomap.boundaries.load: the bundled files and user files (GADM-like) into the normalised layers."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from geomap import settings
from geomap.boundaries import load_boundaries
from geomap.exceptions import DataError, GeomapError

SHAPEFILES = settings.PROJECT_DIR / "shapefiles"


def test_load_is_cached_and_normalised(ne_boundaries):
    files = (SHAPEFILES / "ne_countries.shp", SHAPEFILES / "ne_admin1.shp", SHAPEFILES / "ne_disputed.shp")
    b = load_boundaries(*files, columns={})
    assert load_boundaries(*files, columns={}) is b  # once per process (other tests may clear it)
    assert list(b.countries.columns) == ["iso2", "iso3", "name", "geometry"]
    assert list(b.admin1_units.columns) == ["name", "iso2", "iso3", "country", "fips", "alt_names", "geometry"]
    assert list(b.disputed.columns) == ["name", "iso3_left", "iso3_right", "geometry"]
    assert b.countries.crs.to_epsg() == b.admin1_units.crs.to_epsg() == b.disputed.crs.to_epsg() == 4326
    assert b.source == "Natural Earth 1:10m v4.1.0 (QGIS world_map)"
    assert b.countries["iso3"].is_unique


# ---------------------------------------------------------------- user boundary files
def _square(x0, y0, x1, y1):
    return [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]]


def _write(path, features):
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": props, "geometry": {"type": "Polygon", "coordinates": coords}}
        for props, coords in features]}), encoding="utf-8")
    return path


@pytest.fixture()
def gadm_like(tmp_path):
    # Two countries with a 0.004° sliver between them, GADM-style column names.
    countries = _write(tmp_path / "adm0.geojson", [
        ({"GID_0": "AAA", "COUNTRY": "Alphaland"}, _square(10, 0, 11, 1)),
        ({"GID_0": "BBB", "COUNTRY": "Betaland"}, _square(11.004, 0, 12, 1)),
    ])
    admin1 = _write(tmp_path / "adm1.geojson", [
        ({"CC": "AAA", "PROV": "North Alpha", "NAT": "Alphaland"}, _square(10, 0.5, 11, 1)),
        ({"CC": "AAA", "PROV": "South Alpha", "NAT": "Alphaland"}, _square(10, 0, 11, 0.5)),
        ({"CC": "BBB", "PROV": "Béta Province", "NAT": "Betaland"}, _square(11.004, 0, 12, 1)),
    ])
    return countries, admin1, tmp_path / "no-disputed.geojson"


def test_user_files_with_column_mapping(gadm_like):
    countries, admin1, disputed = gadm_like
    b = load_boundaries(countries, admin1, disputed,
                        columns={"iso3": "CC", "name": "PROV", "country": "NAT"})
    assert b.source == "adm0.geojson + adm1.geojson"
    assert b.locate(10.5, 0.75) == ("AAA", "North Alpha")
    assert b.locate(11.5, 0.2) == ("BBB", "Béta Province")
    assert b.country("Alphaland")["iso3"] == "AAA"  # GID_0/COUNTRY found without mapping them
    assert b.admin1("beta")["country"] == "Betaland"
    frontier = b.frontier("AAA", "BBB")  # bridged across the sliver
    assert frontier.length_km == pytest.approx(111, rel=0.05)
    along = b.admin1_along(frontier)
    assert set(along["name"]) == {"North Alpha", "South Alpha", "Béta Province"}
    assert b.disputed.empty


def test_user_file_without_name_column_is_a_data_error(tmp_path, gadm_like):
    countries, _, _ = gadm_like
    admin1 = _write(tmp_path / "bad.geojson", [({"foo": "x"}, _square(10, 0, 11, 1))])
    with pytest.raises(DataError):
        load_boundaries(countries, admin1, columns={})
    with pytest.raises(GeomapError):
        load_boundaries(tmp_path / "missing.shp", admin1, columns={})


def test_settings_environment_selects_user_files(gadm_like, monkeypatch):
    countries, admin1, _ = gadm_like
    monkeypatch.setenv("GEOMAP_COUNTRIES", str(countries))
    monkeypatch.setenv("GEOMAP_ADMIN1", str(admin1))
    monkeypatch.setenv("GEOMAP_DISPUTED", str(countries.parent / "none.geojson"))
    monkeypatch.setenv("GEOMAP_COLUMNS", "iso3=CC,name=PROV,country=NAT")
    b = load_boundaries()
    assert b.locate(10.5, 0.25) == ("AAA", "South Alpha")
    assert b.country("Betaland")["iso3"] == "BBB"


def test_import_is_light():
    code = ("import sys, geomap.boundaries, geomap.cli.frontier; "
            "print(sorted(m for m in ('geopandas', 'shapely', 'pyogrio', 'pyproj', 'pandas') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
