"""``geomap frontier``: geomap.cli.frontier.run and its parser."""
from __future__ import annotations

import argparse
import io
import json

import pytest

from geomap import settings
from geomap.cli import main
from geomap.cli.frontier import add_parser, run as run_frontier
from geomap.exceptions import GeomapError, InputError, NotFoundError


@pytest.fixture(autouse=True)
def bundled_data(monkeypatch):
    for name in ("GEOMAP_COUNTRIES", "GEOMAP_ADMIN1", "GEOMAP_DISPUTED", "GEOMAP_COLUMNS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("GEOMAP_SHAPEFILES", str(settings.PROJECT_DIR / "shapefiles"))


def _parse(argv):
    parser = argparse.ArgumentParser(prog="geomap")
    add_parser(parser.add_subparsers(dest="command"))
    return parser.parse_args(argv)


def test_parser_wires_run_frontier():
    args = _parse(["frontier", "THA", "KHM", "-o", "x.geojson", "--within-km", "5"])
    assert args.run is run_frontier
    assert (args.a, args.b, str(args.output), args.within_km) == ("THA", "KHM", "x.geojson", 5.0)


def test_tha_khm_summary_and_geojson(tmp_path):
    out = io.StringIO()
    target = tmp_path / "frontier.geojson"
    assert run_frontier(_parse(["frontier", "THA", "KHM", "-o", str(target)]), out=out) == 0
    text = out.getvalue()
    assert "Thailand (THA)" in text and "Cambodia (KHM)" in text
    # measured on the detailed OpenStreetMap lines, the generalised Natural Earth figure beside it
    assert "820 km of shared land frontier" in text and "OpenStreetMap" in text
    assert "652 km on the generalised Natural Earth 1:10m v4.1.0" in text
    for name in ("Surin", "Si Sa Ket", "Sa Kaeo", "Chanthaburi", "Trat",
                 "Otdar Mean Chey", "Bântéay Méanchey", "Krong Pailin", "Batdâmbâng"):
        assert name in text
    assert text.index("Trat") < text.index("Cambodia side") < text.index("Batdâmbâng")

    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection"
    first, *units = data["features"]
    props = first["properties"]
    assert props["layer"] == "frontier" and (props["iso3_a"], props["iso3_b"]) == ("THA", "KHM")
    assert abs(props["length_km"] - 817) / 817 < 0.03 and props["stated_length_km"] is None  # Factbook: 817 km
    assert props["source"].startswith("OpenStreetMap")
    assert first["geometry"]["type"] in ("LineString", "MultiLineString")
    assert {u["properties"]["layer"] for u in units} == {"admin1"}
    assert {"Chanthaburi", "Batdâmbâng"} <= {u["properties"]["name"] for u in units}
    assert {u["properties"]["iso3"] for u in units} == {"THA", "KHM"}


def test_natural_earth_lines_on_request(tmp_path):
    out = io.StringIO()
    target = tmp_path / "frontier.geojson"
    assert run_frontier(_parse(["frontier", "THA", "KHM", "--lines", "natural-earth", "-o", str(target)]), out=out) == 0
    assert "652 km of shared land frontier" in out.getvalue() and "Natural Earth 1:10m v4.1.0" in out.getvalue()
    props = json.loads(target.read_text(encoding="utf-8"))["features"][0]["properties"]
    assert 561 <= props["length_km"] <= 759 and props["source"].startswith("Natural Earth")


def test_disputed_lines_listed():
    out = io.StringIO()
    run_frontier(_parse(["frontier", "India", "Pakistan"]), out=out)
    assert "Indian claim" in out.getvalue()


@pytest.mark.parametrize("argv, error", [
    (["frontier", "Narnia", "KHM"], NotFoundError),
    (["frontier", "THA", "FRA"], NotFoundError),
    (["frontier", "THA", "KHM", "--within-km", "-1"], InputError),
])
def test_errors_leave_no_file(tmp_path, argv, error):
    target = tmp_path / "out.geojson"
    with pytest.raises(error) as info:
        run_frontier(_parse(argv + ["-o", str(target)]), out=io.StringIO())
    assert "\n" not in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_missing_output_folder_is_an_input_error(tmp_path):
    with pytest.raises(InputError):
        run_frontier(_parse(["frontier", "THA", "KHM", "-o", str(tmp_path / "no" / "x.geojson")]),
                     out=io.StringIO())


def test_main_exits_2_with_one_line(capsys):
    assert main(["frontier", "Narnia", "KHM"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Narnia" in err and err.startswith("geomap: ")
    assert issubclass(NotFoundError, GeomapError)
