"""The one batch engine: many documents read in order, with the cache, worker processes,
a progress callback and one error per bad document (``read_many`` and ``geomap extract``).

A document that cannot be read becomes an :class:`~geomap.exceptions.InputError` in its
place, so a batch goes on past it; earlier results are reused from the cache, keyed by
everything a result depends on (the text, the date, geomap's code, the gazetteer and the
user's data files).
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from geomap import settings
from geomap.exceptions import InputError
from geomap.io import atomic
from geomap.io.articles import Article

log = logging.getLogger(__name__)

CACHE_VERSION = "1"

#: What a document becomes: its collections, or the error that stopped it.
Outcome = Any  # list[dict] | InputError


@dataclass
class BatchResult:
    """Outcomes in input order (``(label, list of collections or InputError)``) and the cache hits."""

    outcomes: list[tuple[Any, Outcome]] = field(default_factory=list)
    n_cached: int = 0


def run_batch(docs: list[tuple[Any, Any]], *, published=None, geocoder=None, events: bool = True,
              cache: bool = False, jobs: int | None = 1, progress: Callable[[], None] | None = None,
              read_other: Callable[[Any], list[dict]] | None = None, internal_errors: bool = True,
              stop_on_error: bool = False) -> BatchResult:
    """Read ``docs`` (``(label, item)``; an item is an Article, an InputError, or anything
    ``read_other`` reads) in order.

    Parameters
    ----------
    published : datetime.date, optional
        Date for articles that give none.
    cache : bool
        Reuse (and store) results in ``settings.cache_dir() / "batch"``.
    jobs : int, optional
        Worker processes for the articles not in the cache (None: :func:`default_jobs`).
    progress : callable, optional
        Called once per document done.
    read_other : callable, optional
        Reads an item that is not an Article into collections.
    internal_errors : bool
        A bug on one article becomes its InputError ("internal error ...") instead of
        ending the batch.
    stop_on_error : bool
        Raise the first InputError instead of going on.
    """
    advance = progress or (lambda: None)
    cache_dir = settings.cache_dir() / "batch"
    if cache:
        try:
            cache_dir.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            log.warning("no batch cache at %s: %s", cache_dir, e.strerror)
            cache = False
    salt = cache_salt() if cache else ""
    results: list[Outcome] = [None] * len(docs)
    todo = []  # (position, article, cache path) of articles to read now
    n_cached = 0
    first_of: dict[str, int] = {}  # document id -> position of the first document with it
    for pos, (_, item) in enumerate(docs):
        if isinstance(item, Article) and item.id is not None:
            item = _unique(item, pos, first_of, docs)
        if isinstance(item, InputError):
            if stop_on_error:
                raise item
            results[pos] = item
            advance()
            continue
        if not isinstance(item, Article):
            if todo:  # keep the input order for stop_on_error
                _extract_into(results, todo, geocoder, events, jobs, internal_errors, stop_on_error, advance)
                todo = []
            try:
                results[pos] = read_other(item)
            except InputError as e:
                if stop_on_error:
                    raise
                results[pos] = e
            advance()
            continue
        article = item if item.published or not published else Article(
            item.text, item.id, item.title, item.source, published)
        path = cache_dir / (cache_key(article, events, salt) + ".json") if cache else None
        if path is not None and path.exists():
            try:
                results[pos] = [json.loads(path.read_text(encoding="utf-8"))]
                n_cached += 1
                advance()
                continue
            except ValueError:
                pass
        todo.append((pos, article, path))
    _extract_into(results, todo, geocoder, events, jobs, internal_errors, stop_on_error, advance)
    return BatchResult([(label, r) for (label, _), r in zip(docs, results)], n_cached)


def _unique(article: Article, pos: int, first_of: dict, docs: list):
    """The article, or an InputError when an earlier document has its id.

    A later duplicate becomes an error line rather than a renamed document: ids are how
    users join results back to their records, so two documents under one id would merge
    silently, and a made-up id ("a-2") might collide with a real one. The first keeps the id;
    the batch goes on and the summary names the duplicate.
    """
    key = json.dumps(article.id, sort_keys=True, default=str)
    if key not in first_of:
        first_of[key] = pos
        return article
    where = docs[first_of[key]][0]
    where = f"line {where[0]}" if isinstance(where, tuple) else f"document {first_of[key] + 1}"
    return InputError(f"duplicate id {article.id!r} (already used by {where}); ids must be unique")


def _extract_into(results: list, todo: list, geocoder, events: bool, jobs: int, internal_errors: bool,
                  stop_on_error: bool, advance) -> None:
    paths = {pos: path for pos, _, path in todo}
    jobs = default_jobs(len(todo), jobs)
    jobs = jobs if len(todo) >= 2 * jobs else 1
    for pos, fc in _extract_all(todo, geocoder=geocoder, events=events, jobs=jobs, internal_errors=internal_errors):
        if isinstance(fc, InputError) and stop_on_error:
            raise fc
        results[pos] = fc if isinstance(fc, InputError) else [fc]
        path = paths[pos]
        if path is not None and isinstance(fc, dict):
            try:
                atomic.write_text(path, json.dumps(fc, ensure_ascii=False))
            except OSError as e:
                log.warning("could not cache a result: %s", e)
        advance()


def default_jobs(n_docs: int, jobs: int | None = None) -> int:
    """Worker processes: ``jobs``, else two on a multi-core machine for batches of 100+ documents
    (measured: 229 GeoVirus documents, 79 -> 112 documents/s on 2 cores), else one."""
    if jobs is not None:
        jobs = int(jobs)
        if jobs < 1:
            raise InputError(f"--jobs must be at least 1, not {jobs}")
    else:
        jobs = min(2, os.cpu_count() or 1) if n_docs >= 100 else 1
    return jobs


def _extract_one(item):
    """Read one article (in a worker too); errors come back as values so the batch goes on."""
    from geomap.reading.pipeline import extract_article

    pos, article, events, geocoder, internal_errors = item
    try:
        return pos, extract_article(article, geocoder=geocoder, events=events)
    except InputError as e:
        return pos, e
    except Exception as e:  # noqa: BLE001 - a bug on one document must not end the batch (SPEC)
        if not internal_errors:
            raise
        log.warning("document %s: internal error", article.id, exc_info=True)
        return pos, InputError(f"internal error ({e.__class__.__name__}: {e})")


def _extract_all(todo, *, geocoder, events: bool, jobs: int, internal_errors: bool):
    """(position, FeatureCollection or InputError) for each article, in input order."""
    items = [(pos, article, events, geocoder, internal_errors) for pos, article, _ in todo]
    if jobs <= 1 or len(items) < 2:
        yield from map(_extract_one, items)
        return
    import multiprocessing

    if events:  # load the boundaries once, before the workers fork, so they share them
        from geomap.reading import pipeline  # noqa: F401  (import the reading code once too)
        from geomap.reading.borders import default_borders

        default_borders().boundaries
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with ctx.Pool(jobs) as pool:
        yield from pool.imap(_extract_one, items, chunksize=8)


# ---------------------------------------------------------------------- the cache key

def cache_salt() -> str:
    """What every cached result depends on, computed once per batch (the gazetteer fingerprint
    reads package metadata: a millisecond, as long as a cache hit itself)."""
    from geomap.gazetteer.build import source_fingerprint

    # the user's own gazetteer and boundary files change results too
    files = [*settings.user_gazetteer_files(), *(settings.boundary_file(k) for k in ("countries", "admin1", "disputed"))]
    stamps = [f"{p}:{p.stat().st_size}:{p.stat().st_mtime_ns}" if p.exists() else str(p) for p in files]
    return f"{CACHE_VERSION}:{code_version()}:{source_fingerprint()}:{stamps}:{settings.boundary_columns()}"


def cache_key(article, events: bool, salt: str | None = None) -> str:
    h = hashlib.sha256()
    for part in (cache_salt() if salt is None else salt, str(events), article.text,
                 str(article.published), str(article.title), str(article.id)):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


_CODE_VERSION: str | None = None


def code_version() -> str:
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


class ProgressBar:
    """A rich progress bar on standard error (nothing when ``show`` is false); a context manager
    that also stops on Ctrl-C or a crash, so the terminal is left clean."""

    def __init__(self, total: int, label: str, *, show: bool = True) -> None:
        self._bar = None
        if not show:
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._bar = Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                             console=Console(stderr=True), transient=False)
        self._bar.start()
        self._task = self._bar.add_task("docs", total=total)

    def advance(self) -> None:
        if self._bar:
            self._bar.advance(self._task)

    def __enter__(self) -> "ProgressBar":
        return self

    def __exit__(self, *exc) -> None:
        if self._bar:
            self._bar.stop()
