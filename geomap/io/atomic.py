"""The one atomic file writer: every file geomap writes goes through here.

A file is written beside its target under a temporary name, flushed to disk, given the
mode the user's umask gives a new file (``0666 & ~umask``, as ``open()`` would), and then
moved into place with ``os.replace``. A failure removes the temporary file and leaves any
existing target untouched, so no output is ever half-written. A run killed mid-write
cannot clean up; its temporary files (geomap's own naming pattern only) are removed by
the next write into that folder once they are ``settings.STALE_TEMP_MINUTES`` old.

Inside :func:`together`, the files written are moved into place only when the whole block
succeeds (a command's map, PNG and GeoJSON: all of them or none). :func:`check_output`
tells before any work starts whether a path can be written.
"""
from __future__ import annotations

import contextlib
import logging
import os
import re
import secrets
import tempfile
import time
from pathlib import Path
from typing import Iterator

from geomap import settings
from geomap.exceptions import OutputError

__all__ = ["write_text", "write_bytes", "atomic_path", "file_mode", "together", "check_output",
           "remove_stale_temps"]

log = logging.getLogger(__name__)

#: Side files SQLite (GeoPackage) may leave next to a database being written.
_SIDE_SUFFIXES = ("-wal", "-shm", "-journal")

#: geomap's temporary names: ``.{stem}.{8 characters of mkstemp}.tmp{suffix}`` (+ SQLite's side files).
TEMP_NAME = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp(?:\.[A-Za-z0-9]{1,12})?(?:-wal|-shm|-journal)?$")

#: Files written inside :func:`together`, waiting to be moved into place: (temporary, target).
_PENDING: list[list[tuple[Path, Path]]] = []


def file_mode() -> int:
    """The mode a new file gets under the current umask (``0666 & ~umask``)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove(tmp: Path) -> None:
    for p in (tmp, *(Path(f"{tmp}{s}") for s in _SIDE_SUFFIXES)):
        with contextlib.suppress(OSError):
            p.unlink()


def _why(e: OSError) -> str:
    return e.strerror or str(e)


def check_output(path: str | Path, *, option: str = "-o") -> Path:
    """``path`` if a file can be written there (its folder may not exist yet); call it before
    the work starts, so a bad path fails in a second rather than after the whole run.

    Raises
    ------
    geomap.exceptions.OutputError
        ``path`` is a folder, lies under a file, or its nearest existing folder is not writable.
    """
    p = Path(path)
    if str(path).endswith(("/", os.sep)) or p.is_dir():
        raise OutputError(f"cannot write {path} ({option}): it is a folder; give a file name")
    folder = p.parent if str(p.parent) else Path(".")
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        raise OutputError(f"cannot write {path} ({option}): {existing} is not a folder")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise OutputError(f"cannot write {path} ({option}): folder {existing} is not writable")
    if existing == folder:  # try it: os.access says yes to root on a read-only file system
        try:
            fd, probe = tempfile.mkstemp(dir=folder, prefix=".geomap-probe.", suffix=".tmp")
        except OSError as e:
            raise OutputError(f"cannot write {path} ({option}): {_why(e)}") from None
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(probe)
    if p.exists() and not os.access(p, os.W_OK) and not os.access(folder, os.W_OK):
        raise OutputError(f"cannot write {path} ({option}): it is read-only")
    return p


#: Folders already cleaned by this process (a batch cache gets thousands of writes).
_CLEANED: set[str] = set()


def remove_stale_temps(folder: str | Path, *, minutes: float | None = None, once: bool = False) -> list[Path]:
    """Remove geomap's own temporary files (:data:`TEMP_NAME`) older than ``minutes`` in
    ``folder``, left by runs that were killed; never touches any other file. With ``once``,
    a folder is looked at only on the first call of the process."""
    if once:
        key = os.path.abspath(folder)
        if key in _CLEANED:
            return []
        _CLEANED.add(key)
    minutes = settings.STALE_TEMP_MINUTES if minutes is None else minutes
    cutoff = time.time() - minutes * 60
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not TEMP_NAME.match(entry.name):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and entry.stat(follow_symlinks=False).st_mtime < cutoff:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    if removed:
        log.info("removed %d stale temporary file(s) of killed runs in %s", len(removed), folder)
    return removed


@contextlib.contextmanager
def atomic_path(path: str | Path, *, mkdir: bool = True, sync: bool = True) -> Iterator[Path]:
    """A temporary path beside ``path`` that does not exist yet, for writers that create
    the file themselves (GDAL, Arrow, a browser's screenshot); moved into place on success.
    ``sync=False`` skips flushing it to disk first (for caches: a file lost in a power cut
    is only read again; the flush costs milliseconds, longer than a cached document's reading).

    >>> with atomic_path("out.gpkg") as tmp:  # doctest: +SKIP
    ...     pyogrio.write_dataframe(gdf, tmp, driver="GPKG")

    Raises
    ------
    geomap.exceptions.OutputError
        When the folder cannot be made or written, or the target is a folder.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise OutputError(f"cannot write {path}: it is a folder")
    try:
        if mkdir:
            folder.mkdir(parents=True, exist_ok=True)
        remove_stale_temps(folder, once=True)
        fd, name = tempfile.mkstemp(dir=folder, prefix=f".{path.stem}.", suffix=f".tmp{path.suffix}")
    except OSError as e:
        raise OutputError(f"cannot write {path}: {_why(e)}") from None
    os.close(fd)
    tmp = Path(name)
    tmp.unlink()  # the writer creates it (GDAL refuses to open an empty file as a database)
    try:
        yield tmp
        try:
            if sync:
                _fsync(tmp)
            os.chmod(tmp, file_mode())
            if _PENDING:
                _PENDING[-1].append((tmp, path))
            else:
                os.replace(tmp, path)
        except OSError as e:
            raise OutputError(f"cannot write {path}: {_why(e)}") from None
    except BaseException:
        _remove(tmp)
        raise


@contextlib.contextmanager
def together() -> Iterator[None]:
    """Write several files as one: every atomic write inside the block stays under its
    temporary name until the block ends; then all are moved into place, or, when the block
    fails, all are removed and no target is touched.

    >>> with together():  # doctest: +SKIP
    ...     write_text("map.html", html)
    ...     write_bytes("map.png", png)      # raises: map.html is not written either
    """
    if _PENDING:  # inside another group: its end moves these files too
        yield
        return
    group: list[tuple[Path, Path]] = []
    _PENDING.append(group)
    try:
        yield
    except BaseException:
        for tmp, _ in group:
            _remove(tmp)
        raise
    finally:
        _PENDING.pop()
    for i, (tmp, path) in enumerate(group):
        try:
            os.replace(tmp, path)
        except BaseException as e:
            for rest, _ in group[i:]:
                _remove(rest)
            if isinstance(e, OSError) and not isinstance(e, OutputError):
                raise OutputError(f"cannot write {path}: {_why(e)}") from None
            raise


def write_bytes(path: str | Path, data: bytes, *, mkdir: bool = True, sync: bool = True) -> Path:
    """Write ``data`` to ``path`` atomically; returns ``path``."""
    path = Path(path)
    if not sync and not mkdir and not _PENDING:
        _write_quick(path, data)
        return path
    with atomic_path(path, mkdir=mkdir, sync=sync) as tmp:
        try:
            with open(tmp, "xb") as f:
                f.write(data)
        except OSError as e:  # a full disk, a quota
            raise OutputError(f"cannot write {path}: {_why(e)}") from None
    return path


def _write_quick(path: Path, data: bytes) -> None:
    """:func:`write_bytes` into an existing folder without the flush, in four system calls
    (a batch cache writes one file per document: ``atomic_path``'s name probing, unlink and
    chmod cost twice the writing). The temporary file is made with ``O_EXCL`` and mode 0666,
    which the umask trims as :func:`file_mode` does; its name follows :data:`TEMP_NAME`."""
    folder = path.parent if str(path.parent) else Path(".")
    remove_stale_temps(folder, once=True)
    try:
        while True:
            tmp = folder / f".{path.stem}.{secrets.token_hex(4)}.tmp{path.suffix}"
            try:
                fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666)
                break
            except FileExistsError:
                continue
    except OSError as e:
        raise OutputError(f"cannot write {path}: {_why(e)}") from None
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.close(fd)
        fd = -1
        os.replace(tmp, path)
    except BaseException as e:
        if fd >= 0:
            os.close(fd)
        _remove(tmp)
        if isinstance(e, OSError) and not isinstance(e, OutputError):
            raise OutputError(f"cannot write {path}: {_why(e)}") from None
        raise


def write_text(path: str | Path, text: str, *, encoding: str = "utf-8", mkdir: bool = True,
               sync: bool = True) -> Path:
    """Write ``text`` to ``path`` atomically (no newline translation); returns ``path``."""
    return write_bytes(path, text.encode(encoding), mkdir=mkdir, sync=sync)
