"""Prepared boundary layers (and frontier lines) kept in the user cache, so that a fresh process skips GDAL.

Reading the shapefiles and normalising their columns costs a cold ``geomap extract`` about
0.4 s (pyogrio's and geopandas' imports, GDAL's read, cleaning 4,600 admin-1 rows);
unpickling the prepared layers (columns and WKB, ``geomap.boundaries.layer``) takes about
0.03 s and imports neither geopandas nor pandas. Each set of files (and column mapping) has one slot in
``<cache>/boundaries/``, valid while its key matches: the files (path, size and modification
time of each file sharing the stem, as a shapefile's .shp/.dbf/.shx/.prj do), the column
mapping, the source text of the module that prepares them and the installed reading
libraries, so an edited file, a changed rule or an upgrade prepares it again. Slots whose
files are gone (a test's temporary folder) are dropped; each checkout has its own slot (the
paths differ), so every slot used within RECENT_HOURS is kept, up to MOST, and at least the
KEEP most recently used (``stale_entries``): parallel checkouts sharing one cache would
otherwise evict each other's slots and prepare them again (about 3 s) on every run. Anything
wrong with the cache (unwritable folder, truncated or foreign file) falls back to reading
the files.
"""
from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import pickle
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable, Iterable

log = logging.getLogger(__name__)

#: Bump when the pickled layout changes.
FORMAT = "3"
#: Prepared sets always kept side by side (the most recently used) ...
KEEP = 4
#: ... and every set used within this many hours too (other checkouts at work) ...
RECENT_HOURS = 24
#: ... up to this many in all (8-11 MB each)
MOST = 12


def file_stamp(path: str | None) -> list[str]:
    """Path, size and modification time of ``path`` and of the files sharing its stem."""
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


#: Modules whose code decides what the prepared layers and their name keys hold, besides the
#: one defining the build function: editing any of them refreshes the cache.
_KEY_MODULES = ("geomap.boundaries.model", "geomap.boundaries.layer", "geomap.boundaries.names",
                "geomap.gazetteer.normalize", "geomap.gazetteer.countries", "geomap.gazetteer.swapped_units")


def _code_stamp(build: Callable[..., Any]) -> str:
    return source_stamp((getattr(build, "__module__", ""), *_KEY_MODULES))


def source_stamp(modules: Iterable[str]) -> str:
    """Hash of the source text of the named modules (found without importing them)."""
    import importlib.util

    h = hashlib.sha256()
    for name in modules:
        source = getattr(sys.modules.get(name), "__file__", None)
        if source is None and name:
            try:
                source = importlib.util.find_spec(name).origin
            except (AttributeError, ImportError, ValueError):
                source = None
        try:
            h.update(Path(source).read_bytes() if source else b"?")
        except OSError:
            h.update(b"?")
    return h.hexdigest()


def _library_stamp() -> str:
    """Where the reading and pickling libraries are installed, and when: an upgrade (which
    may read or pickle differently) rebuilds the cache. No import needed, unlike versions."""
    import importlib.util

    out = []
    for name in ("pyogrio", "geopandas", "shapely", "pandas", "numpy", "pyproj", "pyarrow"):
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
        for part in file_stamp(path):
            h.update(part.encode("utf-8", "surrogateescape"))
    h.update(repr(columns).encode())
    h.update(_code_stamp(build).encode())
    h.update(_library_stamp().encode("utf-8", "surrogateescape"))
    return h.hexdigest()[:20]


def _slot(paths: tuple[str | None, ...], columns: tuple[tuple[str, str], ...]) -> str:
    """File name for one set of files and columns: a changed file overwrites its own slot."""
    return hashlib.sha256(repr((FORMAT, paths, columns)).encode("utf-8", "surrogateescape")).hexdigest()[:20]


def _folder(kind: str) -> Path:
    from geomap import settings

    return settings.cache_dir() / kind


def prepared(paths: tuple[str | None, ...], columns: tuple[tuple[str, str], ...],
             build: Callable[..., Any], *args: Any, kind: str = "boundaries", key: str | None = None) -> Any:
    """``build(*args)``, from the cache when it holds the result for these inputs.

    ``build`` must be a pure function of the files in ``paths`` and of ``columns``, defined
    in a module whose source says what it does (its text is part of the key), and its
    result picklable. Each file holds a small header (the key and the paths) and then the
    result, so that a stale slot is recognised without unpickling the layers. ``kind`` names
    the folder (``<cache>/<kind>/``), each with its own KEEP slots; ``key``, when given, is
    ``cache_key(paths, columns, build)`` computed already.
    """
    key = key or cache_key(paths, columns, build)
    folder = _folder(kind)
    path = folder / f"{_slot(paths, columns)}.pickle"
    try:
        with open(path, "rb") as f:
            header = pickle.load(f)
            if isinstance(header, dict) and header.get("key") == key:
                got = pickle.load(f)
                log.debug("boundary layers from %s", path)
                with contextlib.suppress(OSError):
                    os.utime(path)  # used now: pruning keeps the recently used
                return got
    except FileNotFoundError:
        pass
    except Exception as exc:  # a truncated or foreign file: rebuild it
        log.debug("ignoring the boundary cache %s: %s", path, exc)
    result = build(*args)
    _store(folder, path, {"key": key, "paths": list(paths)}, result)
    return result


def _store(folder: Path, path: Path, header: dict, result: Any) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".boundaries-", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(header, f, protocol=pickle.HIGHEST_PROTOCOL)
                pickle.dump(result, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        _prune(folder, keep=path)
    except Exception as exc:  # an unwritable cache only costs the next run its speed
        log.debug("boundary cache not written to %s: %s", folder, exc)


def _prune(folder: Path, keep: Path) -> None:
    """Drop the slots whose files are gone (a test's temporary folder, say) or unreadable,
    then those ``stale_entries`` names."""
    live = []
    for other in folder.glob("*.pickle"):
        if other == keep:
            continue
        try:
            with open(other, "rb") as f:
                header = pickle.load(f)
            gone = not all(p is None or Path(p).exists() for p in header["paths"][:2])
            mtime = other.stat().st_mtime
        except Exception:
            gone, mtime = True, 0.0
        if gone:
            other.unlink(missing_ok=True)
        else:
            live.append((mtime, other))
    for other in stale_entries(live, KEEP, RECENT_HOURS, MOST):
        other.unlink(missing_ok=True)


def stale_entries(entries: list[tuple[float, Path]], keep: int, recent_hours: float, most: int) -> list[Path]:
    """Of ``(last used, path)`` entries beside the one in use, those to remove: all but the
    ``keep - 1`` most recently used and those used within ``recent_hours``, and beyond ``most - 1``
    in all (the one in use makes ``keep`` and ``most``)."""
    recent = time.time() - recent_hours * 3600
    ordered = sorted(entries, key=lambda e: e[0], reverse=True)
    return [path for i, (used, path) in enumerate(ordered) if i >= most - 1 or (i >= keep - 1 and used < recent)]
