"""A valley the gazetteer lacks, named after a unit it holds: at that unit, not at a town told nearby.

"Clashes in the Wadi Hadramawt continued": the gazetteer has no "Wadi Hadramawt", so the
unlisted step put the valley at the town named closest to it (Al Ghaydah, 340 km east). A
valley written with its feature word before the name ("Wadi X", "Oued X", "Valle del X",
"Vallée de la X") of a district or province of its country (of any country the story reads, when
only a place told nearby put it) lies in that unit: it takes the unit's point. A later bare "the Wadi" is the same valley.
"""
from __future__ import annotations

import re
from dataclasses import replace

from geomap.gazetteer import fold
from geomap.reading.resolve import Place

__all__ = ["with_valleys_named_for_units"]

#: the feature word before a valley's name, and the name
_VALLEY = re.compile(r"(Wadi|Wādī|Wādi|Oued|Valle(?: del?)?|Vallée(?: de la| de l’| de l'| du| des| de)?)\s+(\S.*)$")
_UNIT_KINDS = ("admin2", "admin1")  # (the smaller first: the valley is told more closely)


def _unit(name: str, countries: set[str], gazetteer):
    units = [h.entry for h in gazetteer.hits(fold(name)) if h.entry.place_type in _UNIT_KINDS and h.entry.iso2 in countries]
    return min(units, key=lambda e: (_UNIT_KINDS.index(e.place_type), e.gid)) if units else None


def with_valleys_named_for_units(places: list[Place], gazetteer) -> list[Place]:
    """``places`` with each unlisted "Wadi X" of a unit X of its country put at X (and "the Wadi" after it)."""
    if gazetteer is None or not any(not p.entry.in_gazetteer and _VALLEY.match(p.mention.text) for p in places):
        return places
    story = {p.entry.iso2 for p in places if p.entry.in_gazetteer and p.entry.iso2}
    out, seen = [], {}
    for p in places:
        m = _VALLEY.match(p.mention.text) if not p.entry.in_gazetteer else None
        # its own country, or (when only a place told nearby put it) any country the story reads places of
        countries = story | {p.entry.iso2} if p.entry.placed_at_type == "nearby" else {p.entry.iso2}
        unit = _unit(m.group(2), countries, gazetteer) if m and p.entry.iso2 else None
        if unit is not None:
            p = replace(p, entry=replace(p.entry, lat=unit.lat, lon=unit.lon, admin1=unit.admin1, iso2=unit.iso2, iso3=unit.iso3,
                                         placed_at=unit.name, placed_at_type=unit.place_type))
            seen[m.group(1)] = p.entry
        elif not p.entry.in_gazetteer and p.mention.text in seen:
            e = seen[p.mention.text]
            p = replace(p, entry=replace(p.entry, lat=e.lat, lon=e.lon, admin1=e.admin1, iso2=e.iso2, iso3=e.iso3,
                                         placed_at=e.placed_at, placed_at_type=e.placed_at_type))
        out.append(p)
    return out
