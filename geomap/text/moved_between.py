"""A group told as moving from one named place to another, with no flight word: "some 650
Nigerien fishing families moved from the Bosso islands to Baga Sola", "about 300 villagers
have moved from A to relatives in B". Unseen writers tell a flow the other way, or a move inside
one frontier area, this way; the count is the group's (from A, to B).

Only people are read (a people noun after the count), so "the army moved from A to B" or
"prices moved from 300 to 400" are not.
"""

from __future__ import annotations

import re

from geomap.text.count_words import NUM, value_of
from geomap.text.quantities import Count

__all__ = ["moved_between_count"]

_MOVED_BETWEEN = re.compile(
    r"\b" + NUM + r"(?:\s+(?!and\b)[A-Za-z][\w'-]*){0,3}?\s+(?:people|persons|families|households|residents|villagers"
    r"|inhabitants|civilians|fishermen|fishers|herders|farmers|islanders|women\s+and\s+children)"
    r"\s+(?:(?:have|has|had)\s+(?:since\s+|also\s+)?)?(?P<word>moved|relocated|went|crossed)\s+(?:back\s+)?from\s+"
    r"[^.;]{1,80}?\bto\b", re.I)


def moved_between_count(sentence: str) -> Count | None:
    """The count of people who moved from one place to another, or None."""
    m = _MOVED_BETWEEN.search(sentence)
    if m is None:
        return None
    value = value_of(m.group("num"))
    return None if value is None else Count(value, sentence[m.start():m.end("word")], m.start(), m.end("word"))
