"""Whether a sentence tells of something at sea, where a place's distance from a coastal town may be long.

"25 km west of Goma" is taken literally only up to ``MAX_OFFSET_KM``: further off, a land story's
distance is a figure of speech or a road's length. At sea it is the usual way to say where a ship
was: "arrested a squid jigger about 190 miles north-west of Stanley", "boarded a trawler 180
nautical miles north of Hammerfest". A sentence in nautical miles, or about a vessel, is at sea.
"""
from __future__ import annotations

import re

from geomap.text.event_rules_sea import VESSELS

__all__ = ["told_at_sea"]

_AT_SEA = re.compile(r"\bnautical\s+miles?\b|\b" + VESSELS + r"\b", re.I)


def told_at_sea(sentence: str) -> bool:
    """Whether ``sentence`` speaks of a distance in nautical miles or of a vessel."""
    return bool(_AT_SEA.search(sentence))
