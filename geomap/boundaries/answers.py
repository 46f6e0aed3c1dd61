"""Answers to boundary questions kept on disk, so that a fresh process reads what an earlier one computed.

The first time a process meets a pair of countries or an admin-1 unit, the reading steps
pay for geometry: the pair's shared line (shapely intersections along both outlines), its
simplified and rounded GeoJSON, the units along it, a unit's simplified polygon — 5 to 20 ms
each, most of a first pass over a batch of news. The answers depend only on the boundary
data, the frontier lines, the code that computes them and a few settings, so an
``AnswerStore`` keeps each one in its own small file under ``<cache>/border_answers/<key>/``,
written once (atomically) by whichever process computes it first and read by the others.

The caller's ``key`` must change whenever an answer could (``answers_key`` hashes the parts
it is given): another checkout, another version of the code or other boundary files each have
their own key folder, and several of them run side by side on one machine sharing one cache.
So a folder goes only when neither recently nor often used: every folder used within
``RECENT_HOURS`` stays (up to ``MOST`` in all, a bound on the disk), and the ``KEEP`` most
recently used always stay. Keeping only a few (six, before) made parallel checkouts evict each
other's answers and compute them again on every run (about 8 s of geometry each). Anything
wrong with the cache (unwritable folder, truncated or foreign file) only costs computing the
answer again.
"""
from __future__ import annotations

import hashlib
import logging
import os
import pickle
import shutil
import tempfile
from pathlib import Path
from typing import Any, Callable, Iterable

from geomap.boundaries.cache import stale_entries

log = logging.getLogger(__name__)

__all__ = ["AnswerStore", "answers_key"]

#: Bump when the stored layout changes.
FORMAT = "1"
#: Key folders always kept side by side (the most recently used) ...
KEEP = 6
#: ... and every folder used within this many hours too ...
RECENT_HOURS = 24
#: ... up to this many folders in all (each holds 1-3 MB of answers)
MOST = 32
_MISSING = object()


def answers_key(*parts: str, modules: Iterable[str] = (), files: Iterable[str | os.PathLike | None] = ()) -> str:
    """Hash of ``parts`` (strings the caller knows the answers depend on), the source text of
    ``modules`` (imported module names) and the path, size and modification time of ``files``."""
    from geomap.boundaries.cache import file_stamp, source_stamp

    h = hashlib.sha256(f"border-answers-{FORMAT}".encode())
    for part in parts:
        h.update(part.encode("utf-8", "surrogateescape") + b"\0")
    h.update(source_stamp(modules).encode())
    for path in files:
        for part in file_stamp(None if path is None else str(path)):
            h.update(part.encode("utf-8", "surrogateescape") + b"\0")
    return h.hexdigest()[:20]


def _folder() -> Path:
    from geomap import settings

    return settings.cache_dir() / "border_answers"


class AnswerStore:
    """The answers kept for one key: ``answer(question, args, compute)``.

    Parameters
    ----------
    key : str
        Names everything the answers depend on (``answers_key``).
    folder : Path, optional
        Where the key folders live (default ``<cache>/border_answers``).
    """

    def __init__(self, key: str, folder: Path | None = None) -> None:
        self.root = folder if folder is not None else _folder()
        self.folder = self.root / key
        self._touched = False

    def _path(self, question: str, args: tuple) -> Path:
        digest = hashlib.sha256(repr(args).encode("utf-8", "surrogateescape")).hexdigest()[:24]
        return self.folder / f"{question}-{digest}.pickle"

    def get(self, question: str, args: tuple) -> Any:
        """The stored answer, or ``_MISSING``."""
        if not self._touched:
            self._touch()
        try:
            with open(self._path(question, args), "rb") as f:
                asked, answer = pickle.load(f)
        except FileNotFoundError:
            return _MISSING
        except Exception as exc:  # a truncated or foreign file: compute it again
            log.debug("ignoring a stored boundary answer (%s %r): %s", question, args, exc)
            return _MISSING
        return answer if asked == (question, args) else _MISSING

    def put(self, question: str, args: tuple, answer: Any) -> None:
        """Keep ``answer`` (an unwritable cache only costs the next process its speed)."""
        try:
            new = not self.folder.is_dir()
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".answer-", suffix=".tmp", dir=self.folder)
            try:
                with os.fdopen(fd, "wb") as f:
                    pickle.dump(((question, args), answer), f, protocol=pickle.HIGHEST_PROTOCOL)
                os.chmod(tmp, 0o644)
                os.replace(tmp, self._path(question, args))
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
            if new:
                self._prune()
        except Exception as exc:
            log.debug("boundary answer not kept in %s: %s", self.folder, exc)

    def answer(self, question: str, args: tuple, compute: Callable[..., Any]) -> Any:
        """The stored answer to ``question`` about ``args``, else ``compute(*args)``, kept."""
        got = self.get(question, args)
        if got is _MISSING:
            got = compute(*args)
            self.put(question, args, got)
        return got

    def _touch(self) -> None:
        """Mark the key folder as used now (pruning keeps the most recently used)."""
        self._touched = True
        try:
            os.utime(self.folder)
        except OSError:
            pass

    def _prune(self) -> None:
        """The key folders neither among the KEEP most recently used nor used within
        RECENT_HOURS go, and the least recently used beyond MOST (this one counted)."""
        try:
            folders = [(p.stat().st_mtime, p) for p in self.root.iterdir() if p.is_dir() and p != self.folder]
        except OSError:
            return
        for old in stale_entries(folders, KEEP, RECENT_HOURS, MOST):
            shutil.rmtree(old, ignore_errors=True)
