"""Tokens with offsets into the article: the unit the mention finder reads.

Regex-based on purpose: spaCy's blank English tokenizer gives the same word spans here but
costs a second of import time, and `geomap extract` must start in under two.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

# A token: a word with inner hyphens/apostrophes ("Nagorno-Karabakh", "al-Hawa",
# "Kharkivs'ka"), or a dotted acronym ("U.S.", "U.A.E.").
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|\w+(?:[-‐'’]\w+)*", re.UNICODE)


@dataclass(frozen=True)
class Token:
    """A word of the article and where it stands (``text[start:end] == token.text``)."""

    text: str
    start: int
    end: int

    @cached_property  # asked about ten times per token by the mention rules
    def is_cap(self) -> bool:
        """Capitalised as names are ("Kharkiv", "U.S.", "al-Hawa")."""
        t = self.text
        if t[0].isupper():
            return True
        # "al-Hawa", "el-Fasher": a lowercase particle joined to a capitalised name
        return "-" in t and t.split("-", 1)[1][:1].isupper() and t.split("-", 1)[0] in ("al", "el", "ad", "ar", "as", "ash", "at", "az", "an")


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word tokens of ``text[start:end]`` with offsets into ``text``; possessives split off."""
    out = []
    for m in _TOKEN.finditer(text, start, len(text) if end is None else end):
        s, e = m.start(), m.end()
        if e - s > 2 and text[e - 1] == "s" and text[e - 2] in "'’":
            out.append(Token(text[s:e - 2], s, e - 2))
            out.append(Token(text[e - 2:e], e - 2, e))
        else:
            out.append(Token(m.group(), s, e))
    return out


def joined(text: str, a: Token, b: Token) -> bool:
    """True when only spaces separate two tokens (no punctuation, no line break)."""
    gap = text[a.end:b.start]
    return gap == " " or (gap.strip() == "" and "\n" not in gap and len(gap) <= 2)


def joined_or_dot(text, a: Token, b: Token) -> bool:
    gap = text[a.end:b.start]
    return gap in (" ", ". ", ".")


def opens_clause(text: str, toks: list[Token], i: int) -> bool:
    """A token that starts its sentence or a quotation, where capitals say nothing."""
    if i == 0:
        return True
    gap = text[toks[i - 1].end:toks[i].start]
    return any(q in gap for q in ('"', "“", "‘")) or gap.strip().endswith((":", "("))
