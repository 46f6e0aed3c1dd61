"""A place the gazetteer lacks that the text puts by another country's border stands on that border.

"Todenyang lies close to the border with Ethiopia" in a Kenya–South Sudan story: the village
was placed at the unit the text gives (or moved to the article's frontier), hundreds of km
from where the text itself says it is. The frontier of its own country with the country the
text names is where it stands: the point of that frontier nearest its first placement.
"""
from __future__ import annotations

from geomap.gazetteer import haversine_km
from geomap.gazetteer.countries import iso3_of
from geomap.settings import THIRD_FRONTIER_MAX_KM
from geomap.text.border_with import border_country_after

__all__ = ["third_frontier_points"]


def third_frontier_points(places: list, text: str, borders,
                          article_pair: frozenset[str] = frozenset()) -> dict[int, tuple[float, float]]:
    """``id(place)`` -> (lon, lat) on the frontier between an unlisted place's country and the
    country the text puts it by ("X lies close to the border with C"), for every mention of
    that place, when that point lies within ``THIRD_FRONTIER_MAX_KM`` of where it was placed.
    The article's own frontier (``article_pair``, ISO3) is left to its stretch rules, which
    know which stretch the story is about."""
    told: dict[str, tuple[float, float]] = {}
    for p in places:
        e = p.entry
        if getattr(e, "in_gazetteer", True) or e.gid in told or not e.iso3:
            continue
        word = border_country_after(text, p.mention.end)
        other = iso3_of(word, demonym=True, codes=False) if word else None
        if other is None or other == e.iso3 or {e.iso3, other} == article_pair:
            continue
        pt = borders.nearest_on_frontier(e.iso3, other, e.lon, e.lat)
        if pt is not None and haversine_km(e.lat, e.lon, pt[1], pt[0]) <= THIRD_FRONTIER_MAX_KM:
            told[e.gid] = pt
    return {id(p): told[p.entry.gid] for p in places if p.entry.gid in told}
