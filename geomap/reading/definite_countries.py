"""A country's name written with "the" before it, where the country never takes one: a river or a people.

"Patrols along the Sankarani and the Niger", "we are one people, the Tonga": writers put "the"
before a river's name or a people's name, never before Niger, Tonga, Senegal or Chad the
country. Such a mention standing alone (a stop, a comma or a small word after it, not "the
Niger border") is not the country. When the gazetteer also holds a river of that name the
mention is the river; otherwise it is left unread (a missed name is better than a country's
middle 1,000 km from the story). Countries whose English names take "the" ("the Gambia",
"the Congo", "the Sudan", "the Ukraine"), and short forms ("the US", "the DRC"), keep their reading.
"""
from __future__ import annotations

import re
from dataclasses import replace

from geomap.gazetteer import fold
from geomap.reading.resolve import Place

__all__ = ["without_definite_countries"]

#: single-word country names English writes with "the" (now or in older usage)
TAKES_THE = frozenset(("gambia", "congo", "zaire", "sudan", "ukraine", "lebanon", "yemen", "argentine", "philippines",
                       "netherlands", "bahamas", "comoros", "maldives", "seychelles", "vatican", "crimea"))

_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
#: what may follow a river or a people told "the X": a stop, a comma, the end, or a small word
_ALONE_AFTER = re.compile(r"(?:\s*(?:[,.;:!?)\"”’]|$)|\s+(?:and|or|at|near|in|on|by|from|to|into|between|where|which|"
                          r"who|that|when|as|for|with|upstream|downstream|were|was|are|is|have|had)\b)")


def _told_as_river_or_people(text: str, p: Place) -> bool:
    m = p.mention
    return (p.entry.place_type == "country" and m.suffix is None and m.shown is None
            and " " not in m.text and any(c.islower() for c in m.text)  # ("the US", "the DRC": short forms)
            and fold(m.text) not in TAKES_THE
            and _THE_BEFORE.search(text[max(0, m.start - 6):m.start]) is not None
            and _ALONE_AFTER.match(text, m.end) is not None)


def without_definite_countries(text: str, places: list[Place]) -> list[Place]:
    """``places`` with each country told "the X" alone read as the river X, or dropped."""
    out = []
    for p in places:
        if _told_as_river_or_people(text, p):
            rivers = [h.entry for h in p.mention.hits if h.entry.place_type == "water"]
            if not rivers:
                continue
            p = replace(p, entry=rivers[0])
        out.append(p)
    return out
