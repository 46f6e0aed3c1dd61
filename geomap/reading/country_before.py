"""A country named right before a name, with only "near", "at" or "in" between ("crossed into
Ghana near X", "in Niger, at X", "inside Syria around X"), says which side of the frontier the
name is on: an unlisted name told so is in that country, whatever place was told beside it.
"""
from __future__ import annotations

import re

from geomap.reading.resolve import Place
from geomap.text.place_cues import PlaceCue

__all__ = ["country_told_before"]

# what may stand between the country and the name: a relation word and an article, a comma
_BETWEEN = re.compile(r"\s*,?\s*(?:near|at|around|outside|in|inside|close to|by)\s+(?:the\s+)?"
                      r"(?:(?:village|town|settlement|hamlet|community|area|border town)\s+of\s+)?$", re.I)


def country_told_before(text: str, cue: PlaceCue, places: list[Place]) -> str | None:
    """The iso2 of a country mention that ends just before the cue's name, only a relation word
    between ("into Ghana near Hamile"); None otherwise. A country's possessive ("Ghana's Upper
    East region") is not this: that is the unit's owner, read elsewhere."""
    for p in places:
        if p.entry.place_type == "country" and p.mention.sentence == cue.sentence and p.role != "dateline" \
                and 0 <= cue.start - p.mention.end <= 40 and _BETWEEN.match(text[p.mention.end:cue.start]) \
                and p.entry.iso2:
            return p.entry.iso2
    return None
