"""A name told as the river or line people crossed, not as a place they left.

"Clashes along the Zambezi", "800 crossed the Luangwa into Lusaka Province", "900 people crossed
the Songwe into Mbeya": a town or a first-level unit named after "along the", "crossed the" is
the river (or line) of that name. "Crossed the Songwe district" names the unit itself.
"""

from __future__ import annotations

import re

__all__ = ["river_named"]

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
