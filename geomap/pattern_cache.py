"""Regular expressions compiled once per Python installation, not once per process.

A cold ``geomap extract`` compiles about 590 patterns (the event, toll, displacement and
place-cue rules, many of them long alternations) and reads the words each prefiltered one
needs (``text.literals.required_words``): about 0.4 s of its 0.9 s, every time. What
Python's ``re`` makes of a pattern is a pure function of the pattern, its flags and the
Python build, and it ends in one call, ``_sre.compile(pattern, flags, code, ...)``; this
module keeps the arguments of that call (and the required words) in one table in the user
cache, and a later process makes each pattern from them, skipping the parsing: 2 ms for all.

The table is consulted only in a window, and only by the ``geomap`` command (whose process
is its own: a library must not swap ``re``'s compiler under a notebook): from the start of
``cli.main`` to the end of the first article the process reads (``open_window`` /
``close_window``), where nearly all of geomap's patterns are made; patterns made later (a name from the text, say) are not
kept. A table is used only by the Python build, ``re`` sources and ``literals`` source it
was made with (its file name hashes them), and a pattern is always made by ``_sre`` itself,
which checks the code it is given, so an old or damaged table can only cost the time it
was to save. ``GEOMAP_PATTERN_CACHE=0`` (``settings.pattern_cache_enabled``) turns it off.
"""
from __future__ import annotations

import hashlib
import logging
import marshal
import os
import re
import sys
import tempfile
import threading
from pathlib import Path

log = logging.getLogger(__name__)

__all__ = ["close_window", "open_window"]

#: Bump when the table's layout changes.
FORMAT = "1"
#: Patterns recorded in one window at most (a bound on memory if a window is never closed) ...
MOST_RECORDED = 5000
#: ... and kept in a table: past this, only those of the last window (edited rules leave old ones)
MOST_KEPT = 3000
#: Tables kept side by side (other Pythons, other checkouts' ``literals``), most recently used first.
KEEP = 4
RECENT_HOURS = 24
MOST = 12

_compiler = getattr(re, "_compiler", None) or getattr(re, "sre_compile", None)
_lock = threading.Lock()
_state: dict = {}


class _Recorder:
    """Stands for ``_sre`` inside ``re``'s compiler during the window: notes the arguments of
    the one ``compile`` call that makes a pattern (per thread), delegates everything else."""

    def __init__(self, real) -> None:
        self._real = real
        self.calls = threading.local()

    def compile(self, *args):
        self.calls.args = args
        return self._real.compile(*args)

    def __getattr__(self, name: str):
        return getattr(self._real, name)


def _stamp() -> str:
    """What the kept arguments depend on: the Python build and the sources of ``re``'s
    compiler and of ``literals`` (the required words)."""
    from geomap.text import literals

    h = hashlib.sha256(f"patterns-{FORMAT}|{sys.version}|{sys.implementation.cache_tag}".encode())
    h.update(str(getattr(_compiler._sre, "MAGIC", "?")).encode())
    for module in (_compiler, getattr(re, "_parser", None) or sys.modules.get("sre_parse"), literals):
        try:
            h.update(Path(module.__file__).read_bytes())
        except (AttributeError, OSError, TypeError):
            h.update(b"?")
    return h.hexdigest()[:20]


def _folder() -> Path:
    from geomap import settings

    return settings.cache_dir() / "patterns"


def open_window() -> None:
    """From now until ``close_window``, make patterns from the kept table and note the new ones
    (once per process; later calls do nothing)."""
    with _lock:
        from geomap import settings

        if _state or _compiler is None or not settings.pattern_cache_enabled():
            return
        _state["done"] = False
        try:
            from geomap.text import literals

            path = _folder() / f"{_stamp()}.marshal"
            table = _read(path)
        except Exception as exc:  # no cache folder, say: compile as usual
            log.debug("no pattern table: %s", exc)
            return
        recorder = _Recorder(_compiler._sre)
        _state.update(path=path, table=table, new={}, used=set(), recorder=recorder, compile=_compiler.compile,
                      words=literals.KNOWN_WORDS, words_before=len(table["words"]))
        literals.KNOWN_WORDS.update(table["words"])
        _compiler._sre = recorder
        _compiler.compile = _compile


def _read(path: Path) -> dict:
    try:
        data = marshal.loads(path.read_bytes())
        os.utime(path)  # used now: pruning keeps the recently used
        if isinstance(data, dict) and isinstance(data.get("compiled"), dict) and isinstance(data.get("words"), dict):
            return data
    except FileNotFoundError:
        pass
    except Exception as exc:  # a truncated or foreign file: made again
        log.debug("ignoring the pattern table %s: %s", path, exc)
    return {"compiled": {}, "words": {}}


def _compile(p, flags=0):
    """``re``'s compiler, answering from the table what it holds."""
    state = _state
    table, new, used = state.get("table"), state.get("new"), state.get("used")
    if table is None or new is None or used is None or not isinstance(p, (str, bytes)) or flags & re.DEBUG:
        return state["compile"](p, flags)  # (the window closing in another thread, say)
    key = (p, int(flags))
    args = table["compiled"].get(key)
    if args is not None:
        try:
            made = state["recorder"]._real.compile(*args)
            used.add(key)
            return made
        except Exception:  # noqa: BLE001 - not this Python's code after all: compile it
            table["compiled"].pop(key, None)
    calls = state["recorder"].calls
    calls.args = None
    made = state["compile"](p, flags)
    args = calls.args
    if args is not None and len(new) < MOST_RECORDED:
        try:
            new[key] = (args[0], int(args[1]), [int(c) for c in args[2]], int(args[3]), dict(args[4]), tuple(args[5]))
        except (IndexError, TypeError, ValueError):
            pass
    return made


def close_window() -> None:
    """End the window: ``re`` compiles as usual again, and the table is kept with the patterns
    made in the window that it lacked."""
    with _lock:
        if not _state or _state.get("done"):
            return
        _state["done"] = True
        if "path" not in _state:
            return
        if _compiler.compile is _compile:
            _compiler.compile = _state["compile"]
        if _compiler._sre is _state["recorder"]:
            _compiler._sre = _state["recorder"]._real
        table, new, words = _state.pop("table"), _state.pop("new"), _state["words"]
        used = _state.pop("used")  # (the table's ~15 MB of code lists are not kept past the window)
        if not new and len(words) <= _state["words_before"]:
            return
        table["compiled"].update(new)
        if len(table["compiled"]) > MOST_KEPT:
            table["compiled"] = {k: v for k, v in table["compiled"].items() if k in new or k in used}
        table["words"] = {} if len(words) > MOST_KEPT else {
            k: v for k, v in words.items() if isinstance(k, tuple) and isinstance(k[0], (str, bytes))}
        _write(_state["path"], table)


def _write(path: Path, table: dict) -> None:
    try:
        data = marshal.dumps(table)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".patterns-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        _prune(path)
    except Exception as exc:  # an unwritable cache only costs the next process its speed
        log.debug("pattern table not kept in %s: %s", path, exc)


def _prune(keep: Path) -> None:
    from geomap.boundaries.cache import stale_entries

    others = [(p.stat().st_mtime, p) for p in keep.parent.glob("*.marshal") if p != keep]
    for old in stale_entries(others, KEEP, RECENT_HOURS, MOST):
        old.unlink(missing_ok=True)
