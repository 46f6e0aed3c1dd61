"""The gazetteer index in the cache: damaged files rebuilt, one build at a time, no orphans,
and the user's own rows checked (issue 13).

Every test uses its own cache folder (tmp_path), seeded with a copy of the built index; a
real build takes minutes and a gigabyte, so ``build_index`` is replaced by a copy of that
index where a test must see a build happen (the code deciding when to build is real).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from geomap.exceptions import DataError, InputError


@pytest.fixture(scope="module")
def built_index() -> Path:
    """The index of the caller's cache (built once if missing)."""
    from geomap.gazetteer.build import ensure_index

    return ensure_index()


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    folder.mkdir()
    monkeypatch.setenv("GEOMAP_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def fake_build(monkeypatch, built_index):
    """build_index replaced by a copy of the built index; returns the list of builds."""
    import geomap.gazetteer.build as build

    builds: list = []

    def copy(path=None):
        builds.append(path)
        time.sleep(0.3)
        tmp = Path(f"{path}.copying")
        shutil.copy(built_index, tmp)
        os.replace(tmp, path)
        return Path(path)

    monkeypatch.setattr(build, "build_index", copy)
    return builds


def _damage(path: Path) -> None:
    """Overwrite a stretch in the middle of every 4 MB, as a disk fault or an interrupted copy would."""
    size = path.stat().st_size
    with open(path, "r+b") as f:
        for at in range(2 * 2**20, size - 2**20, 4 * 2**20):
            f.seek(at)
            f.write(b"\xff" * 65536)


def test_an_index_damaged_in_the_middle_is_rebuilt(cache, built_index, fake_build, caplog):
    """It used to fail every later command with "database disk image is malformed"."""
    from geomap.gazetteer import Gazetteer

    shutil.copy(built_index, cache / "gazetteer.sqlite")
    _damage(cache / "gazetteer.sqlite")
    g = Gazetteer()  # the header and meta table are intact: opening works
    assert fake_build == []
    countries = g.countries()  # reads every entry page: hits the damage
    assert len(countries) > 150 and countries["TH"].name == "Thailand"
    assert len(fake_build) == 1 and "damaged" in caplog.text
    assert g.lookup("Surin", country="TH")[0].iso2 == "TH"
    assert not [p for p in cache.iterdir() if p.name.endswith(".tmp")]


def test_a_damaged_index_the_user_named_is_a_one_line_error(tmp_path, built_index):
    from geomap.gazetteer import Gazetteer

    path = tmp_path / "mine.sqlite"
    shutil.copy(built_index, path)
    _damage(path)
    g = Gazetteer(path, extra_files=[])
    with pytest.raises(DataError, match="damaged") as e:
        g.countries()
    assert "\n" not in str(e.value)


def test_a_killed_build_leaves_no_orphan(cache, built_index, fake_build):
    from geomap.gazetteer.build import ensure_index

    orphans = [".gazetteer.k2j4x8q_.sqlite.tmp", "tmpab12cd34.tmp"]  # this version's and older versions'
    keep = ["notes.tmp", "gazetteer.lock.bak"]
    for name in orphans + keep:
        (cache / name).write_bytes(b"\0" * 1024)
    assert ensure_index() == cache / "gazetteer.sqlite" and len(fake_build) == 1  # empty cache: built
    assert sorted(p.name for p in cache.iterdir()) == sorted(keep + ["gazetteer.lock", "gazetteer.sqlite"])
    (cache / orphans[0]).write_bytes(b"\0")  # an orphan beside a current index goes too
    ensure_index()
    assert not (cache / orphans[0]).exists() and len(fake_build) == 1


def test_a_failed_build_removes_its_temporary_file(cache, monkeypatch):
    import geomap.gazetteer.build as build

    monkeypatch.setattr(build, "source_fingerprint", lambda: 1 / 0)  # fails after the big insert
    monkeypatch.setattr(build, "_Writer", _TinyWriter)
    for name in ("_country_points", "_admin1_frame", "_add_divisions", "_read_csv", "_capital_ids",
                 "add_english_admin1_names"):
        monkeypatch.setattr(build, name, _stub(name))
    monkeypatch.setattr(build, "_geonames_dir", lambda: _tiny_geonames(cache.parent))
    with pytest.raises(ZeroDivisionError):
        build.build_index(cache / "gazetteer.sqlite")
    assert list(cache.iterdir()) == []


class _TinyWriter:
    def __init__(self):
        self.entries = [(1, "g", "n", 0.0, 0.0, "city", "city", "", "", None, 0, "")]
        self.names = [("n", "n", 1, 0.0, 1)]

    def add(self, *a, **k):
        return 1


def _stub(name):
    import geopandas as gpd

    return {"_country_points": lambda: {}, "_admin1_frame": lambda: (gpd.GeoDataFrame(geometry=[]), []),
            "_add_divisions": lambda *a: None, "_read_csv": lambda *a: [],
            "_capital_ids": lambda *a: set(), "add_english_admin1_names": lambda *a: 0}[name]


def _tiny_geonames(folder: Path) -> Path:
    d = folder / "gn"
    d.mkdir(exist_ok=True)
    for name in ("countries.json", "cities500.json", "continents.json"):
        (d / name).write_text("{}")
    return d


LOCKED_BUILD = r"""
import os, shutil, sys, time
from pathlib import Path
import geomap.gazetteer.build as build

def copy(path=None):
    with open(sys.argv[2], "a") as f:
        f.write(f"{os.getpid()}\n")
    time.sleep(1.5)
    tmp = Path(f"{path}.copying")
    shutil.copy(sys.argv[1], tmp)
    os.replace(tmp, path)
    return Path(path)

build.build_index = copy
print(build.ensure_index())
"""


def test_two_processes_on_an_empty_cache_build_once(cache, built_index, tmp_path):
    """Both used to build the index (162 s and 860 MB each); the second now waits and uses it."""
    log = tmp_path / "builds.txt"
    env = {**os.environ, "GEOMAP_CACHE_DIR": str(cache)}
    procs = [subprocess.Popen([sys.executable, "-c", LOCKED_BUILD, str(built_index), str(log)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    assert [o[0].strip() for o in outs] == [str(cache / "gazetteer.sqlite")] * 2
    assert len(log.read_text().split()) == 1, "the index was built twice"
    assert any("waiting" in o[1] for o in outs), outs


@pytest.mark.parametrize("row,message", [
    ("Fooville,14.5,103.5,many", "population"),
    ("Fooville,14.5,103.5,-3", "population"),
    ("Fooville,abc,103.5,1", "lat/lon"),
    ("Fooville,nan,103.5,1", "lat/lon"),
    ("Fooville,,103.5,1", "lat/lon"),
    (",14.5,103.5,1", "needs a name"),
])
def test_user_gazetteer_rows_that_cannot_be_read_are_named(tmp_path, row, message):
    from geomap.gazetteer.user import read_user_entries

    path = tmp_path / "mine.csv"
    path.write_text("name,lat,lon,population\n" + row + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=message) as e:
        read_user_entries(path)
    assert "line 2" in str(e.value) and "\n" not in str(e.value)


def test_cli_with_a_bad_user_gazetteer_is_one_line(tmp_path, capsys):
    from geomap.cli import main

    (tmp_path / "mine.csv").write_text("name,lat,lon,population\nFooville,14.5,103.5,many\n")
    (tmp_path / "a.txt").write_text("Troops clashed near Fooville on Monday.")
    assert main(["--gazetteer", str(tmp_path / "mine.csv"), "extract", str(tmp_path / "a.txt")]) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"geomap: {tmp_path / 'mine.csv'}: line 2: 'Fooville' has no valid population ('many')"
