"""A crossing told "with" a country is the namesake on that country's frontier.

"the Hekou crossing with Vietnam": the gazetteer holds two towns called Hekou, the larger in
Henan, a thousand km from any frontier; the resolver, knowing nothing of the crossing, took the
larger, and the whole story went with it. A place the text types as a crossing, post or gate
"with C" (or says lies "near the border with C") whose reading stands farther than
``CROSSING_FRONTIER_KM`` from any frontier with C is read again as the namesake (town, district
or landmark) nearest that frontier, when one stands within that distance: every mention of the
name alike.
"""
from __future__ import annotations

import re
from dataclasses import replace

from geomap.gazetteer import haversine_km
from geomap.gazetteer.countries import iso3_of
from geomap.settings import CROSSING_FRONTIER_KM
from geomap.text.border_with import border_country_after

__all__ = ["with_crossing_namesakes", "crossing_told_with"]

#: "X crossing with C", "the X border post with C", "X checkpoint on the border with C"
_CROSSING_WITH = re.compile(r"(?:['\u2019]s)?\s+(?:border\s+|frontier\s+)?(?:crossing(?:\s+point)?|post|checkpoint|gate|bridge)"
                            r"\s+(?:with|into|to|on\s+the\s+(?:border|frontier)\s+with)\s+(?:the\s+)?"
                            r"([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})")
_TYPES = ("city", "admin2", "landmark")


def crossing_told_with(text: str, end: int) -> bool:
    """Whether a crossing word and "with C" follow a name ending at ``end`` ("the X crossing with
    C": the article is the crossing's, not a river's)."""
    return bool(_CROSSING_WITH.match(text, end))


def _frontier_country(text: str, end: int) -> str | None:
    """ISO3 of the country the words after a name put it on the frontier with, else None."""
    m = _CROSSING_WITH.match(text, end)
    word = m.group(1) if m else border_country_after(text, end)
    return iso3_of(word, demonym=True, codes=False) if word else None


def _frontier_km(entry, other: str, borders) -> float:
    """How far ``entry`` stands from its country's frontier with ``other`` (infinite without one)."""
    if not entry.iso3 or entry.iso3 == other:
        return float("inf")
    pt = borders.nearest_on_frontier(entry.iso3, other, entry.lon, entry.lat)
    return float("inf") if pt is None else haversine_km(entry.lat, entry.lon, pt[1], pt[0])


def with_crossing_namesakes(text: str, places: list, gazetteer, borders) -> list:
    """``places`` with each crossing "with C" read far from C's frontiers read again as its
    namesake on that frontier (see the module's docstring)."""
    if gazetteer is None or borders is None or not text:
        return places
    swap: dict[str, object] = {}
    for p in places:
        e, key = p.entry, p.mention.key
        if key in swap or p.role != "place" or e.place_type not in _TYPES or not getattr(e, "in_gazetteer", True):
            continue
        other = _frontier_country(text, p.mention.end)
        if other is None or _frontier_km(e, other, borders) <= CROSSING_FRONTIER_KM:
            continue
        near = [(km, h.entry) for h in gazetteer.hits(key) if h.entry.gid != e.gid and h.entry.place_type in _TYPES
                and (km := _frontier_km(h.entry, other, borders)) <= CROSSING_FRONTIER_KM]
        if near:
            swap[key] = min(near, key=lambda x: x[0])[1]
    if not swap:
        return places
    return [replace(p, entry=swap[p.mention.key]) if p.mention.key in swap and p.entry.place_type in _TYPES else p
            for p in places]
