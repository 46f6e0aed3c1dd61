"""Places a displacement sentence names for another reason than people leaving or reaching them.

"Shells fired from X forced 900 people in Y to flee": X is where the fire came from. "...,
according to the X provincial office", "the X district authorities said": X is the seat of the
body that speaks. Neither is an area of the people who moved (``geomap.reading.displacement``).
"""

from __future__ import annotations

import re

__all__ = ["fire_came_from", "seat_of_speaking_body"]

# (not "shelling forced 900 people from X": the people's words come between)
_NOT_FIRE = r"(?!\b(?:people|persons|residents|villagers|families|civilians|fle\w*|forc\w*|drove|driv\w*|evacuat\w*|\d))"
# "shells fired from X", "rockets launched from positions near X", "shelling from X"
_FIRED_FROM = re.compile(
    r"\b(?:fired|launched|shelling|shells|rockets?|artillery|mortars?|missiles?|drones?)\b(?:" + _NOT_FIRE + r"[^.,;]){0,25}?"
    r"\bfrom\s+(?:(?:" + _NOT_FIRE + r"[^.,;]){0,35}?\s)?$", re.I)

# a place named as the seat of a body that speaks ("the X provincial office", "X district authorities")
_BODY = (r"(?:\s+(?:provincial|district|regional|municipal|county|state|city|town|local|border))?\s+(?:office|authorities"
         r"|administration|hall|government|council|governor|police|committee|command)\b")
_BODY_AFTER = re.compile(_BODY, re.I)
_BODY_SAID = re.compile(_BODY + r"\s+(?:has\s+|had\s+|also\s+)?(?:said|says|told|reported|announced|confirmed|added)\b", re.I)
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.I)


def fire_came_from(text: str, start: int) -> bool:
    """Whether the place at ``start`` is where shells, rockets or drones were fired from."""
    return bool(_FIRED_FROM.search(text, max(0, start - 80), start))


def seat_of_speaking_body(text: str, start: int, end: int) -> bool:
    """Whether the place at ``start:end`` names the seat of a body that speaks: "according to
    the X provincial office", "the X district authorities said"."""
    return bool(_BODY_AFTER.match(text, end)) and bool(_ACCORDING_TO.search(text, max(0, start - 20), start)
                                                       or _BODY_SAID.match(text, end))
