"""``geomap map INPUT... [-o output/map.html] [--published D] [--cdn] [--geojson P] [--png F] [--title T]``.

The map is one self-contained HTML file by default (Leaflet inlined, the bundled
boundaries as the base map); ``--cdn`` makes the small variant that loads Leaflet and web
tiles from the internet. ``--offline`` is still accepted: it names the default.

Inputs are read through the API (:func:`geomap.read`, :func:`geomap.read_file`); the map
and the other files are written by :class:`geomap.Result`. Imports nothing heavy at
module level: the parser is built for every geomap command.
"""
from __future__ import annotations

import sys
from pathlib import Path

from geomap.exceptions import InputError


def add_parser(subparsers) -> None:
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
    kind = p.add_mutually_exclusive_group()
    kind.add_argument("--cdn", action="store_true",
                      help="a smaller HTML file that loads Leaflet from a CDN and shows web tiles "
                           "(OpenStreetMap, CARTO): it needs a network connection to show anything")
    kind.add_argument("--offline", action="store_true",
                      help="the default, accepted for compatibility: one self-contained HTML file "
                           "(scripts inlined, bundled boundaries as the base map, no network needed)")
    p.add_argument("--geojson", metavar="PATH", help="also write the merged FeatureCollection here")
    p.add_argument("--export", metavar="PATH",
                   help="also write the layers here: .geojson, .gpkg, .parquet or .csv (ACLED columns)")
    p.add_argument("--format", help="format of --export: geojson, gpkg, parquet, csv (default: from PATH)")
    p.add_argument("--png", metavar="FILE", help="also write a PNG picture (headless Chromium, or matplotlib)")
    p.add_argument("--title", help="map title (default: the first input's title)")
    p.set_defaults(run=run)


def read_input(name: str, *, published: str | None = None):
    """One map input as a :class:`geomap.Result`: data files read as they are, anything else as an article."""
    from geomap.api import read

    if name != "-" and not Path(name).exists():
        raise InputError(f"{name}: no such file")
    return read("-" if name == "-" else Path(name), published=published)


def run(args) -> int:
    """Run ``geomap map``; errors are InputError with a one-line message, no partial files."""
    from geomap import settings
    from geomap.api import Result
    from geomap.io import atomic
    from geomap.io.articles import parse_date
    from geomap.io.formats import MAP_SUFFIXES, export_format

    parse_date(args.published)  # YYYY-MM-DD and nothing after it
    out = Path(args.output) if args.output else settings.output_dir() / "map.html"
    if out.suffix.lower() not in MAP_SUFFIXES:
        raise InputError(f"-o {out}: the map is an HTML file (use .html)")
    # every output path is checked before the work starts, not after it
    for option, path in (("-o", out), ("--geojson", args.geojson), ("--export", args.export), ("--png", args.png)):
        if path:
            atomic.check_output(path, option=option)
    if args.export:
        export_format(args.export, args.format)  # a bad --format fails before anything is written
    elif args.format:
        raise InputError("--format applies to --export PATH; give --export too")
    if sum(1 for i in args.inputs if i == "-") > 1:
        raise InputError("standard input ('-') can be read only once")
    result = Result.concat(read_input(name, published=args.published) for name in args.inputs)

    with atomic.together():  # the map, its PNG and the data files: all of them or none
        path = result.save_map(out, offline=not args.cdn, title=args.title, png=args.png)
        if args.geojson:
            result.merged(title=args.title).to_file(args.geojson, "geojson")
        if args.export:
            result.merged(title=args.title).to_file(args.export, args.format)
    n_inc = result.counts()["incidents"]
    undrawn = sum(1 for fc in result.collections for f in fc["features"]
                  if f.get("geometry") is None and (f.get("properties") or {}).get("layer") == "incident")
    note = f" ({undrawn} without a position, not drawn)" if undrawn else ""
    print(f"geomap: map with {n_inc} incident(s){note} from {len(result)} input(s) -> {path}", file=sys.stderr)
    for label, msg in result.errors:
        print(f"geomap: error in {label}: {msg}", file=sys.stderr)
    return 1 if result.errors else 0
