"""A place the gazetteer lacks, put at a town the text then gives a distance to ("attacked a site
on the edge of X ... residents fled to Y, 60 km to the east").

A village the gazetteer lacks stands first at the point of the town the text names with it (its
unit, or the town nearby). When the text then names that town with a distance and a direction
and no "of" after them ("Y, 60 km to the east"), the distance is counted from the place just told:
the village lies that far from the town the other way (60 km west of Y), not at the town.

So does one the text puts at a distance from a town right after its name ("Kashebere, 30 km west
of Goma"): the offset the placement step gives a listed town, which a village it lacks skipped.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from geomap.settings import MAX_OFFSET_KM

__all__ = ["with_points_told_away"]

_BEARING = {"north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0, "south": 180.0,
            "southwest": 225.0, "west": 270.0, "northwest": 315.0}

#: ", about 60 km to the east" / ", 40 kilometres north" right after a town, with no "of" after it
_AWAY = re.compile(r"\s*,\s*(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+)?(?P<num>\d+(?:\.\d+)?)\s*"
                   r"(?P<unit>km|kilometres|kilometers|miles)\s+(?:to\s+the\s+)?"
                   r"(?P<dir>north|south|east|west|north-?east|north-?west|south-?east|south-?west)\b(?!\s+of\b)", re.I)

#: any distance either reading below needs (``_AWAY`` here, ``stated_offset``'s units), looked for first
_DISTANCE = re.compile(r"\d\s*-?\s*(?:km|kilomet|mi(?:les?)?\b)", re.I)


def _told_away(text: str, sentences, p, town: str) -> tuple[float, float] | None:
    """(km, bearing from the town to the place) when the sentence of ``p`` or the next one names
    ``town`` followed by a distance and direction from the place."""
    si = p.mention.sentence
    for s in sentences[si:si + 2]:
        for m in re.finditer(re.escape(town), text[s.start:s.end]):
            a = s.start + m.end()
            if a < p.mention.end:
                continue
            away = _AWAY.match(text, a, s.end)
            if away is None:
                continue
            km = float(away.group("num")) * (1.609344 if away.group("unit").lower() == "miles" else 1.0)
            if km > MAX_OFFSET_KM:
                return None
            return km, (_BEARING[away.group("dir").lower().replace("-", "")] + 180.0) % 360.0
    return None


#: what may stand between a village and the town its distance is told from ("X, about 30 km west of Y")
_BETWEEN = re.compile(r"\s*,\s*(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+)?\d[^,;.()]{0,50}$")


class _Towns:
    """The places a distance may be told from (listed towns, landmarks, districts) in text order,
    to find the first one after a name by bisection (asking every place for every unlisted one
    made a long article's step quadratic)."""

    def __init__(self, places: list) -> None:
        # (stable: places starting together stay in the article's order, the first one is meant)
        self.towns = sorted((q for q in places if q.entry.in_gazetteer
                             and q.entry.place_type in ("city", "landmark", "admin2")), key=lambda q: q.mention.start)
        self.starts = [q.mention.start for q in self.towns]

    def first_from(self, at: int):
        """The first of them starting at or after ``at`` (None when none does)."""
        k = bisect_left(self.starts, at)
        return self.towns[k] if k < len(self.towns) else None


def _offset_after(text: str, p, towns: _Towns):
    """(the town, (km, bearing)) when ``p``'s name is followed by ", N km <dir> of <town>"."""
    from geomap.text.cues import stated_offset

    town = towns.first_from(p.mention.end)
    if town is None or town.mention.start - p.mention.end > 60 \
            or not _BETWEEN.match(text[p.mention.end:town.mention.start]):
        return None
    told = stated_offset(text[p.mention.end:town.mention.start], town.mention.start - p.mention.end)
    return (town, told) if told is not None and told[0] <= MAX_OFFSET_KM else None


def with_points_told_away(text: str, sentences, places: list) -> list:
    """``places`` with each unlisted place put where the distance told from its town puts it."""
    from geomap.reading.placement import offset_point

    if not _DISTANCE.search(text):  # (one quick scan: most texts tell no distance)
        return places

    moved = {}
    towns = None  # (made when first asked: most places are listed ones)
    for p in places:
        e = p.entry
        if e.in_gazetteer or e.gid in moved or p.role != "place":
            continue
        towns = towns or _Towns(places)
        after = _offset_after(text, p, towns)
        if after is not None:  # "Kashebere, 30 km west of Goma"
            town, told = after
            lon, lat = offset_point(town.entry.lon, town.entry.lat, *told)
            moved[e.gid] = replace(e, lat=lat, lon=lon)
            continue
        told = _told_away(text, sentences, p, e.placed_at) if e.placed_at else None
        if told is not None:
            lon, lat = offset_point(e.lon, e.lat, *told)
            moved[e.gid] = replace(e, lat=lat, lon=lon)
    if not moved:
        return places
    return [replace(p, entry=moved[p.entry.gid]) if not p.entry.in_gazetteer and p.entry.gid in moved else p
            for p in places]
