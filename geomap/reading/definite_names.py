"""A small town read in a name the text writes with "the" ("on the Zambezi", "across the Prut"),
far from every other place the article names: the text means a river or a region of that name,
not the town, and a missed name is better than a wrong point.

Towns are seldom written with the article; rivers, deserts and regions are. When the only reading
the gazetteer has is a town hundreds of km from all the article's other places, that reading is
dropped (the mention stays unplaced) rather than drawing the river at a far town; a name the text
typed and the unlisted step put at that town ("the X river") goes where the article is (its focus).
A name the text also writes bare, with no kind word after it ("the Tindouf area ... to link Tindouf
and Zouérat"), is the town all the same: rivers and regions keep their article or their word.
"""
from __future__ import annotations

import re
from dataclasses import replace

from geomap.gazetteer import haversine_km
from geomap.reading.crossing_namesakes import crossing_told_with
from geomap.reading.mentions import _whole_word_spans
from geomap.reading.resolve import Place
from geomap.reading.typed_namesakes import article_countries
from geomap.reading.unlisted_points import focus
from geomap.settings import DEFINITE_TOWN_MAX_POPULATION, NEAR_KM

__all__ = ["without_far_definite_towns"]


def without_far_definite_towns(text: str, places: list[Place]) -> list[Place]:
    """``places`` without the far small towns read in names written with "the"."""
    others = {p.entry.gid: p.entry for p in places if p.role == "place" and p.entry.place_type != "country"}
    drop = set()
    for p in places:
        e = p.entry
        if not (e.in_gazetteer and e.place_type == "city" and e.population < DEFINITE_TOWN_MAX_POPULATION
                and text[max(0, p.mention.start - 4):p.mention.start].lower() == "the "):
            continue
        if _told_bare(text, p.mention.text):
            continue  # "to link Tindouf and Zouérat": the town itself
        if crossing_told_with(text, p.mention.end):
            continue  # "the X crossing with C": a crossing's article (its namesake chosen by that frontier)
        near = [o for o in others.values() if o.gid != e.gid and o.placed_at != e.name]  # (not put by it)
        if near and min(haversine_km(e.lat, e.lon, o.lat, o.lon) for o in near) > NEAR_KM:
            drop.add(e.gid)
    if not drop:
        return places
    dropped = [others[g] for g in drop if g in others]
    names, points = {e.name for e in dropped}, {(e.lat, e.lon) for e in dropped}
    # ... and what the text put at them ("the Lower Zambezi National Park", placed by the town)
    # goes where the article is: the text typed it as a place, only its point was the town's
    put = [p for p in places if not p.entry.in_gazetteer and p.entry.placed_at in names
           and (p.entry.lat, p.entry.lon) in points]
    kept = [p for p in places if p.entry.gid not in drop and p not in put]
    spot = focus(kept, article_countries(kept)) if put else None
    if spot is None:
        return kept
    moved = {id(p): replace(p, entry=replace(p.entry, lat=spot.lat, lon=spot.lon, placed_at=spot.name,
                                             placed_at_type=spot.place_type)) for p in put}
    return [moved.get(id(p), p) for p in places if id(p) in moved or p.entry.gid not in drop]


#: words after a name that make it a river, a region or a range ("Zambezi River", "Altai mountains")
_KIND_AFTER = re.compile(r"\s+(?:river|valley|desert|mountains?|range|region|basin|delta|plateau|gorge|lake|"
                         r"sea|steppe|area|corridor|strip|hills)\b", re.I)


def _told_bare(text: str, name: str) -> bool:
    """Whether ``text`` writes ``name`` somewhere with no "the" before it and no kind word after it.
    (Its whole-word spans found with ``str.find``: a pattern opening with a look-behind was tried at
    every position of the text, 35 ms per name in a 1 MB article.)"""
    for start, end in _whole_word_spans(text, name):
        before = text[max(0, start - 4):start].lower()
        if before != "the " and not before.endswith(("'s ", "\u2019s ")) and not _KIND_AFTER.match(text, end) \
                and not (start == 0 or text[start - 1] == "\n"):
            return True
    return False
