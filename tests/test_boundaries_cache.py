"""geomap.boundaries.cache: the prepared layers come back from the cache equal to a fresh read,
without GDAL, and an edited file or a broken cache file is read again."""
from __future__ import annotations

import json
import os

import pytest
from pandas.testing import assert_frame_equal

from geomap import settings
from geomap.boundaries import cache as boundary_cache
from geomap.boundaries import load as B

SHAPEFILES = settings.PROJECT_DIR / "shapefiles"


@pytest.fixture()
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("GEOMAP_CACHE_DIR", str(tmp_path / "cache"))
    B._load.cache_clear()
    yield tmp_path / "cache" / "boundaries"
    B._load.cache_clear()


def _no_reading(monkeypatch):
    def fail(*_a, **_k):
        raise AssertionError("read the boundary files although the cache holds them")

    monkeypatch.setattr(B, "_read", fail)


def _files():
    return (SHAPEFILES / "ne_countries.shp", SHAPEFILES / "ne_admin1.shp", SHAPEFILES / "ne_disputed.shp")


def test_second_load_comes_from_the_cache_and_equals_a_fresh_read(cache, monkeypatch):
    fresh = B.load_boundaries(*_files(), columns={})
    assert len(list(cache.glob("*.pickle"))) == 1
    B._load.cache_clear()
    with monkeypatch.context() as m:
        _no_reading(m)
        again = B.load_boundaries(*_files(), columns={})
    assert again is not fresh
    for name in ("countries", "admin1_units", "disputed"):
        got, want = getattr(again, name), getattr(fresh, name)
        assert_frame_equal(got.drop(columns="geometry"), want.drop(columns="geometry"))
        assert list(got.geometry.to_wkb()) == list(want.geometry.to_wkb())
    assert again._admin1_keys == fresh._admin1_keys and again._country_keys == fresh._country_keys
    assert again.source == fresh.source
    assert again.locate(100.5, 13.75) == ("THA", "Bangkok Metropolis")
    assert round(again.frontier("THA", "KHM").length_km) == round(fresh.frontier("THA", "KHM").length_km)


def _square(x0, y0, x1, y1):
    return [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]]


def _write(path, features):
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": props, "geometry": {"type": "Polygon", "coordinates": _square(*box)}}
        for props, box in features]}), encoding="utf-8")
    return path


def test_an_edited_file_or_other_columns_are_read_again(cache, tmp_path):
    countries = _write(tmp_path / "adm0.geojson", [({"GID_0": "AAA", "COUNTRY": "Alphaland"}, (10, 0, 11, 1))])
    admin1 = _write(tmp_path / "adm1.geojson", [({"CC": "AAA", "PROV": "North Alpha"}, (10, 0, 11, 1))])
    columns = {"iso3": "CC", "name": "PROV"}
    assert B.load_boundaries(countries, admin1, tmp_path / "none.geojson", columns=columns).admin1("North Alpha")["iso3"] == "AAA"
    B._load.cache_clear()
    _write(admin1, [({"CC": "AAA", "PROV": "Renamed Alpha"}, (10, 0, 11, 1))])
    stat = admin1.stat()
    os.utime(admin1, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    b = B.load_boundaries(countries, admin1, tmp_path / "none.geojson", columns=columns)
    assert list(b.admin1_units["name"]) == ["Renamed Alpha"]
    B._load.cache_clear()
    other = B.load_boundaries(countries, admin1, tmp_path / "none.geojson", columns={"iso3": "CC", "name": "CC"})
    assert list(other.admin1_units["name"]) == ["AAA"]
    assert len(list(cache.glob("*.pickle"))) == 2  # one slot per set of files and columns


def test_a_broken_cache_file_is_replaced_and_a_missing_file_still_an_error(cache, monkeypatch, tmp_path):
    B.load_boundaries(*_files(), columns={})
    (pickled,) = cache.glob("*.pickle")
    pickled.write_bytes(b"not a pickle")
    B._load.cache_clear()
    b = B.load_boundaries(*_files(), columns={})
    assert b.locate(100.5, 13.75) == ("THA", "Bangkok Metropolis")
    assert pickled.stat().st_size > 1000
    B._load.cache_clear()
    with pytest.raises(B.DataError):
        B.load_boundaries(tmp_path / "missing.shp", SHAPEFILES / "ne_admin1.shp", columns={})


def test_key_names_the_inputs():
    files = tuple(str(p) for p in _files())
    key = boundary_cache.cache_key(files, (), B._prepare)
    assert key == boundary_cache.cache_key(files, (), B._prepare)
    assert key != boundary_cache.cache_key(files, (("name", "NAME_1"),), B._prepare)
    assert key != boundary_cache.cache_key(files[:2] + (None,), (), B._prepare)


def test_slots_of_files_that_are_gone_are_dropped(cache, tmp_path):
    gone = tmp_path / "gone"
    gone.mkdir()
    countries = _write(gone / "adm0.geojson", [({"GID_0": "AAA", "COUNTRY": "Alphaland"}, (10, 0, 11, 1))])
    admin1 = _write(gone / "adm1.geojson", [({"CC": "AAA", "PROV": "North Alpha"}, (10, 0, 11, 1))])
    B.load_boundaries(countries, admin1, None, columns={"iso3": "CC", "name": "PROV"})
    assert len(list(cache.glob("*.pickle"))) == 1
    for f in gone.iterdir():
        f.unlink()
    B._load.cache_clear()
    B.load_boundaries(*_files(), columns={})
    (left,) = cache.glob("*.pickle")
    assert left.stat().st_size > 1_000_000  # the bundled layers' slot, not the vanished files'


def _size(path: str) -> int:
    return os.path.getsize(path)


def test_the_slots_of_checkouts_used_side_by_side_stay_and_stay_bounded(cache, tmp_path):
    """Each checkout has its own slot (its own paths): those used today all stay (more than
    KEEP), those unused for long go, and no more than MOST are kept; a slot read is marked used."""
    import time

    def slot_of(name: str) -> str:
        f = tmp_path / name / "layer.txt"
        f.parent.mkdir()
        f.write_text(name)
        assert boundary_cache.prepared((str(f),), (), _size, str(f)) == len(name)
        return str(f)

    now = time.time()
    today = [slot_of(f"today{i}") for i in range(6)]
    for i, path in enumerate(today):
        slot = cache / f"{boundary_cache._slot((path,), ())}.pickle"
        os.utime(slot, (now - 3600 * (i + 2),) * 2)
    stale = [slot_of(f"old{i}") for i in range(2)]
    for path in stale:
        old = now - (boundary_cache.RECENT_HOURS + 48) * 3600
        os.utime(cache / f"{boundary_cache._slot((path,), ())}.pickle", (old, old))
    read = cache / f"{boundary_cache._slot((today[-1],), ())}.pickle"
    boundary_cache.prepared((today[-1],), (), lambda _p: 1 / 0, today[-1])  # from its slot, not built
    assert now - read.stat().st_mtime < 60  # marked used
    slot_of("new")
    kept = {p.name for p in cache.glob("*.pickle")}
    assert kept == {f"{boundary_cache._slot((p,), ())}.pickle" for p in today + [str(tmp_path / "new/layer.txt")]}
    for i in range(boundary_cache.MOST + 3):
        slot_of(f"many{i}")
    assert len(list(cache.glob("*.pickle"))) <= boundary_cache.MOST
