"""A sentence that splits its dead over places: "22 people killed in Kalakafra and at least nine in
Afadé", "three were killed in X and two in Y". Each count is its own place's toll (ACLED keeps an
event per place); their sum is no one incident's."""

from __future__ import annotations

import re

from geomap.text.count_words import NUM, value_of

__all__ = ["counts_by_place"]

_NAME = r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}"
_FIRST = re.compile(r"\b" + NUM.replace("(?P<num>", "(?P<a>", 1) + r"\s+(?:[a-z-]+\s+)?"
                    r"(?:were\s+|had\s+been\s+|have\s+been\s+)?(?:killed|dead)\s+in\s+(?:the\s+village\s+of\s+)?(?P<x>" + _NAME
                    + r")\s+and\s+" + NUM.replace("(?P<num>", "(?P<b>", 1) + r"\s+(?:more\s+)?in\s+(?:the\s+village\s+of\s+)?"
                    r"(?P<y>" + _NAME + r")\b", re.I)


def counts_by_place(sentence: str) -> list[tuple[int, str]]:
    """[(count, place name)] when a sentence splits its dead over two places ("22 people killed in X
    and at least nine in Y"), else []."""
    m = _FIRST.search(sentence)
    if m is None:
        return []
    a, b = value_of(m.group("a")), value_of(m.group("b"))
    if not a or not b:
        return []
    return [(a, m.group("x")), (b, m.group("y"))]
