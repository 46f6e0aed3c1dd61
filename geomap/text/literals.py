r"""Cheap tests run before costly regular expressions: literal words as tries, and the words
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
- ``prefiltered(..., by_branch=True)`` does that for each branch of a pattern that is one long
  alternation (``\b(?:fled|...|left\s+their\s+homes)\b``): a sentence holding the words of
  one branch only ("homes") runs that branch alone (a branch without its words cannot match
  anywhere, so the same matches are found), not the thirty the whole pattern tries at each
  position.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

import ahocorasick

try:  # Python 3.11+
    from re import _parser as _sre
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre  # type: ignore[no-redef]

__all__ = ["Prefiltered", "WordGroups", "fold_ascii", "prefiltered", "required_words", "top_branches", "trie_pattern"]


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

    def __init__(self, pattern: re.Pattern, gate: re.Pattern | tuple[re.Pattern, ...] | None = None,
                 by_branch: bool = False) -> None:
        self.pattern_object = pattern
        self.gate = gate
        self._gates = gate if isinstance(gate, tuple) else (gate,) if gate is not None else ()
        words = required_words(pattern)
        self._words = words
        self._group = _word_group(words)
        self._branches = None  # with by_branch: (head, branches, tail, {word group: its branch})
        split = top_branches(pattern.pattern) if by_branch else None
        branch_words = [required_words(re.compile(b, pattern.flags)) for b in split[1]] if split else []
        if branch_words and all(branch_words):  # (a branch without words may match anywhere: run whole)
            self._branches = (*split, {_word_group(w): k for k, w in enumerate(branch_words)})
            self._groups = frozenset(self._branches[3])
            self._runs: dict[int, re.Pattern] = {}  # branch -> the pattern of that branch alone
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
        a gate finds nothing in it)."""
        if self._group is not None and self._group not in _present(text):
            return False
        if not self._gates:
            return True
        folded = fold_ascii(text)
        return all(gate.search(folded) is not None for gate in self._gates)

    def _runnable(self, text: str) -> re.Pattern | None:
        """The pattern to run on ``text``: None when no match can exist; with ``by_branch``, when
        only one branch may match there, that branch alone (made once; two or more: the whole
        pattern, as a pattern made for every set of branches cost more than it saved)."""
        if not self.may_match(text):
            return None
        if self._branches is None:
            return self.pattern_object
        found = self._groups.intersection(_present(text))
        if len(found) != 1:
            return self.pattern_object if found else None
        head, branches, tail, branch_of = self._branches
        k = branch_of[next(iter(found))]
        got = self._runs.get(k)
        if got is None:
            got = self._runs[k] = re.compile(head + "(?:" + branches[k] + ")" + tail, self.pattern_object.flags)
        return got

    def search(self, text: str, *args):
        rx = self._runnable(text)
        return rx.search(text, *args) if rx is not None else None

    def match(self, text: str, *args):
        rx = self._runnable(text)
        return rx.match(text, *args) if rx is not None else None

    def finditer(self, text: str, *args):
        rx = self._runnable(text)
        return rx.finditer(text, *args) if rx is not None else iter(())

    def __getattr__(self, name: str):
        return getattr(self.pattern_object, name)


#: the required words of every Prefiltered pattern, one group each
_REQUIRED: list[frozenset[str]] = []
#: the one WordGroups over ``_REQUIRED`` (made when first needed, again after a new pattern)
_scanner: list[WordGroups] = []
#: text -> the groups with a word in it, for the last texts asked about (a sentence's patterns
#: are asked one after another, and a short document's sentences again when its events are read;
#: a long article's every sentence is asked by one step after another: 1,024 kept, a 1 MB article's
#: 7,700 sentences were each scanned four times)
_asked: dict[str, set[int]] = {}
_ASKED_KEPT = 16384


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


def _word_group(words: frozenset[str] | None) -> int | None:
    """The index of a new group of ``_REQUIRED`` holding ``words`` (None for no words)."""
    if not words:
        return None
    _REQUIRED.append(words)
    _scanner.clear()
    _asked.clear()
    return len(_REQUIRED) - 1


def top_branches(source: str) -> tuple[str, list[str], str] | None:
    """``HEAD(?:B1|B2|...)TAIL`` split into (HEAD, [B1, B2, ...], TAIL) at the alternation of
    its first group; None for any other shape (an alternation outside that group, a capturing
    group anywhere, a group in HEAD), where dropping branches could change an answer."""
    depth, opened, closed, bars = 0, None, None, []
    i, n = 0, len(source)
    while i < n:
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a class: a "]" first (after any "^") is one of its characters
            i += 2 if source.startswith("^", i + 1) else 1
            i += 1 if source.startswith("]", i) else 0
            while i < n and source[i] != "]":
                i += 2 if source[i] == "\\" else 1
        elif ch == "(":
            if not source.startswith("(?", i) or source.startswith(("(?P<", "(?'"), i) \
                    or source.startswith("(?<", i) and not source.startswith(("(?<=", "(?<!"), i):
                return None  # a capturing group: dropping branches would number groups otherwise
            if depth == 0 and opened is None:
                if not source.startswith("(?:", i):
                    return None
                opened = i
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0 and closed is None:
                closed = i
        elif ch == "|" and (depth != 1 or opened is None or closed is not None):
            if depth == 0:
                return None  # an alternation outside the group
        elif ch == "|":
            bars.append(i)
        i += 1
    if opened is None or closed is None or not bars:
        return None
    cuts = [opened + 3, *[b + 1 for b in bars], closed + 1]
    return source[:opened], [source[a:b - 1] for a, b in zip(cuts, cuts[1:])], source[closed + 1:]


def prefiltered(pattern: re.Pattern, gate: re.Pattern | tuple[re.Pattern, ...] | None = None,
                by_branch: bool = False) -> Prefiltered:
    """``pattern`` with its required-words test (and ``gate``, when given) in front (see the
    module docstring). ``gate`` is searched in ``fold_ascii(text)``: lower-case, no re.I; a
    tuple of gates, each must find something (two things every match holds, apart).
    With ``by_branch``, a pattern ``HEAD(?:B1|B2|...)TAIL`` runs only its branch on a text
    holding the words of that branch alone (``top_branches``; a pattern of another shape runs
    whole)."""
    return Prefiltered(pattern, gate, by_branch)
