"""Two sides' dead told together, one side's count called unverified: the other side's count alone.

"N'Djamena said six soldiers and "more than 20 terrorists" were killed, the latter figure
unverified"; "The army said three soldiers and "dozens of rebels" were killed, a figure for the
rebels that could not be independently confirmed". A side's claim of the enemies it killed,
told as doubtful by the writer, is no count ACLED takes (it keeps the lowest reported number,
and none other is reported for them); the count told without doubt stands.
"""

from __future__ import annotations

import re

from geomap.text.count_words import NUM, value_of

__all__ = ["counted_side"]

_GROUP = r"(?:[\w-]+\s+){0,2}?[\w-]+"
#: "six soldiers and "more than 20 terrorists" were killed"
_PAIR = re.compile(r"\b" + NUM.replace("(?P<num>", "(?P<first>", 1) + r"\s+" + _GROUP + r"\s+and\s+[\"“]?[^\"”.;]{1,40}?[\"”]?\s+"
                   r"(?:were|had\s+been|have\s+been)\s+(?:killed|shot\s+dead|slain)|\b"
                   + NUM.replace("(?P<num>", "(?P<first2>", 1) + r"\s+" + _GROUP + r"\s+and\s+[\"“]?[^\"”.;]{1,40}?[\"”]?\s+died", re.I)
#: the second count called doubtful right after: "the latter figure unverified", "a figure for the rebels that
#: could not be independently confirmed", "the second figure could not be verified"
_LATTER_DOUBTED = re.compile(r"\s*,\s*(?:the\s+(?:latter|second|last)\s+(?:figure|number|count|claim|toll)"
                             r"|an?\s+(?:figure|number|count|claim)\s+for\s+(?:the\s+)?[\w-]+)\s+"
                             r"(?:(?:that|which)\s+)?(?:(?:was|is|remains|remained)\s+)?"
                             r"(?:unverified|unconfirmed|disputed|(?:could|can)\s*not\s+be\s+(?:independently\s+)?"
                             r"(?:verified|confirmed))\b", re.I)


def counted_side(sentence: str) -> tuple[int, int, int] | None:
    """(start, end, value) of the first side's count when a sentence tells two sides' dead
    together and calls the second count unverified ("six soldiers and "more than 20
    terrorists" were killed, the latter figure unverified": six), else None."""
    for m in _PAIR.finditer(sentence):
        if not _LATTER_DOUBTED.match(sentence, m.end()):
            continue
        first = m.group("first") or m.group("first2")
        value = value_of(first)
        if value:
            return m.start(), m.end(), value
    return None
