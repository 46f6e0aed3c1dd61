"""A place told as lying around or near the unit just named: "1,900 in Pool department around
Ngabé", "600 in Nakhon Phanom province near That Phanom".

The place names where in the unit people are, not a second area: a figure on the unit is its own,
not one shared between two areas.
"""

from __future__ import annotations

import re

__all__ = ["around_in_unit"]

# the words between a unit's name (with its unit word) and the place inside it
_AROUND_IN_UNIT = re.compile(
    r"^\s*(?:province|department|district|county|region|prefecture|governorate|state|territory|municipality|zone)"
    r"\s*,?\s+(?:around|near|close\s+to)\s+(?:the\s+(?:town|village|city)\s+of\s+)?$", re.I)


def around_in_unit(between: str) -> bool:
    """Whether the words between two places tell the second as around or near the unit named first."""
    return bool(_AROUND_IN_UNIT.match(between))
