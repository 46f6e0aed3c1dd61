"""geomap.render: folium maps, legend, offline assets and PNGs of geomap GeoJSON.

Importing this package is cheap: folium, matplotlib and the browser driver load only
when a function that needs them runs.
"""
from __future__ import annotations

__all__ = ["build_map", "write_map", "write_png", "write_static_png"]

_WHERE = {
    "build_map": "mapbuild",
    "write_map": "mapbuild",
    "write_png": "png",
    "write_static_png": "png",
}


def __getattr__(name: str):
    if name in _WHERE:
        import importlib

        module = importlib.import_module(f"{__name__}.{_WHERE[name]}")
        return getattr(module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(list(globals()) + __all__)
