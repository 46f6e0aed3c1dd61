"""The command line only: parse, call the API, print, exit codes.

Any GeomapError becomes one line on standard error and exit status 2; anything else is a
bug and keeps its traceback.
"""
from __future__ import annotations

import argparse
import logging
import sys

from geomap.exceptions import GeomapError

DESCRIPTION = """geomap turns news reports of border conflicts into maps, offline.

It reads an article, finds every place it names (geocoded with a bundled gazetteer), the
incidents it reports (typed like ACLED events, dated, with fatalities), the frontier it is
about and the areas people fled, and draws them on a layered Leaflet map."""


def _add_geocode_parser(sub) -> None:
    p = sub.add_parser("geocode", help="look a place name up in the offline gazetteer",
                       description="Print the gazetteer's ranked candidates for a place name "
                                   "(accent-, case- and transliteration-tolerant).")
    p.add_argument("name", help="place name, e.g. 'Chanthaburi' or 'Tak'")
    p.add_argument("--country", help="keep places of this country (ISO2, ISO3 or name)")
    p.add_argument("-n", "--limit", type=int, default=10, help="how many candidates to print (default 10)")
    p.add_argument("--reverse", action="store_true", help="treat NAME as 'lat, lon' and list nearby places")
    p.set_defaults(run=_run_geocode)


def _run_geocode(args) -> int:
    from geomap.geocoders import OfflineGeocoder

    geocoder = OfflineGeocoder()
    if args.reverse:
        locs = geocoder.reverse(args.name, exactly_one=False, limit=args.limit) or []
    else:
        codes = [args.country] if args.country else None
        locs = geocoder.geocode(args.name, exactly_one=False, limit=args.limit, country_codes=codes) or []
    if not locs:
        print(f"geomap: no place named {args.name!r}" + (f" in {args.country}" if args.country else ""),
              file=sys.stderr)
        return 1
    for i, loc in enumerate(locs, 1):
        r = loc.raw
        extra = f"{r['distance_km']} km" if "distance_km" in r else f"pop {r['population']:,}"
        print(f"{i:2}. {loc.address}  ({loc.latitude:.4f}, {loc.longitude:.4f})  "
              f"{r['place_type']}/{r['feature']}  {extra}  {r['gazetteer_id']}")
    return 0


def _add_extract_parser(sub) -> None:
    p = sub.add_parser("extract", help="read an article (or a JSONL batch) into GeoJSON layers",
                       description="Read places, incidents, displacement and the frontier from an "
                                   "article (.txt, .md, .html, or - for stdin) and write one GeoJSON "
                                   "FeatureCollection. A .jsonl INPUT is a batch: one document per line "
                                   "in, one FeatureCollection (or error) per line out.")
    p.add_argument("input", help="article file, '-' for standard input, or a .jsonl batch")
    p.add_argument("-o", "--output", help="output file (default: standard output); .jsonl for batches; "
                                          ".gpkg, .parquet, .csv choose other formats")
    p.add_argument("--published", help="publication date YYYY-MM-DD, for relative dates in the text")
    p.add_argument("--title", help="the article's title (default: its first line or file name)")
    p.add_argument("--format", help="output format: geojson, jsonl, gpkg, parquet, csv (default: from -o)")
    p.add_argument("--no-events", action="store_true", help="places only (skip incidents, displacement, frontier)")
    p.add_argument("--no-cache", action="store_true", help="batch: do not reuse results of earlier runs")
    p.add_argument("--quiet", action="store_true", help="no progress bar or summary")
    p.add_argument("-j", "--jobs", type=int, help="batch: worker processes (default: 2 on a multi-core machine for "
                                                   "batches of 100 documents or more, else 1)")
    p.set_defaults(run=_run_extract)


def _run_extract(args) -> int:
    from geomap.cli.extract import run_extract

    return run_extract(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="geomap", description=DESCRIPTION,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-v", "--verbose", action="store_true", help="log what geomap does")
    data = parser.add_argument_group("your own data (also settable as GEOMAP_* environment variables)")
    data.add_argument("--gazetteer", action="append", metavar="FILE",
                      help="extra gazetteer entries, CSV or GeoJSON (repeatable; GEOMAP_GAZETTEER)")
    data.add_argument("--countries", metavar="FILE", help="countries boundary file instead of the bundled one")
    data.add_argument("--admin1", metavar="FILE", help="first-level divisions boundary file (GADM, geoBoundaries, COD-AB)")
    data.add_argument("--disputed", metavar="FILE", help="disputed claim lines file")
    data.add_argument("--columns", metavar="MAP", help="column names of those files, e.g. 'iso3=GID_0,name=NAME_1'")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_extract_parser(sub)
    try:
        from geomap.cli.map import add_map_parser
    except ImportError:  # the map command is optional while render is incomplete
        add_map_parser = None
    if add_map_parser:
        add_map_parser(sub)
    _add_geocode_parser(sub)
    from geomap.cli.frontier import add_frontier_parser

    add_frontier_parser(sub)
    return parser


def _apply_data_options(args) -> None:
    """Hand the data options to geomap.settings, which reads them when a step runs."""
    import os

    if args.gazetteer:
        os.environ["GEOMAP_GAZETTEER"] = os.pathsep.join(
            [*filter(None, [os.environ.get("GEOMAP_GAZETTEER")]), *args.gazetteer])
    for opt, env in (("countries", "GEOMAP_COUNTRIES"), ("admin1", "GEOMAP_ADMIN1"),
                     ("disputed", "GEOMAP_DISPUTED"), ("columns", "GEOMAP_COLUMNS")):
        if getattr(args, opt):
            os.environ[env] = getattr(args, opt)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="geomap: %(message)s")
    _apply_data_options(args)
    run = getattr(args, "run", None) or getattr(args, "func", None)
    if not run:
        parser.print_help()
        return 2
    try:
        return int(run(args) or 0)
    except GeomapError as e:
        print(f"geomap: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("geomap: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
