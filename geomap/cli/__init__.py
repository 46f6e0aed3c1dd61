"""The ``geomap`` command line: the top-level parser, the data options, and one dispatch.

Each command is a module here with ``add_parser(subparsers)`` and ``run(args) -> int``.
Any GeomapError becomes one line on standard error (``geomap: ...``) and exit status 2;
anything else is a bug and keeps its traceback.
"""
from __future__ import annotations

import argparse
import gc
import logging
import os
import sys

from geomap import pattern_cache
from geomap.exceptions import GeomapError

DESCRIPTION = """geomap turns news reports of border conflicts into maps, offline.

It reads an article, finds every place it names (geocoded with a bundled gazetteer), the
incidents it reports (typed like ACLED events, dated, with fatalities), the frontier it is
about and the areas people fled, and draws them on a layered Leaflet map."""

#: The command modules, in the order ``geomap --help`` lists them.
COMMANDS = ("extract", "map", "corpus", "geocode", "frontier")


def build_parser() -> argparse.ArgumentParser:
    import importlib

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
    for name in COMMANDS:
        importlib.import_module(f"geomap.cli.{name}").add_parser(sub)
    return parser


def data_overrides(args) -> dict[str, str]:
    """The data options as GEOMAP_* settings (``--gazetteer`` adds to GEOMAP_GAZETTEER)."""
    values = {}
    if args.gazetteer:
        values["GEOMAP_GAZETTEER"] = os.pathsep.join(
            [*filter(None, [os.environ.get("GEOMAP_GAZETTEER")]), *args.gazetteer])
    for opt, env in (("countries", "GEOMAP_COUNTRIES"), ("admin1", "GEOMAP_ADMIN1"),
                     ("disputed", "GEOMAP_DISPUTED"), ("columns", "GEOMAP_COLUMNS")):
        if getattr(args, opt):
            values[env] = getattr(args, opt)
    return values


def error(message: str) -> None:
    """Print one error line on standard error, with the prefix every command uses."""
    print(f"geomap: {message}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    from geomap import settings

    gc.set_threshold(settings.CLI_GC_YOUNG, *gc.get_threshold()[1:])  # the process is the command's
    pattern_cache.open_window()  # ... and so is ``re``: the reading rules' patterns come from the user cache
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="geomap: %(message)s")
    run = getattr(args, "run", None)
    if not run:
        parser.print_help()
        return 2
    try:
        with settings.override(**data_overrides(args)):
            return int(run(args) or 0)
    except GeomapError as e:
        error(str(e))
        return 2
    except KeyboardInterrupt:
        error("interrupted")
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
