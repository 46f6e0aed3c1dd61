"""The ``geomap`` command line as a user runs it: help, geocode, frontier, bad input.

Every command runs in a subprocess (``python -m geomap``, which is what the ``geomap``
console script calls), so exit codes, standard error and files left behind are the real ones.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

SUBCOMMANDS = {
    # sub-command -> words its --help must contain to describe itself
    "extract": ["GeoJSON", "--published"],
    "map": ["map", "--cdn", "--png"],
    "geocode": ["gazetteer", "--country"],
    "frontier": ["border", "length"],
}


def _env() -> dict[str, str]:
    """The caller's environment minus user data overrides, so the bundled data is used.

    GEOMAP_CACHE_DIR is kept: it points at an already built gazetteer index, if any.
    """
    env = {k: v for k, v in os.environ.items()
           if k not in {"GEOMAP_COUNTRIES", "GEOMAP_ADMIN1", "GEOMAP_DISPUTED", "GEOMAP_COLUMNS",
                        "GEOMAP_GAZETTEER", "GEOMAP_SHAPEFILES", "GEOMAP_OUTPUT"}}
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def geomap(*args: str, cwd: Path | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run ``geomap ARGS...`` and return the finished process (text stdout/stderr)."""
    return subprocess.run([sys.executable, "-m", "geomap", *args], cwd=cwd, env=_env(),
                          capture_output=True, text=True, encoding="utf-8", timeout=timeout)


# -- help -------------------------------------------------------------------------------------

def test_top_level_help_lists_every_subcommand():
    proc = geomap("--help")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("usage: geomap")
    assert "news reports of border conflicts" in proc.stdout
    for name in SUBCOMMANDS:
        assert re.search(rf"^\s+{name}\s+\S", proc.stdout, re.M), f"{name} missing from --help"


@pytest.mark.parametrize("name", sorted(SUBCOMMANDS))
def test_subcommand_help(name):
    proc = geomap(name, "--help")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(f"usage: geomap {name}")
    for word in SUBCOMMANDS[name]:
        assert word in proc.stdout, f"'geomap {name} --help' does not mention {word!r}"


def test_console_script_is_installed():
    script = Path(sys.executable).with_name("geomap")
    if not script.exists():
        pytest.skip(f"no geomap console script beside {sys.executable}")
    proc = subprocess.run([str(script), "--help"], env=_env(), capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stdout.startswith("usage: geomap")


def test_no_command_prints_usage_and_fails():
    proc = geomap()
    assert proc.returncode != 0
    assert "usage: geomap" in proc.stdout + proc.stderr


# -- geocode ----------------------------------------------------------------------------------

def _candidates(stdout: str) -> list[str]:
    """The numbered candidate lines of ``geomap geocode``, in rank order."""
    return [line for line in stdout.splitlines() if re.match(r"^\s*\d+\.\s", line)]


def test_geocode_chanthaburi_is_in_thailand():
    proc = geomap("geocode", "Chanthaburi")
    assert proc.returncode == 0, proc.stderr
    lines = _candidates(proc.stdout)
    assert lines, proc.stdout
    assert "Thailand" in lines[0]
    assert re.search(r"\(12\.\d+, 102\.\d+\)", lines[0])


def test_geocode_tak_in_thailand_with_country():
    proc = geomap("geocode", "Tak", "--country", "TH")
    assert proc.returncode == 0, proc.stderr
    lines = _candidates(proc.stdout)
    assert re.match(r"^\s*1\. Tak, Thailand\b", lines[0]), lines[0]
    assert all("Thailand" in line for line in lines)
    assert not any("Japan" in line or "Takamatsu" in line for line in lines)


def test_geocode_georgetown_is_guyana_first():
    proc = geomap("geocode", "Georgetown")
    assert proc.returncode == 0, proc.stderr
    lines = _candidates(proc.stdout)
    assert "Guyana" in lines[0], lines[0]
    assert any("Malaysia" in line for line in lines[1:]), "George Town (MY) should still be a candidate"


def test_geocode_unknown_name_fails_with_one_line():
    proc = geomap("geocode", "Xqzvwplk")
    assert proc.returncode != 0
    assert proc.stdout == ""
    assert len(proc.stderr.strip().splitlines()) == 1


# -- frontier ---------------------------------------------------------------------------------

def test_frontier_tha_khm():
    proc = geomap("frontier", "THA", "KHM")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    m = re.search(r"([\d,.]+) km of shared land frontier", proc.stdout)
    assert m, proc.stdout
    length = float(m.group(1).replace(",", ""))
    assert abs(length - 817) <= 0.03 * 817, length  # detailed lines, against the Factbook's 817 km
    thai = ["Surin", "Si Sa Ket", "Sa Kaeo", "Chanthaburi", "Trat"]
    khmer = ["Otdar Mean Chey", "Bântéay Méanchey", "Krong Pailin", "Batdâmbâng"]
    for name in thai + khmer:
        assert name in proc.stdout, f"{name} missing from 'geomap frontier THA KHM'"
    cambodia_side = proc.stdout.index("Cambodia side")
    assert all(proc.stdout.index(n) < cambodia_side for n in thai)
    assert all(proc.stdout.index(n) > cambodia_side for n in khmer)


def test_frontier_unknown_country_fails_with_one_line(tmp_path):
    out = tmp_path / "f.geojson"
    proc = geomap("frontier", "THA", "Atlantis", "-o", str(out))
    assert proc.returncode != 0
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert not out.exists()


# -- bad input --------------------------------------------------------------------------------

def _bad_inputs(folder: Path) -> dict[str, tuple[str, list[str]]]:
    """name -> (input path, extra arguments) for every kind of bad input."""
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text("  \n\n \t\n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "latin1.txt").write_bytes("Shelling near Surin and Sa Kaeo on Monday; "
                                        "the café was hit.\n".encode("latin-1"))
    (folder / "ok.txt").write_text("Troops clashed near Surin on Monday.\n", encoding="utf-8")
    return {
        "missing file": (str(folder / "no_such_article.txt"), []),
        "empty file": (str(folder / "empty.txt"), []),
        "blank file": (str(folder / "blank.txt"), []),
        "binary file": (str(folder / "binary.txt"), []),
        "non-UTF-8 file": (str(folder / "latin1.txt"), []),
        "bad --published (format)": (str(folder / "ok.txt"), ["--published", "28/07/2025"]),
        "bad --published (no such day)": (str(folder / "ok.txt"), ["--published", "2025-02-30"]),
        "bad --published (word)": (str(folder / "ok.txt"), ["--published", "yesterday"]),
    }


BAD = ["missing file", "empty file", "blank file", "binary file", "non-UTF-8 file",
       "bad --published (format)", "bad --published (no such day)", "bad --published (word)"]


@pytest.mark.parametrize("command,suffix", [("extract", ".geojson"), ("map", ".html")])
@pytest.mark.parametrize("case", BAD)
def test_bad_input_one_line_error_no_output(tmp_path, command, suffix, case):
    path, extra = _bad_inputs(tmp_path)[case]
    out = tmp_path / "out" / f"result{suffix}"
    out.parent.mkdir()
    proc = geomap(command, path, *extra, "-o", str(out), cwd=tmp_path)
    assert proc.returncode != 0, f"{case}: exit 0\n{proc.stderr}"
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, f"{case}: expected a one-line error, got:\n{proc.stderr}"
    assert lines[0].startswith("geomap"), lines[0]
    assert "Traceback" not in proc.stderr
    assert not out.exists(), f"{case}: {out.name} was created"
    assert list(out.parent.iterdir()) == [], f"{case}: left {list(out.parent.iterdir())}"


# -- the run summary names the places the gazetteer lacks ---------------------------------------
def test_extract_summary_lists_places_not_in_the_gazetteer(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Georgian police said shots were fired near Zaravandi, a village in Gori municipality, "
                       "on Saturday.\n", encoding="utf-8")
    r = geomap("extract", str(article), "-o", str(tmp_path / "a.geojson"))
    assert r.returncode == 0, r.stderr
    assert "Zaravandi (village, GE) placed at Gori" in r.stderr and "GEOMAP_GAZETTEER" in r.stderr
    batch = tmp_path / "b.jsonl"
    line = '{"id": "%s", "text": "Guards fired near Velmora, a village in Obock region, Djibouti said."}\n'
    batch.write_text(line % 1 + line % 2, encoding="utf-8")  # counted across the documents
    r = geomap("extract", str(batch), "-o", str(tmp_path / "b.jsonl.out.jsonl"), "--no-cache")
    assert r.returncode == 0, r.stderr
    assert "Velmora (village, DJ) placed at Obock, 2 mentions" in r.stderr
    quiet = geomap("extract", str(article), "-o", str(tmp_path / "c.geojson"), "--quiet")
    assert "Zaravandi" not in quiet.stderr


# -- a cold start reads with shapely alone --------------------------------------------------------
def test_extract_to_geojson_imports_neither_geopandas_nor_pandas(tmp_path):
    """Reading an article to GeoJSON (incidents, frontier, displacement areas: the boundaries are
    queried) imports no geopandas, pandas or pyogrio: they cost a cold start half a second."""
    import json

    from geomap import settings

    out = tmp_path / "seed.geojson"
    args = ["extract", str(settings.PROJECT_DIR / "examples" / "thailand_cambodia_border.txt"),
            "--published", "2025-07-28", "-o", str(out)]
    assert geomap(*args).returncode == 0  # fills the boundary caches when they are empty
    code = ("import sys; from geomap.cli import main; rc = main(sys.argv[1:]); "
            "print(rc, [m for m in ('geopandas', 'pandas', 'pyogrio') if m in sys.modules])")
    proc = subprocess.run([sys.executable, "-c", code, *args], env=_env(), capture_output=True, text=True,
                          encoding="utf-8", timeout=300)
    assert proc.stdout.split(None, 1) == ["0", "[]\n"], proc.stdout + proc.stderr
    layers = {f["properties"]["layer"] for f in json.loads(out.read_text(encoding="utf-8"))["features"]}
    assert {"incident", "frontier", "displacement"} <= layers
