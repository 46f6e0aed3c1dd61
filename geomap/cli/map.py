"""`geomap map INPUT... [-o output/map.html] [--published D] [--offline] [--geojson P] [--png F] [--title T]`.

Imports nothing heavy at module level: the parser is built for every geomap command.
"""
from __future__ import annotations

import json
import logging
import re
import sys
from pathlib import Path

from geomap.exceptions import InputError

log = logging.getLogger(__name__)

GEOJSON_SUFFIXES = {".geojson", ".json"}
DATA_SUFFIXES = {".csv", ".gpkg", ".parquet", ".geoparquet"}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def add_map_parser(subparsers) -> None:
    """Register the ``map`` subcommand on an argparse subparsers object."""
    p = subparsers.add_parser(
        "map", help="draw articles or geomap GeoJSON on an interactive map (HTML, PNG)",
        description="Draw one or more inputs on one Leaflet map: geomap GeoJSON FeatureCollections "
                    "(.geojson/.json) are drawn as they are; articles (.txt, .md, .html, or - for "
                    "standard input) are read first. Layers: incidents, frontier, displacement, "
                    "disputed claims, places mentioned, boundaries.")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="article file, '-', or geomap GeoJSON")
    p.add_argument("-o", "--output", help="HTML file to write (default: output/map.html)")
    p.add_argument("--published", help="publication date YYYY-MM-DD of the article inputs")
    p.add_argument("--offline", action="store_true",
                   help="one self-contained HTML file: scripts inlined, no tiles, vector boundaries as base")
    p.add_argument("--geojson", metavar="PATH", help="also write the merged FeatureCollection here")
    p.add_argument("--export", metavar="PATH",
                   help="also write the layers here: .geojson, .gpkg, .parquet or .csv (ACLED columns)")
    p.add_argument("--format", help="format of --export: geojson, gpkg, parquet, csv (default: from PATH)")
    p.add_argument("--png", metavar="FILE", help="also write a PNG picture (headless Chromium, or matplotlib)")
    p.add_argument("--title", help="map title (default: the first input's title)")
    p.set_defaults(run=run_map)


def read_geojson(path: Path) -> dict:
    """A FeatureCollection from a .geojson/.json file (InputError with one line otherwise)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror})") from None
    if not text.strip():
        raise InputError(f"{path}: empty file")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise InputError(f"{path}: not valid JSON (line {e.lineno}: {e.msg})") from None
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection" \
            or not isinstance(data.get("features"), list):
        raise InputError(f"{path}: not a GeoJSON FeatureCollection")
    data.setdefault("source", str(path))
    return data


def read_input(name: str, *, published: str | None = None) -> dict:
    """One map input: GeoJSON drawn directly, anything else read as an article."""
    path = Path(name)
    if name != "-" and path.suffix.lower() in GEOJSON_SUFFIXES:
        return read_geojson(path)
    if name != "-" and path.suffix.lower() in DATA_SUFFIXES:  # ACLED CSV, geomap GeoPackage/GeoParquet
        from geomap.api import read_file

        return read_file(path).to_geojson()
    if name != "-" and not path.exists():
        raise InputError(f"{name}: no such file")
    from geomap.reading.pipeline import extract_file  # lazy: the reading pipeline is heavy

    fc = extract_file(name, published=published)
    if name != "-":
        fc.setdefault("source", str(path))
    return fc


def run_map(args) -> int:
    """Run ``geomap map``; errors are InputError with a one-line message, no partial files."""
    from geomap import settings

    if args.published and not _DATE.match(args.published):
        raise InputError(f"--published {args.published!r}: expected YYYY-MM-DD")
    out = Path(args.output) if args.output else settings.output_dir() / "map.html"
    if out.suffix.lower() not in {".html", ".htm"}:
        raise InputError(f"-o {out}: the map is an HTML file (use .html)")
    if getattr(args, "export", None):
        from geomap.io.writers import format_from_path

        format_from_path(args.export, args.format)  # a bad --format fails before anything is written
    elif getattr(args, "format", None):
        raise InputError("--format applies to --export PATH; give --export too")
    if sum(1 for i in args.inputs if i == "-") > 1:
        raise InputError("standard input ('-') can be read only once")
    collections = [read_input(name, published=args.published) for name in args.inputs]

    from geomap.render.data import merge_collections
    from geomap.render.mapbuild import atomic_write_text, write_map

    path = write_map(collections, out, offline=args.offline, title=args.title, png=args.png)
    if args.geojson:
        merged = merge_collections(collections, title=args.title)
        atomic_write_text(Path(args.geojson), json.dumps(merged, ensure_ascii=False, indent=1) + "\n")
    if getattr(args, "export", None):
        from geomap.io.writers import write_collection

        write_collection(merge_collections(collections, title=args.title), args.export, args.format)
    n_inc = sum(1 for fc in collections for f in fc.get("features", [])
                if (f.get("properties") or {}).get("layer") == "incident")
    print(f"geomap: map with {n_inc} incident(s) from {len(collections)} input(s) -> {path}", file=sys.stderr)
    return 0
