"""A crossing named by its two ends: "the Sarpi–Sarp post", "at the Agarak–Nordooz crossing".

Writers name a border crossing by the towns on each side joined by a dash. The two towns are
read each on its own (and keep those readings), but the crossing is one place too, named by
the whole "A–B" (with the crossing word when the second name carries it): it is added at
the first town's point.
Countries and provinces joined so ("Russia–Turkey talks") are no crossing; a town the gazetteer
reads as its own municipality (Lithuania's and Slovenia's towns are first-level units: "the
Kalvarija-Budzisko crossing") is an end when a crossing word follows and the other end lies
across the frontier: two provinces of one country are not a crossing ("the Sool–Sanaag border").
"""
from __future__ import annotations

import re
from dataclasses import replace

from geomap.reading.resolve import Place

__all__ = ["with_crossing_pairs"]

_DASH = re.compile(r"[–—-]$")
#: what follows the two names when they name a crossing ("'s" for "the A–B crossing's hours")
_CROSSING = re.compile(r"(?:[’']s)?\s+(?:border\s+)?(?:crossing|post|checkpoint|check-point|bridge|ferry|gate|"
                       r"terminal|border)s?\b", re.I)
_NO_ENDS = ("country", "admin1")  # "Russia–Turkey talks", "the Sool–Sanaag dispute"
#: the words that make "A–B" a crossing even when an end is a first-level unit's name
_CROSSING_ONLY = re.compile(r"(?:[’']s)?\s+(?:border\s+)?(?:crossing|post|checkpoint|check-point|bridge|terminal)s?\b", re.I)


def with_crossing_pairs(text: str, places: list[Place]) -> list[Place]:
    """``places`` with each "A–B crossing" added as one place, at its first end."""
    by_start = {p.mention.start: p for p in places if p.role == "place"}
    out = []
    for p in places:
        q = by_start.get(p.mention.end + 1)
        if (q is not None and p.role == "place" and p.mention.shown is None
                and (_town_ends(p, q) or _unit_end_across(text, p, q))
                and _DASH.match(text[p.mention.end:q.mention.start])):
            tail = text[q.mention.start:q.mention.end]
            follows = _CROSSING.match(text, q.mention.end)
            if follows or _CROSSING.search(" " + tail.split(None, 1)[-1]) and " " in tail:
                out.append(replace(p, mention=replace(p.mention, text=text[p.mention.start:q.mention.end],
                                                      end=q.mention.end, shown=None)))
        out.append(p)
    return out


def _town_ends(p: Place, q: Place) -> bool:
    """Neither end is a country or a first-level unit."""
    return p.entry.place_type not in _NO_ENDS and q.entry.place_type not in _NO_ENDS


def _unit_end_across(text: str, p: Place, q: Place) -> bool:
    """"the Kalvarija-Budzisko crossing": an end read as a first-level unit (a municipality
    that is its town's unit), the other in another country, and a crossing word after them."""
    types = {p.entry.place_type, q.entry.place_type}
    if "country" in types or "admin1" not in types or not (p.entry.iso2 and q.entry.iso2) or p.entry.iso2 == q.entry.iso2:
        return False
    return bool(_CROSSING_ONLY.match(text, q.mention.end)
                or " " in text[q.mention.start:q.mention.end] and _CROSSING_ONLY.search(" " + text[q.mention.start:q.mention.end].split(None, 1)[-1]))
