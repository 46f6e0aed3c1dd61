"""geomap.render: draws the layers it is given: folium maps, legend, offline assets, PNG pictures.

It reads no article and writes no file (:mod:`geomap.mapfiles` writes map files).

Importing this package is cheap: folium, matplotlib and the browser driver load only
when a function that needs them runs.
"""
from __future__ import annotations

__all__ = ["build_map", "map_html", "screenshot_png", "static_png"]

_WHERE = {
    "build_map": "mapbuild",
    "map_html": "mapbuild",
    "screenshot_png": "png",
    "static_png": "png",
}


def __getattr__(name: str):
    if name in _WHERE:
        import importlib

        module = importlib.import_module(f"{__name__}.{_WHERE[name]}")
        return getattr(module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(list(globals()) + __all__)
