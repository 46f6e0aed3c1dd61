"""A name the article shortens after giving it in full: "Santa Elena" after "Santa Elena de
Uairén" is that town, not a namesake elsewhere.

Writers name a place in full once and then by its first words. The gazetteer often holds a
namesake spelt like the short form (Santa Helena in Paraná), which the resolver may prefer;
the article itself says which place it means. Only settlements and landmarks are read so:
"Niger" after "the Niger Delta" is still the country, "New York" after "New York City" still
the state, and a short form whose own reading lies near the full one is left as it is.
"""
from __future__ import annotations

from geomap.gazetteer import fold, haversine_km
from geomap.reading.resolve import Place
from geomap.settings import UNLISTED_NEAR_KM

__all__ = ["with_short_forms"]

_POINT_TYPES = ("city", "landmark")


def _words(p: Place) -> tuple[str, ...]:
    return tuple(fold(p.mention.text).split())


def with_short_forms(places: list[Place]) -> list[Place]:
    """``places`` with each settlement's later short form read as the place named in full before."""
    full = [p for p in places if p.role == "place" and p.entry.place_type in _POINT_TYPES
            and not p.mention.suffix and len(_words(p)) >= 2]
    if not full:
        return places
    by_first: dict[str, list[Place]] = {}  # full names by their first word: a long text is not read pair by pair
    for q in full:
        by_first.setdefault(_words(q)[0], []).append(q)
    out = []
    for p in places:
        e = p.entry
        short = _words(p)
        if p.role == "place" and e.in_gazetteer and e.place_type in _POINT_TYPES and not p.mention.suffix and short:
            given = [q for q in by_first.get(short[0], ()) if q.mention.start < p.mention.start
                     and len(_words(q)) > len(short) and _words(q)[:len(short)] == short and q.entry.gid != e.gid]
            if given:
                q = max(given, key=lambda x: x.mention.start)  # the latest full name before it
                if haversine_km(e.lat, e.lon, q.entry.lat, q.entry.lon) > UNLISTED_NEAR_KM:
                    p = Place(p.mention, q.entry, q.confidence)
        out.append(p)
    return out
