"""A displacement count told only as "dozens" or "scores" where the words do not count people:
"dozens of families also fled" (a few dozen families is no known number of people) or a source's
own vague word set in quotation marks ('"dozens" of arrivals'). Such a group gets no figure and
its words are kept. "Dozens of people fled" keeps the conventional lower bound of 12 (the rule
geomap uses for every vague count, as ACLED does for fatalities); "hundreds" and "thousands"
keep theirs too.
"""

from __future__ import annotations

import re

__all__ = ["dozens_only"]

_DOZENS = re.compile(r"\b(?:dozens|scores|(?:a\s+few|several|a\s+couple\s+of)\s+dozen)\b", re.I)
_UNCOUNTED_UNIT = re.compile(r"\b(?:dozens|scores|dozen)\s+(?:of\s+)?(?:[a-z-]+\s+){0,2}?"
                             r"(?:families|households|homes|house-?holds|clans)\b", re.I)
_QUOTED = re.compile(r"[\"“”‘’']\s*(?:dozens|scores)\s*[\"“”‘’']", re.I)


def dozens_only(words: str | None, sentence: str = "") -> bool:
    """Whether a figure's words are only "dozens", "scores", "several dozen" (no digit) of
    families or households, or the vague word is quoted in its sentence."""
    if not words or not _DOZENS.search(words) or any(c.isdigit() for c in words):
        return False
    return bool(_UNCOUNTED_UNIT.search(words) or _QUOTED.search(sentence))
