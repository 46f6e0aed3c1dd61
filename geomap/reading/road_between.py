"""An event told on the road between two towns ("an explosive device hit a vehicle on the road
between X and Y, killing four"), or between two towns ("militias clashed between X and Y"),
happened somewhere along that road or stretch: one incident midway between them, not one at each
town (which would show the event twice, and its toll at one town only). Two villages the
gazetteer lacks, both placed at the unit they lie in, are one incident there too."""

from __future__ import annotations

import re
from dataclasses import replace

from geomap.gazetteer.geometry import haversine_km
from geomap.settings import ROAD_BETWEEN_MAX_KM

__all__ = ["on_road_between", "road_named_by_ends"]

#: the road words just before the first town ("on the road between", "the highway linking")
_ROAD = re.compile(r"\b(?:road|highway|route|track|stretch)\s+(?:between|linking|connecting|joining|from)\s+"
                   r"(?:the\s+)?(?:(?:towns?|cit(?:y|ies)|villages?)\s+of\s+)?$", re.I)
#: "clashed between X and Y", "ambushed a convoy between the villages of X and Y": one event
#: somewhere between two towns (not "clashes near X and Y", two places)
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:(?:towns?|cit(?:y|ies)|villages?|settlements?|communities)\s+of\s+)?$",
                      re.I)
#: the words between the two towns ("and", "to", "with"; "X village and Y village")
_JOIN = re.compile(r"^\s*(?:(?:village|town|settlement|community|crossing)\s+)?(?:and|to|with)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$", re.I)


#: "the X–Y road": two towns joined by a dash naming the road between them
_DASH = re.compile(r"^\s*[-–—]\s*$")
_ROAD_AFTER = re.compile(r"^\s+(?:road|highway|route|track|axis)\b", re.I)


def road_named_by_ends(sentence, chosen, candidates: list) -> list:
    """The other end of a road named by its two towns ("on the Bol–Ngouboua road", "on the road
    from Rezekne to Ludza": the start is no place the actors came from, but the road's other end),
    when ``chosen`` (a Place of ``sentence``) is one of them; [] otherwise."""
    text, out = sentence.text, []
    for p in candidates:
        a, b = sorted((chosen, p), key=lambda q: q.mention.start)
        if p is chosen or a.mention.end > b.mention.start:
            continue
        gap = text[a.mention.end - sentence.start:b.mention.start - sentence.start]
        if _DASH.match(gap) and _ROAD_AFTER.match(text[b.mention.end - sentence.start:]):
            out.append(p)
        elif _JOIN.match(gap) and _ROAD.search(text, 0, a.mention.start - sentence.start):
            out.append(p)
    return out


def on_road_between(text: str, locs: list) -> list:
    """``locs`` (placement Locations of one event, the main one first) with two towns told as a
    road's ends made one location midway between them (ACLED precision 2), when they lie at most
    ``ROAD_BETWEEN_MAX_KM`` apart; ``text`` is the sentence the mentions' offsets are in."""
    told = sorted((loc for loc in locs if loc.mention_start is not None and loc.geometry.get("type") == "Point"),
                  key=lambda loc: loc.mention_start)
    for a, b in zip(told, told[1:]):
        join = _JOIN.match(text[a.mention_end:b.mention_start])
        dashed = _DASH.match(text[a.mention_end:b.mention_start]) and _ROAD_AFTER.match(text[b.mention_end:])
        if not dashed and not (join and (_ROAD.search(text, 0, a.mention_start) or (
                re.search(r"\band\b", join.group(0), re.I) and _BETWEEN.search(text, 0, a.mention_start)
                and (max(a.geo_precision, b.geo_precision) <= 2 or a.geometry == b.geometry)))):
            continue
        (lon1, lat1), (lon2, lat2) = a.geometry["coordinates"], b.geometry["coordinates"]
        if haversine_km(lat1, lon1, lat2, lon2) > ROAD_BETWEEN_MAX_KM:
            continue
        mid = {"type": "Point", "coordinates": [round((lon1 + lon2) / 2, 5), round((lat1 + lat2) / 2, 5)]}
        # two unlisted villages placed at the unit they lie in: still one event, as precise as that unit
        merged = replace(a, name=f"between {a.name} and {b.name}", geometry=mid, geo_precision=max(2, a.geo_precision)
                         if a.geometry == b.geometry else 2,
                         basis="between places", mention_end=b.mention_end,
                         iso3=a.iso3 if a.iso3 == b.iso3 else None, admin1=a.admin1 if a.admin1 == b.admin1 else None,
                         admin2=None)
        first = locs.index(a) == 0 or locs.index(b) == 0
        rest = [loc for loc in locs if loc is not a and loc is not b]
        return [merged] + rest if first else rest + [merged]
    return locs
