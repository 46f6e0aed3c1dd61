"""Whether the text puts a name on a frontier, in more words than ``cues.is_border_typed`` reads.

"the Afghan border town of Zaranj" (a people's or country's word before the border word) and
"border villages in Rajapur", "border communities around X" (a place that holds the border
villages the story is about) say, as "the border town of X" does, that the place lies on the
frontier: a reading of the name hundreds of km from it is a namesake.
"""
from __future__ import annotations

import re

from geomap.text import cues
from geomap.text.cues import _BORDER_KIND

__all__ = ["told_on_border"]

#: "the Afghan border town of ", "the Chinese border city of " (just before the name)
_PEOPLE_BORDER_KIND_OF = re.compile(r"\bthe\s+(?-i:[A-Z])[\w'\u2019-]+\s+" + _BORDER_KIND + r"\s+of\s+$", re.I)
#: "border villages in ", "border communities around ", "the border areas of " (just before the name)
_BORDER_HOLDER = re.compile(r"\b(?:border|frontier)\s+(?:villages|towns|communities|settlements|areas|hamlets)\s+"
                            r"(?:in|of|around|near)\s+(?:the\s+)?$", re.I)


def told_on_border(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is told as a place on a frontier (or holding its
    border villages)."""
    before = text[max(0, start - 60):start]
    return cues.is_border_typed(text, start, end) or bool(_PEOPLE_BORDER_KIND_OF.search(before)) \
        or bool(_BORDER_HOLDER.search(before))
