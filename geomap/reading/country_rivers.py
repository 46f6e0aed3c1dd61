"""A river named like a country ("the Uruguay River", "the Paraguay river"): the river, not the country.

When the gazetteer lacks the river and its sentence names no town to put it by, the typed-name step
left the country's reading ("The Uruguay River kept rising after rain in southern Brazil" mapped
Uruguay, the river unnamed). A river named like a country of the article runs along or through the
stretch the article is about: it is put at the place the article names most there
(``unlisted_points.focus``), shown with its word.
"""
from __future__ import annotations

import re
from dataclasses import replace

from geomap.reading.resolve import Place
from geomap.reading.unlisted_at import unlisted_at
from geomap.reading.typed_namesakes import article_countries
from geomap.reading.unlisted_points import focus

__all__ = ["with_country_rivers"]

#: "River" or "river" right after the name ("the Congo River basin" too)
_RIVER_AFTER = re.compile(r"[ \u00a0][Rr]iver\b(?!-)")


def with_country_rivers(text: str, places: list[Place]) -> list[Place]:
    """``places`` with each country read where the text says "X River" made the river X."""
    if "iver" not in text:
        return places
    rivers = [p for p in places if p.entry.place_type == "country" and p.mention.shown is None
              and not p.mention.suffix and _RIVER_AFTER.match(text, p.mention.end)]
    if not rivers:
        return places
    at = focus([p for p in places if p not in rivers], article_countries(places))
    if at is None:
        return places
    out = []
    for p in places:
        if any(p is r for r in rivers):
            end = _RIVER_AFTER.match(text, p.mention.end).end()
            p = replace(p, entry=unlisted_at(text[p.mention.start:end], at, "water", "river"),
                        mention=replace(p.mention, text=text[p.mention.start:end], end=end))
        out.append(p)
    return out

