"""A province or region told with a direction word before it ("Eastern Shan", "northern Shan State"): that side of it.

Writers name a side of a province as an area: "Eastern Shan displacement", "fighting in
northern Shan State", "southern Kordofan". With the direction capitalised the mention step read
the two words as one unknown name, and the unlisted step put it by a town told near it, or
dropped it (in a title); a word of direction is no part of a province's name unless the
gazetteer holds the whole ("North Kivu", "West Bank", "South Sudan"). Such a mention is the unit
the name after the direction is (a province or region of a country the story reads places of),
shown whole, at the middle of that side of the unit's polygon (the part east of its middle for
"eastern"), not at a town. A unit told after a lowercase direction ("in northern Shan State") was
read as the unit already and keeps its point: the whole unit is what the mention names.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from geomap.gazetteer import fold
from geomap.reading.mentions import Mention
from geomap.reading.resolve import Place
from geomap.reading.typed_namesakes import demonym_countries
from geomap.text.sentences import Sentence

__all__ = ["with_region_sides"]

#: confidence of a side of a unit read from a direction word before its name
SIDE_CONFIDENCE = 0.6

#: a direction word (any case) and one to three capitalised words after it
_SIDE = re.compile(r"(?<![\w’'-])(?P<dir>(?i:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?))"
                   r"\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})")

#: the side a direction word names, as (x, y) signs: east +x, north +y
_SIGNS = {"north": (0, 1), "south": (0, -1), "east": (1, 0), "west": (-1, 0)}


def _signs(direction: str) -> tuple[int, int]:
    d = fold(direction).replace("-", "").removesuffix("ern")
    sx = sum(s[0] for k, s in _SIGNS.items() if k in d)
    sy = sum(s[1] for k, s in _SIGNS.items() if k in d)
    return sx, sy


def _side_point(borders, unit, direction: str) -> tuple[float, float] | None:
    """(lon, lat) of the middle of the side ``direction`` names of the unit's polygon, or None."""
    if borders is None or unit.place_type != "admin1":
        return None
    got = borders.admin1_area(unit.name, unit.iso3 or None)
    if not got:
        return None
    import shapely.geometry

    shape = shapely.geometry.shape(got[2])
    if shape.is_empty:
        return None
    c = shape.centroid
    x0, y0, x1, y1 = shape.bounds
    sx, sy = _signs(direction)
    box = shapely.geometry.box(c.x if sx > 0 else x0, c.y if sy > 0 else y0, c.x if sx < 0 else x1, c.y if sy < 0 else y1)
    part = shape.intersection(box)
    if part.is_empty:
        return None
    p = part.centroid if part.contains(part.centroid) else part.representative_point()
    return p.x, p.y


def _unit(gazetteer, name: str, story: set[str]):
    """The one province or region of the story's countries ``name`` is, or None."""
    units = {h.entry.gid: h.entry for h in gazetteer.hits(fold(name))
             if h.entry.place_type in ("admin1", "region") and h.entry.iso2 in story}
    return next(iter(units.values())) if len(units) == 1 else None


def with_region_sides(text: str, sentences: list[Sentence], places: list[Place], gazetteer, borders) -> list[Place]:
    """``places`` with each unit told after a direction word read as, and put at, that side of it."""
    story = {p.entry.iso2 for p in places if p.entry.iso2 and p.entry.in_gazetteer}
    if gazetteer is None or not story:
        return places
    story |= demonym_countries(sentences)
    by_start = {p.mention.start: i for i, p in enumerate(places)}
    places = list(places)
    starts = [s.start for s in sentences]
    added = []
    for m in _SIDE.finditer(text):
        a, b = m.span()
        words = m.group("name").split()
        for n in range(len(words), 0, -1):  # the longest name first: "Shan State", then "Shan"
            name = " ".join(words[:n])
            end = m.start("name") + len(name)
            whole = f"{m.group('dir')} {name}"
            if gazetteer.hits(fold(whole)):
                break  # "North Kivu", "West Bank": the whole is the name
            unit = _unit(gazetteer, name, story)
            if unit is None:
                continue
            point = _side_point(borders, unit, m.group("dir"))
            side = replace(unit, lon=point[0], lat=point[1]) if point else unit
            i_name, i_whole = by_start.get(m.start("name")), by_start.get(a)
            if i_name is not None:  # "northern Shan State": the unit itself, as read (a corpus's gold is its middle)
                pass
            elif i_whole is not None and not places[i_whole].entry.in_gazetteer and places[i_whole].mention.end == end:
                places[i_whole] = Place(places[i_whole].mention, side, SIDE_CONFIDENCE)  # "Eastern Shan", put by a town
            elif m.group("dir")[0].isupper() and i_whole is None and not any(
                    p.mention.start < end and a < p.mention.end for p in places):
                si = max(0, bisect_right(starts, a) - 1)
                added.append(Place(Mention(text[a:end], a, end, si, fold(text[a:end]), (), None, False,
                                           text[max(0, a - 40):a]), side, SIDE_CONFIDENCE))
            break
    if not added:
        return places
    return sorted(places + added, key=lambda p: p.mention.start)
