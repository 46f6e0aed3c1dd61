"""The dead told as a household: "a family of five was killed", "killing a family of six", "an
elderly couple died when the shell hit".

The count is the family's size told with it (a couple is two); a family told with no size ("an
entire family was wiped out", "members of the same family") stays uncounted: the words say
people died, not how many, and a guessed household size would be a wrong number.
"""

from __future__ import annotations

import re

from geomap.text.count_words import NUM, value_of

__all__ = ["household_hits"]

_KILLED = r"(?:killed|shot\s+dead|died|perished|slain|wiped\s+out)"
_HOUSE = r"(?:(?:a|an|one|the|another)\s+(?:[\w-]+\s+){0,2}?(?:family\s+of\s+" + NUM + r"|(?P<two>couple)))"
#: "a family of five was killed", "an elderly couple were shot dead"
_PASSIVE = re.compile(r"\b" + _HOUSE + r"\s+(?:was|were|had\s+been|has\s+been|have\s+been)?\s*" + _KILLED + r"\b", re.I)
#: "killing a family of six", "killed an elderly couple"
_ACTIVE = re.compile(r"\b(?:killing|killed|kills|kill)\s+" + _HOUSE + r"\b", re.I)


def household_hits(sentence: str) -> list[tuple[int, int, int]]:
    """(start, end, value) of the dead told as a family of a told size, or a couple."""
    if "famil" not in sentence and "couple" not in sentence.lower():
        return []
    hits = []
    for rx in (_PASSIVE, _ACTIVE):
        for m in rx.finditer(sentence):
            value = 2 if m.group("two") else value_of(m.group("num"))
            if value:
                hits.append((m.start(), m.end(), value))
    return hits
