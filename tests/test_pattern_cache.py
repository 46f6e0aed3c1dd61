"""geomap.pattern_cache: patterns made from the kept table are the patterns ``re`` compiles,
and a missing, damaged or foreign table only costs compiling them."""
from __future__ import annotations

import re
import uuid

import pytest

from geomap import pattern_cache
from geomap.text import literals


@pytest.fixture
def window(tmp_path, monkeypatch):
    """A fresh window (once per process otherwise) over a private cache folder; the process's
    own window state and ``re``'s compiler are put back afterwards."""
    monkeypatch.setenv("GEOMAP_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("GEOMAP_PATTERN_CACHE", raising=False)
    compiler = pattern_cache._compiler
    saved_state, saved_compile, saved_sre = dict(pattern_cache._state), compiler.compile, compiler._sre
    saved_words = dict(literals.KNOWN_WORDS)

    def fresh():
        pattern_cache.close_window()
        pattern_cache._state.clear()
        literals.KNOWN_WORDS.clear()
        pattern_cache.open_window()
        return pattern_cache._state

    yield fresh
    pattern_cache.close_window()
    pattern_cache._state.clear()
    pattern_cache._state.update(saved_state)
    compiler.compile, compiler._sre = saved_compile, saved_sre
    literals.KNOWN_WORDS.clear()
    literals.KNOWN_WORDS.update(saved_words)


def _patterns() -> list[tuple[str, int]]:
    """Patterns no other test compiled (re's own cache would answer them without asking)."""
    tag = uuid.uuid4().hex
    return [(rf"\b(?:shell(?:ed|ing)?|struck)\s+(?P<place>[A-Z]\w+)\b{tag}", re.I),
            (rf"(?<![\w-])Zone {tag}(?:\s+district)?", 0),
            (rf"(\d+)\s+(?:people|civilians)\s+{tag}", re.I | re.M)]


def _table_file(tmp_path):
    return list((tmp_path / "patterns").glob("*.marshal"))


def _window_compiling(window, tmp_path, patterns):
    """One window in which ``patterns`` are compiled (re's own cache emptied first); the
    table file it leaves."""
    re.purge()
    window()
    for p, f in patterns:
        re.compile(p, f)
    pattern_cache.close_window()
    [path] = _table_file(tmp_path)
    return path


def test_patterns_made_from_the_table_are_those_re_compiles(window, tmp_path):
    patterns = _patterns()
    window()
    first = [re.compile(p, f) for p, f in patterns]
    pattern_cache.close_window()
    assert len(_table_file(tmp_path)) == 1
    re.purge()
    state = window()
    again = [re.compile(p, f) for p, f in patterns]
    assert {(p, int(f)) for p, f in patterns} <= state["used"]  # made from the table, not compiled
    pattern_cache.close_window()
    # Pattern equality compares the compiled code, not only the text
    assert again == first == [pattern_cache._compiler.compile(p, f) for p, f in patterns]
    text = "Troops shelled Kawthoung overnight, 12 people fled Zone " + "x" * 5
    assert [m.span() for p in again for m in p.finditer(text)] == [m.span() for p in first for m in p.finditer(text)]


def test_a_table_is_written_again_only_when_it_lacked_a_pattern(window, tmp_path):
    patterns = _patterns()
    before = _window_compiling(window, tmp_path, patterns).stat().st_ino
    assert _window_compiling(window, tmp_path, patterns).stat().st_ino == before  # not replaced
    assert _window_compiling(window, tmp_path, [(f"new {uuid.uuid4().hex}", 0)]).stat().st_ino != before


def test_a_damaged_table_or_foreign_code_only_costs_compiling(window, tmp_path):
    patterns = _patterns()
    path = _window_compiling(window, tmp_path, patterns)
    path.write_bytes(b"\x00garbage")
    re.purge()
    window()
    assert [re.compile(p, f) for p, f in patterns] == [pattern_cache._compiler.compile(p, f) for p, f in patterns]
    pattern_cache.close_window()
    # an entry whose code this Python's _sre refuses is compiled instead
    re.purge()
    state = window()
    p, f = patterns[0]
    state["table"]["compiled"][(p, int(f))] = (p, int(f) | re.U, [1, 2, 3], 0, {}, (None,))
    assert re.compile(p, f) == pattern_cache._compiler.compile(p, f)
    assert (p, int(f)) not in state["used"]


def test_required_words_are_kept_with_the_patterns(window, tmp_path):
    p, f = _patterns()[0]
    window()
    words = literals.required_words(re.compile(p, f))
    pattern_cache.close_window()
    assert words  # (the tag: the longest word every match holds)
    state = window()
    key = (p, int(re.compile(p, f).flags))
    assert state["table"]["words"][key] == words
    assert literals.KNOWN_WORDS[key] == words  # answered without parsing the pattern again


def test_turned_off_it_neither_reads_nor_writes(window, tmp_path, monkeypatch):
    monkeypatch.setenv("GEOMAP_PATTERN_CACHE", "0")
    state = window()
    re.compile(_patterns()[0][0])
    pattern_cache.close_window()
    assert "path" not in state and not _table_file(tmp_path)
    assert pattern_cache._compiler.compile is not pattern_cache._compile
