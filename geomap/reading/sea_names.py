"""Names of waters read as the water, not as a unit named after it ("the Red Sea", not Sudan's Red Sea state).

Provinces are often named for the sea they face (Sudan's and Egypt's Red Sea, Kenya's Coast). A name
whose own last word says it is a water ("the southern Red Sea", "the Arabian Gulf") is the water the
gazetteer holds under that name, unless a unit word follows it ("Red Sea state"): otherwise the
islands and boats the text puts "in the Red Sea" land in a province of a third country.
"""
from __future__ import annotations

import re
from dataclasses import replace

from geomap.reading.resolve import Place

__all__ = ["with_sea_names"]

#: the last word of a name that says it names a water
_WATER_HEAD = re.compile(r"(?:^|\s)(?:Sea|Ocean|Gulf|Strait|Straits|Channel)$")
#: a unit word after the name: the unit, not the water ("Red Sea state", "Red Sea Governorate")
_UNIT_AFTER = re.compile(r"\s+(?:state|governorate|province|region|district|county|prefecture)\b", re.I)


def with_sea_names(text: str, places: list[Place]) -> list[Place]:
    """``places`` with each name of a water read as a unit or town read as the water the gazetteer
    holds under that name among the mention's own readings."""
    out = []
    for p in places:
        m = p.mention
        if p.entry.place_type != "water" and _WATER_HEAD.search(m.text) and not _UNIT_AFTER.match(text, m.end):
            water = next((h.entry for h in m.hits if h.entry.place_type == "water"), None)
            if water is not None:
                p = replace(p, entry=water)
        out.append(p)
    return out
