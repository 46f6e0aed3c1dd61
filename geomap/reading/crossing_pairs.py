"""A crossing named by its two ends: "the Sarpi–Sarp post", "at the Agarak–Nordooz crossing".

Writers name a border crossing by the towns on each side joined by a dash. The two towns are
read each on its own (and keep those readings), but the crossing is one place too, named by
the whole "A–B" (with the crossing word when the second name carries it): it is added at
the first town's point.
Countries and provinces joined so ("Russia–Turkey talks") are no crossing.
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


def with_crossing_pairs(text: str, places: list[Place]) -> list[Place]:
    """``places`` with each "A–B crossing" added as one place, at its first end."""
    by_start = {p.mention.start: p for p in places if p.role == "place"}
    out = []
    for p in places:
        q = by_start.get(p.mention.end + 1)
        if (q is not None and p.role == "place" and p.mention.shown is None
                and p.entry.place_type not in _NO_ENDS and q.entry.place_type not in _NO_ENDS
                and _DASH.match(text[p.mention.end:q.mention.start])):
            tail = text[q.mention.start:q.mention.end]
            follows = _CROSSING.match(text, q.mention.end)
            if follows or _CROSSING.search(" " + tail.split(None, 1)[-1]) and " " in tail:
                out.append(replace(p, mention=replace(p.mention, text=text[p.mention.start:q.mention.end],
                                                      end=q.mention.end, shown=None)))
        out.append(p)
    return out
