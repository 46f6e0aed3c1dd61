"""A known name the text puts near or in a place that none of its namesakes is near: a place
the gazetteer lacks ("Lajas Blancas and San Vicente, near Metetí" is no San Vicente of
Colombia or Argentina; "around Léré, in the Timbuktu region" is no Lere of Nigeria).

The resolver chose the likeliest namesake the gazetteer holds; the words after the name say
where it is. When the chosen namesake is not there (in the unit, or within
``UNLISTED_NEAR_KM`` of the place), a
namesake that fits the words is taken instead; when none does, the name is read as a place of
its own (``in_gazetteer`` false) at the point of the place the text gives, like a village the
gazetteer lacks (``geomap.reading.unlisted``).
"""
from __future__ import annotations

import re

from geomap.gazetteer import GazetteerEntry, fold, haversine_km
from geomap.reading.resolve import Place
from geomap.settings import RESOLVE_ADMIN2_REACH_KM as ADMIN2_REACH_KM
from geomap.settings import UNLISTED_CONFIDENCE, UNLISTED_NEAR_KM

__all__ = ["with_places_told_near"]

#: ", near Y", " near Y", ", in Y", ", in the Y region", " border in Y" (its side of the frontier),
#: " district in Y", " city in Y" (the name's own kind word) between a name and the place that holds it
_NEAR = re.compile(r",?\s+(?:near|outside)\s+(?:the\s+(?:town|city|village)\s+of\s+)?")
_IN = re.compile(r",\s+in\s+(?:the\s+)?|\s+(?:border|frontier|area|side|sector)\s+in\s+(?:the\s+)?"
                 r"|\s+(?:district|town|city|village)\s+in\s+(?:the\s+)?")


def _namesakes(p: Place) -> list[GazetteerEntry]:
    return [h.entry for h in p.mention.hits] or [p.entry]


def _holder(text: str, p: Place, following: Place | None) -> tuple[Place, str] | None:
    """The place the words right after ``p`` put it near or in, with the relation."""
    if following is None or following.mention.start - p.mention.end > 40:
        return None
    between = text[p.mention.end:following.mention.start]
    e = following.entry
    if _NEAR.fullmatch(between) is not None:
        return (following, "near") if e.place_type in ("city", "admin2", "landmark") else None
    if _IN.fullmatch(between) is not None and e.place_type in ("admin1", "admin2"):
        return following, "in"
    if between == " (" and e.place_type == "admin1" and text.startswith(")", following.mention.end):
        return following, "bracketed"  # "X (Michigan)": its province, not X's other name
    return None


def _fits(e: GazetteerEntry, h: GazetteerEntry, relation: str) -> bool:
    """Whether entry ``e`` is where the words put it: in unit ``h`` (near a district's point),
    or within ``UNLISTED_NEAR_KM`` of place ``h``."""
    if relation == "in" and h.place_type == "admin2":  # a district is a point in the gazetteer
        return e.iso2 == h.iso2 and haversine_km(e.lat, e.lon, h.lat, h.lon) <= ADMIN2_REACH_KM
    if relation in ("in", "bracketed"):  # (a town whose province the gazetteer lacks is not shown to lie elsewhere)
        return e.iso2 == h.iso2 and e.admin1 in (h.name, None)
    return haversine_km(e.lat, e.lon, h.lat, h.lon) <= UNLISTED_NEAR_KM


def with_places_told_near(text: str, places: list[Place]) -> list[Place]:
    """``places`` with each known name told near or in a place far from all its namesakes read
    as a place the gazetteer lacks, at that place's point (every mention of the name)."""
    order = sorted(places, key=lambda q: q.mention.start)
    moved: dict[str, GazetteerEntry] = {}
    for k, p in enumerate(order):
        e = p.entry
        if not e.in_gazetteer or e.place_type != "city" or p.role != "place" or p.mention.key in moved:
            continue
        nxt = next((q for q in order[k + 1:] if q.mention.start >= p.mention.end), None)
        told = _holder(text, p, nxt)
        if told is None or not told[0].entry.in_gazetteer:
            continue
        h, relation = told[0].entry, told[1]
        if _fits(e, h, relation):
            continue  # the reading already agrees with the text
        fitting = [x for x in _namesakes(p) if _fits(x, h, relation)]
        if fitting:  # a namesake the text's words fit: that one
            moved[p.mention.key] = min(fitting, key=lambda x: (haversine_km(x.lat, x.lon, h.lat, h.lon), x.gid))
            continue
        if relation == "bracketed":
            continue  # no namesake there: the brackets may give another name of it (geomap.reading.aliases)
        moved[p.mention.key] = GazetteerEntry(
            gid=f"unlisted:{(h.iso2 or 'xx').lower()}:{fold(p.mention.text).replace(' ', '-')}", name=p.mention.text,
            lat=h.lat, lon=h.lon, place_type="city", feature="place", iso2=h.iso2, iso3=h.iso3,
            admin1=h.admin1 if h.place_type != "admin1" else h.name, population=0, in_gazetteer=False,
            placed_at=h.name, placed_at_type=h.place_type)
    if not moved:
        return places
    return [Place(p.mention, moved[p.mention.key], UNLISTED_CONFIDENCE if not moved[p.mention.key].in_gazetteer
                  else p.confidence) if p.mention.key in moved and p.entry.in_gazetteer and p.entry.place_type == "city"
            else p for p in places]
