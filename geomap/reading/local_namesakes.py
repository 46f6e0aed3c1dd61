"""A village read far from a local story is a namesake the gazetteer lacks, in that story's country too.

A report about one stretch of frontier names its villages and towns; the gazetteer, lacking one
of them, offers a village of the same name elsewhere in the same country ("Pythio" by the Evros
read as Pýthio in Thessaly, the "Karaağaç" quarter of Edirne as a village near Izmit). The
resolver's namesake rules only doubt countries the article never names, so such a reading was
kept hundreds of km from everything else. A small village (a town, when the name is only
one of its other names) (no seat, no unit) that far from every
other place the article names, when at least three of those lie close together (a local story,
not world news spanning a continent), is no reading at all: the name is left to the rules for
places the gazetteer lacks: ``local_namesakes`` puts it by the place the text names closest to
it (in its sentence when there is one), as a place the gazetteer lacks.
"""
from __future__ import annotations

import math
from dataclasses import replace

from geomap.gazetteer import GazetteerEntry, haversine_km
from geomap.reading.world_seats import world_seat
from geomap.settings import LOCAL_NAMESAKE_KM, LOCAL_NAMESAKE_MAX_POPULATION, LOCAL_STORY_KM
from geomap.settings import LISTED_NAMESAKE_MAX_POPULATION, LOCAL_NAMESAKE_MAX_POPULATION_OTHER_SPELLING
from geomap.settings import RESOLVE_NAMESAKE_KM as NAMESAKE_KM

__all__ = ["far_from_local_story", "listed_stranger", "local_namesakes"]

_POINT_KINDS = ("city", "landmark", "admin2")


def far_from_local_story(e: GazetteerEntry, pool: list[GazetteerEntry], suffix: str | None = None,
                         primary: bool = True, named: bool = False) -> bool:
    """Whether the village ``e`` (a town, read through another of its names: not ``primary``) lies
    more than ``LOCAL_NAMESAKE_KM`` (and at most ``RESOLVE_NAMESAKE_KM``, unless it is of a country
    the article names: ``named``) from every other town,
    landmark, district or province of ``pool`` (the article's places; capitals, where statements come from,
    left out), while three or more of those lie within ``LOCAL_STORY_KM`` of one of them."""
    cap = LOCAL_NAMESAKE_MAX_POPULATION if primary else LOCAL_NAMESAKE_MAX_POPULATION_OTHER_SPELLING
    if e.place_type != "city" or e.population >= cap or suffix \
            or e.feature in ("capital", "admin1_capital", "seat"):
        return False
    # (beyond NAMESAKE_KM it is another region, which world news names in passing: "the Bundibugyo
    # strain" in a story about the Philippines; but a village of a country the story is about is no
    # other region's: "Wales" in a Bering Strait story is no Wales of Massachusetts, 5,000 km off)
    return _far_in_local_story(e, pool, LOCAL_NAMESAKE_KM, math.inf if named else NAMESAKE_KM)


def _points(pool: list[GazetteerEntry]) -> list:
    """The towns, landmarks, districts and provinces of ``pool`` (no capital), each gid once, and
    the first of them with three others within LOCAL_STORY_KM (found when first asked), worked out
    once per pool: a long article asks about hundreds of villages against thousands of places."""
    if _POINTS[0] is not pool or _POINTS[1] != len(pool):
        _POINTS[:] = [pool, len(pool), {a.gid: a for a in pool if a.place_type in _POINT_KINDS + ("admin1",)
                                        and a.feature != "capital" and getattr(a, "in_gazetteer", True)}, False]
    return _POINTS


#: [the pool last asked about, its length, its points by gid, its story's centre (False: not looked for)]
_POINTS: list = [None, 0, {}, False]


def _far_in_local_story(e: GazetteerEntry, pool: list[GazetteerEntry], km: float, upto: float = math.inf) -> bool:
    memo = _points(pool)
    points = memo[2]
    if len(points) - (e.gid in points) < 3 or not _nearest_between(e, points, km, upto):
        return False
    if memo[3] is False:  # a place with three others close by stays one with e left out (unless it is e)
        memo[3] = next((a for a in points.values() if _close_to(a, points.values()) >= 4), None)
    if memo[3] is not None and memo[3].gid != e.gid:
        return True
    others = [a for gid, a in points.items() if gid != e.gid]
    return any(_close_to(a, others) >= 3 for a in others)


def _nearest_between(e: GazetteerEntry, points: dict[str, GazetteerEntry], km: float, upto: float) -> bool:
    """Whether the nearest of ``points`` but ``e`` lies farther than ``km`` from ``e`` and at most
    ``upto`` (stopping at the first within ``km``: most places have a neighbour)."""
    within = False
    for gid, a in points.items():
        if gid == e.gid:
            continue
        d = haversine_km(e.lat, e.lon, a.lat, a.lon)
        if d <= km:
            return False
        within = within or d <= upto
    return within


def _close_to(a: GazetteerEntry, others) -> int:
    """How many of ``others`` (``a`` among them, if it is) lie within LOCAL_STORY_KM of ``a``."""
    return sum(haversine_km(a.lat, a.lon, b.lat, b.lon) <= LOCAL_STORY_KM for b in others)


def listed_stranger(e: GazetteerEntry, siblings: list[GazetteerEntry], named: set[str],
                    pool: list[GazetteerEntry]) -> bool:
    """Whether the town ``e`` of a country the article never names (``named``: ISO2 of those it
    does), no capital nor a city of a million, is listed with far places (no countries: "the Zaire,
    Sudan and Bundibugyo strains" list no places of one area) of the article's countries
    ("searched warehouses in Nogales and Olivenza": Nogales of Mexico read in a Spanish story) and
    lies more than ``RESOLVE_NAMESAKE_KM`` from every other place of a local story: a list names
    places of one area."""
    if e.place_type != "city" or not named or e.iso2 in named or e.feature == "capital" \
            or e.population >= LISTED_NAMESAKE_MAX_POPULATION or world_seat(e) \
            or not any(s.iso2 in named and s.gid != e.gid and s.place_type != "country"
                       and haversine_km(s.lat, s.lon, e.lat, e.lon) > NAMESAKE_KM for s in siblings):
        return False
    return _far_in_local_story(e, pool, NAMESAKE_KM)


def _listed_town_instead(p, pool: list[GazetteerEntry], named) -> GazetteerEntry | None:
    """The bigger town of the same name in a country the article names, when the resolver took a
    far village of no more people ("a meeting is planned in Leticia": Leticia of Colombia, a town of
    48,000 in the story's country, not a hamlet of that name in Peru moved to the nearest place
    told): a name the gazetteer holds as a real town of the story is no place it lacks. Only a
    town of another country than the village's, under its own name, the one such town, within
    RESOLVE_NAMESAKE_KM of the story's places (the Karaağaç quarter of Edirne is no
    Şarkîkaraağaç, a town of that other name 500 km away in the same country)."""
    towns = {h.entry.gid: h.entry for h in p.mention.hits
             if h.is_primary and h.entry.place_type == "city" and h.entry.iso2 in named and h.entry.iso2 != p.entry.iso2
             and h.entry.population > max(p.entry.population, LOCAL_NAMESAKE_MAX_POPULATION)}
    if len(towns) != 1:
        return None  # (several towns of that name, "Santa Rosa": the text does not say which)
    town = next(iter(towns.values()))
    near = any(haversine_km(town.lat, town.lon, a.lat, a.lon) <= NAMESAKE_KM for a in _points(pool)[2].values())
    return town if near and not far_from_local_story(town, pool, p.mention.suffix) else None


def local_namesakes(places: list, pool: list[GazetteerEntry], primary, siblings=None, named=frozenset()) -> list:
    """``places`` (resolved mentions) with each far village of a local story (``far_from_local_story``;
    ``primary(place)``: whether the text writes its own name), and each far stranger listed with the
    article's places (``listed_stranger``; ``siblings(place)``: the entries listed with it), made a
    place the gazetteer lacks, at the point of the place named closest to it (in its sentence
    first, else anywhere in the text), in that place's country."""
    far = {p.entry.gid for p in places
           if far_from_local_story(p.entry, pool, p.mention.suffix, primary(p), p.entry.iso2 in named)
           or siblings is not None and listed_stranger(p.entry, siblings(p), named, pool)}
    if not far:
        return places
    hosts = [q for q in places if q.entry.gid not in far and q.role == "place"
             and q.entry.place_type in _POINT_KINDS + ("admin1",) and q.entry.feature != "capital"]
    out = []
    for p in places:
        if p.entry.gid not in far:
            out.append(p)
            continue
        town = _listed_town_instead(p, pool, named)
        if town is not None:
            out.append(replace(p, entry=town))
            continue
        if not hosts:
            continue
        host = min(hosts, key=lambda q: (q.mention.sentence != p.mention.sentence,
                                         abs(q.mention.start - p.mention.start))).entry
        out.append(replace(p, entry=GazetteerEntry(
            gid=f"unlisted:{host.iso2.lower()}:{p.mention.key.replace(' ', '-')}", name=p.mention.text, lat=host.lat,
            lon=host.lon, place_type="city", feature="place", iso2=host.iso2, iso3=host.iso3, in_gazetteer=False,
            placed_at=host.name, placed_at_type="nearby")))
    return out
