"""geomap.mapfiles: the map page and its PNG, written together or not at all; the static
matplotlib PNG when no browser is there (GEOMAP_CHROMIUM=none hides the installed one)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import bundled_env

ROOT = Path(__file__).resolve().parent.parent
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def test_png_without_a_browser_is_drawn_with_matplotlib_and_every_output_is_written(tmp_path):
    """As a user without Chromium: `geomap map --png --geojson` writes all three files
    (the sample has incidents drawn as bands along the frontier)."""
    env = {**bundled_env(), "GEOMAP_CHROMIUM": "none"}
    proc = subprocess.run([sys.executable, "-m", "geomap", "map", str(ROOT / "examples/thailand_cambodia_border.txt"),
                           "--published", "2025-07-28", "-o", "tc.html", "--png", "tc.png", "--geojson", "tc.geojson"],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr
    assert "matplotlib" in proc.stderr  # says which drawing it made
    png = (tmp_path / "tc.png").read_bytes()
    assert png.startswith(PNG_MAGIC) and len(png) > 20_000
    layers = [f["properties"]["layer"] for f in json.loads((tmp_path / "tc.geojson").read_text())["features"]]
    assert "incident" in layers and "frontier" in layers
    assert "geomap.layer(" in (tmp_path / "tc.html").read_text()


def test_static_png_draws_incidents_along_the_frontier():
    from geomap.render.png import static_png
    from test_render import load_fixture

    fc = load_fixture("render_thailand_cambodia.geojson")
    assert any(f["geometry"]["type"] == "LineString" for f in fc["features"]
               if f["properties"]["layer"] == "incident")
    assert static_png(fc, boundaries=False).startswith(PNG_MAGIC)


def test_browser_is_hidden_by_the_setting(monkeypatch):
    from geomap import settings
    from geomap.render.png import browser_available, chromium_path

    with settings.override(GEOMAP_CHROMIUM="none"):
        assert chromium_path() is None and not browser_available()


def test_a_picture_that_fails_leaves_no_output_at_all(tmp_path, monkeypatch, capsys):
    import geomap.mapfiles
    from geomap.cli import main
    from geomap.exceptions import GeomapError

    def broken(*args, **kwargs):
        raise GeomapError("PNG: the drawing failed")

    monkeypatch.setattr(geomap.mapfiles, "map_png", broken)
    outputs = [tmp_path / n for n in ("m.html", "m.png", "m.geojson", "m.csv")]
    rc = main(["map", str(ROOT / "tests/fixtures/render_armenia_azerbaijan.geojson"), "-o", str(outputs[0]),
               "--png", str(outputs[1]), "--geojson", str(outputs[2]), "--export", str(outputs[3])])
    assert rc == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["geomap: PNG: the drawing failed"]
    assert list(tmp_path.iterdir()) == []  # no output, no temporary file


def test_a_failing_export_removes_the_map_already_made(tmp_path, monkeypatch):
    """The map and PNG are ready before the data files; a late failure still writes nothing."""
    import geomap.api
    from geomap.cli import main
    from geomap.exceptions import GeomapError

    def broken(self, path, format=None):
        raise GeomapError("cannot write")

    monkeypatch.setattr(geomap.api.Result, "to_file", broken)
    out = tmp_path / "m.html"
    rc = main(["map", str(ROOT / "tests/fixtures/render_armenia_azerbaijan.geojson"), "-o", str(out),
               "--geojson", str(tmp_path / "m.geojson")])
    assert rc == 2 and list(tmp_path.iterdir()) == []
