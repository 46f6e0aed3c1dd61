"""A sentence that only gives the number of a group the sentence before told without one: "The
district office puts the number at about 350 people", "The council estimates them at around 500",
"Their number was put at 400".

Aid agencies and correspondents often tell who arrived first ("dozens of families have arrived
from X") and the count an office gives next; the count is that group's.
"""

from __future__ import annotations

import re

from geomap.text.count_words import NUM, value_of
from geomap.text.quantities import Count

__all__ = ["restated_count"]

_OPEN = r"\s+at\s+[\"“‘']?"
_RESTATED = re.compile(
    r"\b(?:(?:puts?|putting|places?|placed|placing|estimates?|estimated|estimating)\s+(?:the|their)\s+"
    r"(?:number|figure|total|count)" + _OPEN
    + r"|(?:estimates?|estimated|estimating|counts?|counted|numbers?|numbered)\s+them" + _OPEN
    + r"|\b(?:their|the)\s+(?:number|figure|total|count)\s+(?:is|was|has\s+been|had\s+been)\s+"
    r"(?:estimated|put|placed|given)" + _OPEN + r")" + NUM, re.I)


def restated_count(sentence: str) -> Count | None:
    """The number a sentence puts on a group told before it ("puts the number at 400"), or None."""
    m = _RESTATED.search(sentence)
    value = value_of(m.group("num")) if m else None
    return Count(value, m.group("num"), m.start("num"), m.end("num")) if value is not None else None
