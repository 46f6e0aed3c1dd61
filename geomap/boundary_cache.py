"""Prepared boundary layers kept in the user cache, so that a fresh process skips GDAL.

Reading the shapefiles and normalising their columns costs a cold ``geomap extract`` about
0.4 s (pyogrio's import, GDAL's read, cleaning 4,600 admin-1 rows); unpickling the prepared
frames takes 0.06 s. The pickle is keyed by every input the frames depend on: the boundary
files (path, size and modification time of each file sharing the stem, as a shapefile's
.shp/.dbf/.shx/.prj do), the column mapping, the source text of the module that
prepares them and the installed reading libraries, so an edited file, a changed rule or an
upgrade rebuilds it. Anything wrong with the
cache (unwritable folder, truncated or foreign file) falls back to reading the files.
"""
from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Any, Callable

log = logging.getLogger(__name__)

#: Bump when the pickled layout changes.
FORMAT = "1"
#: Prepared sets kept side by side (bundled data plus a few user files); older ones go.
KEEP = 4


def _stamp(path: str | None) -> list[str]:
    if not path:
        return ["-"]
    p = Path(path)
    siblings = sorted(p.parent.glob(p.stem + ".*")) if p.parent.is_dir() else []
    out = []
    for f in siblings or [p]:
        try:
            st = f.stat()
        except OSError:
            out.append(f"{f}:missing")
            continue
        out.append(f"{f}:{st.st_size}:{st.st_mtime_ns}")
    return out


def _code_stamp(build: Callable[..., Any]) -> str:
    module = sys.modules.get(getattr(build, "__module__", ""), None)
    source = getattr(module, "__file__", None)
    try:
        return hashlib.sha256(Path(source).read_bytes()).hexdigest() if source else "?"
    except OSError:
        return "?"


def _library_stamp() -> str:
    """Where the reading and pickling libraries are installed, and when: an upgrade (which
    may read or pickle differently) rebuilds the cache. No import needed, unlike versions."""
    import importlib.util

    out = []
    for name in ("pyogrio", "geopandas", "shapely", "pandas", "numpy", "pyproj"):
        try:
            origin = importlib.util.find_spec(name).origin
            st = os.stat(origin)
            out.append(f"{origin}:{st.st_size}:{st.st_mtime_ns}")
        except (AttributeError, ImportError, OSError, TypeError, ValueError):
            out.append(f"{name}:?")
    return "|".join(out)


def cache_key(paths: tuple[str | None, ...], columns: tuple[tuple[str, str], ...],
              build: Callable[..., Any]) -> str:
    """Hash of everything the prepared frames depend on."""
    h = hashlib.sha256(f"boundaries-{FORMAT}".encode())
    for path in paths:
        for part in _stamp(path):
            h.update(part.encode("utf-8", "surrogateescape"))
    h.update(repr(columns).encode())
    h.update(_code_stamp(build).encode())
    h.update(_library_stamp().encode("utf-8", "surrogateescape"))
    return h.hexdigest()[:20]


def _folder() -> Path:
    from . import settings

    return settings.cache_dir() / "boundaries"


def prepared(paths: tuple[str | None, ...], columns: tuple[tuple[str, str], ...],
             build: Callable[..., Any], *args: Any) -> Any:
    """``build(*args)``, from the cache when it holds the result for these inputs.

    ``build`` must be a pure function of the files in ``paths`` and of ``columns``, defined
    in a module whose source says what it does (its text is part of the key), and its
    result picklable.
    """
    key = cache_key(paths, columns, build)
    folder = _folder()
    path = folder / f"{key}.pickle"
    try:
        with open(path, "rb") as f:
            got = pickle.load(f)
        log.debug("boundary layers from %s", path)
        return got
    except FileNotFoundError:
        pass
    except Exception as exc:  # a truncated or foreign file: rebuild it
        log.debug("ignoring the boundary cache %s: %s", path, exc)
    result = build(*args)
    _store(folder, path, result)
    return result


def _store(folder: Path, path: Path, result: Any) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".boundaries-", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(result, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        older = sorted(folder.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)[KEEP:]
        for old in older:
            old.unlink(missing_ok=True)
    except Exception as exc:  # an unwritable cache only costs the next run its speed
        log.debug("boundary cache not written to %s: %s", folder, exc)
