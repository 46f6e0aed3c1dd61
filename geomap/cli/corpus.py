"""``geomap corpus INPUT... -o output/NAME.html``: many reports fused into one map of events.

Inputs are article files, folders (every article or data file inside, recursively), JSONL
batches of articles (or ``geomap extract`` JSONL output), ACLED CSV exports and geomap
GeoJSON; all are read through the API (:func:`geomap.read_many`, :func:`geomap.read_file`)
and fused (:meth:`geomap.Result.fuse`). Written: the map (time slider over the corpus,
popups listing every source), and on request the fused layers (``--geojson``, ``--gpkg``,
``--parquet``, ``--csv``: one ACLED row per event, its outlets joined in ``source``) and the
charts (``--charts``: ``NAME_timeline.png/.svg`` and ``NAME_admin1.png/.svg`` beside the map).

Every output is written to a temporary file first and all are moved into place only when
all succeeded: an error leaves no partial output.
"""
from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path

from geomap.exceptions import GeomapError, InputError

#: Export options and the format each writes.
EXPORTS = (("geojson", "geojson"), ("gpkg", "gpkg"), ("parquet", "parquet"), ("csv", "csv"))
#: The charts written by --charts: (file name suffix, what is drawn).
CHARTS = ("timeline", "admin1")


def add_parser(subparsers) -> None:
    """Register the ``corpus`` subcommand on an argparse subparsers object."""
    p = subparsers.add_parser(
        "corpus", help="fuse many reports (and ACLED exports) into one map of events over time",
        description="Read many reports (article files, folders, JSONL batches, ACLED CSV exports, geomap "
                    "GeoJSON), fuse the incidents they tell into events (one event per incident told by "
                    "several sources; tolls by ACLED's rule; in_acled when an ACLED row is among the "
                    "sources) and draw one map with a time slider. See the README, 'Many reports, one "
                    "picture'.")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="article, folder, .jsonl batch, ACLED .csv, .geojson")
    p.add_argument("-o", "--output", help="map to write (default: output/corpus.html)")
    p.add_argument("--published", help="publication date YYYY-MM-DD of articles that give none")
    p.add_argument("--title", help="map title (default: 'N events from M reports')")
    p.add_argument("--geojson", metavar="PATH", help="also write the fused layers as GeoJSON")
    p.add_argument("--gpkg", metavar="PATH", help="also write the fused layers as a GeoPackage")
    p.add_argument("--parquet", metavar="PATH", help="also write the fused layers as GeoParquet")
    p.add_argument("--csv", metavar="PATH",
                   help="also write the events as an ACLED-style CSV (one row per event, sources in 'source')")
    p.add_argument("--charts", action="store_true",
                   help="also write NAME_timeline.png/.svg and NAME_admin1.png/.svg beside the map")
    p.add_argument("--png", metavar="FILE", help="also write a PNG picture of the map (headless Chromium)")
    p.add_argument("--offline", action="store_true", help="one self-contained HTML file (no tiles, scripts inlined)")
    p.add_argument("--skip-errors", action="store_true",
                   help="skip documents that cannot be read (listed on standard error) instead of stopping")
    p.set_defaults(run=run)


def expand_inputs(names: list[str]) -> list[Path]:
    """The files to read: each file as given, each folder's article and data files (sorted)."""
    from geomap.io.formats import ARTICLE_SUFFIXES, DATA_SUFFIXES, suffix

    files: list[Path] = []
    for name in names:
        path = Path(name)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")
                           and suffix(p) in ARTICLE_SUFFIXES | DATA_SUFFIXES)
            found = [p for p in found if _readable_in_folder(p)]
            if not found:
                raise InputError(f"{name}: no article or data files in this folder")
            files += found
        elif path.is_file():
            files.append(path)
        else:
            raise InputError(f"{name}: no such file or folder")
    return files


# A folder's own documentation, not a report: README.md, LICENSE.txt, CHANGELOG, NOTES.md ...
FOLDER_DOCS = frozenset({"readme", "license", "licence", "copying", "changelog", "changes", "notes",
                         "contributing", "authors", "citation"})


def _readable_in_folder(path: Path) -> bool:
    """A folder's README, LICENSE or CHANGELOG is not a report, and its JSON file is read only
    when it is GeoJSON (a folder may hold other JSON: notes, gold labels); both are skipped with a
    note on standard error. A file named on the command line is always read."""
    if path.stem.lower() in FOLDER_DOCS:
        print(f"geomap: skipped {path}: the folder's {path.stem} (name the file to read it)", file=sys.stderr)
        return False
    if path.suffix.lower() not in (".json", ".geojson"):
        return True
    try:
        obj = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError):
        obj = None
    if isinstance(obj, dict) and obj.get("type") in ("FeatureCollection", "Feature"):
        return True
    print(f"geomap: skipped {path}: not GeoJSON", file=sys.stderr)
    return False


def _is_extract_output(path: Path) -> bool:
    """Is this JSONL ``geomap extract`` output (collections) rather than a batch of articles?"""
    with open(path, "rb") as f:
        for raw in f:
            if raw.strip():
                try:
                    obj = json.loads(raw)
                except ValueError:
                    return False
                return isinstance(obj, dict) and ("features" in obj or obj.get("type") == "FeatureCollection")
    return False


def read_corpus(files: list[Path], *, published: str | None = None, skip_errors: bool = False):
    """Every document of the files as one :class:`geomap.Result` (not fused yet)."""
    from geomap.api import Result, read_file, read_many

    items: list = []
    errors: list = []
    for path in files:
        if path.suffix.lower() == ".jsonl" and _is_extract_output(path):
            done = read_file(path)
            items += done.collections
            errors += done.errors
        else:
            items.append(str(path))
    result = read_many(items, published=published, errors="skip" if skip_errors else "raise",
                       progress=sys.stderr.isatty())
    if errors and not skip_errors:
        label, message = errors[0]
        raise InputError(f"{label}: {message}")
    return Result(result.collections, errors=errors + result.errors)


def _outputs(args, out: Path) -> dict[str, Path]:
    """Every file the command will write, by what it is; checked before anything is read."""
    from geomap.io import atomic
    from geomap.io.formats import MAP_SUFFIXES

    if out.suffix.lower() not in MAP_SUFFIXES:
        raise InputError(f"-o {out}: the map is an HTML file (use .html)")
    files = {"map": out}
    for opt, _fmt in EXPORTS:
        if getattr(args, opt):
            files[opt] = Path(getattr(args, opt))
    if args.png:
        files["png"] = Path(args.png)
    if args.charts:
        for chart in CHARTS:
            for ext in ("png", "svg"):
                files[f"{chart}.{ext}"] = out.with_name(f"{out.stem}_{chart}.{ext}")
    seen: dict[Path, str] = {}
    for what, path in files.items():
        key = path.resolve()
        if key in seen:
            raise InputError(f"{path}: given for both {seen[key]} and {what}")
        if path.is_dir():
            raise InputError(f"{path}: is a folder")
        atomic.check_output(path, option="-o" if what == "map" else f"--{what.split('.')[0]}")  # writable?
        seen[key] = what
    return files


def write_outputs(fused, files: dict[str, Path], *, offline: bool = False, title: str | None = None) -> None:
    """Write the map, exports and charts: all into temporary files, then all into place."""
    from geomap.io import atomic

    fc = fused.collections[0]
    try:
        with contextlib.ExitStack() as stack:
            tmp = {what: stack.enter_context(atomic.atomic_path(path)) for what, path in files.items()}
            _write_all(fused, fc, tmp, offline=offline, title=title)
    except OSError as e:  # a folder that cannot be made, a full disk: nothing was moved into place
        where = f" {e.filename}" if getattr(e, "filename", None) else ""
        raise GeomapError(f"cannot write{where}: {e.strerror or e}; no output written") from None


def _write_all(fused, fc: dict, tmp: dict, *, offline: bool, title: str | None) -> None:
    from geomap.mapfiles import write_png

    fused.save_map(tmp["map"], offline=offline, title=title)
    if "png" in tmp:
        write_png(tmp["map"], tmp["png"])
    for opt, fmt in EXPORTS:
        if opt in tmp:
            fused.to_file(tmp[opt], fmt)
    if any(k.split(".")[0] in CHARTS for k in tmp):
        from geomap.render.charts import admin1_figure, figure_bytes, timeline_figure

        figures = {"timeline": timeline_figure(fc, title=title), "admin1": admin1_figure(fc, title=title)}
        for chart, fig in figures.items():
            for ext in ("png", "svg"):
                tmp[f"{chart}.{ext}"].write_bytes(figure_bytes(fig, ext))


def run(args) -> int:
    """Run ``geomap corpus``; errors are InputError with a one-line message, no partial files."""
    from geomap import settings

    from geomap.io.articles import parse_date

    parse_date(args.published)  # YYYY-MM-DD and nothing after it (nor a 30 February)
    out = Path(args.output) if args.output else settings.output_dir() / "corpus.html"
    files = _outputs(args, out)
    corpus = read_corpus(expand_inputs(args.inputs), published=args.published, skip_errors=args.skip_errors)
    for label, message in corpus.errors:
        print(f"geomap: skipped {label}: {message}", file=sys.stderr)
    if not len(corpus):
        raise InputError("no document could be read")
    events = corpus.fuse()
    fc = events.collections[0]
    props = [f["properties"] for f in fc["features"] if f["properties"]["layer"] == "incident"]
    n_reports = sum(p.get("report_count") or 1 for p in props)
    title = fc["title"] = args.title or f"{len(props)} events from {len(corpus)} reports"
    write_outputs(events, files, offline=args.offline, title=title)
    in_acled = sum(1 for p in props if p.get("in_acled"))
    print(f"geomap: {len(corpus)} document(s), {n_reports} report(s) of incidents -> {len(props)} event(s)"
          f" ({in_acled} in ACLED) -> {out}", file=sys.stderr)
    for what, path in files.items():
        if what != "map":
            print(f"geomap: wrote {path}", file=sys.stderr)
    return 0
