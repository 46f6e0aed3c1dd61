"""The wheel carries every file geomap needs: each package, the gazetteer data, the render
assets and the bundled shapefiles (mapped from shapefiles/ into geomap._shapefiles).

Read from pyproject.toml and the checkout, so a new subpackage or data file that the wheel
would leave out fails here; CI (.ci/run) also builds the wheel and runs it outside the checkout.
"""
from __future__ import annotations

import fnmatch
import subprocess
from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib")  # Python 3.11+

ROOT = Path(__file__).resolve().parent.parent
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def _package_folder(package: str) -> Path:
    mapped = CONFIG.get("package-dir", {})
    if package in mapped:
        return ROOT / mapped[package]
    return ROOT / package.replace(".", "/")


def _tracked(folder: str) -> list[Path]:
    """Files of ``folder`` under version control (all files when git is not available)."""
    try:
        out = subprocess.run(["git", "ls-files", "-z", folder], cwd=ROOT, capture_output=True, check=True).stdout
        files = [ROOT / p for p in out.decode().split("\0") if p]
    except (OSError, subprocess.CalledProcessError):
        files = []
    return files or [p for p in (ROOT / folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts]


def test_every_package_is_listed():
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "geomap").rglob("__init__.py")}
    assert set(CONFIG["packages"]) == found | {"geomap._shapefiles"}


def _shipped(path: Path) -> bool:
    """True when the wheel takes ``path``: a module of a listed package, or package data."""
    for package in CONFIG["packages"]:
        folder = _package_folder(package)
        try:
            rel = path.relative_to(folder)
        except ValueError:
            continue
        if path.suffix == ".py" and len(rel.parts) == 1:
            return True
        if any(fnmatch.fnmatch(rel.as_posix(), pat) for pat in CONFIG["package-data"].get(package, [])):
            return True
    return False


@pytest.mark.parametrize("folder", ["geomap", "shapefiles"])
def test_every_file_geomap_needs_is_in_the_wheel(folder):
    missing = [str(p.relative_to(ROOT)) for p in _tracked(folder) if not _shipped(p)]
    assert not missing, f"left out of the wheel: {missing}"


def test_bundled_shapefiles_are_found_in_a_checkout_and_in_a_wheel(tmp_path, monkeypatch):
    from geomap import settings

    assert (settings.shapefiles_dir() / "ne_countries.shp").is_file()
    installed = tmp_path / "site-packages" / "geomap"
    (installed / "_shapefiles").mkdir(parents=True)
    monkeypatch.setattr(settings, "PACKAGE_DIR", installed)
    monkeypatch.setattr(settings, "PROJECT_DIR", installed.parent)
    assert settings.shapefiles_dir() == installed / "_shapefiles"
    assert settings.boundary_file("admin1") == installed / "_shapefiles" / "ne_admin1.shp"
