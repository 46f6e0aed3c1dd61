"""A death toll told only in the headline ("Six killed as gunmen raid market near border"), whose
body tells the attack without a number.

The headline's events are the body's told again (``geomap.reading.events`` skips them), so its
count is the body's event's: ACLED codes the deaths a report gives wherever it gives them. The
tie is made only when it cannot be another event's: the body tells no count of its own (not even
one it could not place), tells its violence at one place, that place is no guess, and the
headline names no place of its own other than that one (countries and the frontier aside).
"""

from __future__ import annotations

import re

from geomap.gazetteer import haversine_km
from geomap.reading.resolve import Place
from geomap.reading.tolls import GUESSED, countries_only, earlier_events_toll, running_total
from geomap.settings import LAKE_SHORE_KM
from geomap.text.quantities import fatalities_from_text
from geomap.text.sentences import Sentence, headline_span
from geomap.text.toll_cues import is_long_total, is_total_of_events, locative_names

__all__ = ["headline_toll"]

_CASUALTIES = re.compile(r"(?:[\w-]+\s+)?casualties", re.I)


def headline_toll(text: str, sentences: list[Sentence], incidents: list[dict],
                  places_by_sentence: dict[int, list[Place]]) -> None:
    """Give the headline's toll to the body's one violent incident, when nothing says otherwise."""
    span = headline_span(text)
    if span is None:
        return
    head = [(k, s) for k, s in enumerate(sentences) if span[0] <= s.start < span[1]]
    if len(head) != 1:
        return
    k, h = head[0]
    fat = fatalities_from_text(h.text)
    if fat is None or not fat.value or is_total_of_events(h.text) or is_long_total(h.text, fat.start, fat.end) \
            or running_total(h.text, None, None) or earlier_events_toll(h.text, fat, None, None):
        return  # "Border clashes have killed 40 this year": no one event's
    if any((c := fatalities_from_text(s.text)) is not None and c.value for s in sentences if s.start >= span[1]):
        return  # the body counts deaths itself: its words decide
    violent = [f for f in incidents if f["properties"]["sentence_start"] >= span[1]
               and f["properties"]["event_type"] != "Strategic developments"]
    if len({f["properties"]["location"] for f in violent}) != 1:
        return
    target = violent[0]["properties"]
    if target["placement"] in GUESSED or target.get("fatalities_basis") or (
            target["fatalities"] is not None and not (target["fatalities"] == 0 and _CASUALTIES.fullmatch(
                target["fatalities_text"] or ""))):  # "causing casualties": no count the headline's contradicts
        return
    if not _names_only(h, places_by_sentence.get(k, []), target, _vertices(violent[0]["geometry"]["coordinates"])):
        return
    target.update(fatalities=fat.value, fatalities_text=fat.text, fatalities_basis="the headline's toll",
                  fatalities_sentence=h.text)


def _vertices(coordinates) -> list[tuple[float, float]]:
    """(lon, lat) of every vertex of a GeoJSON geometry's coordinates (a point, or a stretch of
    frontier the incident is still drawn on)."""
    if coordinates and isinstance(coordinates[0], (int, float)):
        return [(coordinates[0], coordinates[1])]
    return [v for c in coordinates for v in _vertices(c)]


def _by_water(e, vertices: list[tuple[float, float]]) -> bool:
    """Whether ``e`` is a lake or river whose point lies within a lake's reach of the incident."""
    return e.place_type == "water" and any(haversine_km(e.lat, e.lon, lat, lon) <= LAKE_SHORE_KM for lon, lat in vertices)


def _names_only(h: Sentence, places: list[Place], target: dict, vertices: list[tuple[float, float]]) -> bool:
    """Whether the headline names no place but ``target``'s own, its region, the water it lies
    by ("on Lake X", its town on the shore), or countries ("near Niger-Chad border")."""
    spans = []
    for p in places:
        spans.append((p.mention.start - h.start, p.mention.end - h.start))
        e = p.entry
        if p.role == "place" and e.place_type != "country" and e.name not in (target["location"], target.get("admin1")) \
                and not (not e.in_gazetteer and e.placed_at == target["location"]) \
                and not _by_water(e, vertices) \
                and not countries_only(h.text[spans[-1][0]:spans[-1][1]]):  # ("on Lake X", put at the target's town)
            return False
    for a, b in locative_names(h.text):
        if not any(s <= a < e for s, e in spans) and not countries_only(h.text[a:b].split()[0]):
            return False  # a name no gazetteer holds: perhaps another place
    return True

