"""The wounded of an event told before who died later, told by reference to them: "The wounded
farmer later died of his wounds", "One of the wounded Tajik guards later died", "the injured
soldier succumbed". The definite article says the person was told before (the wounded of an act
already told), so the death adds to that act's toll; where the sentence names no place, no
other event may take it. And a death told by its rank in the count ("A third fighter died in
hospital"): the n-th death, so it adds to a count of n-1 told before, even across a paragraph.
"""

from __future__ import annotations

import re

__all__ = ["wounded_told_before_died", "rank_of_death", "tells_wounded"]

# "The wounded farmer later died", "One of the wounded Tajik guards later died of his injuries"
_THE_WOUNDED_DIED = re.compile(
    r"\b(?:(?:one|two|three|four|five|\d+)\s+of\s+)?the\s+(?:wounded|injured)\s+(?:[A-Za-z][\w-]*\s+){1,3}?"
    r"(?:(?:later|since|also|subsequently|then|overnight)\s+)?(?:(?:have|has|had)\s+)?(?:died|succumbed)\b", re.I)

#: "A third fighter died", "a second soldier succumbed", "the fourth victim died"
_RANKED = re.compile(r"\b(?:a|the)\s+(?P<rank>second|third|fourth|fifth|sixth)\s+(?:[\w-]+\s+){1,2}?"
                     r"(?:(?:later|also|then|subsequently)\s+)?(?:(?:has|had)\s+)?(?:died|succumbed|was\s+killed)\b", re.I)
_RANKS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}

#: a sentence telling people wounded ("a third was wounded", "wounding two")
_WOUNDED = re.compile(r"\b(?:wounded|wounding|injured|injuring|hurt)\b", re.I)


def wounded_told_before_died(sentence: str, start: int, end: int) -> bool:
    """Whether the count at ``sentence[start:end]`` is of wounded people told before who died
    ("The wounded farmer later died")."""
    return any(m.start() <= start < m.end() or start <= m.start() < end for m in _THE_WOUNDED_DIED.finditer(sentence))


def rank_of_death(sentence: str) -> int | None:
    """The rank a sentence gives one death in the count ("A third fighter died": 3), else None."""
    m = _RANKED.search(sentence)
    return _RANKS[m.group("rank").lower()] if m else None


def tells_wounded(sentence: str) -> bool:
    """Whether a sentence tells people wounded."""
    return bool(_WOUNDED.search(sentence))
