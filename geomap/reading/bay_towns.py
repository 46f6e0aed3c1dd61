"""A bay or lagoon named after a town the gazetteer holds ("off Posyet Bay", by Pos'yet): at that town.

The gazetteer lacks most small bays, and the typed-name step put "Posyet Bay" at the middle of the
province told in its sentence ("border guards in Primorsky Krai said ... off Posyet Bay"), 400 km
from the bay; the village of Pos'yet stands on it. A bay, lagoon or cove the gazetteer lacks,
named like a town of the country it was put in that lies within ``NEAR_KM`` of another place the
article names (the stretch it is about), is put at that town.
"""
from __future__ import annotations

from dataclasses import replace

from geomap.gazetteer import fold, haversine_km
from geomap.reading.resolve import Place
from geomap.settings import NEAR_KM

__all__ = ["with_bay_towns"]

#: waters that take the name of the town on their shore
_SHORE_KINDS = frozenset(("bay", "lagoon", "cove", "harbour", "harbor", "inlet"))


def with_bay_towns(places: list[Place], gazetteer) -> list[Place]:
    """``places`` with each unlisted bay named after a town of the story put at that town."""
    bays = [p for p in places if not p.entry.in_gazetteer and p.entry.place_type == "water"
            and p.mention.text.rsplit(" ", 1)[-1].lower() in _SHORE_KINDS]
    if not bays or gazetteer is None:
        return places
    others = [p.entry for p in places if p.role == "place" and p.entry.in_gazetteer
              and p.entry.place_type in ("city", "landmark", "admin2")]
    moved = {}
    for p in bays:
        towns = [h.entry for h in gazetteer.hits(fold(p.mention.text.rsplit(" ", 1)[0])) if h.entry.place_type == "city"
                 and h.entry.iso2 == p.entry.iso2 and any(
                     o.gid != h.entry.gid and haversine_km(o.lat, o.lon, h.entry.lat, h.entry.lon) <= NEAR_KM
                     for o in others)]
        if towns:
            town = max(towns, key=lambda e: (e.population, e.gid))
            moved[id(p)] = replace(p, entry=replace(p.entry, lat=town.lat, lon=town.lon, admin1=town.admin1,
                                                    placed_at=town.name, placed_at_type="city"))
    return [moved.get(id(p), p) for p in places]
