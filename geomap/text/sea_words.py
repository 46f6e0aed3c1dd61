"""Words that make a name a body of water or an island: "the Banda Sea", "the Gulf of Guinea",
"St. Lawrence Island". A gazetteer reading such a name by its bare head ("Banda", a town in
India; "Guinea", the country) has read another place; ``geomap.reading.far_readings`` asks
these words whether to doubt it.
"""
from __future__ import annotations

import re

__all__ = ["sea_word_of", "told_as_water"]

#: words after a name that make it water or an island ("the Bismarck Sea", "Farsi Island")
SEA_WORDS = frozenset("sea seas ocean gulf strait straits channel bay sound lagoon island islands isle "
                      "islet islets atoll reef".split())
#: words whose name is water, not land (a lake or sea the gazetteer holds stands for it)
WATER_WORDS = frozenset("sea seas ocean gulf strait straits channel bay sound lagoon".split())

_AFTER = re.compile(r"[ \t]+([A-Za-z]+)\b")
_BEFORE = re.compile(r"\b(?:Gulf|Bay|Sea|Strait|Straits|Isle|Isles)\s+of\s+(?:the\s+)?$")


def sea_word_of(text: str, start: int, end: int) -> str | None:
    """The water or island word outside the name at ``text[start:end]`` that types it: the word
    after it ("Banda Sea", "St. Lawrence Island") or "of" words before it ("Gulf of Guinea"). (A
    name read with its word, "Falkland Islands", is read as what it is.)"""
    after = _AFTER.match(text, end)
    if after is not None and after.group(1).lower() in SEA_WORDS:
        return after.group(1).lower()
    before = _BEFORE.search(text, max(0, start - 20), start)
    return before.group(0).split()[0].lower() if before is not None else None


def told_as_water(mention_text: str) -> bool:
    """Whether the name's own words make it water ("Red Sea", "Gulf of Aden", "Bab el-Mandeb
    Strait"), not a place on land of that name."""
    words = mention_text.lower().split()
    return len(words) > 1 and (words[-1] in WATER_WORDS or words[0] in WATER_WORDS and words[1] == "of")
