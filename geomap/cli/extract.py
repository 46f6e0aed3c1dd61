"""``geomap extract``: one article or a JSONL batch to GeoJSON (or another format).

Output is written atomically (no partial file on failure). A batch goes on past a bad
document, writes an ``error`` line for it, lists it in the summary, and reuses earlier
results from the cache (the work is :func:`geomap.batch.run_batch`). A later document with
an id already used in the batch becomes an error line (ids are how users join results back
to their records; see ``geomap.batch._unique``).

The input is read as what it is (:mod:`geomap.io.sniff`): a JSONL batch of articles, an
article, or data that holds layers already (an ACLED CSV, GeoJSON, batch output), which is
written as it is in the output format asked for, never read as prose. Output paths are
checked before the work starts.
"""
from __future__ import annotations

import contextlib
import json
import signal
import sys
import time

from geomap.exceptions import InputError
from geomap.io.formats import output_format


def add_parser(subparsers) -> None:
    p = subparsers.add_parser("extract", help="read an article (or a JSONL batch) into GeoJSON layers",
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
    p.add_argument("-j", "--jobs", type=int, help="batch: processes reading, this one and N-1 workers (default: "
                                                   "chosen by measured speed: workers start only when the batch is "
                                                   "long enough and get documents only while the batch goes faster "
                                                   "with them)")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="batch: 'local' (this machine, JSONL or one file out) or 'dask' (a Dask cluster; -o is a "
                        "folder of partitioned GeoParquet layers; needs the dask extra)")
    p.add_argument("--scheduler", metavar="ADDRESS", help="--engine dask: a running scheduler (tcp://host:8786); "
                                                          "default: a local cluster of --jobs workers")
    p.set_defaults(run=run)


def run(args) -> int:
    from geomap.io.articles import parse_date
    from geomap.io.sniff import DATA_KINDS, input_kind

    published = parse_date(args.published)
    kind = input_kind(args.input)  # by content and extension: a CSV is never read as prose
    batch = kind == "article_batch"
    if (args.engine == "dask" or args.scheduler) and not batch:
        raise InputError("--engine dask reads a .jsonl corpus of articles")
    if batch and args.engine == "dask":
        return _run_batch(args, published)  # -o is a folder of GeoParquet layers
    fmt = output_format(args.output, args.format, batch=batch)
    if fmt not in ("geojson", "jsonl") and (not args.output or args.output == "-"):
        raise InputError(f"--format {fmt} needs an output file (-o)")
    if args.output and args.output != "-":
        from geomap.io.atomic import check_output

        check_output(args.output)  # before the work, not after it
    if batch:
        return _run_batch(args, published)
    if kind in DATA_KINDS:
        return _convert(args, kind, fmt)
    from geomap.reading.pipeline import extract_file

    fc = extract_file(args.input, published=published, title=args.title, events=not args.no_events)
    _write(fc, args.output, fmt)
    if not args.quiet:
        for line in unlisted_summary([fc]):
            print(line, file=sys.stderr)
    return 0


#: How to add an unlisted place to one's own gazetteer (README, "Your own gazetteer entries").
USER_GAZETTEER_HINT = ("geomap: add them to your own gazetteer file to place them exactly: GEOMAP_GAZETTEER=my_places.csv, "
                       "CSV columns name,lat,lon,kind,iso2,admin1,alt_names (see the README, \"Using your own data\")")


def unlisted_summary(collections: list[dict], *, limit: int = 30) -> list[str]:
    """Lines naming the places the text typed but the gazetteer lacks (``in_gazetteer`` false),
    with what the text calls them and where geomap put them, so a user can add them."""
    seen: dict[tuple, int] = {}
    for fc in collections:
        count_unlisted(fc.get("features", []), seen)
    return _unlisted_lines(seen, limit)


def count_unlisted(features: list[dict], seen: dict[tuple, int]) -> None:
    """Add the unlisted places among ``features`` to ``seen`` (what the summary names, and how
    often): a batch keeps these counts, not the features, so its memory stays flat."""
    for f in features:
        p = f["properties"]
        if p.get("layer") == "place" and p.get("in_gazetteer") is False:
            k = (p["name"], p.get("feature") or p.get("place_type"), p.get("placed_at"), p.get("iso2"))
            seen[k] = seen.get(k, 0) + 1


def _unlisted_lines(seen: dict[tuple, int], limit: int = 30) -> list[str]:
    if not seen:
        return []
    items = sorted(seen.items(), key=lambda kv: (-kv[1], kv[0][0]))
    out = [f"geomap: {len(seen)} place name(s) not in the gazetteer, placed at the unit the text puts them in or near:"]
    for (name, kind, at, iso2), n in items[:limit]:
        out.append(f"  {name} ({kind}{', ' + iso2 if iso2 else ''}) placed at {at}" + (f", {n} mentions" if n > 1 else ""))
    if len(items) > limit:
        out.append(f"  ... and {len(items) - limit} more")
    out.append(USER_GAZETTEER_HINT)
    return out


def _convert(args, kind: str, fmt: str) -> int:
    """A data file (ACLED CSV, GeoJSON, batch output, ...) holds layers already: they are
    written as they are, in the format asked for, rather than read as an article's prose."""
    from geomap.api import read_file
    from geomap.io.sniff import KINDS

    result = read_file(args.input)
    fc = result.merged(title=args.title).collections[0] if len(result) != 1 or args.title \
        else result.collections[0]
    if fmt != "geojson" and not args.output:
        raise InputError(f"--format {fmt} needs an output file (-o)")
    _write(fc, args.output, fmt)
    if not args.quiet:
        print(f"geomap: {args.input} is {KINDS[kind]}, not an article: its {len(fc['features'])} "
              f"features written as they are", file=sys.stderr)
    for label, msg in result.errors:
        print(f"geomap: error in {args.input} (id {label}): {msg}", file=sys.stderr)
    return 1 if result.errors else 0


def _write(fc: dict, output: str | None, fmt: str) -> None:
    """GeoJSON/JSONL to a file (compact) or standard output (GeoJSON indented); other formats to a file."""
    if fmt in ("geojson", "jsonl"):
        if not output or output == "-":
            sys.stdout.write(json.dumps(fc, ensure_ascii=False) + "\n" if fmt == "jsonl"
                             else json.dumps(fc, ensure_ascii=False, indent=1) + "\n")
        else:
            from geomap.io.atomic import write_text

            write_text(output, json.dumps(fc, ensure_ascii=False) + ("\n" if fmt == "jsonl" else ""))
        return
    if not output or output == "-":
        raise InputError(f"--format {fmt} needs an output file (-o)")
    from geomap.io.writers import write_collection

    write_collection(fc, output, fmt)


def _count_lines(path) -> int | None:
    """Documents in a JSONL batch (its non-blank lines), for the progress bar; one quick pass."""
    try:
        with open(path, "rb") as f:
            return sum(1 for line in f if line.strip())
    except OSError:
        return None  # read_batch names the problem


@contextlib.contextmanager
def _terminate_unwinds():
    """A kill (SIGTERM) unwinds like Ctrl-C while the batch runs: the partial output is removed,
    the cache kept (only in the main thread, where Python handles signals)."""
    try:
        old = signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    except ValueError:
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, old)


def _run_batch(args, published) -> int:
    from geomap.batch import BatchStats, ProgressBar, iter_batch
    from geomap.io.articles import read_batch
    from geomap.io.batch_output import BatchOutput

    if args.engine == "dask":
        return _run_dask(args, published)
    fmt = output_format(args.output, args.format, batch=True)
    if fmt not in ("jsonl",) and not args.output:
        fmt = "jsonl"
    total = _count_lines(args.input)
    docs = (((n, doc_id), item) for n, doc_id, item in read_batch(args.input))
    stats = BatchStats()
    errors: list[tuple] = []
    n_places = n_incidents = 0
    unlisted: dict[tuple, int] = {}  # the places the gazetteer lacks, counted for the summary (memory stays flat)
    t0 = time.perf_counter()
    with _terminate_unwinds(), ProgressBar(total or 0, "geomap extract", show=not args.quiet and (total or 0) >= 2) as bar, \
            BatchOutput(args.output, fmt) as out:
        for (n, doc_id), outcome in iter_batch(docs, published=published, events=not args.no_events,
                                               cache=not args.no_cache, jobs=args.jobs, progress=bar.advance,
                                               total=total, stats=stats, as_text=True):
            if isinstance(outcome, InputError):
                errors.append((n, doc_id, str(outcome)))
                out.add(doc_id, str(outcome))
                continue
            n_places += outcome.n_places
            n_incidents += outcome.n_incidents
            count_unlisted(outcome.unlisted, unlisted)
            out.add_text(outcome.text)  # the document's line as it was read: no decoding here
    secs = time.perf_counter() - t0
    if not args.quiet:
        workers = f", {stats.jobs} processes reading" if stats.jobs > 1 else ""
        print(f"geomap: {stats.n_docs} documents read ({stats.n_cached} from cache) in {secs:.1f} s{workers}; "
              f"{n_places} places, {n_incidents} incidents, {len(errors)} errors", file=sys.stderr)
        for n, doc_id, msg in errors:
            print(f"geomap: error in line {n} (id {doc_id}): {msg}", file=sys.stderr)
        for line in _unlisted_lines(unlisted):
            print(line, file=sys.stderr)
    return 1 if errors else 0


def _run_dask(args, published) -> int:
    """The corpus on a Dask cluster, each layer to OUTDIR/<layer>/ as partitioned GeoParquet."""
    from geomap.distributed import extract_corpus

    if not args.output or args.output == "-":
        raise InputError("--engine dask needs an output folder (-o OUTDIR)")
    if args.format and args.format.lower() not in ("parquet", "geoparquet"):
        raise InputError("--engine dask writes GeoParquet folders only")
    if args.jobs is not None and args.jobs < 1:
        raise InputError(f"--jobs must be at least 1, not {args.jobs}")
    t0 = time.perf_counter()
    done = extract_corpus(args.input, args.output, scheduler=args.scheduler, n_workers=args.jobs,
                          events=not args.no_events, published=published, cache=not args.no_cache)
    if not args.quiet:
        print(f"geomap: {done['documents']} documents read ({done['cached']} from cache) in "
              f"{time.perf_counter() - t0:.1f} s on Dask "
              f"({done['partitions']} partitions); {done['places']} places, {done['incidents']} incidents, "
              f"{done['errors']} errors -> {args.output}/", file=sys.stderr)
    return 1 if done["errors"] else 0
