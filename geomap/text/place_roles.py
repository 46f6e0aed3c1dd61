"""What a place named in an aid-agency update is to the people counted there, when it is not
simply where they left or went: the unit a place lies in, told in brackets; the river of a
town's or unit's name; a country told as having received them.

"In Chimanimani district (Manicaland)": the bracketed unit is where the district lies, as "X,
in Y province" is (``displacement``'s containers), not a second area of its own. "Crossed the
Luangwa into Lusaka Province": the river, not a town people left. "Ghana has received 8,100
asylum-seekers": the country they went to (its figure stays in the words, as for any country).
"""

from __future__ import annotations

import re

__all__ = ["BRACKETED_CONTAINER", "river_named", "country_received"]

#: the words between a place and a unit in brackets after it: " district (", " ("
BRACKETED_CONTAINER = re.compile(
    r"^\s*(?:(?:district|province|county|region|department|municipality|township|territory|prefecture|zone"
    r"|woreda|LGA)\s*)?\(\s*$", re.I)

_ALONG_THE = re.compile(r"\b(?:along|across|beyond|up|down)\s+the\s+$", re.I)
_CROSSED_THE = re.compile(r"\bcross(?:ed|es|ing)?\s+the\s+$", re.I)
_UNIT_AFTER = re.compile(r"\s+(?:region|province|district|county|state|department|border|frontier|town|city|village)\b",
                         re.I)


def river_named(text: str, a: int, b: int, place_type: str) -> bool:
    """Whether the place named at text[a:b] is told as a river or line: a town after "along
    the", or a town or first-level unit after "crossed the" with no unit word after it."""
    before = text[max(0, a - 20):a]
    if place_type == "city" and _ALONG_THE.search(before):
        return True
    return place_type in ("city", "admin1", "admin2") and bool(_CROSSED_THE.search(before)) \
        and not _UNIT_AFTER.match(text, b)


# "Ghana has received 8,100", "Chad had registered 1,200 new arrivals": people who came (not
# "Uganda hosts 126,000 refugees", all who are there, of many years)
_RECEIVED_AFTER = re.compile(r"\s+(?:(?:has|have|had)\s+(?:now\s+|already\s+|also\s+)?(?:received|registered|taken\s+in"
                             r"|welcomed)|(?:received|registered|took\s+in|welcomed))\s+(?:some\s+|about\s+|over\s+"
                             r"|more\s+than\s+|nearly\s+|around\s+|an\s+estimated\s+)?\d", re.I)


def country_received(text: str, b: int) -> bool:
    """Whether the country named just before ``b`` is told as having received a counted group."""
    return bool(_RECEIVED_AFTER.match(text, b))
