"""A border crossing read on another frontier of its country is the namesake on the story's frontier.

"the Allenby Bridge, known in Jordan as the Al Karama crossing": the gazetteer holds a crossing
called Karameh on Jordan's border with Iraq and a town, Al Karamah, by the Jordan river; the
resolver took the crossing, 300 km from the frontier the story is about. A place read as a
gazetteer crossing that stands farther than ``_FAR`` times ``CROSSING_FRONTIER_KM`` from every
frontier between its country and another country the article names is read again as the namesake
(town, district or landmark, any spelling of the name) nearest such a frontier, when one stands
within ``_NEAR`` times that distance (a little more than a crossing "with C" may stand: the
frontier the text means may be a stretch the lines leave to a third party, as the Jordan river's
is left to the West Bank): every mention of the name alike. (``crossing_namesakes`` does the same for a crossing
told "with C"; this one needs no such words.)
"""
from __future__ import annotations

from dataclasses import replace

from geomap.gazetteer import haversine_km
from geomap.settings import CROSSING_FRONTIER_KM

__all__ = ["frontier_km", "with_story_crossing_namesakes"]

_TYPES = ("city", "admin2", "landmark")
_FAR, _NEAR = 3.0, 1.5


def frontier_km(entry, others: set[str], borders) -> float:
    """How far ``entry`` stands from the nearest of its country's frontiers with ``others``."""
    best = float("inf")
    for other in others - {entry.iso3}:
        pt = borders.nearest_on_frontier(entry.iso3, other, entry.lon, entry.lat) if entry.iso3 else None
        if pt is not None:
            best = min(best, haversine_km(entry.lat, entry.lon, pt[1], pt[0]))
    return best


def with_story_crossing_namesakes(places: list, gazetteer, borders) -> list:
    """``places`` with each gazetteer crossing read far from the frontiers of the countries the
    article names read again as its namesake on one of them (see the module's docstring)."""
    if gazetteer is None or borders is None:
        return places
    named = {p.entry.iso3 for p in places if p.entry.place_type == "country" and p.entry.iso3}
    swap: dict[str, object] = {}
    for p in places:
        e, key = p.entry, p.mention.key
        if key in swap or p.role != "place" or e.feature != "crossing" or e.iso3 not in named or len(named) < 2 \
                or frontier_km(e, named, borders) <= _FAR * CROSSING_FRONTIER_KM:
            continue
        hits = list(gazetteer.hits(key)) + list(gazetteer.skeleton_hits(p.mention.text))
        near = [(km, h.entry) for h in hits if h.entry.gid != e.gid and h.entry.place_type in _TYPES
                and h.entry.iso3 in named and (km := frontier_km(h.entry, named, borders)) <= _NEAR * CROSSING_FRONTIER_KM]
        if near:
            swap[key] = min(near, key=lambda x: x[0])[1]
    if not swap:
        return places
    return [replace(p, entry=swap[p.mention.key]) if p.mention.key in swap and p.role == "place" else p for p in places]
