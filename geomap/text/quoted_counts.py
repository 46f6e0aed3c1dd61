"""Counts told inside quotation marks: 'killed "several" people', 'had killed "dozens" of soldiers'.

Writers quote a vague count to say whose word it is (residents', a group's), not to change what
it counts: the quote marks are dropped before the count is read, as ACLED reads "several" as 3
and "dozens" as 12 whoever says them. Each mark becomes a space, so every offset into the
sentence stays the same; a count's text is cut again from the sentence as written.
"""

from __future__ import annotations

import re

from geomap.text.count_words import CORE

__all__ = ["unquote_counts"]

#: a quoted count and nothing else: "several", “dozens”, "two or three", '20', "between 400 and 500"
_QUOTED = re.compile(r"([\"“‘'])((?:at\s+least\s+|more\s+than\s+|some\s+|between\s+" + CORE + r"\s+and\s+)?" + CORE
                     + r"(?:\s+(?:or|to)\s+" + CORE + r")?)"
                     r"([\"”’'])", re.I)
_PAIRS = {'"': '"', "“": "”", "‘": "’", "'": "'"}


def unquote_counts(sentence: str) -> str:
    """``sentence`` with the quote marks around a bare count turned into spaces (the same
    string, unchanged, when it quotes no count)."""
    if not any(q in sentence for q in _PAIRS):
        return sentence

    def plain(m: re.Match) -> str:
        if _PAIRS[m.group(1)] != m.group(3):
            return m.group(0)
        return " " + m.group(2) + " "

    out = _QUOTED.sub(plain, sentence)
    return sentence if out == sentence else out
