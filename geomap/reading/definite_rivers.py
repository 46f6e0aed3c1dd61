"""A province or town named like a river, told "across the X" or "on the X": the river.

"The road bridge across the Amur between Blagoveshchensk and Heihe" read the Amur as the Russian
province of that name, 360 km north of the bridge. Provinces and towns are seldom written with
"the" after a word of crossing or lying on; rivers are. When the gazetteer also holds a river of
that name, such a mention is the river, and the river step (``river_stretch``) then puts it at the
place told beside it. A name with a unit word ("the Amur region") keeps its unit.
"""
from __future__ import annotations

import re
from dataclasses import replace

from geomap.gazetteer import fold
from geomap.reading.resolve import Place

__all__ = ["with_definite_rivers"]

#: "across the ", "along the ", "on the ", "over the ", "crossed the ", "the banks of the " right before the name
_RIVER_BEFORE = re.compile(r"(?:across|along|on|over|crossed|cross|crossing|crosses|up|down|upstream\s+on|"
                           r"bank\s+of|banks\s+of|shore\s+of|shores\s+of)\s+the\s+$", re.I)


def with_definite_rivers(text: str, places: list[Place]) -> list[Place]:
    """``places`` with each unit or town told "across the X" read as the river X the gazetteer holds."""
    out = []
    for p in places:
        m = p.mention
        if p.entry.place_type in ("admin1", "admin2", "city") and not m.suffix and m.shown is None \
                and _RIVER_BEFORE.search(text[max(0, m.start - 30):m.start]):
            rivers = [h.entry for h in m.hits if h.entry.place_type == "water" and "river" in fold(h.entry.name)
                      and fold(h.entry.name).startswith(m.key)]
            if rivers:
                p = replace(p, entry=rivers[0])
        out.append(p)
    return out
