"""The one batch engine: many documents read one at a time, in order, with the cache, worker
processes chosen by measured speed (:mod:`geomap.batch_workers`), a progress callback and one
error per bad document (``read_many`` and ``geomap extract``).

Documents stream through: :func:`iter_batch` yields each outcome, in input order, as soon as
it and every document before it are done, holding at most a small window of documents in
flight, so memory stays flat in the batch size. A document that cannot be read becomes an
:class:`~geomap.exceptions.InputError` in its place, so a batch goes on past it. Each result
is cached as it is done, keyed by everything it depends on (the text, the date, geomap's
code, the gazetteer and the user's data files): a batch that was killed is resumed by
running it again. A batch that ends prunes the cache of long unused results, at most once a
day (:mod:`geomap.batch_prune`).
"""
from __future__ import annotations

import json
import logging
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

from geomap.batch_cache import DocText, ResultCache
from geomap.batch_prune import Pruning
from geomap.batch_workers import Engine, _extract_one, default_jobs  # noqa: F401  (the last two used elsewhere)
from geomap.exceptions import InputError
from geomap.io.articles import Article

log = logging.getLogger(__name__)

__all__ = ["BatchResult", "BatchStats", "ProgressBar", "default_jobs", "iter_batch", "run_batch"]

#: What a document becomes: its collections (or, with ``as_text``, its DocText), or the error
#: that stopped it.
Outcome = Any  # list[dict] | DocText | InputError


@dataclass
class BatchResult:
    """Outcomes in input order (``(label, list of collections or InputError)``) and the cache hits."""

    outcomes: list[tuple[Any, Outcome]] = field(default_factory=list)
    n_cached: int = 0


@dataclass
class BatchStats:
    """What a streamed batch did so far (filled in while :func:`iter_batch` runs)."""

    n_docs: int = 0
    n_cached: int = 0
    n_errors: int = 0
    #: Processes that read the batch: the main one and its workers (1: the main process alone).
    jobs: int = 1
    #: Documents per second the main process read alone before workers were chosen (None: not measured).
    rate_in_process: float | None = None
    #: Documents per second all processes read during the workers' trial.
    rate_workers: float | None = None
    #: Cores of the machine that sat idle while the main process read alone (None: not measured).
    idle_cores: float | None = None


def run_batch(docs: Iterable[tuple[Any, Any]], *, jobs: int | None = 1, **kwargs) -> BatchResult:
    """Every outcome of :func:`iter_batch` in one list (for callers that keep them all anyway)."""
    stats = BatchStats()
    outcomes = list(iter_batch(docs, jobs=jobs, stats=stats, **kwargs))
    return BatchResult(outcomes, stats.n_cached)


def iter_batch(docs: Iterable[tuple[Any, Any]], *, published=None, geocoder=None, events: bool = True,
               cache: bool = False, jobs: int | None = None, progress: Callable[[], None] | None = None,
               read_other: Callable[[Any], list[dict]] | None = None, internal_errors: bool = True,
               stop_on_error: bool = False, total: int | None = None,
               stats: BatchStats | None = None, as_text: bool = False) -> Iterator[tuple[Any, Outcome]]:
    """Read ``docs`` (``(label, item)``; an item is an Article, an InputError, or anything
    ``read_other`` reads) and yield ``(label, outcome)`` in input order, one at a time.

    Parameters
    ----------
    published : datetime.date, optional
        Date for articles that give none.
    cache : bool
        Reuse (and store) results in :func:`geomap.settings.batch_cache_dir`.
    jobs : int, optional
        Processes that read (the main one and ``jobs - 1`` workers beside it). None: measure
        the speed in process on the first documents and start workers only when the rest of
        the batch is long enough for them to pay off, and keep them only when the batch then
        goes faster (:class:`geomap.batch_workers.Engine`).
    progress : callable, optional
        Called once per document done.
    read_other : callable, optional
        Reads an item that is not an Article into collections (in the main process, in order).
    internal_errors : bool
        A bug on one article becomes its InputError ("internal error ...") instead of
        ending the batch.
    stop_on_error : bool
        Raise the first InputError (in input order) instead of going on.
    total : int, optional
        How many documents ``docs`` holds, when known: helps decide on workers.
    stats : BatchStats, optional
        Filled in as the batch goes (cache hits, errors, workers used).
    as_text : bool
        An article's outcome is its :class:`~geomap.batch_cache.DocText` (compact JSON and
        counts, as workers send it) instead of ``[collection]``: for callers that write the
        text out, so the main process neither decodes nor encodes the collections.
    """
    if jobs is not None:
        jobs = int(jobs)
        if jobs < 1:
            raise InputError(f"--jobs must be at least 1, not {jobs}")
    stats = stats if stats is not None else BatchStats()
    advance = progress or (lambda: None)
    store = ResultCache.open() if cache else None
    pruning = Pruning(store.folder) if store is not None else None
    engine = Engine(geocoder=geocoder, events=events, internal_errors=internal_errors, jobs=jobs,
                     total=total, stats=stats, as_text=as_text)
    pending: deque[_Entry] = deque()
    first_of: dict[str, Any] = {}  # document id -> label of the first document with it

    def finish(entry: _Entry) -> tuple[Any, Outcome]:
        outcome = entry.outcome
        if entry.task is not None:
            value = entry.task.get()  # cached by whoever read it
            outcome = value if isinstance(value, (InputError, DocText)) else [value]
        if isinstance(outcome, InputError):
            stats.n_errors += 1
            if stop_on_error:
                raise outcome
        advance()
        return entry.label, outcome

    try:
        for pos, (label, item) in enumerate(docs):
            stats.n_docs += 1
            entry = _Entry(label)
            if isinstance(item, Article) and item.id is not None:
                item = _unique(item, pos, label, first_of)
            if isinstance(item, InputError):
                entry.outcome = item
            elif not isinstance(item, Article):
                while pending:  # what comes before it first, so a stop keeps the input order
                    yield finish(pending.popleft())
                try:
                    entry.outcome = read_other(item)
                except InputError as e:
                    entry.outcome = e
            else:
                article = item if item.published or not published else Article(
                    item.text, item.id, item.title, item.source, published)
                path = store.path(article, events) if store is not None else None
                hit = ResultCache.load(path, pruning.started if pruning is not None else None)
                if hit is not None:
                    entry.outcome = hit if as_text else [hit.collection()]
                    stats.n_cached += 1
                else:
                    entry.task = engine.submit(article, path)
            pending.append(entry)
            while pending and (pending[0].done() or len(pending) > engine.window):
                yield finish(pending.popleft())
        while pending:
            yield finish(pending.popleft())
        if pruning is not None:  # every result this batch needs is marked used by now
            pruning.finish()
    finally:
        engine.close()


def _unique(article: Article, pos: int, label: Any, first_of: dict):
    """The article, or an InputError when an earlier document has its id.

    A later duplicate becomes an error line rather than a renamed document: ids are how
    users join results back to their records, so two documents under one id would merge
    silently, and a made-up id ("a-2") might collide with a real one. The first keeps the id;
    the batch goes on and the summary names the duplicate. Only the ids are kept (memory
    stays small however long the batch).
    """
    key = json.dumps(article.id, sort_keys=True, default=str)
    if key not in first_of:
        first_of[key] = (pos, label)
        return article
    first_pos, first_label = first_of[key]
    where = f"line {first_label[0]}" if isinstance(first_label, tuple) else f"document {first_pos + 1}"
    return InputError(f"duplicate id {article.id!r} (already used by {where}); ids must be unique")


@dataclass
class _Entry:
    label: Any
    outcome: Outcome = None
    task: Any = None  # batch_workers.Task while the article is being read

    def done(self) -> bool:
        return self.task is None or self.task.ready()


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
