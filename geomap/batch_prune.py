"""Keeping the batch result cache (:mod:`geomap.batch_cache`) from growing without end.

Entries unused for ``settings.BATCH_CACHE_DAYS`` days are removed, then the least recently
used ones while the folder holds more than ``settings.BATCH_CACHE_MB``. An entry's mtime says
when it was last used: it is written by the batch that read the document, and a batch that
takes it from the cache sets it again (:meth:`geomap.batch_cache.ResultCache.load`).

Cheap on every run: a batch only looks at the folder's marker file (one ``stat``) when it
starts; the folder is listed only when the last pruning is ``settings.BATCH_CACHE_PRUNE_HOURS``
old. Safe for the batch itself: the pruning is done when its documents are all read, and
spares every entry used since it started, so no result the current batch needs is removed
(a batch that is killed prunes nothing). Other batches running beside it may lose an old
entry they had not reached yet; they read that document again.
"""
from __future__ import annotations

import contextlib
import logging
import os
import re
import time
from pathlib import Path

from geomap import settings

log = logging.getLogger(__name__)

__all__ = ["Pruning", "prune", "MARKER"]

#: The file whose mtime says when the folder was last pruned.
MARKER = "last-pruned"  # not an entry (no .json), no temporary file (no leading dot)
#: A cache entry's name (:meth:`geomap.batch_cache.ResultCache.path`).
_ENTRY = re.compile(r"^[0-9a-f]{64}\.json$")


class Pruning:
    """One batch's pruning of ``folder``: decided when the batch starts, done by :meth:`finish`."""

    def __init__(self, folder: str | Path, now: float | None = None) -> None:
        self.folder = Path(folder)
        self.started = time.time() if now is None else now
        try:
            last = (self.folder / MARKER).stat().st_mtime
        except OSError:
            last = None  # never pruned (or unreadable: then finish finds out)
        self.due = last is None or self.started - last >= settings.BATCH_CACHE_PRUNE_HOURS * 3600

    def finish(self) -> list[Path]:
        """Prune now when it was due; the entries removed."""
        if not self.due:
            return []
        self.due = False
        marker = self.folder / MARKER
        try:  # marked first: batches ending together do not all list the folder
            marker.touch()
        except OSError:
            return []  # a read-only cache: nothing to prune
        # less a second: a file's time is taken from a coarser clock than time.time()
        return prune(self.folder, spare_since=self.started - 1.0)


def prune(folder: str | Path, *, spare_since: float, now: float | None = None) -> list[Path]:
    """Remove the entries of ``folder`` unused for ``settings.BATCH_CACHE_DAYS`` days, then the
    least recently used while the entries hold more than ``settings.BATCH_CACHE_MB``; never one
    used at or after ``spare_since`` (a time, as ``time.time()`` gives it). Returns those removed."""
    now = time.time() if now is None else now
    entries = []
    try:
        with os.scandir(folder) as it:
            for e in it:
                if _ENTRY.match(e.name):
                    with contextlib.suppress(OSError):
                        st = e.stat()
                        entries.append((st.st_mtime, st.st_size, Path(e.path)))
    except OSError as e:
        log.warning("could not prune the batch cache %s: %s", folder, e.strerror)
        return []
    entries.sort()  # least recently used first
    total = sum(size for _, size, _ in entries)
    stale = now - settings.BATCH_CACHE_DAYS * 86400
    cap = settings.BATCH_CACHE_MB * 1e6
    removed = []
    for mtime, size, path in entries:
        if mtime >= spare_since or (mtime >= stale and total <= cap):
            break  # sorted: every later entry is newer still
        try:
            path.unlink()
        except FileNotFoundError:
            pass  # another batch pruned it
        except OSError as e:
            log.warning("could not prune the batch cache %s: %s", folder, e.strerror)
            break
        total -= size
        removed.append(path)
    if removed:
        log.info("batch cache: %d unused results removed", len(removed))
    return removed
