"""A long river the gazetteer holds as one point, placed at the stretch the article is about.

The bundled table gives the Mekong or the Amur one conventional point, hundreds of km from the
stretch a report is about ("a gunfight on the bank of the Mekong River in Chiang Saen
district"). A river is a line: its mentions are put at the place named beside it (a town,
district or landmark a few words from a mention, in its sentence), when that place lies within
``RIVER_REACH_KM`` of the river's point; with none beside it, at the town the article names
most within that reach (the stretch it is about), never its conventional middle. Lakes, seas and straits keep theirs; a province the
river crosses says too little ("the Indus ... in Khyber Pakhtunkhwa").
"""
from __future__ import annotations

from dataclasses import replace

from geomap.gazetteer import haversine_km
from geomap.reading.resolve import Place
from geomap.settings import RIVER_REACH_KM
from geomap.text.sentences import Sentence

__all__ = ["with_river_stretches"]

#: what may be told beside a river: a town, district or landmark, not a province it crosses
_BESIDE = ("city", "admin2", "landmark")
#: ... within this many characters of the river's mention ("on the Amur River near Heihe")
_BESIDE_CHARS = 80


def _is_river(p: Place) -> bool:
    e = p.entry
    return e.place_type == "water" and e.in_gazetteer and any(
        "river" in n.lower() for n in (e.name, *e.alt_names, p.mention.text))


def with_river_stretches(places: list[Place], sentences: list[Sentence]) -> list[Place]:
    """``places`` with each river the gazetteer holds at the place told beside it."""
    rivers = [p for p in places if _is_river(p)]
    if not rivers:
        return places
    stretch = {}
    for r in sorted(rivers, key=lambda p: p.mention.start):
        if r.entry.gid in stretch:
            continue
        beside = [p for p in places if p.mention.sentence == r.mention.sentence and p.role == "place"
                  and p.entry.place_type in _BESIDE and p.entry.iso2
                  and abs(p.mention.start - r.mention.start) <= _BESIDE_CHARS
                  and haversine_km(p.entry.lat, p.entry.lon, r.entry.lat, r.entry.lon) <= RIVER_REACH_KM]
        if beside:
            near = min(beside, key=lambda p: (abs(p.mention.start - r.mention.start), p.mention.start))
            stretch[r.entry.gid] = near.entry
    for r in rivers:  # none told beside any mention: "Drones pound Danube ports" in a report on Izmail
        if r.entry.gid not in stretch and (town := _most_named_town(places, r)) is not None:
            stretch[r.entry.gid] = town
    if not stretch:
        return places
    return [replace(p, entry=replace(p.entry, lat=stretch[p.entry.gid].lat, lon=stretch[p.entry.gid].lon))
            if _is_river(p) and p.entry.gid in stretch else p for p in places]


def _most_named_town(places: list[Place], river: Place):
    """The town (not a capital) the article names most within reach of the river's point."""
    counts: dict[str, list] = {}
    for p in places:
        e = p.entry
        if p.role == "place" and e.place_type == "city" and e.in_gazetteer and e.feature != "capital" \
                and haversine_km(e.lat, e.lon, river.entry.lat, river.entry.lon) <= RIVER_REACH_KM:
            counts.setdefault(e.gid, [0, -p.mention.start, e])[0] += 1
    return max(counts.values(), key=lambda c: (c[0], c[1]))[2] if counts else None
