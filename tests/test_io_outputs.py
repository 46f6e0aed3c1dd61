"""Output paths checked before the work (geomap.io.atomic.check_output), one-line errors for
paths that cannot be written, and debris of killed runs removed (issue 13)."""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from geomap.exceptions import GeomapError, OutputError
from geomap.io import atomic

ARTICLE = "Shelling hit Kantharalak in Sisaket province, Thailand, on 24 July 2025."
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def no_work(monkeypatch):
    """Reading an article fails the test: the output checks must come first."""
    import geomap.reading.pipeline as pipeline

    def boom(*a, **k):
        raise AssertionError("the work started before the output path was checked")

    monkeypatch.setattr(pipeline, "extract_file", boom)
    monkeypatch.setattr(pipeline, "extract_article", boom)


def _bad_outputs(tmp_path: Path) -> dict[str, Path]:
    (tmp_path / "folder.geojson").mkdir()
    (tmp_path / "folder.html").mkdir()
    (tmp_path / "plain_file").write_text("x")
    return {"existing folder": tmp_path / "folder.geojson", "existing folder (map)": tmp_path / "folder.html",
            "under a file": tmp_path / "plain_file" / "out.geojson"}


def test_check_output(tmp_path):
    for what, path in _bad_outputs(tmp_path).items():
        with pytest.raises(OutputError) as e:
            atomic.check_output(path)
        assert "\n" not in str(e.value), what
    assert atomic.check_output(tmp_path / "new" / "deeper" / "x.geojson")  # folders made when written
    assert isinstance(OutputError("x"), OSError) and isinstance(OutputError("x"), GeomapError)
    assert [p.name for p in tmp_path.iterdir() if ".tmp" in p.name] == []  # the probe is gone


@pytest.mark.skipif(IS_ROOT, reason="root writes into read-only folders")
def test_read_only_folder_is_refused(tmp_path, article, no_work, capsys):
    from geomap.cli import main

    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        with pytest.raises(OutputError, match="not writable|Permission"):
            atomic.check_output(ro / "x.geojson")
        assert main(["extract", str(article), "-o", str(ro / "x.geojson")]) == 2
        assert "cannot write" in capsys.readouterr().err
    finally:
        ro.chmod(0o755)


@pytest.mark.skipif(not os.path.isdir("/sys/kernel"), reason="needs Linux sysfs (read-only for everyone)")
def test_a_folder_nobody_can_write_is_refused_before_the_work(tmp_path, article, no_work, capsys):
    from geomap.cli import main

    assert main(["extract", str(article), "-o", "/sys/kernel/geomap.geojson"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("geomap: cannot write /sys/kernel/geomap.geojson (-o): ") and "\n" not in err


@pytest.mark.parametrize("argv", [
    ["extract", "{article}", "-o", "{tmp}/folder.geojson"],
    ["extract", "{article}", "-o", "{tmp}/plain_file/x.geojson"],
    ["map", "{article}", "-o", "{tmp}/folder.html"],
    ["map", "{article}", "-o", "{tmp}/m.html", "--geojson", "{tmp}/folder.geojson"],
    ["map", "{article}", "-o", "{tmp}/m.html", "--export", "{tmp}/plain_file/x.gpkg"],
    ["map", "{article}", "-o", "{tmp}/m.html", "--png", "{tmp}/folder.html"],
    ["frontier", "THA", "KHM", "-o", "{tmp}/folder.geojson"],
])
def test_cli_refuses_bad_outputs_before_the_work_with_one_line(tmp_path, article, no_work, monkeypatch,
                                                                capsys, argv):
    from geomap.cli import main

    _bad_outputs(tmp_path)
    import geomap.boundaries

    monkeypatch.setattr(geomap.boundaries, "load_boundaries",
                        lambda *a, **k: pytest.fail("frontier loaded the boundaries first"))
    args = [a.format(article=article, tmp=tmp_path) for a in argv]
    assert main(args) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("geomap: ") and "\n" not in err and "Traceback" not in err, err
    assert "cannot write" in err or "folder" in err, err
    assert not (tmp_path / "m.html").exists()


def test_a_write_that_fails_late_is_one_line_too(tmp_path):
    """Checks cannot foresee everything (a folder made between check and write)."""
    target = tmp_path / "late.geojson"
    target.mkdir()
    with pytest.raises(OutputError, match="folder"):
        atomic.write_text(target, "{}")
    (tmp_path / "f").write_text("x")
    with pytest.raises(OutputError, match="cannot write"):
        atomic.write_text(tmp_path / "f" / "x.json", "{}")


def _age(path: Path, minutes: float) -> None:
    t = time.time() - minutes * 60
    os.utime(path, (t, t))


def test_stale_temp_files_of_killed_runs_are_removed_only_geomaps(tmp_path):
    """A killed run leaves `.NAME.xxxxxxxx.tmp` and a `.tmp.gpkg` with its journal beside the target."""
    debris = [".map.k2j4x8q_.tmp.html", ".layers.ab12cd34.tmp.gpkg", ".layers.ab12cd34.tmp.gpkg-journal",
              ".out.zzzzzzzz.tmp"]
    users = ["notes.tmp", ".hidden", ".my.file.tmp", "map.html", ".x.ABCDEFGH.tmp", ".out.zzzzzzzz.tmp.bak~"]
    fresh = ".fresh.abcdefgh.tmp.geojson"  # another run writing now
    for name in debris + users + [fresh]:
        (tmp_path / name).write_bytes(b"x")
        if name != fresh:
            _age(tmp_path / name, 120)
    atomic.write_text(tmp_path / "new.geojson", "{}")
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == sorted(users + [fresh, "new.geojson"])


def test_interrupted_write_removes_its_own_temp(tmp_path):
    with pytest.raises(KeyboardInterrupt):
        with atomic.atomic_path(tmp_path / "x.gpkg") as tmp:
            tmp.write_bytes(b"half")
            Path(f"{tmp}-journal").write_bytes(b"j")
            raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []
