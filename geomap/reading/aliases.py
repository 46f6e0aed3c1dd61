"""A name the text gives a second name for: "Koya, also known as Koysinjaq" is the place the
gazetteer knows as Koysinjaq, not a namesake elsewhere or a point the text could only guess.

Writers name a town as locals say it and add the name maps use ("Derik, also known as
al-Malikiyah"). When the second name is a town or landmark the gazetteer holds and the first
name's reading lies elsewhere (a namesake across the frontier, or a place the gazetteer lacks,
put at a unit's point), every mention of the first name is read as that place.
"""
from __future__ import annotations

import re

from geomap.gazetteer import haversine_km
from geomap.reading.resolve import Place
from geomap.settings import UNLISTED_NEAR_KM

__all__ = ["with_aliases"]

#: between the two names: ", also known as", " (also called", ", locally known as"
_ALIAS = re.compile(r",?\s*\(?\s*(?:also|locally|otherwise|formerly)\s+(?:known\s+as|called|spelt|spelled)\s+(?:the\s+)?")
_POINT_TYPES = ("city", "landmark")


def with_aliases(text: str, places: list[Place]) -> list[Place]:
    """``places`` with each name given a second name read as the place of the second name."""
    order = sorted(places, key=lambda q: q.mention.start)
    moved = {}
    for p, q in zip(order, order[1:]):
        if p.role != "place" or q.role != "place" or not q.entry.in_gazetteer or q.entry.place_type not in _POINT_TYPES \
                or p.entry.place_type not in _POINT_TYPES or p.mention.key in moved:
            continue
        if not _ALIAS.fullmatch(text[p.mention.end:q.mention.start]):
            continue
        e = p.entry
        if e.in_gazetteer and haversine_km(e.lat, e.lon, q.entry.lat, q.entry.lon) <= UNLISTED_NEAR_KM:
            continue  # the reading already agrees
        moved[p.mention.key] = q
    if not moved:
        return places
    return [Place(p.mention, moved[p.mention.key].entry, moved[p.mention.key].confidence)
            if p.mention.key in moved and p.entry.place_type in _POINT_TYPES else p for p in places]
