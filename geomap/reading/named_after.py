"""A place named in the sentence after an event that names none.

"Shells struck the main market on Tuesday, killing four traders. The town, X, lies 5 km from the
border": writers often tell the event first and name where it was in the next sentence, which
opens by naming the kind of place just told and then the place ("The town, X,", "The village of
X", "That settlement, X,"). The event is at X. Only the sentence right after, in the same
paragraph, and only a place named at its very opening count: a place told later in it ("The
town lies near X") says where the place lies, not which it is.
"""

from __future__ import annotations

import re

from geomap.reading.resolve import Place
from geomap.text.sentences import Sentence

__all__ = ["place_named_after"]

#: the opening that names the place just told: "The town, ", "The border village of ", "This city, "
_NAMING_OPENING = re.compile(
    r"(?:The|That|This)\s+(?:[\w-]+\s+){0,2}?(?:town|city|village|settlement|hamlet|camp|locality|market\s+town)"
    r"(?:\s*,\s*|\s+(?:of|called|named)\s+)", re.I)
_KINDS = ("city", "landmark", "admin2")


def place_named_after(text: str, sentences: list[Sentence], i: int, by_sentence: dict[int, list[Place]]) -> Place | None:
    """The place the sentence after ``i`` names at its opening as the place just told, or None."""
    if i + 1 >= len(sentences) or "\n" in text[sentences[i].end:sentences[i + 1].start]:
        return None
    nxt = sentences[i + 1]
    m = _NAMING_OPENING.match(nxt.text)
    if m is None:
        return None
    return next((p for p in by_sentence.get(i + 1, []) if p.mention.start - nxt.start == m.end()
                 and p.entry.place_type in _KINDS), None)
