"""`geomap extract`: one article or a JSONL batch to GeoJSON (or another format).

Output is written to a temporary file and moved into place at the end, so a failure never
leaves a partial file. A batch goes on past a bad document, writes an ``error`` line for
it, lists it in the summary, and reuses earlier results from the cache.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

from geomap import settings
from geomap.exceptions import InputError

FORMATS = {".geojson": "geojson", ".json": "geojson", ".jsonl": "jsonl", ".gpkg": "gpkg",
           ".parquet": "parquet", ".geoparquet": "parquet", ".csv": "csv"}
CACHE_VERSION = "1"

log = logging.getLogger(__name__)


def output_format(path: str | None, explicit: str | None, batch: bool) -> str:
    """The output format: --format, else the -o extension, else GeoJSON (JSONL for batches)."""
    if explicit:
        fmt = explicit.lower().lstrip(".")
        if fmt not in set(FORMATS.values()):
            raise InputError(f"unknown --format {explicit!r}: use one of {', '.join(sorted(set(FORMATS.values())))}")
        return fmt
    if path and path != "-":
        suffix = Path(path).suffix.lower()
        if suffix in FORMATS:
            return FORMATS[suffix]
    return "jsonl" if batch else "geojson"


def write_atomic(path: str | Path, write) -> None:
    """Call ``write(file)`` on a temp file beside ``path``, then move it into place."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            write(f)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _write_collection(fc: dict, output: str | None, fmt: str) -> None:
    if fmt in ("geojson", "jsonl"):
        body = json.dumps(fc, ensure_ascii=False) + ("\n" if fmt == "jsonl" else "")
        if not output or output == "-":
            sys.stdout.write(body if fmt == "jsonl" else json.dumps(fc, ensure_ascii=False, indent=1) + "\n")
        else:
            write_atomic(output, lambda f: f.write(body))
        return
    if not output or output == "-":
        raise InputError(f"--format {fmt} needs an output file (-o)")
    from geomap.io.writers import write_collection

    write_collection(fc, output, fmt)


def run_extract(args) -> int:
    from geomap.io.articles import parse_date

    published = parse_date(args.published)
    if str(args.input).lower().endswith(".jsonl"):
        return _run_batch(args, published)
    from geomap.reading.pipeline import extract_file

    fmt = output_format(args.output, args.format, batch=False)
    fc = extract_file(args.input, published=published, title=args.title, events=not args.no_events)
    _write_collection(fc, args.output, fmt)
    return 0


def _cache_salt() -> str:
    """What every cached result depends on, computed once per batch (the gazetteer fingerprint
    reads package metadata: a millisecond, as long as a cache hit itself)."""
    from geomap.gazetteer.build import source_fingerprint

    # the user's own gazetteer and boundary files change results too
    files = [*settings.user_gazetteer_files(), *(settings.boundary_file(k) for k in ("countries", "admin1", "disputed"))]
    stamps = [f"{p}:{p.stat().st_size}:{p.stat().st_mtime_ns}" if p.exists() else str(p) for p in files]
    return f"{CACHE_VERSION}:{_code_version()}:{source_fingerprint()}:{stamps}:{settings.boundary_columns()}"


def _cache_key(article, events: bool, salt: str | None = None) -> str:
    h = hashlib.sha256()
    for part in (_cache_salt() if salt is None else salt, str(events), article.text,
                 str(article.published), str(article.title), str(article.id)):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


_CODE_VERSION: str | None = None


def _code_version() -> str:
    """Hash of geomap's own source, so a changed rule invalidates cached results."""
    global _CODE_VERSION
    if _CODE_VERSION is None:
        h = hashlib.sha256()
        root = settings.PACKAGE_DIR
        for p in sorted(root.rglob("*")):
            if p.suffix in (".py", ".csv") and "__pycache__" not in p.parts:
                h.update(p.read_bytes())
        _CODE_VERSION = h.hexdigest()[:16]
    return _CODE_VERSION


def _run_batch(args, published) -> int:
    from geomap.io.articles import read_batch

    fmt = output_format(args.output, args.format, batch=True)
    if fmt not in ("jsonl",) and not args.output:
        fmt = "jsonl"
    cache_dir = settings.cache_dir() / "batch"
    use_cache = not args.no_cache
    if use_cache:
        try:
            cache_dir.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            log.warning("no batch cache at %s: %s", cache_dir, e.strerror)
            use_cache = False
    salt = _cache_salt() if use_cache else ""
    lines: list[str] = []
    collections: list[dict] = []
    errors: list[tuple] = []
    n_places = n_incidents = 0
    docs = list(read_batch(args.input))
    t0 = time.perf_counter()
    progress = _progress(len(docs), quiet=args.quiet)
    results: list = [None] * len(docs)
    try:
        n_cached = _fill(args, docs, published, progress, results, use_cache, cache_dir, salt)
    finally:
        progress.close()  # also on Ctrl-C or a crash, so the terminal is left clean
    for (n, doc_id, _), fc in zip(docs, results):
        if isinstance(fc, InputError):
            errors.append((n, doc_id, str(fc)))
            lines.append(json.dumps({"id": doc_id, "error": str(fc)}, ensure_ascii=False))
            continue
        fc = {"id": doc_id, **{k: v for k, v in fc.items() if k != "id"}}
        n_places += sum(f["properties"]["layer"] == "place" for f in fc["features"])
        n_incidents += sum(f["properties"]["layer"] == "incident" for f in fc["features"])
        lines.append(json.dumps(fc, ensure_ascii=False))
        collections.append(fc)
    secs = time.perf_counter() - t0
    if fmt == "jsonl":
        body = "".join(line + "\n" for line in lines)
        if args.output and args.output != "-":
            write_atomic(args.output, lambda f: f.write(body))
        else:
            sys.stdout.write(body)
    else:
        merged = {"type": "FeatureCollection", "features": [
            {**f, "properties": {**f["properties"], "document": fc["id"]}}
            for fc in collections for f in fc["features"]]}
        _write_collection(merged, args.output, fmt)
    if not args.quiet:
        print(f"geomap: {len(docs)} documents read ({n_cached} from cache) in {secs:.1f} s; "
              f"{n_places} places, {n_incidents} incidents, {len(errors)} errors", file=sys.stderr)
        for n, doc_id, msg in errors:
            print(f"geomap: error in line {n} (id {doc_id}): {msg}", file=sys.stderr)
    return 1 if errors else 0


def _fill(args, docs, published, progress, results: list, use_cache: bool, cache_dir: Path, salt: str) -> int:
    """Put each document's FeatureCollection (or InputError) in ``results``; returns the cache hits."""
    n_cached = 0
    todo = []  # (position, article, cache path) of documents to read now
    for pos, (n, doc_id, item) in enumerate(docs):
        if isinstance(item, InputError):
            results[pos] = item
            progress.advance()
            continue
        article = item if item.published or not published else item.__class__(
            item.text, item.id, item.title, item.source, published)
        path = cache_dir / (_cache_key(article, not args.no_events, salt) + ".json") if use_cache else None
        if path is not None and path.exists():
            try:
                results[pos] = json.loads(path.read_text(encoding="utf-8"))
                n_cached += 1
                progress.advance()
                continue
            except ValueError:
                pass
        todo.append((pos, article, path))
    paths = {pos: path for pos, _, path in todo}
    for pos, fc in _extract_all(todo, events=not args.no_events, jobs=_jobs(args, len(todo))):
        results[pos] = fc
        path = paths[pos]
        if path is not None and isinstance(fc, dict):
            try:
                write_atomic(path, lambda f, fc=fc: json.dump(fc, f, ensure_ascii=False))
            except OSError as e:
                log.warning("could not cache a result: %s", e)
        progress.advance()
    return n_cached


def _jobs(args, n_docs: int) -> int:
    """Worker processes: --jobs, else two on a multi-core machine for batches of 100+ documents
    (measured: 229 GeoVirus documents, 79 -> 112 documents/s on 2 cores), else one."""
    if getattr(args, "jobs", None) is not None:
        jobs = int(args.jobs)
        if jobs < 1:
            raise InputError(f"--jobs must be at least 1, not {jobs}")
    else:
        jobs = min(2, os.cpu_count() or 1) if n_docs >= 100 else 1
    return jobs if n_docs >= 2 * jobs else 1


def _extract_one(item):
    """Read one document in a worker; errors come back as values so the batch goes on."""
    from geomap.reading.pipeline import extract_article

    pos, article, events = item
    try:
        return pos, extract_article(article, events=events)
    except InputError as e:
        return pos, e
    except Exception as e:  # noqa: BLE001 - a bug on one document must not end the batch (SPEC)
        log.warning("document %s: internal error", article.id, exc_info=True)
        return pos, InputError(f"internal error ({e.__class__.__name__}: {e})")


def _extract_all(todo, *, events: bool, jobs: int):
    """(position, FeatureCollection or InputError) for each document, in input order."""
    items = [(pos, article, events) for pos, article, _ in todo]
    if jobs <= 1 or len(items) < 2:
        yield from map(_extract_one, items)
        return
    import multiprocessing

    if events:  # load the boundaries once, before the workers fork, so they share them
        from geomap import geo, pipeline  # noqa: F401  (pipeline: import the reading code once too)

        geo.boundaries()
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with ctx.Pool(jobs) as pool:
        yield from pool.imap(_extract_one, items, chunksize=8)


class _progress:
    """A rich progress bar on standard error (silent when quiet or for tiny batches)."""

    def __init__(self, total: int, quiet: bool) -> None:
        self._bar = None
        if quiet or total < 2:
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._bar = Progress(TextColumn("geomap extract"), BarColumn(), MofNCompleteColumn(),
                             TimeRemainingColumn(), console=Console(stderr=True), transient=False)
        self._bar.start()
        self._task = self._bar.add_task("docs", total=total)

    def advance(self) -> None:
        if self._bar:
            self._bar.advance(self._task)

    def close(self) -> None:
        if self._bar:
            self._bar.stop()
