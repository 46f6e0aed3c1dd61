"""A border town the text puts in a province, which the gazetteer holds only across the frontier.

"Ferfer, a border town in the Somali region": Ferfer is a town cut in two by the frontier, and the
gazetteer holds only its other half (Feerfeer, in Somalia's Hiiraan). The reading of unlisted
places rightly refused that entry (the text puts the town in Ethiopia's Somali region), and placed
the name at the middle of that region's stretch of frontier, hundreds of km long. When the text
types the place as on the border, puts it in a first-level division touching the frontier with a
neighbour, and the gazetteer holds a town of that very name in that neighbour within
``CROSSING_FRONTIER_KM`` of the frontier, the place stands on the frontier where it passes nearest
that twin (``placed_at_type`` "across": the incident goes there too), every mention alike.
"""
from __future__ import annotations

from dataclasses import replace

from geomap.gazetteer import fold, haversine_km
from geomap.settings import CROSSING_FRONTIER_KM
from geomap.text import cues

__all__ = ["with_border_twins"]

_TOWN_TYPES = ("city", "landmark")


def with_border_twins(text: str, places: list, gazetteer, borders) -> list:
    """``places`` with each border town the text puts in a frontier province, held by the gazetteer
    only across the frontier, moved to the frontier beside its twin (see the module's docstring)."""
    if gazetteer is None or borders is None or not text:
        return places
    moved: dict[str, object] = {}
    for p in places:
        e = p.entry
        if getattr(e, "in_gazetteer", True) or e.gid in moved or e.place_type not in _TOWN_TYPES \
                or e.placed_at_type != "admin1" or not e.iso3 or not e.admin1 \
                or not cues.is_border_typed(text, p.mention.start, p.mention.end):
            continue
        twin = _twin_across(fold(e.name), e, gazetteer, borders)
        if twin is not None:
            pt = borders.nearest_on_frontier(e.iso3, twin.iso3, twin.lon, twin.lat)
            moved[e.gid] = replace(e, lon=pt[0], lat=pt[1], placed_at=twin.name, placed_at_type="across")
    if not moved:
        return places
    return [replace(p, entry=moved[p.entry.gid]) if p.entry.gid in moved else p for p in places]


def _twin_across(key: str, e, gazetteer, borders):
    """The gazetteer town of the name in a neighbour of ``e``'s country, within ``CROSSING_FRONTIER_KM``
    of their frontier, whose stretch on ``e``'s side includes ``e``'s province; the nearest such, else None."""
    best, best_km = None, CROSSING_FRONTIER_KM
    for h in gazetteer.hits(key):
        t = h.entry
        if t.place_type != "city" or not t.iso3 or t.iso3 == e.iso3 or not borders.are_neighbours(e.iso3, t.iso3):
            continue
        if not any(fold(name) == fold(e.admin1) and iso3 == e.iso3 for name, iso3, _ in borders.admin1_along(e.iso3, t.iso3)):
            continue
        pt = borders.nearest_on_frontier(e.iso3, t.iso3, t.lon, t.lat)
        km = haversine_km(t.lat, t.lon, pt[1], pt[0]) if pt is not None else float("inf")
        if km <= best_km and _in_province_beside(pt, e, borders):
            best, best_km = t, km
    return best


#: how far (degrees) from a frontier point to look for the province on the near side
_STEP_DEG = 0.03


def _in_province_beside(pt: tuple[float, float], e, borders) -> bool:
    """Whether ``e``'s province lies beside the frontier point ``pt`` (a twin 500 km along the
    frontier from the province's stretch is a namesake, not the other half of the town)."""
    lon, lat = pt
    for dx, dy in ((_STEP_DEG, 0), (-_STEP_DEG, 0), (0, _STEP_DEG), (0, -_STEP_DEG)):
        iso3, admin1 = borders.locate(lon + dx, lat + dy)
        if iso3 == e.iso3 and admin1 and fold(admin1) == fold(e.admin1):
            return True
    return False
