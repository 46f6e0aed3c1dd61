"""Households counted with their people told beside them: the people are the figure.

"Eleven families from the riverside colonias — about forty people — had moved in with
relatives", "nine households (some 40 people) took shelter in X", "14 families, or around 60
people, left Y": the writer gives the count of people next to the count of households, so the
displaced figure is the people's (a household count stands alone only when no people are told).
"""

from __future__ import annotations

import re

from geomap.text.count_words import NUM as _NUM, value_of as _value

__all__ = ["people_beside_households"]

# the household noun (with a few words of where they are from), an opening dash, bracket or comma,
# then a count of people
_PEOPLE_BESIDE = re.compile(r"\s+(?:households|families)\b(?:\s+(?:from|of|in|at)\s+[^\u2014\u2013(),;:\d-]{1,60}?)?"
                            r"\s*(?:[\u2014\u2013(,]|\s-{1,2})\s*(?:or\s+|that\s+is\s+|i\.e\.\s+)?" + _NUM
                            + r"\s+(?:people|persons|individuals|residents|villagers)\b", re.I)


def people_beside_households(sentence: str, end: int) -> tuple[int, int, int] | None:
    """(value, start, end) of the people counted beside a household count whose number ends at
    ``end`` in ``sentence``, or None when no count of people is told beside it."""
    m = _PEOPLE_BESIDE.match(sentence, end)
    if m is None or (value := _value(m.group("num"))) is None:
        return None
    return value, m.start("num"), m.end()
