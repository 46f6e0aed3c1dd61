"""The one batch engine: many documents read one at a time, in order, with the cache, worker
processes chosen by measured speed, a progress callback and one error per bad document
(``read_many`` and ``geomap extract``).

Documents stream through: :func:`iter_batch` yields each outcome, in input order, as soon as
it and every document before it are done, holding at most a small window of documents in
flight, so memory stays flat in the batch size. A document that cannot be read becomes an
:class:`~geomap.exceptions.InputError` in its place, so a batch goes on past it. Each result
is cached as it is done, keyed by everything it depends on (the text, the date, geomap's
code, the gazetteer and the user's data files): a batch that was killed is resumed by
running it again.
"""
from __future__ import annotations

import gc
import json
import logging
import os
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

from geomap import settings
from geomap.batch_cache import DocText, ResultCache
from geomap.exceptions import InputError
from geomap.io.articles import Article

log = logging.getLogger(__name__)

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
    #: Worker processes that read the batch (1: the main process alone).
    jobs: int = 1
    #: Documents per second measured in process before choosing workers (None: not measured).
    rate_in_process: float | None = None
    #: Documents per second measured with the workers during their trial.
    rate_workers: float | None = None


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
        Worker processes. None: measure the speed in process on the first documents and start
        workers only when the rest of the batch is long enough for them to pay off, and keep
        them only when they prove faster than one process (:class:`_Engine`).
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
    engine = _Engine(geocoder=geocoder, events=events, internal_errors=internal_errors, jobs=jobs,
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
                hit = ResultCache.load(path)
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
    task: Any = None  # _Task while the article is being read

    def done(self) -> bool:
        return self.task is None or self.task.ready()


def default_jobs(n_docs: int, jobs: int | None = None) -> int:
    """Worker processes a batch may use at most: ``jobs``, else as many as the machine has
    cores not busy with other work (``os.getloadavg``), at least two on a multi-core machine;
    whether they are used at all is measured (:class:`_Engine`)."""
    if jobs is not None:
        jobs = int(jobs)
        if jobs < 1:
            raise InputError(f"--jobs must be at least 1, not {jobs}")
        return jobs
    cpus = os.cpu_count() or 1
    if cpus < 2 or n_docs < 2:
        return 1
    try:
        busy = max(0.0, os.getloadavg()[0] - 1.0)  # minus this process itself
    except (AttributeError, OSError):
        busy = 0.0
    return max(2, min(cpus, round(cpus - busy)))


# ---------------------------------------------------------------------- reading the articles

_WORKER: dict = {}


def _worker_init(geocoder, events: bool, internal_errors: bool, as_text: bool = False) -> None:
    """Once per worker: what every task needs (nothing is sent per task but the article), and
    a gazetteer connection of its own (an SQLite connection must not cross a fork) while the
    look-ups the main process already cached are kept (measured: a worker that starts with
    an empty look-up cache reads repeated texts at half the main process's speed)."""
    import signal
    import sqlite3

    from geomap.gazetteer import lookup

    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the command's own handler is for its main process
    _WORKER.update(geocoder=geocoder, events=events, internal_errors=internal_errors, as_text=as_text)
    forked = []
    for gaz in lookup._DEFAULT.values():
        if getattr(gaz, "_con", None) is not None and getattr(gaz, "path", None):
            forked.append(gaz._con)  # kept, unused: closing it here would touch the parent's
            gaz._con = sqlite3.connect(f"file:{gaz.path}?mode=ro", uri=True, check_same_thread=False)
    _WORKER["forked"] = forked


def _work(article: Article, path=None):
    return _read(article, path, _WORKER["geocoder"], _WORKER["events"], _WORKER["internal_errors"],
                 _WORKER["as_text"])


def _read(article: Article, path, geocoder, events: bool, internal_errors: bool, as_text: bool):
    """Read one article where this runs (a worker, or the main process) and cache its result
    there (``path``): its DocText with ``as_text``, else its collection, or its InputError."""
    fc = _extract_one(article, geocoder, events, internal_errors)
    if isinstance(fc, InputError) or (path is None and not as_text):
        return fc
    doc = DocText.of(fc, article.id)
    ResultCache.store(path, doc)
    return doc if as_text else fc


def _extract_one(article: Article, geocoder, events: bool, internal_errors: bool):
    """Read one article (in a worker too); errors come back as values so the batch goes on."""
    from geomap.reading.pipeline import extract_article

    try:
        return extract_article(article, geocoder=geocoder, events=events)
    except InputError as e:
        return e
    except Exception as e:  # noqa: BLE001 - a bug on one document must not end the batch (SPEC)
        if not internal_errors:
            raise
        log.warning("document %s: internal error", article.id, exc_info=True)
        return InputError(f"internal error ({e.__class__.__name__}: {e})")


class _Task:
    """One article being read: in process (done at once) or by a worker."""

    __slots__ = ("article", "path", "engine", "value", "handle")

    def __init__(self, article: Article, path, engine: "_Engine") -> None:
        self.article, self.path, self.engine, self.value, self.handle = article, path, engine, None, None

    def ready(self) -> bool:
        return self.value is not None or (self.handle is not None and self.handle.done())

    def get(self):
        if self.value is None:
            if self.handle is not None and not self.handle.cancelled():
                self.value = self.handle.result()  # a worker that was let go still finishes what it began
            else:  # the workers were let go before it was begun: read it here
                self.value = self.engine.read_here(self.article, self.path)
            self.handle = None
        value, self.value, self.article, self.path = self.value, None, None, None
        return value


class _Engine:
    """Reads articles in the main process or in worker processes, and decides which.

    With ``jobs`` given, that many workers (1: none), forked once the first document was read
    here (so they share what it loaded: the index, the boundaries, the compiled rules and the
    look-ups cached, none of it sent or loaded again per worker). Otherwise the first documents are read
    in process to measure the speed; workers start only when the rest of the batch would
    take longer than ``settings.BATCH_POOL_MIN_SECONDS`` in process, and stay only if their
    first ``settings.BATCH_TRIAL_RESULTS`` results come ``settings.BATCH_POOL_GAIN`` times
    faster than one process read them (on a machine busy with other work they rarely do).
    """

    def __init__(self, *, geocoder, events: bool, internal_errors: bool, jobs: int | None,
                 total: int | None, stats: BatchStats, as_text: bool = False) -> None:
        self.geocoder, self.events, self.internal_errors = geocoder, events, internal_errors
        self.as_text = as_text
        self.total, self.stats = total, stats
        self.pool = None
        self.window = 1
        self.mode = "probe" if jobs is None else ("single" if jobs == 1 else "forced")
        self.forced_jobs = jobs
        self.n_here = 0
        self.secs_here = 0.0
        self.arrivals: list[float] = []
        self.t_pool = 0.0

    # -- in process
    def read_here(self, article: Article, path=None):
        t = time.perf_counter()
        value = _read(article, path, self.geocoder, self.events, self.internal_errors, self.as_text)
        if self.n_here or self.mode != "probe":
            self.secs_here += time.perf_counter() - t
        self.n_here += 1  # the first document loads the index and boundaries: not timed
        return value

    def submit(self, article: Article, path=None) -> _Task:
        """Read ``article`` here or in a worker; its result is cached at ``path`` (if any)."""
        task = _Task(article, path, self)
        if self.mode == "forced" and self.n_here:  # the first one read here: it loads what workers share
            self._start(self.forced_jobs)
            self.mode = "pool"
        if self.mode == "probe" and self.secs_here >= settings.BATCH_PROBE_SECONDS:
            self._decide()
        if self.mode == "trial" and len(self.arrivals) >= settings.BATCH_TRIAL_RESULTS:
            self._judge()
        if self.mode in ("pool", "trial"):
            task.handle = self.pool.submit(_work, article, path)
            task.handle.add_done_callback(self._arrived)
        else:
            task.value = self.read_here(article, path)
        return task

    def _arrived(self, _value) -> None:
        self.arrivals.append(time.perf_counter())

    def _rate_here(self) -> float:
        return max(self.n_here - 1, 1) / max(self.secs_here, 1e-6)

    def _decide(self) -> None:
        rate = self._rate_here()
        self.stats.rate_in_process = rate
        left = (self.total - self.stats.n_docs) if self.total is not None else None
        workers = default_jobs(left if left is not None else 1_000_000)
        if workers < 2 or (left is not None and left / rate < settings.BATCH_POOL_MIN_SECONDS):
            self.mode = "single"
            return
        self._start(workers)
        self.mode = "trial"

    def _judge(self) -> None:
        span = self.arrivals[settings.BATCH_TRIAL_RESULTS - 1] - self.t_pool
        rate = settings.BATCH_TRIAL_RESULTS / max(span, 1e-6)
        self.stats.rate_workers = rate
        if rate >= settings.BATCH_POOL_GAIN * self._rate_here():
            self.mode = "pool"
            return
        log.info("workers read %.0f documents/s, one process %.0f: going on in one process",
                 rate, self._rate_here())
        self.mode = "single"
        self._stop()

    def _start(self, jobs: int) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        from geomap.gazetteer.lookup import get_gazetteer

        get_gazetteer()  # loaded before the workers fork, so they share its memory
        if self.events:
            from geomap.reading import pipeline  # noqa: F401  (import the reading code once too)
            from geomap.reading.borders import default_borders

            default_borders().boundaries
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        if method == "fork":
            # what is loaded now (index, boundaries, compiled rules, look-ups cached) is shared
            # with the workers as it is: the collector leaves it alone, so its pages stay shared
            gc.freeze()
        ctx = multiprocessing.get_context(method)
        self.pool = ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_worker_init,
                                        initargs=(self.geocoder, self.events, self.internal_errors, self.as_text))
        self.t_pool = time.perf_counter()
        self.window = jobs * settings.BATCH_WINDOW
        self.stats.jobs = jobs

    def _stop(self) -> None:
        """Let the workers go; what they had not finished is read in process (``_Task.get``)."""
        pool, self.pool = self.pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
        self.window = 1
        self.stats.jobs = 1

    def close(self) -> None:
        """At the end every result was taken; after an error or Ctrl-C nothing more is wanted."""
        pool, self.pool = self.pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)


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
