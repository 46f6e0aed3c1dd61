"""People counted by a border authority as they came in: "1,100 Yemeni nationals were registered
by Omani authorities entering Dhofar governorate", "some 600 people were recorded crossing into
X at the Y post". No flight word, but a count of a group that arrived, told the way agencies'
trackers write it; the place after "entering" / "crossing into" is where they went.

Not: goods or vehicles recorded crossing (no people noun), a daily rate ("120 a day" is read
by ``counted_not_group``).
"""

from __future__ import annotations

import re

from geomap.text.count_words import NUM, value_of
from geomap.text.quantities import Count

__all__ = ["registered_entering_count"]

_REGISTERED_ENTERING = re.compile(
    r"\b" + NUM + r"(?:\s+(?!and\b)[A-Za-z][\w'-]*){0,3}?\s+(?:people|persons|individuals|nationals|citizens|migrants"
    r"|refugees|asylum[- ]seekers|families|households|civilians|(?-i:[A-Z][a-z]+(?:ans|ians|ese|is|ns)))"
    r"\s+(?:were|have\s+been|had\s+been)\s+(?P<word>registered|recorded|counted)(?:\s+by\s+[^,;.]{1,50}?)?"
    r"\s+(?:(?:as\s+they\s+)?(?:entering|entered|arriving|arrived)|crossing\s+into|(?:as\s+)?new\s+arrivals)\b", re.I)


def registered_entering_count(sentence: str) -> Count | None:
    """The count of people an authority registered as they entered a place, or None."""
    m = _REGISTERED_ENTERING.search(sentence)
    if m is None:
        return None
    value = value_of(m.group("num"))
    return None if value is None else Count(value, sentence[m.start():m.end("word")], m.start(), m.end("word"))
