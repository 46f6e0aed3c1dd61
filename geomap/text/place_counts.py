"""A sentence that splits its dead over places: "22 people killed in Kalakafra and at least nine in
Afadé", "three were killed in X and two in Y". Each count is its own place's toll (ACLED keeps an
event per place); their sum is no one incident's. The parts are read by
``geomap.text.elided_tolls`` (which also makes them events); this names each part's place."""

from __future__ import annotations

import re

from geomap.text.count_words import value_of
from geomap.text.elided_tolls import elided_parts

__all__ = ["counts_by_place"]

#: the place's name right after a part ("in the village of" and the like are part of the match)
_NAME = re.compile(r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}")


def counts_by_place(sentence: str) -> list[tuple[int, str]]:
    """[(count, place name)] when a sentence splits its dead over two or more places ("22 people
    killed in X and at least nine in Y"), else []."""
    out = []
    for part in elided_parts(sentence):
        name, value = _NAME.match(sentence, part.end()), value_of(part.group("n"))
        if name is None or not value:
            return []
        out.append((value, name.group()))
    return out
