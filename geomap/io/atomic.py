"""The one atomic file writer: every file geomap writes goes through here.

A file is written beside its target under a temporary name, flushed to disk, given the
mode the user's umask gives a new file (``0666 & ~umask``, as ``open()`` would), and then
moved into place with ``os.replace``. A failure removes the temporary file and leaves any
existing target untouched, so no output is ever half-written.
"""
from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Iterator

__all__ = ["write_text", "write_bytes", "atomic_path", "file_mode"]

#: Side files SQLite (GeoPackage) may leave next to a database being written.
_SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


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
        os.replace(tmp, path)
    except BaseException:
        _remove(tmp)
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
