"""A place named in the sentence after an event that names none.

"Shells struck the main market on Tuesday, killing four traders. The town, X, lies 5 km from the
border": writers often tell the event first and name where it was in the next sentence, which
opens by naming the kind of place just told and then the place ("The town, X,", "The village of
X", "That settlement, X,"), by saying where the site just told lies ("The school, in the village
of X,") or where the event happened ("It happened near X", "The attack took place in X"). The
event is at X. Only the sentence right after, in the same
paragraph, and only a place named at its very opening count: a place told later in it ("The
town lies near X") says where the place lies, not which it is.
"""

from __future__ import annotations

import re

from geomap.reading.resolve import Place
from geomap.text.sentences import Sentence

__all__ = ["place_named_after"]

#: the opening that names the place just told: "The town, ", "The border village of ", "This city, ";
#: or says where the site or the event just told was: "The school, in the village of ", "It happened near "
_PLACE_AT = r"(?:in|at|near|outside|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?(?:(?:town|city|village|settlement)\s+of\s+)?"
_NAMING_OPENING = re.compile(
    r"(?:(?:The|That|This)\s+(?:[\w-]+\s+){0,2}?(?:town|city|village|settlement|hamlet|camp|locality|market\s+town)"
    r"(?:\s*,\s*|\s+(?:of|called|named)\s+)"
    r"|(?:The|That|This)\s+(?:[\w-]+\s+){0,2}?(?:market|school|hospital|clinic|mosque|church|checkpoint|post|base"
    r"|bridge|depot|station|camp|site|convoy|bus|vehicle)\s*,\s*" + _PLACE_AT
    + r"|(?:It|The\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|shelling|blast|explosion|ambush|raid|clash(?:es)?|fighting"
    r"|shooting|incident))\s+(?:happened|took\s+place|occurred)\s+" + _PLACE_AT + r")", re.I)
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
