"""Places that only say where a person or a firm comes from, told in an apposition.

"The driver, a 41-year-old citizen of Bulgaria from Haskovo, was arrested", "soldiers shot the man,
a 34-year-old from Nsoko in the Lubombo region, when ...", "after the owner, a Murmansk fishing
company, paid a deposit", "the two dead, both from X, were shot at Y": the apposition describes who someone is; its place is their home town or
their firm's, not where the arrest or the shooting happened. Such a place is no incident's place
(``candidates.incident_candidates``), so the event keeps the place its own clause or the sentence
before names. "X, a village 8 km from Y" is not such a phrase: a distance says where X lies.
"""

from __future__ import annotations

import re

from geomap.text.origin_words import home_of_people

__all__ = ["told_as_origin"]

#: ", a 29-year-old Bulgarian from " / ", a citizen of Zambia from " / ", a father of four from Y in the "
_FROM_IN_APPOSITION = re.compile(
    r",\s+(?:an?|the)\s+(?:(?!\b(?:km|kilomet\w*|miles?|metres?|meters?|distance|drive|walk|north|south|east|west)\b)"
    r"[^,;:.()\"\u201c\u201d]){0,70}?\bfrom\s+(?:the\s+)?(?:(?:-?[\w'\u2019-]+\s+){1,4}?(?:in|of)\s+(?:the\s+)?)?$",
    re.I)
#: ", a " right before the name and one to three plain words after it closing the apposition:
#: ", a Murmansk fishing company," / ", a Masaka advocate,"
_MODIFIER_OPEN = re.compile(r",\s+an?\s+$", re.I)
_MODIFIER_CLOSE = re.compile(r"(?:\s+(?-i:[a-z])[\w-]*){1,3}\s*(?:,|\.|$)")


def told_as_origin(text: str, start: int, end: int) -> bool:
    """Whether the place at ``text[start:end]`` is where someone described in an apposition
    comes from (or a firm's home named as its modifier), not a place where something happened."""
    if _FROM_IN_APPOSITION.search(text, max(0, start - 110), start) or home_of_people(text[max(0, start - 60):start]):
        return True
    return bool(_MODIFIER_OPEN.search(text, max(0, start - 6), start)) and bool(_MODIFIER_CLOSE.match(text, end))
