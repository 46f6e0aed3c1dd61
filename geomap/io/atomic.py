"""The one atomic file writer: every file geomap writes goes through here.

A file is written beside its target under a temporary name, flushed to disk, given the
mode the user's umask gives a new file (``0666 & ~umask``, as ``open()`` would), and then
moved into place with ``os.replace``. A failure removes the temporary file and leaves any
existing target untouched, so no output is ever half-written.

Inside :func:`together`, the files written are moved into place only when the whole block
succeeds (a command's map, PNG and GeoJSON: all of them or none).
"""
from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Iterator

__all__ = ["write_text", "write_bytes", "atomic_path", "file_mode", "together"]

#: Side files SQLite (GeoPackage) may leave next to a database being written.
_SIDE_SUFFIXES = ("-wal", "-shm", "-journal")

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


@contextlib.contextmanager
def atomic_path(path: str | Path, *, mkdir: bool = True) -> Iterator[Path]:
    """A temporary path beside ``path`` that does not exist yet, for writers that create
    the file themselves (GDAL, Arrow, a browser's screenshot); moved into place on success.

    >>> with atomic_path("out.gpkg") as tmp:  # doctest: +SKIP
    ...     pyogrio.write_dataframe(gdf, tmp, driver="GPKG")
    """
    path = Path(path)
    if mkdir:
        path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=path.parent if str(path.parent) else ".",
                                prefix=f".{path.stem}.", suffix=f".tmp{path.suffix}")
    os.close(fd)
    tmp = Path(name)
    tmp.unlink()  # the writer creates it (GDAL refuses to open an empty file as a database)
    try:
        yield tmp
        _fsync(tmp)
        os.chmod(tmp, file_mode())
        if _PENDING:
            _PENDING[-1].append((tmp, path))
        else:
            os.replace(tmp, path)
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
        except BaseException:
            for rest, _ in group[i:]:
                _remove(rest)
            raise


def write_bytes(path: str | Path, data: bytes, *, mkdir: bool = True) -> Path:
    """Write ``data`` to ``path`` atomically; returns ``path``."""
    path = Path(path)
    with atomic_path(path, mkdir=mkdir) as tmp:
        with open(tmp, "xb") as f:
            f.write(data)
    return path


def write_text(path: str | Path, text: str, *, encoding: str = "utf-8", mkdir: bool = True) -> Path:
    """Write ``text`` to ``path`` atomically (no newline translation); returns ``path``."""
    return write_bytes(path, text.encode(encoding), mkdir=mkdir)
