"""Country and first-level boundaries: loading, point lookup and shared frontiers.

The package is light to import: its modules, and geopandas, load on first use.

- ``names``: the folded keys a country or admin-1 name matches under.
- ``geodesy``: lengths, distances and local projections on the WGS84 ellipsoid.
- ``lines``: the shared edge of two outlines, midpoints and positions along lines.
- ``model``: :class:`Boundaries` (layers and spatial queries) and :class:`Frontier`.
- ``load``: :func:`load_boundaries`, reading Natural Earth, GADM, geoBoundaries, COD-AB files.

Nothing is read at import time: the first call of :func:`load_boundaries` reads the
files (about 0.1 s for the bundled ones) and later calls return the same object.

Examples
--------
>>> from geomap.boundaries import load_boundaries
>>> b = load_boundaries()
>>> f = b.frontier("THA", "KHM")
>>> round(f.length_km)
652
>>> b.locate(100.5, 13.75)
('THA', 'Bangkok Metropolis')
"""
from __future__ import annotations

__all__ = ["Boundaries", "Frontier", "load_boundaries", "fold"]

_WHERE = {"Boundaries": "model", "Frontier": "model", "load_boundaries": "load", "fold": "names"}


def __getattr__(name: str):
    if name in _WHERE:
        import importlib

        value = getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(__all__))
