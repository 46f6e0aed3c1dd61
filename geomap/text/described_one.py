"""One person's death told with the person described between subject and verb, for ``quantities``'
toll reader: "A cattle trader from Tanaf died", "One passenger, a 52-year-old woman, died of her
wounds", "a herder, a 19-year-old from X, was killed", "a fisherman from X, in Y region, drowned".

The count reader takes a few plain words between a count and its death word; a description
with a comma or a place name breaks it, and the death is then told with no number although
the text says one. The subject must open its clause (sentence start, after "said", a
semicolon or "and"), so "fired on a boatman from X, who died" and "killed a man from X" stay
with the readers made for them.
"""

from __future__ import annotations

import re

from geomap.text.count_words import PERSON

__all__ = ["described_one_hits"]

_NAME = r"(?-i:[A-Z])[\w'\u2019.-]*(?:\s+(?-i:[A-Z])[\w'\u2019.-]*){0,3}"
#: "from Tanaf", "from the village of Iskra", "from Varela, in Guinea-Bissau's Cacheu region,"
_FROM = (r"\s+from\s+(?:the\s+(?:village|town|city|district|region)\s+of\s+)?" + _NAME
         + r"(?:\s*,\s*in\s+[^,;]{1,50},)?")
#: ", a 52-year-old woman,", ", a 19-year-old from Bafata,": an apposition with no verb nor count of its own
_APPOSITION = (r"\s*,\s*(?:a|an)\s+(?![^,;]*\b(?:who|which|killed|dead|died|said|and)\b)[^,;\d]{0,40}?"
               r"(?:\d{1,2}-year-old[^,;\d]{0,30}?)?,")
_CLAUSE_START = r"(?:^|[;:]\s*|\b(?:said|says|and|that)\s+|\u2014\s*|\s-\s+)"
_RX = re.compile(
    _CLAUSE_START
    + r"(?P<one>(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?" + PERSON + r")"
    + r"(?P<told>(?:" + _FROM + r"|" + _APPOSITION + r"){1,2})"
    + r"\s+(?:later\s+)?(?P<word>died|drowned|was\s+(?:killed|shot\s+dead|found\s+dead))\b",
    re.I,
)


def described_one_hits(sentence: str) -> list[tuple[int, int, int]]:
    """(start, end, 1) for each one person told dead with a description between subject and verb."""
    return [(m.start("one"), m.end(), 1) for m in _RX.finditer(sentence)]
