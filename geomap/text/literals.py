"""Cheap tests run before costly regular expressions: literal words as tries, and the words
a pattern cannot match without.

Python's ``re`` tries the alternatives of ``a|b|c`` one after another at every position of
the text, and under ``re.I`` it cannot skip ahead to a literal: the event, death and
displacement patterns cost 20-30 µs a sentence even on the many sentences they never match.

- ``trie_pattern`` writes many literal words as one trie ("shell|shells|shoot" ->
  "sh(?:ell(?:s)?|oot)"), leaving one branch to follow per character. A search finds a match
  at the same first position as the plain alternation (when two words start there it may
  report the longer), so use it where only that some word occurs, or where, matters.
- ``WordGroups`` tells which of several groups of literal words occur in a text in one scan
  (each group gating one costly pattern), instead of one search per group.
- ``prefiltered`` wraps a compiled pattern: the words one of which every match must contain
  are read off the pattern itself (so they follow its edits), and a text without any of them
  is answered "no match" without running the pattern. The answers are always the pattern's.
  A ``gate`` can be added for what words cannot test: a cheap pattern (searched in the folded
  text) that finds something in every text the costly one matches, e.g. "a digit or a number
  word" before a pattern that starts with a count.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

import ahocorasick

try:  # Python 3.11+
    from re import _parser as _sre
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre  # type: ignore[no-redef]

__all__ = ["Prefiltered", "WordGroups", "fold_ascii", "prefiltered", "required_words", "trie_pattern"]


def trie_pattern(words: Iterable[str]) -> str:
    """A pattern matching exactly the given literal words (no flags implied)."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _trie(root)


def _trie(node: dict) -> str:
    branches = [re.escape(ch) + _trie(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    return f"(?:{body})?" if len(branches) == 1 else body + "?"


class WordGroups:
    """Groups of literal words (substrings, matched as written): ``present(text)`` is the set
    of the indexes of the groups one of whose words occurs in ``text``.

    One scan (an Aho-Corasick automaton, every occurrence of every word, overlapping ones
    too: four times faster than a trie pattern tried at every position) finds the words.
    """

    def __init__(self, groups: Iterable[Iterable[str]]) -> None:
        groups = [frozenset(g) for g in groups]
        words = sorted({w for g in groups for w in g})
        if not all(words):
            raise ValueError("an empty word would be in every text")
        self._groups_of = {w: frozenset(k for k, g in enumerate(groups) if w in g) for w in words}
        automaton = ahocorasick.Automaton()
        for w, found in self._groups_of.items():
            automaton.add_word(w, found)
        automaton.make_automaton()
        self._iter = automaton.iter

    def present(self, text: str) -> set[int]:
        """Indexes of the groups with a word in ``text``."""
        out: set[int] = set()
        for _end, found in self._iter(text):
            out |= found
        return out


#: (pattern, flags) -> its required words: asked once per pattern (``geomap.pattern_cache``
#: fills it from the user cache, so that a fresh process skips parsing the patterns again)
KNOWN_WORDS: dict[tuple, frozenset[str] | None] = {}


def required_words(pattern: re.Pattern) -> frozenset[str] | None:
    """Lower-case ASCII words at least one of which every match of ``pattern`` contains
    (ignoring case), or None when the pattern has no such set (e.g. ``\\d+ people``)."""
    key = (pattern.pattern, int(pattern.flags))
    try:
        return KNOWN_WORDS[key]
    except KeyError:
        got = KNOWN_WORDS[key] = _sequence(list(_sre.parse(pattern.pattern, pattern.flags)))
        return got


_REPEATS = {_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT)}


def _sequence(items) -> frozenset[str] | None:
    """Of the parts every match of this sequence has, the one with the longest words."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        if run:  # literal characters in a row: one word
            options.append(frozenset(["".join(run)]))
            run = []
        got = None
        if op is _sre.SUBPATTERN:
            got = _sequence(list(av[-1]))
        elif op is _sre.BRANCH:
            alternatives = [_sequence(list(p)) for p in av[1]]
            if all(alternatives):
                got = frozenset().union(*alternatives)
        elif op in _REPEATS and av[0] >= 1:
            got = _sequence(list(av[2]))
        elif op is getattr(_sre, "ATOMIC_GROUP", None):
            got = _sequence(list(av))
        if got:
            options.append(got)
    # (fold_ascii keeps only ASCII letters comparable: "ſ" in a pattern also matches "s")
    usable = [o for o in options if all(w.isascii() for w in o)]
    if not usable:
        return None
    # the most telling part: no everyday word among its words, then the longest shortest word
    best = max(usable, key=lambda o: (not any(w.lower() in _EVERYDAY for w in o), min(map(len, o)), -len(o)))
    return frozenset(w.lower() for w in best)


#: words in most sentences of the news, poor tests of whether a pattern may match
_EVERYDAY = frozenset("""the a an and or of in on at to from by for with as is was were are be been being have has
had their they them this that these those which who said says people not no it its he she his her we our""".split())


#: the only characters beyond ASCII that ``re.I`` lets match an ASCII one (tests check it)
_BEYOND_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def fold_ascii(text: str) -> str:
    """``text`` lower-cased so that wherever an ASCII pattern character matches it under
    ``re.I`` (or exactly), the folded text has that character in lower case."""
    return text.lower() if text.isascii() else text.translate(_BEYOND_ASCII).lower()


class Prefiltered:
    """A compiled pattern that first looks for the words its matches need. ``search``,
    ``match`` and ``finditer`` answer as the pattern does; anything else is the pattern's.

    The reading steps ask about one sentence pattern after pattern (about seven of them a
    sentence): the words of every prefiltered pattern are looked for in one scan of the
    sentence (``_present``), kept for the few sentences last asked about."""

    def __init__(self, pattern: re.Pattern, gate: re.Pattern | None = None) -> None:
        self.pattern_object = pattern
        self.gate = gate
        words = required_words(pattern)
        self._words = words
        self._group = None
        if words:
            self._group = len(_REQUIRED)
            _REQUIRED.append(words)
            _scanner.clear()
            _asked.clear()
        # "kill|dead|lives" under re.I: a text matches exactly when it holds one of the words
        pieces = pattern.pattern.split("|")
        self._exact = gate is None and pattern.flags == re.I | re.U and words == {w.lower() for w in pieces} \
            and all(w and re.escape(w).replace("\\ ", " ") == w for w in pieces)

    def found(self, text: str) -> bool:
        """Whether the pattern matches somewhere in ``text`` (a pattern that is only literal
        words under re.I is answered by the words' scan, without running it)."""
        return self.may_match(text) if self._exact else self.search(text) is not None

    def may_match(self, text: str) -> bool:
        """False only when no match can exist: the text, folded, holds no required word (or
        the gate finds nothing in it)."""
        if self._group is not None and self._group not in _present(text):
            return False
        return self.gate is None or self.gate.search(fold_ascii(text)) is not None

    def search(self, text: str, *args):
        return self.pattern_object.search(text, *args) if self.may_match(text) else None

    def match(self, text: str, *args):
        return self.pattern_object.match(text, *args) if self.may_match(text) else None

    def finditer(self, text: str, *args):
        return self.pattern_object.finditer(text, *args) if self.may_match(text) else iter(())

    def __getattr__(self, name: str):
        return getattr(self.pattern_object, name)


#: the required words of every Prefiltered pattern, one group each
_REQUIRED: list[frozenset[str]] = []
#: the one WordGroups over ``_REQUIRED`` (made when first needed, again after a new pattern)
_scanner: list[WordGroups] = []
#: text -> the groups with a word in it, for the last texts asked about (a sentence's patterns
#: are asked one after another, and a short document's sentences again when its events are read)
_asked: dict[str, set[int]] = {}
_ASKED_KEPT = 1024


def _present(text: str) -> set[int]:
    """The indexes of the groups of ``_REQUIRED`` one of whose words ``text``, folded, holds."""
    got = _asked.get(text)
    if got is None:
        if not _scanner:
            _scanner.append(WordGroups(_REQUIRED))
            _asked.clear()
        if len(_asked) >= _ASKED_KEPT:
            _asked.clear()
        got = _asked[text] = _scanner[0].present(fold_ascii(text))
    return got


def prefiltered(pattern: re.Pattern, gate: re.Pattern | None = None) -> Prefiltered:
    """``pattern`` with its required-words test (and ``gate``, when given) in front (see the
    module docstring). ``gate`` is searched in ``fold_ascii(text)``: lower-case, no re.I."""
    return Prefiltered(pattern, gate)
