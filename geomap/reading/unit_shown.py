"""A place's shown span takes the lowercase word after its name when the name alone names
something else, and a country its state's title.

"Cameroon's South region" (bare "South" is a side, not a unit), "the Damascus countryside"
(bare "Damascus" is the city), "the Meriç bridge", "the Oshoek post" (bare, the town), "the Maku free zone", "the
Republic of Türkiye": the map's mention is the name with its word, as readers quote it. Only
what is shown changes: the mention's key and the place it was resolved to stay as the reader
found them. A unit word after a unit's own name ("Hubei province", "Rukwa region", "Kalambo
district") is left outside the span: the name alone names that unit, and geoparsing corpora
quote it without the word (GeoVirus, TR-News); a word glued to more ("district-level") or after
a mention that ends in its own kind word ("the Golok river bridge") is left out too.
"""
from __future__ import annotations

import re
from dataclasses import replace

from geomap.text.lexicon import DIRECTIONS, FIRST_LEVEL_WORDS

__all__ = ["with_unit_words_shown"]

#: what a town's name with a lowercase word names instead of the town
_TOWN_WORDS = ("countryside", "bridge", "crossing", "checkpoint", "post", "port", "dam", "market")
#: (not the first word of a longer kind: "the X and Y crossing points", "the X crossing post")
_AFTER = re.compile(r"[ \u00a0](" + "|".join(_TOWN_WORDS) + r")s?\b(?!-)"
                    r"(?![ \u00a0](?:point|post|gate|area|zone|road|town|station|office|authority|council)s?\b)")
#: a zone named after the town ("the Maku free zone"): the zone, at the town
_ZONE_AFTER = re.compile(r"[ \u00a0](?:special[ \u00a0])?(?:economic|free(?:[ \u00a0]trade)?|industrial)"
                         r"[ \u00a0]zone\b(?!-)")
_UNIT_AFTER = re.compile(r"[ \u00a0](" + "|".join(sorted(FIRST_LEVEL_WORDS, key=len, reverse=True)) + r")s?\b(?!-)")


#: a country named with its state's title before it ("the Republic of Türkiye", "the Kingdom of Eswatini")
_TITLE = re.compile(r"(?:(?:Democratic|Federal|Islamic|United|Socialist|Arab|Bolivarian|Plurinational|Cooperative)\s+)*"
                    r"(?:Republic|Kingdom|Sultanate|Principality|Federation|Commonwealth)\s+of\s+(?:the\s+)?$")


def with_unit_words_shown(text: str, places: list) -> list:
    """``places`` with the words that say which place a name is shown with it."""
    out = []
    for p in places:
        m = p.mention
        if p.entry.place_type == "country" and m.shown is None and (t := _TITLE.search(text, max(0, m.start - 60), m.start)):
            p = replace(p, mention=replace(m, text=text[t.start():m.end], start=t.start()))
        elif m.shown is None and p.entry.place_type != "country" and not m.text.split()[-1].islower():
            # (a mention that ends in its own kind word takes no second: "the Golok river bridge")
            directions = all(w.lower() in DIRECTIONS for w in m.text.split())
            hit = (_UNIT_AFTER if directions and p.entry.place_type == "admin1" else _AFTER).match(text, m.end) \
                or (_ZONE_AFTER.match(text, m.end) if p.entry.place_type in ("city", "admin2") else None)
            if hit:
                p = replace(p, mention=replace(m, shown=(text[m.start:hit.end()], hit.end())))
        out.append(p)
    return out
