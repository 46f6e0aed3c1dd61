"""The one table of file formats: which suffix is an article, which is data, which output.

Every reader, writer and command asks this module what a file is, so a new format is
added in one place.
"""
from __future__ import annotations

import re
from pathlib import Path

from geomap.exceptions import InputError

#: Article suffix -> how its text is read (``auto`` sniffs HTML).
ARTICLE_FORMATS = {".txt": "auto", ".text": "auto", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}

#: Data suffix -> format, for what geomap (or ACLED) wrote and geomap reads back.
DATA_FORMATS = {".geojson": "geojson", ".json": "geojson", ".jsonl": "jsonl", ".csv": "csv", ".gpkg": "gpkg",
                ".parquet": "parquet", ".geoparquet": "parquet"}

#: Output suffix -> format of the layers written by ``extract``, ``map --export`` and ``Result.to_file``.
OUTPUT_FORMATS = {".geojson": "geojson", ".json": "geojson", ".jsonl": "jsonl", ".gpkg": "gpkg",
                  ".parquet": "parquet", ".geoparquet": "parquet", ".csv": "csv"}

#: Formats a single FeatureCollection can be exported to (``jsonl`` is for batches).
EXPORT_FORMATS = ("csv", "geojson", "gpkg", "parquet")

#: Suffixes of the map page.
MAP_SUFFIXES = (".html", ".htm")

#: Other spellings accepted for a format name.
FORMAT_ALIASES = {"geoparquet": "parquet", "geopackage": "gpkg", "json": "geojson"}

DATA_SUFFIXES = set(DATA_FORMATS)
ARTICLE_SUFFIXES = set(ARTICLE_FORMATS)

#: A string that names a file geomap reads (rather than article text).
LOOKS_LIKE_PATH = re.compile(
    r"^[^\s<>]*\.(?:txt|md|markdown|html?|text|geojson|json|jsonl|csv|gpkg|g?e?o?parquet)$", re.I)


def suffix(path: str | Path) -> str:
    """The lower-case suffix of ``path`` ('' for standard input, '-')."""
    return "" if str(path) == "-" else Path(path).suffix.lower()


def is_data(path: str | Path) -> bool:
    """True for a data file (GeoJSON, ACLED CSV, GeoPackage, GeoParquet, JSONL) rather than an article."""
    return suffix(path) in DATA_FORMATS


def article_kind(path: str | Path) -> str:
    """How an article file's text is read: ``html``, ``md`` or ``auto``."""
    return ARTICLE_FORMATS.get(suffix(path), "auto")


def export_format(path: str | Path, fmt: str | None = None) -> str:
    """The export format of one FeatureCollection: ``fmt`` when given, else from the suffix.

    Raises
    ------
    geomap.exceptions.InputError
        For an unknown format or suffix.
    """
    names = sorted(EXPORT_FORMATS)
    if fmt:
        f = str(fmt).lower().lstrip(".")
        f = FORMAT_ALIASES.get(f, f)
        if f not in names:
            raise InputError(f"unknown format {fmt!r}: use one of {', '.join(names)}")
        return f
    sfx = Path(path).suffix.lower()
    if OUTPUT_FORMATS.get(sfx) not in EXPORT_FORMATS:
        raise InputError(f"{path}: cannot tell the format from {sfx or 'no extension'!r}; "
                         f"use .geojson, .gpkg, .parquet or .csv, or give the format")
    return OUTPUT_FORMATS[sfx]


def output_format(path: str | None, explicit: str | None, batch: bool) -> str:
    """``geomap extract``'s output format: --format, else the -o suffix, else GeoJSON (JSONL for batches)."""
    names = set(OUTPUT_FORMATS.values())
    if explicit:
        fmt = explicit.lower().lstrip(".")
        if fmt not in names:
            raise InputError(f"unknown --format {explicit!r}: use one of {', '.join(sorted(names))}")
        return fmt
    if path and path != "-":
        sfx = Path(path).suffix.lower()
        if sfx in OUTPUT_FORMATS:
            return OUTPUT_FORMATS[sfx]
    return "jsonl" if batch else "geojson"
