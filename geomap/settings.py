"""Every tunable in one place, read when a function runs (never at import time).

Environment variables override the defaults so that the command line, tests and
notebooks can point geomap at other data without code changes:

GEOMAP_SHAPEFILES   folder with the bundled Natural Earth shapefiles
GEOMAP_COUNTRIES    a countries boundary file (any format GDAL reads)
GEOMAP_ADMIN1       a first-level divisions boundary file
GEOMAP_DISPUTED     a disputed claim lines file
GEOMAP_COLUMNS      column mapping for user boundary files, "iso3=GID_0,name=NAME_1,..."
GEOMAP_CACHE_DIR    where the gazetteer index and other caches live
GEOMAP_GAZETTEER    extra gazetteer entries: CSV or GeoJSON paths separated by os.pathsep
"""
from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Iterator

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent

#: Relative weight of each thing the resolver weighs; see geomap.reading.resolve.
FRONTIER_NEAR_KM = 50.0
#: Places within this distance of the other places of an article count as "near".
COHERENCE_KM = 400.0


#: GEOMAP_* values given in code (the command line's data options), read before the environment.
_OVERRIDES: dict[str, str] = {}


def _env(name: str) -> str | None:
    """A GEOMAP_* setting: an :func:`override`, else the environment variable."""
    return _OVERRIDES.get(name) or os.environ.get(name)


@contextlib.contextmanager
def override(**values: str | None) -> Iterator[None]:
    """Use these GEOMAP_* values inside the block, without touching ``os.environ``.

    >>> with override(GEOMAP_ADMIN1="gadm.gpkg"):  # doctest: +SKIP
    ...     geomap.read("article.txt")
    """
    saved = dict(_OVERRIDES)
    _OVERRIDES.update({k: v for k, v in values.items() if v})
    try:
        yield
    finally:
        _OVERRIDES.clear()
        _OVERRIDES.update(saved)


def shapefiles_dir() -> Path:
    """Folder of the bundled boundary shapefiles."""
    return Path(_env("GEOMAP_SHAPEFILES") or PROJECT_DIR / "shapefiles")


def boundary_file(kind: str) -> Path:
    """Path of the boundary file for ``kind`` in {"countries", "admin1", "disputed"}."""
    env = {"countries": "GEOMAP_COUNTRIES", "admin1": "GEOMAP_ADMIN1", "disputed": "GEOMAP_DISPUTED"}[kind]
    if _env(env):
        return Path(_env(env))
    return shapefiles_dir() / f"ne_{kind}.shp"


def user_boundary_files() -> list[str]:
    """Boundary files the user named instead of the bundled ones (empty when none)."""
    names = ("GEOMAP_COUNTRIES", "GEOMAP_ADMIN1", "GEOMAP_DISPUTED", "GEOMAP_SHAPEFILES")
    return [_env(n) for n in names if _env(n)]


def boundary_columns() -> dict[str, str]:
    """User column mapping for non-Natural-Earth boundary files (geomap name -> file column)."""
    raw = _env("GEOMAP_COLUMNS") or ""
    pairs = [p.split("=", 1) for p in raw.split(",") if "=" in p]
    return {k.strip(): v.strip() for k, v in pairs}


def cache_dir() -> Path:
    """Per-user cache folder (gazetteer index, geocoding cache, batch cache)."""
    if _env("GEOMAP_CACHE_DIR"):
        return Path(_env("GEOMAP_CACHE_DIR"))
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("geomap"))


def user_gazetteer_files() -> list[Path]:
    """Extra gazetteer files named in GEOMAP_GAZETTEER."""
    raw = _env("GEOMAP_GAZETTEER") or ""
    return [Path(p) for p in raw.split(os.pathsep) if p.strip()]


def output_dir() -> Path:
    """Where maps go when no -o is given."""
    return Path(_env("GEOMAP_OUTPUT") or Path.cwd() / "output")
