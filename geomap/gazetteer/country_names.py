"""Every folded name of one country's gazetteer entries, kept in the user cache between runs.

The spelling step compares a name with all the names of the countries an article is about.
Reading them from the index means scanning its whole names table (600,000 rows, about 0.2 s
for an article about four countries, one of them large); the same tables come back from
small pickles in a few milliseconds. Each index (by path, size and modification time) has its
own folder ``<cache>/country_names/<stamp>/`` with one file per country; folders of other
indexes (rebuilt, deleted) are dropped when a new one is made. Anything wrong with the cache
(unwritable folder, truncated file) falls back to reading the index.
"""
from __future__ import annotations

import hashlib
import logging
import os
import pickle
import shutil
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

__all__ = ["load", "store"]

#: Bump when the pickled layout changes.
FORMAT = "1"


def _folder(index: Path, iso2: str) -> Path | None:
    from geomap import settings

    if not (isinstance(iso2, str) and iso2.isascii() and iso2.isalnum() and len(iso2) <= 3):
        return None  # only country codes name files
    try:
        st = index.stat()
    except OSError:
        return None
    stamp = hashlib.sha256(f"{FORMAT}|{index.resolve()}|{st.st_size}|{st.st_mtime_ns}".encode(
        "utf-8", "surrogateescape")).hexdigest()[:16]
    return settings.cache_dir() / "country_names" / stamp


def load(index: Path, iso2: str) -> dict[str, tuple[int, ...]] | None:
    """The names table of ``iso2`` kept for this index, or None."""
    folder = _folder(index, iso2)
    if folder is None:
        return None
    try:
        with open(folder / f"{iso2}.pickle", "rb") as f:
            got = pickle.load(f)
    except FileNotFoundError:
        return None
    except Exception as exc:  # a truncated or foreign file: read the index instead
        log.debug("ignoring the country names cached for %s: %s", iso2, exc)
        return None
    return got if isinstance(got, dict) else None


def store(index: Path, iso2: str, names: dict[str, tuple[int, ...]]) -> None:
    """Keep the names table of ``iso2`` for later runs (best effort)."""
    folder = _folder(index, iso2)
    if folder is None:
        return
    try:
        if not folder.is_dir():
            folder.mkdir(parents=True, exist_ok=True)
            for other in folder.parent.iterdir():  # the tables of earlier indexes
                if other != folder and other.is_dir():
                    shutil.rmtree(other, ignore_errors=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{iso2}-", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(names, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.chmod(tmp, 0o644)
            os.replace(tmp, folder / f"{iso2}.pickle")
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except Exception as exc:  # an unwritable cache only costs the next run its speed
        log.debug("country names of %s not cached: %s", iso2, exc)
