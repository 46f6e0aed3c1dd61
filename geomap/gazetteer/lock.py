"""The index build lock of a cache folder, and the files killed builds leave in it.

Two processes on an empty cache would both spend minutes and a gigabyte building the same
index; a killed build leaves its temporary database (52 MB and more) behind for good.
``geomap.gazetteer.build`` takes :func:`build_lock` around every build and removes
:func:`orphans` while holding it (no build is running then).
"""
from __future__ import annotations

import contextlib
import logging
import os
import re
import time
from pathlib import Path
from typing import Iterator

from geomap import settings
from geomap.exceptions import DataError

log = logging.getLogger(__name__)

__all__ = ["build_lock", "orphans", "remove_orphans"]


#: Temporary files of an index build: ``.gazetteer.XXXXXXXX.sqlite.tmp``, and the
#: ``tmpXXXXXXXX.tmp`` of geomap versions before the lock.
_ORPHAN = re.compile(r"^(?:\.gazetteer\..+\.sqlite\.tmp|tmp[a-z0-9_]{8}\.tmp)(?:-journal|-wal|-shm)?$")


def orphans(folder: Path) -> list[Path]:
    """Temporary files of index builds in ``folder`` (this version's and older ones')."""
    try:
        return [Path(e.path) for e in os.scandir(folder) if _ORPHAN.match(e.name) and e.is_file()]
    except OSError:
        return []


def remove_orphans(folder: Path) -> None:
    """Remove what killed builds left (call with the build lock held: no build is running)."""
    for p in orphans(folder):
        with contextlib.suppress(OSError):
            size = p.stat().st_size
            p.unlink()
            log.info("removed %s (%.0f MB) left by an interrupted index build", p.name, size / 2**20)


@contextlib.contextmanager
def build_lock(folder: Path, *, wait: bool = True) -> Iterator[bool]:
    """Hold the index build lock of ``folder`` (``fcntl.flock`` on ``gazetteer.lock``).

    Two processes on an empty cache would both spend minutes and a gigabyte building the
    same index; the second waits here (up to ``settings.INDEX_LOCK_WAIT_S``) and then uses
    what the first built. Yields whether the lock is held (False only with ``wait=False``
    when another process holds it). Without ``fcntl`` (Windows) no lock is taken.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield True
        return
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "gazetteer.lock", "a+b") as f:
        deadline = time.monotonic() + settings.INDEX_LOCK_WAIT_S
        told = False
        while True:
            try:
                fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError:
                if not wait:
                    yield False
                    return
                if not told:
                    log.warning("another geomap process is building the gazetteer index; waiting for it")
                    told = True
                if time.monotonic() > deadline:
                    raise DataError(f"gave up waiting {settings.INDEX_LOCK_WAIT_S:.0f} s for another "
                                    f"process building the gazetteer index in {folder}") from None
                time.sleep(0.2)
        try:
            yield True
        finally:
            fcntl.flock(f.fileno(), fcntl.LOCK_UN)
