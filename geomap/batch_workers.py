"""Who reads a batch's documents: the main process alone, or the main process with worker
processes beside it, and how many, chosen from measured speed (:class:`Engine`, used by
:func:`geomap.batch.iter_batch`).

The main process always reads documents itself: workers only take the documents it hands
them while it reads others, so a batch with workers reads at least as fast as the main
process alone would (less the little it takes to hand a document over and take its text
back), whatever the workers manage on a machine busy with other work. ``jobs`` counts the
processes that read: the main one and ``jobs - 1`` workers.

Workers are forked (they share what the main process loaded) and talk to it through two
pipes each, with no thread on either side: the main process writes documents and reads
results without blocking, between its own documents. (With a thread pool's helper threads
in the main process, every document handed over meant a few switches of the interpreter
lock away from the main process's reading, each costing it a wait for the CPU on a busy
machine: measured, the batch went slower with a worker than without.) Where ``fork`` is
missing (Windows), the main process reads alone.
"""
from __future__ import annotations

import gc
import logging
import os
import pickle
import select
import signal
import sys
import time
from collections import deque
from typing import Any

from geomap import settings
from geomap.batch_cache import DocText, ResultCache
from geomap.exceptions import InputError
from geomap.io.articles import Article

log = logging.getLogger(__name__)

__all__ = ["Engine", "default_jobs", "usable_cores"]


def usable_cores() -> int:
    """Cores this process may run on: its CPU affinity, capped by a cgroup CPU quota (a
    container given 1.5 CPUs of a 16-core host has one core to spare for a second process)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    quota = _cgroup_cpus()
    if quota is not None:
        cores = min(cores, int(quota))
    return max(1, cores)


def _cgroup_cpus() -> float | None:
    """The CPUs a cgroup (v2 ``cpu.max`` or v1 ``cpu.cfs_quota_us``) allows, None: no limit."""
    for quota_file, period_file in (("/sys/fs/cgroup/cpu.max", None),
                                    ("/sys/fs/cgroup/cpu/cpu.cfs_quota_us", "/sys/fs/cgroup/cpu/cpu.cfs_period_us")):
        try:
            with open(quota_file, encoding="ascii") as f:
                parts = f.read().split()
            if period_file is not None:
                with open(period_file, encoding="ascii") as f:
                    parts = [parts[0], f.read().strip()]
            if parts[0] in ("max", "-1"):
                return None
            return int(parts[0]) / int(parts[1])
        except (OSError, ValueError, IndexError, ZeroDivisionError):
            continue
    return None


def machine_cpu() -> tuple[int, int] | None:
    """(idle, all) CPU time of the whole machine so far in clock ticks, from ``/proc/stat``
    (None elsewhere): two readings tell how many cores sat idle in between."""
    try:
        with open("/proc/stat", encoding="ascii") as f:
            ticks = [int(x) for x in f.readline().split()[1:9]]  # user nice system idle iowait irq softirq steal
    except (OSError, ValueError):
        return None
    return (ticks[3] + ticks[4], sum(ticks)) if len(ticks) >= 5 else None


def shared_by_session() -> bool:
    """Whether the kernel shares the CPUs between sessions before processes (Linux's
    autogroup): a worker in this session then gets none of the CPU other sessions use."""
    try:
        with open("/proc/sys/kernel/sched_autogroup_enabled", encoding="ascii") as f:
            return f.read().strip() == "1"
    except OSError:
        return False


def default_jobs(n_docs: int, jobs: int | None = None) -> int:
    """Processes a batch may read with at most (the main one included): ``jobs``, else the
    usable cores (:func:`usable_cores`) not busy with other work (``os.getloadavg``), at
    least two where there are two cores; whether workers are used at all is measured
    (:class:`Engine`)."""
    if jobs is not None:
        jobs = int(jobs)
        if jobs < 1:
            raise InputError(f"--jobs must be at least 1, not {jobs}")
        return jobs
    cores = usable_cores()
    if cores < 2 or n_docs < 2:
        return 1
    try:
        busy = max(0.0, os.getloadavg()[0] - 1.0)  # minus this process itself
    except (AttributeError, OSError):
        busy = 0.0
    return max(2, min(cores, round(cores - busy)))


# ---------------------------------------------------------------------- reading one article

_WORKER: dict = {}


def _worker_init(geocoder, events: bool, internal_errors: bool, as_text: bool = False) -> None:
    """Once per worker: what every task needs (nothing is sent per task but the article), and
    a gazetteer connection of its own (an SQLite connection must not cross a fork) while the
    look-ups the main process already cached are kept (measured: a worker that starts with
    an empty look-up cache reads repeated texts at half the main process's speed)."""
    import sqlite3

    from geomap.gazetteer import lookup

    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the command's own handler is for its main process
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    _WORKER.update(geocoder=geocoder, events=events, internal_errors=internal_errors, as_text=as_text)
    forked = []
    for gaz in lookup._DEFAULT.values():
        if getattr(gaz, "_con", None) is not None and getattr(gaz, "path", None):
            forked.append(gaz._con)  # kept, unused: closing it here would touch the parent's
            gaz._con = sqlite3.connect(f"file:{gaz.path}?mode=ro", uri=True, check_same_thread=False)
    _WORKER["forked"] = forked


def _work(article: Article, path=None):
    return read_one(article, path, _WORKER["geocoder"], _WORKER["events"], _WORKER["internal_errors"],
                    _WORKER["as_text"])


def read_one(article: Article, path, geocoder, events: bool, internal_errors: bool, as_text: bool):
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


# ---------------------------------------------------------------------- worker processes

_HEAD = 8  # bytes of a message's length, before its pickle

#: The main process's ends of every worker's pipes (a worker closes those it inherited).
_PARENT_FDS: set[int] = set()


def _serve(task_fd: int, result_fd: int) -> None:
    """A worker's loop: read a document from the main process, send back its outcome, until
    the main process closes the pipe. Results go in the order the documents came."""
    with os.fdopen(task_fd, "rb") as tasks:
        while True:
            head = tasks.read(_HEAD)
            if len(head) < _HEAD:
                return
            size = int.from_bytes(head, "big")
            body = tasks.read(size)
            if len(body) < size:
                return
            article, path = pickle.loads(body)
            data = pickle.dumps(_work(article, path), protocol=pickle.HIGHEST_PROTOCOL)
            view = memoryview(len(data).to_bytes(_HEAD, "big") + data)
            while view:
                view = view[os.write(result_fd, view):]


def _grow(fd: int) -> None:
    """A pipe buffer large enough for most results (a worker then never waits for the main
    process to read one); Linux only, and only as large as the system allows."""
    import fcntl

    size = getattr(fcntl, "F_SETPIPE_SZ", None)
    if size is not None:
        try:
            fcntl.fcntl(fd, size, settings.BATCH_PIPE_BYTES)
        except OSError:
            pass


class _Worker:
    """The main process's side of one worker: documents handed over and not yet back
    (``held``, in order), bytes not yet written to it or not yet read from it."""

    def __init__(self, initargs: tuple) -> None:
        task_r, task_w = os.pipe()
        result_r, result_w = os.pipe()
        _grow(task_w)
        _grow(result_w)
        sys.stdout.flush()  # nothing buffered before the fork is written twice
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # the worker: never returns to the caller
            code = 1
            try:
                for fd in (*_PARENT_FDS, task_w, result_r):
                    os.close(fd)
                _worker_init(*initargs)
                _serve(task_r, result_w)
                code = 0
            except BaseException:  # noqa: BLE001 - the main process reads its documents again itself
                pass
            finally:
                os._exit(code)
        os.close(task_r)
        os.close(result_w)
        os.set_blocking(task_w, False)
        os.set_blocking(result_r, False)
        _PARENT_FDS.update((task_w, result_r))
        self.pid, self.task_w, self.result_r = pid, task_w, result_r
        self.held: deque[Task] = deque()
        self.out = bytearray()
        self.inbox = bytearray()

    def send(self, task: "Task") -> None:
        data = pickle.dumps((task.article, task.path), protocol=pickle.HIGHEST_PROTOCOL)
        self.out += len(data).to_bytes(_HEAD, "big")
        self.out += data
        self.held.append(task)
        task.worker = self
        self.flush()

    def flush(self) -> None:
        """Write what the pipe takes now."""
        while self.out and self.task_w >= 0:
            try:
                n = os.write(self.task_w, self.out)
            except BlockingIOError:
                return
            except OSError:  # the worker is gone
                self.end()
                return
            del self.out[:n]

    def poll(self) -> int:
        """Take the results that came (without waiting); how many."""
        ended = False
        while self.result_r >= 0:
            try:
                chunk = os.read(self.result_r, settings.BATCH_PIPE_BYTES)
            except BlockingIOError:
                break
            except OSError:
                chunk = b""
            if not chunk:
                ended = True
                break
            self.inbox += chunk
        taken, at, box = 0, 0, memoryview(self.inbox)
        while len(box) - at >= _HEAD:
            size = int.from_bytes(box[at:at + _HEAD], "big")
            if len(box) - at - _HEAD < size:
                break
            task = self.held.popleft()
            task.value, task.worker = pickle.loads(box[at + _HEAD:at + _HEAD + size]), None
            at += _HEAD + size
            taken += 1
        box.release()
        del self.inbox[:at]
        if ended:
            self.end()
        return taken

    def end(self, kill: bool = False) -> None:
        """The worker is gone or let go: what it holds is read by the main process."""
        if kill and self.pid:
            try:
                os.kill(self.pid, signal.SIGTERM)
            except OSError:
                pass
        self._close("task_w")
        self._close("result_r")
        for task in self.held:
            task.worker = None
        self.held.clear()
        self.out.clear()
        if self.pid:
            try:
                os.waitpid(self.pid, 0)
            except OSError:
                pass
            self.pid = 0

    def _close(self, name: str) -> None:
        fd = getattr(self, name)
        if fd >= 0:
            _PARENT_FDS.discard(fd)
            os.close(fd)
            setattr(self, name, -1)


class Task:
    """One article being read: in process (done at once) or by a worker."""

    __slots__ = ("article", "path", "engine", "value", "worker")

    def __init__(self, article: Article, path, engine: "Engine") -> None:
        self.article, self.path, self.engine, self.value, self.worker = article, path, engine, None, None

    def ready(self) -> bool:
        if self.value is None and self.worker is not None:
            self.engine.pump()
        return self.value is not None

    def get(self):
        """The outcome: waited for while a worker holds it, else read here (a worker that
        ended before sending it, a document never handed over)."""
        if self.value is None and self.worker is not None:
            self.engine.wait_for(self)
        if self.value is None:
            self.value = self.engine.read_here(self.article, self.path)
        value, self.value, self.article, self.path = self.value, None, None, None
        return value


class Engine:
    """Reads articles in the main process, with worker processes beside it when they pay.

    The main process reads every document it does not hand to a worker, and hands one over
    only while fewer than ``settings.BATCH_QUEUED`` per worker are waiting with the workers,
    so neither side idles and the outcomes stay in input order (:func:`geomap.batch.iter_batch`
    holds them until those before are done).

    ``jobs`` given: that many reading processes (1: the main process alone), the workers
    forked once the first document was read here (so they share what it loaded: the index,
    the boundaries, the compiled rules and the look-ups cached, none of it sent or loaded
    again per worker).

    ``jobs`` None: whether the workers get documents is decided from measured speed.

    1. Probe: the main process reads alone, the first document (which loads the index and
       the boundaries) untimed, then for ``settings.BATCH_PROBE_SECONDS`` of wall time.
    2. Workers are forked only when the rest of the batch would take longer than
       ``settings.BATCH_POOL_MIN_SECONDS`` at that speed (a fork, a trial and the pages the
       main process copies afterwards cost it a fraction of a second), the machine has a
       second usable core (affinity and cgroup quota, :func:`usable_cores`), and a core
       sat idle during the probe (``/proc/stat``; at least ``settings.BATCH_IDLE_CORES``):
       one worker per idle core. With no idle core, none when the kernel shares the CPUs
       by session first (Linux's autogroup, :func:`shared_by_session`: a second process of
       this session only splits this session's share, measured: as fast at best, never
       faster); else as many as :func:`default_jobs` gives (a second process gets a second
       share of a machine shared process by process).
    3. Trial, interleaved: after a first ``settings.BATCH_PHASE_SECONDS`` with the workers
       (their start-up, not counted), phases of that length alternate without and with
       handing documents to them, ``settings.BATCH_TRIAL_PAIRS`` of each; the documents done
       per second in each kind of phase are compared. The workers get documents for the next
       ``settings.BATCH_REJUDGE_SECONDS`` only when they made the batch
       ``settings.BATCH_POOL_GAIN`` times faster; then the trial is run again (a worker
       given nothing waits, costing no CPU). A trial ends after its first pairs when the
       workers already made the batch ``settings.BATCH_POOL_CLEAR_GAIN`` times faster (a
       core to spare: each phase without them costs the batch half its speed, and more pairs
       would not change the verdict).

    Why interleaved: on a machine shared with other work the speed of one process changes
    by two within a minute as the other work comes and goes, so a speed measured alone
    first and with workers afterwards compares the load of two moments more than the two
    ways of reading; phases of half a second side by side see the same load. Why the main
    process reads too: a worker that gets little CPU then costs the batch only the
    hand-over (measured: a batch with workers and an idle main process was slower than one
    process on a busy machine). Wall-clock rates are what a user waits for, so they are
    what is compared; CPU time would not show whether a second process gets a second share
    of the machine.
    """

    def __init__(self, *, geocoder, events: bool, internal_errors: bool, jobs: int | None,
                 total: int | None, stats: Any, as_text: bool = False) -> None:
        self.geocoder, self.events, self.internal_errors = geocoder, events, internal_errors
        self.as_text = as_text
        self.total, self.stats = total, stats
        self.workers: list[_Worker] = []
        self.window = 1
        self.mode = "probe" if jobs is None else ("single" if jobs == 1 else "start")
        self.forced_jobs = jobs
        self.hand_over = False  # documents go to the workers now
        self.n_here = 0
        self.t_probe = 0.0  # wall time the probe began (after the first document)
        self.cpu_probe: tuple[int, int] | None = None  # the machine's CPU ticks then (machine_cpu)
        self.back = 0  # results the workers sent back
        # the trial: the current phase (index, start, n_here and back at its start, its end)
        self.phase: tuple[int, float, int, int] = (0, 0.0, 0, 0)
        self.phase_end = 0.0
        self.tally = {False: [0, 0.0], True: [0, 0.0]}  # with workers or not: documents, seconds

    # -- in process
    def read_here(self, article: Article, path=None):
        value = read_one(article, path, self.geocoder, self.events, self.internal_errors, self.as_text)
        self.n_here += 1
        if self.n_here == 1:
            self.t_probe = time.perf_counter()  # the first document loads the index and boundaries: not timed
            self.cpu_probe = machine_cpu() if self.mode == "probe" else None
        return value

    def submit(self, article: Article, path=None) -> Task:
        """Read ``article`` here or in a worker; its result is cached at ``path`` (if any)."""
        task = Task(article, path, self)
        if self.mode == "start" and self.n_here:  # the first one read here: it loads what workers share
            self._start(self.forced_jobs - 1)
            self.mode, self.hand_over = "pool", True
        elif self.mode == "probe" and self.n_here > 1 and \
                time.perf_counter() - self.t_probe >= settings.BATCH_PROBE_SECONDS:
            self._decide()
        if self.workers:
            self.pump()
            if self.mode == "trial":
                self._measure()
            idle = min(self.workers, key=lambda w: len(w.held), default=None)
            if self.hand_over and idle is not None and len(idle.held) < settings.BATCH_QUEUED:
                idle.send(task)
                return task
        task.value = self.read_here(article, path)
        return task

    def pump(self) -> None:
        """Hand over what is waiting and take the results that came, without waiting."""
        for w in self.workers:
            w.flush()
            self.back += w.poll()
        if any(w.result_r < 0 for w in self.workers):  # a worker ended (killed, out of memory)
            log.warning("a worker process ended abruptly; its documents are read in the main process")
            for w in self.workers:
                if w.result_r < 0:
                    w.end()
            self.workers = [w for w in self.workers if w.pid]

    def wait_for(self, task: Task) -> None:
        """Wait until a worker sends ``task``'s outcome (or ends without it)."""
        while task.worker is not None:
            readers = [w.result_r for w in self.workers if w.result_r >= 0]
            writers = [w.task_w for w in self.workers if w.out and w.task_w >= 0]
            select.select(readers, writers, [], 1.0)
            self.pump()

    def _decide(self) -> None:
        now = time.perf_counter()
        rate = (self.n_here - 1) / max(now - self.t_probe, 1e-6)
        self.stats.rate_in_process = rate
        left = (self.total - self.stats.n_docs) if self.total is not None else None
        if left is not None and left / rate < settings.BATCH_POOL_MIN_SECONDS:
            self.mode = "single"
            return
        workers = self._spare_workers(left)
        if workers:
            self._start(workers)
        if not self.workers:
            self.mode = "single"
            return
        self.mode, self.hand_over = "trial", True
        self._phase(0, now)

    def _spare_workers(self, left: int | None) -> int:
        """Workers worth a trial: one per core that sat idle during the probe (at least
        ``settings.BATCH_IDLE_CORES`` of one); none when no core did and the kernel shares
        the CPUs by session; else :func:`default_jobs`'s count less the main process.

        Measured on a 2-core VM: a second process reading beside the first costs each
        document about a quarter more CPU (shared caches), and the fork costs the main
        process tens of thousands of copied pages; with less than a whole core idle the
        batch went no faster, so a worker is tried only on a core that sat idle."""
        usable = usable_cores()
        if usable < 2:
            return 0
        now, before = machine_cpu(), self.cpu_probe
        if now is not None and before is not None and now[1] > before[1]:
            idle = (now[0] - before[0]) / (now[1] - before[1]) * (os.cpu_count() or 1)
            self.stats.idle_cores = idle
            if idle >= settings.BATCH_IDLE_CORES:
                return min(usable - 1, max(1, round(idle)))
            if shared_by_session():
                log.info("no idle core and CPU shared by session: the batch is read in one process")
                return 0
        return default_jobs(left if left is not None else 1_000_000) - 1

    def _phase(self, index: int, now: float) -> None:
        """Begin phase ``index`` of a trial: 0 the workers' start-up, then odd without them,
        even with them."""
        self.phase = (index, now, self.n_here, self.back)
        self.phase_end = now + settings.BATCH_PHASE_SECONDS
        self.hand_over = index % 2 == 0

    def _measure(self) -> None:
        """End the current trial phase when its time is up, judge after the last one, and
        start the next trial once the judgement is old."""
        now = time.perf_counter()
        if now < self.phase_end:
            return
        index, t0, here0, back0 = self.phase
        if index < 0:  # the judgement's time is up: a new trial
            self.tally = {False: [0, 0.0], True: [0, 0.0]}
            self._phase(1, now)
            return
        if index > 0:
            with_workers = index % 2 == 0
            self.tally[with_workers][0] += self.n_here - here0 + (self.back - back0 if with_workers else 0)
            self.tally[with_workers][1] += now - t0
        (alone, t_alone), (together, t_together) = self.tally[False], self.tally[True]
        rate_alone, rate_workers = alone / max(t_alone, 1e-6), together / max(t_together, 1e-6)
        clear = index > 0 and index % 2 == 0 and rate_workers >= max(
            settings.BATCH_POOL_GAIN, settings.BATCH_POOL_CLEAR_GAIN) * rate_alone
        if index < 2 * settings.BATCH_TRIAL_PAIRS and not clear:
            self._phase(index + 1, now)
            return
        self.stats.rate_in_process, self.stats.rate_workers = rate_alone, rate_workers
        self.hand_over = rate_workers >= settings.BATCH_POOL_GAIN * rate_alone
        self.stats.jobs = len(self.workers) + 1 if self.hand_over else 1
        log.info("trial: %.0f documents/s with workers, %.0f alone: %s", self.stats.rate_workers,
                 self.stats.rate_in_process, "workers kept" if self.hand_over else "the main process alone")
        self.phase = (-1, now, self.n_here, self.back)
        self.phase_end = now + settings.BATCH_REJUDGE_SECONDS

    def _start(self, workers: int) -> None:
        if not hasattr(os, "fork"):
            log.info("no fork on this system: the batch is read in one process")
            return
        from geomap.gazetteer.lookup import get_gazetteer

        get_gazetteer()  # loaded before the workers fork, so they share its memory
        if self.events:
            from geomap.reading import pipeline  # noqa: F401  (import the reading code once too)
            from geomap.reading.borders import default_borders

            default_borders().boundaries
        # what is loaded now (index, boundaries, compiled rules, look-ups cached) is shared
        # with the workers as it is: the collector leaves it alone, so its pages stay shared
        gc.freeze()
        initargs = (self.geocoder, self.events, self.internal_errors, self.as_text)
        self.workers = [_Worker(initargs) for _ in range(workers)]
        self.window = (workers + 1) * settings.BATCH_WINDOW
        self.stats.jobs = workers + 1

    def close(self) -> None:
        """At the end every result was taken; after an error or Ctrl-C nothing more is wanted:
        a worker still reading is stopped."""
        workers, self.workers = self.workers, []
        for w in workers:
            w.end(kill=bool(w.held))
