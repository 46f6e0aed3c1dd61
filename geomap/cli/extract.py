"""``geomap extract``: one article or a JSONL batch to GeoJSON (or another format).

Output is written atomically (no partial file on failure). A batch goes on past a bad
document, writes an ``error`` line for it, lists it in the summary, and reuses earlier
results from the cache (the work is :func:`geomap.batch.run_batch`).
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
    p.add_argument("-j", "--jobs", type=int, help="batch: worker processes (default: chosen by measured speed: "
                                                   "workers start only when the batch is long enough and stay "
                                                   "only when faster than one process)")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="batch: 'local' (this machine, JSONL or one file out) or 'dask' (a Dask cluster; -o is a "
                        "folder of partitioned GeoParquet layers; needs the dask extra)")
    p.add_argument("--scheduler", metavar="ADDRESS", help="--engine dask: a running scheduler (tcp://host:8786); "
                                                          "default: a local cluster of --jobs workers")
    p.set_defaults(run=run)


def run(args) -> int:
    from geomap.io.articles import parse_date

    published = parse_date(args.published)
    if str(args.input).lower().endswith(".jsonl"):
        return _run_batch(args, published)
    if args.engine == "dask" or args.scheduler:
        raise InputError("--engine dask reads a .jsonl corpus")
    from geomap.reading.pipeline import extract_file

    fmt = output_format(args.output, args.format, batch=False)
    fc = extract_file(args.input, published=published, title=args.title, events=not args.no_events)
    _write(fc, args.output, fmt)
    return 0


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
    t0 = time.perf_counter()
    with _terminate_unwinds(), ProgressBar(total or 0, "geomap extract", show=not args.quiet and (total or 0) >= 2) as bar, \
            BatchOutput(args.output, fmt) as out:
        for (n, doc_id), outcome in iter_batch(docs, published=published, events=not args.no_events,
                                               cache=not args.no_cache, jobs=args.jobs, progress=bar.advance,
                                               total=total, stats=stats):
            if isinstance(outcome, InputError):
                errors.append((n, doc_id, str(outcome)))
                out.add(doc_id, str(outcome))
                continue
            for f in outcome[0]["features"]:
                layer = f["properties"]["layer"]
                n_places += layer == "place"
                n_incidents += layer == "incident"
            out.add(doc_id, outcome[0])
    secs = time.perf_counter() - t0
    if not args.quiet:
        workers = f", {stats.jobs} worker processes" if stats.jobs > 1 else ""
        print(f"geomap: {stats.n_docs} documents read ({stats.n_cached} from cache) in {secs:.1f} s{workers}; "
              f"{n_places} places, {n_incidents} incidents, {len(errors)} errors", file=sys.stderr)
        for n, doc_id, msg in errors:
            print(f"geomap: error in line {n} (id {doc_id}): {msg}", file=sys.stderr)
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
                          events=not args.no_events, published=published)
    if not args.quiet:
        print(f"geomap: {done['documents']} documents read in {time.perf_counter() - t0:.1f} s on Dask "
              f"({done['partitions']} partitions); {done['places']} places, {done['incidents']} incidents, "
              f"{done['errors']} errors -> {args.output}/", file=sys.stderr)
    return 1 if done["errors"] else 0
