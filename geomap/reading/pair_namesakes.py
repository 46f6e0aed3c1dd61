"""The two ends of a crossing written "A–B" stand together: an end read far away is a namesake.

Writers name a crossing by the towns on each side joined by a dash ("Dongning–Poltavka",
"Ruse – Giurgiu"). When the gazetteer lacks one end's town, it offers a namesake of it elsewhere
(Poltavka by Omsk, 3,000 km from Dongning), and the map drew the crossing's far end there. A
small town so joined to the other end, farther than ``PAIR_END_KM`` from it and than ``NEAR_KM``
from every other place of the article, is the end the gazetteer lacks: it is put at the other
end's point (in its own country when the article names it, else in the other end's). A road,
railway or route written so ("the Tindouf–Zouérat highway") joins far towns: it is left alone.
"""
from __future__ import annotations

import re
from dataclasses import replace

from geomap.gazetteer import haversine_km
from geomap.reading.resolve import Place
from geomap.reading.typed_namesakes import article_countries
from geomap.settings import NEAR_KM

__all__ = ["with_pair_namesakes"]

#: the two ends of one crossing lie closer than this
PAIR_END_KM = 100.0
#: a town this large is no namesake the gazetteer offers for a missing village
_MAX_POPULATION = 50_000
#: the dash between two ends, spaced or not
_DASH = re.compile(r"\s?[–—-]\s?$")
#: words after a pair that make it a route between far towns
_ROUTE = re.compile(r"\s+(?:road|roads|highway|motorway|railway|rail|line|route|routes|flights?|pipeline|corridor|"
                    r"link|axis|trains?|bus(?:es)?|ferry\s+route)\b", re.I)


def with_pair_namesakes(text: str, places: list[Place]) -> list[Place]:
    """``places`` with each far small end of an "A–B" crossing put at the other end."""
    by_start = {p.mention.start: p for p in places if p.role == "place"}
    countries = article_countries(places)
    moved: dict[str, Place] = {}  # gid of the far namesake -> the other end
    for p in places:
        if p.role != "place" or p.entry.place_type != "city" or not p.entry.in_gazetteer:
            continue
        q = next((by_start[s] for s in range(p.mention.end + 1, p.mention.end + 4) if s in by_start), None)
        if q is None or q.entry.place_type != "city" or not _DASH.match(text[p.mention.end:q.mention.start]) \
                or _ROUTE.match(text, q.mention.end):
            continue
        if haversine_km(p.entry.lat, p.entry.lon, q.entry.lat, q.entry.lon) <= PAIR_END_KM:
            continue
        for far, near in ((p, q), (q, p)):
            if far.entry.population < _MAX_POPULATION and far.entry.feature != "capital" \
                    and _alone(far, places) and not _alone(near, places):
                moved[far.entry.gid] = near
    if not moved:
        return places
    out = []
    for p in places:
        near = moved.get(p.entry.gid)
        if near is not None:
            iso2, iso3 = (p.entry.iso2, p.entry.iso3) if p.entry.iso2 in countries else (near.entry.iso2,
                                                                                          near.entry.iso3)
            p = replace(p, entry=replace(p.entry, gid=f"unlisted:{iso2.lower()}:{p.mention.key.replace(' ', '-')}",
                                         lat=near.entry.lat, lon=near.entry.lon, iso2=iso2, iso3=iso3, admin1=None,
                                         in_gazetteer=False, placed_at=near.entry.name, placed_at_type="across"))
        out.append(p)
    return out


def _alone(p: Place, places: list[Place]) -> bool:
    """Whether ``p`` lies farther than NEAR_KM from every other town or district the article names."""
    return all(haversine_km(p.entry.lat, p.entry.lon, o.entry.lat, o.entry.lon) > NEAR_KM for o in places
               if o.entry.gid != p.entry.gid and o.role == "place" and o.entry.place_type in _POINT_TYPES)


#: the places whose points say where an article is
_POINT_TYPES = ("city", "admin2", "landmark")
