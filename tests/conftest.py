"""Shared test helpers: the bundled boundary layers, loaded once per session."""
from __future__ import annotations

import pytest

from geomap import settings

SHAPEFILES = settings.PROJECT_DIR / "shapefiles"


@pytest.fixture(scope="session")
def ne_boundaries():
    """The bundled Natural Earth layers (ignores the GEOMAP_* environment)."""
    from geomap.boundaries import load_boundaries

    return load_boundaries(SHAPEFILES / "ne_countries.shp", SHAPEFILES / "ne_admin1.shp",
                           SHAPEFILES / "ne_disputed.shp", columns={})


@pytest.fixture(scope="session")
def tha_khm(ne_boundaries):
    """The Thailand-Cambodia frontier of the bundled layers."""
    return ne_boundaries.frontier("THA", "KHM")
