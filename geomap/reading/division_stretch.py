"""A place the gazetteer lacks that stands at the middle of a border province goes to that
province's stretch of the frontier.

A frontier story's unlisted villages, valleys and districts are put at the point of the
first-level division told with them ("over the Pasvik valley, the Finnmark police district
said": at Finnmark's middle), and a place told near such a place at the same point. When that
middle lies far from the frontier the article is about (a large province), the place the
report is about is much more likely by the frontier than at the middle: it goes to the point
of the province's stretch of that frontier (by the town the article names nearest it, else
its middle). A place told as where people went ("relocated to X", "gone on to X") stays: people
move away from the frontier; so does the unit told as holding such a place ("relocated to the X
settlement in Y district"), and a place a route to the frontier starts from ("coal leaves the
mines around X by rail to the Y crossing"). A place put at the point of a town the article names
in its province moves too when that town lies as far from the frontier; with no town of its own
country near the stretch, it stands by the story's towns across. A place put at another unlisted
place's point ("Um Dafok" told opposite Am Dafok) follows it when that one is moved onto the
frontier (``followers``).
"""
from __future__ import annotations

import re

from geomap.settings import DIVISION_MIDDLE_FAR_KM
from geomap.text import cues

__all__ = ["stretch_towns", "division_stretch_points", "followers"]


def stretch_towns(p, places, text: str) -> tuple[tuple[float, float], ...]:
    """(lon, lat) of the towns that may anchor ``p`` on its stretch: its paragraph's, or its
    country's, named closest to it first, then the article's others (a town across the frontier
    says where along it the story is: "around X, in the Timbuktu region" after a story at a
    Mauritanian border village, not the middle of a stretch 1,000 km long) when the text itself puts
    ``p`` in the province (one only guessed there, or an area, is not told that near); not speakers'
    places nor destinations."""
    e = p.entry
    para = (text.rfind("\n", 0, p.mention.start), text.find("\n", p.mention.end) % (len(text) + 1))
    told_in = getattr(e, "placed_at_type", None) == "admin1" and e.place_type in ("city", "landmark")

    def own(q) -> bool:
        return para[0] < q.mention.start < para[1] or q.entry.iso3 == e.iso3

    return tuple((q.entry.lon, q.entry.lat) for q in sorted(places, key=lambda q: (
                     not own(q), abs(q.mention.start - p.mention.start)))
                 if (told_in or own(q)) and getattr(q.entry, "in_gazetteer", True) and q.entry.place_type in ("city", "landmark")
                 and q.entry.feature != "capital" and q.role == "place" and not cues.is_speaker_place(text, q.mention.start)
                 and not cues.is_destination(text, q.mention.start))


#: people going on from where they arrived ("8,000 have gone on to X", "continued to X")
_ONWARD = re.compile(r"\b(?:gone|went|going|moved|continued|travelled|traveled)\s+(?:on\s+)?(?:to|towards?)\s+(?:the\s+)?$", re.I)
#: between a place and the unit named as holding it: "X refugee settlement in Y", "X, in Y"
_HELD_IN = re.compile(r"(?:\s+[a-z][\w-]*){0,3}\s*,?\s+in\s+(?:the\s+)?")


#: where a route to the frontier starts: "leaves the mines around X ... by rail to the Y crossing"
_ROUTE_START = re.compile(r"\b(?:from|leaves?|left|leaving|depart(?:s|ed|ing)?)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}"
                          r"(?:(?:around|near|of|at|in)\s+)?$", re.I)
_TO_FRONTIER = re.compile(r"\bto\s+the\s+(?:\S+\s+){0,4}?(?:crossing|border|frontier|checkpoint)\b", re.I)


def _route_starts(places, text: str) -> set[str]:
    """gids of the places told as where a route to the frontier starts: the sentence takes
    things from there to a crossing, so the place itself is not on the frontier."""
    out: set[str] = set()
    for p in places:
        end = text.find(". ", p.mention.end)
        if _ROUTE_START.search(text, max(0, p.mention.start - 40), p.mention.start) \
                and _TO_FRONTIER.search(text, p.mention.end, end if end > 0 else len(text)):
            out.add(p.entry.gid)
    return out


def _destinations(places, text: str) -> set[str]:
    """gids of the places told as where people went, and of the units told as holding them."""
    out: set[str] = set()
    ordered = sorted(places, key=lambda q: q.mention.start)
    for k, p in enumerate(ordered):
        start = p.mention.start
        if cues.is_destination(text, start) or _ONWARD.search(text, max(0, start - 40), start):
            out.add(p.entry.gid)
            nxt = ordered[k + 1] if k + 1 < len(ordered) else None
            if nxt is not None and nxt.mention.sentence == p.mention.sentence \
                    and _HELD_IN.fullmatch(text, p.mention.end, nxt.mention.start):
                out.add(nxt.entry.gid)
    return out


def _placed_by(e, unlisted: dict) -> str | None:
    """The name of the place ``e``'s point was taken from, through the unlisted places it was
    told near ("Skogfoss" by Svanvik, by the Pasvik valley, by Finnmark): Finnmark."""
    seen = set()
    while e.placed_at in unlisted and e.placed_at not in seen:
        seen.add(e.placed_at)
        e = unlisted[e.placed_at]
    return e.placed_at


def division_stretch_points(places, frontier: dict, borders, text: str, done) -> dict[int, tuple[float, float]]:
    """``id(place)`` -> (lon, lat) on its province's stretch of ``frontier`` (``iso3_a``,
    ``iso3_b``) for each unlisted place (not in ``done``) standing at the point of a first-level
    division of the frontier's countries that the article names, when that point lies more than
    ``DIVISION_MIDDLE_FAR_KM`` from the frontier."""
    from geomap.gazetteer import haversine_km

    a, b = frontier["iso3_a"], frontier["iso3_b"]
    units = {(q.entry.lat, q.entry.lon): q.entry for q in places
             if q.entry.place_type == "admin1" and getattr(q.entry, "in_gazetteer", True) and q.entry.iso3 in (a, b)}
    if not units:
        return {}
    by_name = {u.name: u for u in units.values()}
    destinations = _destinations(places, text) | _route_starts(places, text)
    unlisted = {q.entry.name: q.entry for q in places if not getattr(q.entry, "in_gazetteer", True)}
    far: dict[tuple[float, float], bool] = {}
    out: dict[int, tuple[float, float]] = {}
    for p in places:
        e = p.entry
        unit = units.get((e.lat, e.lon)) or _at_town_of(e, by_name, unlisted)
        if unit is None or id(p) in done or getattr(e, "in_gazetteer", True) or e.iso3 != unit.iso3 \
                or e.place_type not in ("city", "landmark", "admin2", "region") or e.gid in destinations \
                or _placed_by(e, unlisted) not in (unit.name, unit.admin1):
            continue  # (a town at the province's very point, its seat, is no middle: "placed at El Fasher")
        key = (e.lat, e.lon)
        if key not in far:
            near = borders.nearest_on_frontier(a, b, e.lon, e.lat)
            far[key] = near is not None and haversine_km(e.lat, e.lon, near[1], near[0]) > DIVISION_MIDDLE_FAR_KM
        if not far[key]:
            continue
        towns = stretch_towns(p, places, text) + _story_anchors(p, places, text)
        pt = borders.stretch_point(a, b, unit.admin1 or unit.name, unit.iso3, towns)
        if pt is None:  # the boundaries may spell or cut the division otherwise (Kasaï, Kasaï-Occidental)
            got = borders.locate(unit.lon, unit.lat)[1]
            pt = borders.stretch_point(a, b, got, unit.iso3, towns) if got else None
        if pt is not None:
            out[id(p)] = pt
    return out


def _at_town_of(e, by_name: dict, unlisted: dict):
    """The province an unlisted place was put in when its point is that of a town the article
    names in it ("X, an outpost in the far west of Y state", at Y's most-named town): that
    town may lie as far from the frontier as the province's middle."""
    if getattr(e, "placed_at_type", None) != "admin1":
        return None
    return by_name.get(_placed_by(e, unlisted))


def _story_anchors(p, places, text: str) -> tuple[tuple[float, float], ...]:
    """(lon, lat) of the article's towns and municipalities in the other country, named closest
    to ``p`` first: after its own country's towns, a village of a story told around a frontier
    town across ("on the other bank") stands by it, not at the middle of a long stretch."""
    ordered = sorted(places, key=lambda q: abs(q.mention.start - p.mention.start))
    return tuple((q.entry.lon, q.entry.lat) for q in ordered
                 if q.entry.iso3 != p.entry.iso3 and getattr(q.entry, "in_gazetteer", True)
                 and q.entry.place_type in ("city", "landmark", "admin2") and q.entry.feature != "capital"
                 and q.role == "place" and not cues.is_speaker_place(text, q.mention.start)
                 and not cues.is_destination(text, q.mention.start))


def followers(places, moved: dict[int, tuple[float, float]]) -> dict[int, tuple[float, float]]:
    """``id(place)`` -> the new point of the unlisted place whose point it was given (through
    others told near each other), for each unlisted place not in ``moved`` still at the old point
    of one that is."""
    by_name = {q.entry.name: q for q in places if id(q) in moved}
    if not by_name:
        return {}
    unlisted = {q.entry.name: q.entry for q in places if not getattr(q.entry, "in_gazetteer", True)}
    out = {}
    for p in places:
        e = p.entry
        if id(p) in moved or getattr(e, "in_gazetteer", True):
            continue
        seen, at = set(), e.placed_at
        while at is not None and at not in by_name and at in unlisted and at not in seen:
            seen.add(at)
            at = unlisted[at].placed_at
        lead = by_name.get(at) if at is not None else None
        if lead is not None and (lead.entry.lat, lead.entry.lon) == (e.lat, e.lon):
            out[id(p)] = moved[id(lead)]
    return out
