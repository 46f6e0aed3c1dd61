"""A capital named like its country, told as "X city" ("went on to Djibouti city", "Kuwait
city"): the city, shown with its word, not the country the bare name reads as."""
from __future__ import annotations

import re
from dataclasses import replace

from geomap.gazetteer import fold
from geomap.reading.resolve import Place

__all__ = ["with_country_cities"]

#: the lowercase word after the name (a capitalised "City" is part of a name the gazetteer reads)
_CITY_AFTER = re.compile(r"[ \u00a0]city\b(?!-)")


def with_country_cities(text: str, places: list[Place], gazetteer) -> list[Place]:
    """``places`` with each country read where the text says "X city" read as that country's city X."""
    if gazetteer is None or " city" not in text:
        return places
    out = []
    for p in places:
        m = p.mention
        if p.entry.place_type == "country" and m.shown is None and (hit := _CITY_AFTER.match(text, m.end)):
            names = (fold(m.text), fold(m.text) + " city")  # ("Guatemala City")
            cities = [h.entry for key in names for h in gazetteer.hits(key) if h.entry.place_type == "city"
                      and h.entry.iso2 == p.entry.iso2 and fold(h.entry.name) in names]
            if cities:
                city = max(cities, key=lambda e: (e.population, e.gid))
                p = replace(p, entry=city, mention=replace(m, shown=(text[m.start:hit.end()], hit.end())))
        out.append(p)
    return out
