"""Places a displacement sentence names for another reason than people leaving or reaching them.

"Shells fired from X forced 900 people in Y to flee": X is where the fire came from. "...,
according to the X provincial office", "the X district authorities said": X is the seat of the
body that speaks. Neither is an area of the people who moved (``geomap.reading.displacement``).
"1,400 displaced people have joined the X camp in Y district": X and Y are where they are, not
an area they left.
"""

from __future__ import annotations

import re

__all__ = ["fire_came_from", "seat_of_speaking_body", "camp_place"]

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


# "the X camp", "X transit centre": the place names the camp; "a camp in X district": where it is
# (not a military, rebel or mining camp)
_CAMP_AFTER = re.compile(r"\s+(?:camp|settlement|(?:transit|reception)\s+(?:centre|center|site))\b", re.I)
# "200 families left the X camp in Y": a camp people left is an area they left
_CAMP_LEFT = re.compile(r"\b(?:left|leaving|leave|fled|fleeing|flee|from|out\s+of|abandoned|deserted|evacuated|emptied)"
                        r"\s+(?:the\s+|a\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?$", re.I)
_CAMP_NAMED = re.compile(r"\s(?:camp|settlement)$", re.I)  # (a mention that holds the word: "Kalap camp")
_CAMP_BEFORE = re.compile(
    r"(?<!military\s)(?<!army\s)(?<!rebel\s)(?<!militia\s)(?<!police\s)(?<!mining\s)(?<!training\s)"
    r"\b(?:camp|settlement|(?:transit|reception)\s+(?:centre|center|site))\s+(?:in|at|near|of)\s+(?:the\s+)?"
    r"(?:(?:district|province|region|county|town|village)\s+of\s+)?$", re.I)


def camp_place(text: str, start: int, end: int) -> bool:
    """Whether the place at ``start:end`` names a camp for displaced people, or where one lies
    ("joined the X camp", "a camp in Y district"): where people are, not where they fled
    (unless the camp is what they left: "200 families left the X camp in Y")."""
    before = _CAMP_BEFORE.search(text, max(0, start - 60), start)
    if before is not None:
        return not _CAMP_LEFT.search(text, max(0, before.start() - 50), before.start())
    return bool(_CAMP_AFTER.match(text, end) or _CAMP_NAMED.search(text, start, end)) \
        and not _CAMP_LEFT.search(text, max(0, start - 50), start)
