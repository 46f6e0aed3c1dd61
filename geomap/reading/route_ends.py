"""A long route named by its two end towns ("lorries parked on the Cuiabá–Porto Velho highway",
"trucks waiting on the X–Y corridor"): the act happened somewhere along hundreds of km of road,
not at either end town, so neither end is a place of the sentence's incident. Ends that lie at
most ``ROAD_BETWEEN_MAX_KM`` apart stay candidates (``road_between`` puts the event midway)."""

from __future__ import annotations

import re

from geomap.gazetteer.geometry import haversine_km
from geomap.settings import ROAD_BETWEEN_MAX_KM

__all__ = ["far_route_end"]

#: only a dash between the two names ("Dakar–Bamako")
_DASH = re.compile(r"^\s*[-\u2013\u2014]\s*$")
#: the route word right after the second name
_ROUTE_AFTER = re.compile(r"^\s+(?:road|highway|motorway|expressway|route|corridor|railway|rail\s+line|line|axis"
                          r"|pipeline|trunk\s+road)\b", re.I)


def far_route_end(sentence, place, places: list) -> bool:
    """Whether ``place`` (a Place of ``sentence``) is one end of a dashed route name whose other end,
    also among ``places``, lies more than ``ROAD_BETWEEN_MAX_KM`` away."""
    text, base = sentence.text, sentence.start
    for other in places:
        if other is place:
            continue
        first, second = sorted((place, other), key=lambda q: q.mention.start)
        if first.mention.end > second.mention.start:
            continue
        if not _DASH.match(text[first.mention.end - base:second.mention.start - base]):
            continue
        if not _ROUTE_AFTER.match(text[second.mention.end - base:]):
            continue
        e, f = place.entry, other.entry
        if haversine_km(e.lat, e.lon, f.lat, f.lon) > ROAD_BETWEEN_MAX_KM:
            return True
    return False
