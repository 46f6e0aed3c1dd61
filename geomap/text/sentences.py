"""Split article text into sentences with offsets, so every later rule can point back.

Regex-based and fast: a sentence ends at ``.``, ``!`` or ``?`` (plus closing quotes or
brackets) followed by white space and a capital, digit or opening quote, unless the word
before the full stop is a known abbreviation or an initial. A newline always ends a sentence,
because articles put headlines, captions and paragraphs on lines of their own (hard-wrapped text
is unwrapped first, ``geomap.text.unwrap``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

__all__ = ["Sentence", "split_sentences"]


@dataclass(frozen=True)
class Sentence:
    """One sentence; ``text == full_text[start:end]``."""

    text: str
    start: int
    end: int


# Words that end with a full stop without ending the sentence (compared lower-cased,
# without the final dot).
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen lt col maj capt cpt sgt cpl pvt adm cmdr brig gov sen rep rev hon
    pres st mt ft jr sr no nos vs v etc al approx est dept univ inc ltd co corp bros
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    e.g i.e u.s u.n u.k u.a.e e.u a.m p.m fig vol pp ca cf
    """.split()
)

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, white space.
_BOUNDARY = re.compile(r"""[.!?]+["'\u201d\u2019)\]]*(?=[ \t\u00a0]+)""")
# What may start the next sentence.
_NEXT_START = re.compile(r"""[ \t\u00a0]+["'\u201c\u2018(\[]*[A-Z0-9\u00c0-\u024f]""")
_LINE = re.compile(r"[^\r\n]+")
# Words that almost always start a sentence: after "U.S." or "etc." they mean a new one.
_STARTER = re.compile(
    r"[ \t\u00a0]+[\"'\u201c]*(?:The|It|He|She|They|We|But|However|Meanwhile|A|An|In|On|This|"
    r"That|These|Those|There|His|Her|Their|Its|I)\b"
)


def _word_before(text: str, dot: int) -> str | None:
    """The word ending at ``dot``; looked for in the 40 characters before it (no abbreviation is
    longer), so a long line is not scanned from its start at every full stop. The word
    is letters and inner dots ("U.S"): what ``re.search(r"([A-Za-z][A-Za-z.]*)$")`` finds in the
    window, read backwards (the pattern, tried at each of the 40 positions, ran to the window's
    end each time)."""
    lo = max(0, dot - 40)
    end = dot - 1 if dot > lo and text[dot - 1] == "\n" else dot  # ("$" also matches before a last newline)
    a = end
    while a > lo and text[a - 1] in _WORD_CHARS:
        a -= 1
    while a < end and text[a] == ".":
        a += 1  # the word opens with a letter
    if a == end:
        return None
    if a == lo and lo > 0 and text[lo - 1].isalpha():
        return None  # a word longer than the window: no abbreviation
    return text[a:end]


_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` closes an abbreviation or an initial, not a sentence."""
    word = _word_before(text, dot)
    if not word:
        return False
    low = word.lower().rstrip(".")
    if low in _ABBREVIATIONS:
        return True
    # Single capital initial ("J. Smith") or dotted acronym ("U.S", "N.A.T.O").
    if len(word) == 1 and word.isupper():
        return True
    if "." in word and all(len(p) <= 2 for p in word.split(".") if p):
        return True
    return False


def _ends_acronym(text: str, dot: int) -> bool:
    """Whether the dot closes a dotted acronym or "etc", which may also end a sentence."""
    word = _word_before(text, dot)
    return bool(word) and ("." in word and len(word) > 2 or word.lower() == "etc")


def _split_line(text: str, start: int, end: int, out: list[Sentence]) -> None:
    pos = start
    for m in _BOUNDARY.finditer(text, start, end):
        stop = m.end()
        if not _NEXT_START.match(text, stop, end):
            continue
        if (
            text[m.start()] == "."
            and m.end() - m.start() == 1
            and _is_abbreviation(text, m.start())
            and not (_ends_acronym(text, m.start()) and _STARTER.match(text, stop, end))
        ):
            continue
        _emit(text, pos, stop, out)
        pos = stop
    _emit(text, pos, end, out)


def _emit(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(text[start:end], start, end))


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences whose offsets index ``text``.

    Parameters
    ----------
    text : str
        The full article text.

    Returns
    -------
    list of Sentence
        In order; ``text[s.start:s.end] == s.text`` for each; blank lines give nothing.
    """
    out: list[Sentence] = []
    for line in _LINE.finditer(text):
        _split_line(text, line.start(), line.end(), out)
    return out


_HEADLINE = re.compile(r"\A\s*(?P<line>[^\r\n]{3,200}?)[ \t]*\r?\n[ \t]*\r?\n")  # Windows line ends too


@functools.lru_cache(maxsize=4)  # (asked by the events and the headline's toll: the match tries 200 lengths)
def headline_span(text: str) -> tuple[int, int] | None:
    """(start, end) of the article's headline: a first line of at most 25 words, without
    closing punctuation, set apart by a blank line. Its events are told again in the body."""
    m = _HEADLINE.match(text)
    if not m:
        return None
    line = m.group("line").strip()
    if line.endswith((".", "!", "?", '"', "”", ":")) or len(line.split()) > 25:
        return None
    return m.start("line"), m.start("line") + len(m.group("line").rstrip())
