"""A group told by where it arrived, described by the flight or expulsion behind it.

"About 650 Peruvians fleeing the clashes had arrived", "700 migrants expelled from Algeria
arrived at the transit centre": the flight words describe the group (a reduced relative
clause between its count and its verb); what the sentence tells is the arrival. Readers that
set arrivals apart from flights ("had arrived": the place named is where they came to) blank
that description first, so the group is still read as arriving.
"""

from __future__ import annotations

import re

from geomap.text.group_words import blank

__all__ = ["described_flight_blanked"]

# ("who had fled X", "who fled X", "fleeing the clashes", "expelled from Y", "running from the raids"), then the arrival verb
# (not a verb of its own: "650 Peruvians fled to X and arrived in Y")
_DESCRIBED_FLIGHT = re.compile(
    r"(?<=[a-z])\s+(?:(?:who|that)\s+(?:(?:had|have|has)\s+)?(?:fled|escaped|left)|fleeing|escaping|running\s+from"
    r"|expelled\s+(?:from|by)|deported\s+(?:from|by)|driven\s+(?:out\s+of|from))\b(?:(?!\s+and\s)[^,;.()]){1,60}?"
    r"(?=\s+(?:(?:had|have|has)\s+(?:(?:since|now|already|also)\s+)?)?(?:arrived|reached|come\s+(?:across|over|in))\b"
    # ("2,300 villagers who fled the clashes are sheltering in temples": where they are now)
    r"|\s+(?:are|were|is|was)\s+(?:now\s+|still\s+)?(?:sheltering|staying|living|housed|hosted|accommodated)\b)", re.I)


def described_flight_blanked(words: str) -> str:
    """``words`` with the flight told only as a description of an arriving group blanked
    (same length, so offsets hold)."""
    return _DESCRIBED_FLIGHT.sub(blank, words)
