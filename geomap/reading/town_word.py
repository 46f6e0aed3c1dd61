"""A district named after its town, told as "X Town" or "X City" ("taken to hospital in Orange Walk
Town"): the town, shown with its word.

Where a district (or province) and its seat share a name, the capitalised "Town" or "City" after
it says which is meant; the typed-name step read "Orange Walk Town" as a name of its own made of
common words and dropped it, and with it the district's reading, so the town vanished. (A city of
``_MAX_POPULATION`` or more so told is more often its football club or airport: "Manchester City".) Read as
the town of that name in the district's country, the mention spans the word ("Orange Walk Town").
"""
from __future__ import annotations

import re
from dataclasses import replace

from geomap.gazetteer import fold
from geomap.reading.resolve import Place

__all__ = ["with_town_words"]

#: a capitalised "Town" or "City" right after the name (not "Town Hall", "City Council")
_TOWN_AFTER = re.compile(r"[ \u00a0](?:Town|City)\b"
                         r"(?![ \u00a0-]?(?:Hall|Council|Centre|Center|Police|FC|Club|Airport|Stadium|Station)\b)")
#: a town this large told "X City"/"X Town" is more often a football club or an airport ("Manchester City")
_MAX_POPULATION = 100_000
#: the units a town may share its name with
_UNIT_TYPES = ("admin1", "admin2")


def with_town_words(text: str, places: list[Place]) -> list[Place]:
    """``places`` with each town, district or province told "X Town"/"X City" read as the town X, spanning the word."""
    if " Town" not in text and " City" not in text:
        return places
    out = []
    for p in places:
        m = p.mention
        if p.entry.place_type in _UNIT_TYPES + ("city",) and m.shown is None and not m.suffix \
                and (hit := _TOWN_AFTER.match(text, m.end)):
            towns = [h.entry for h in m.hits if h.entry.place_type == "city" and h.entry.iso2 == p.entry.iso2
                     and fold(h.entry.name) == fold(p.entry.name)] if p.entry.place_type != "city" else [p.entry]
            town = max(towns, key=lambda e: (e.population, e.gid)) if towns else None
            if town is not None and town.population < _MAX_POPULATION:
                # (the span takes the word: the typed-name step then sees the whole name read, no fragment of it)
                p = replace(p, entry=town, mention=replace(m, text=text[m.start:hit.end()], end=hit.end()))
        out.append(p)
    return out
