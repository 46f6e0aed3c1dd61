"""A small unit of a country the story never names, far from every other place it reads:
"Croatia joined Schengen", "Schengen queues at Nădlac" read the Luxembourg commune the border
area is named after. A district or commune no text types as a place, in a country named neither
by a place nor by a demonym, 500 km from the story's other places, is a name
used for something else (an area, an agreement), not a place of this story."""
from __future__ import annotations

from geomap.gazetteer import haversine_km
from geomap.reading.resolve import Place
from geomap.reading.typed_namesakes import demonym_countries
from geomap.text.sentences import Sentence

__all__ = ["without_lone_strangers"]

#: how far from every other place of the story a stranger must lie (km)
LONE_KM = 500.0


def without_lone_strangers(sentences: list[Sentence], places: list[Place]) -> list[Place]:
    """``places`` without the second-level units of countries the story never names, far from the rest."""
    suspects = [p for p in places
                if p.entry.place_type == "admin2" and p.entry.in_gazetteer and p.mention.suffix is None]
    if not suspects:
        return places
    named = {p.entry.iso2 for p in places if p.entry.place_type in ("country", "admin1")}
    if all(p.entry.iso2 in named for p in suspects):
        return places  # (the demonyms, a scan of every sentence, can only add to ``named``)
    named |= demonym_countries(sentences)
    drop = set()
    for p in suspects:
        if p.entry.iso2 in named:
            continue
        others = [q.entry for q in places if q.entry.iso2 != p.entry.iso2 and q.entry.place_type != "country"]
        countries = [q.entry for q in places if q.entry.iso2 != p.entry.iso2 and q.entry.place_type == "country"]
        if not (others or countries) or any(q.entry.iso2 == p.entry.iso2 and q.mention.key != p.mention.key
                                            for q in places):
            continue  # (alone: nothing to be far from; or with another place of its country)
        if all(haversine_km(p.entry.lat, p.entry.lon, o.lat, o.lon) > LONE_KM for o in others + countries):
            drop.add(id(p))
    return [p for p in places if id(p) not in drop] if drop else places
