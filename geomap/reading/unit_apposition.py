"""A name told again with the unit that holds it: "The Chiquibul, in the Cayo District, has ...".

A report often names a village or forest first where nothing says where it lies ("killed in
Chiquibul shoot-out") and only later, in an aside, gives the district or province holding it.
That unit is the smallest one the text gives and it says on which side of the frontier the place
lies: the place goes in it, not by the nearest town across the frontier.
"""
from __future__ import annotations

import re

from geomap.text.place_cues import PlaceCue
from geomap.text.sentences import Sentence

__all__ = ["unit_appositions"]

#: capitalised words opening a sentence before the name ("The X, in ...", "In X, in ...")
_OPENING_WORDS = frozenset("the in at near on from to of and but inside outside around across for by".split())

_NAME = r"[A-Z][\w'’-]+(?:\s+(?:de|del|do|da|el|la)?\s*[A-Z][\w'’-]+){0,3}"
#: "X, in the Y District," / "X, in Y county" (the unit's word written after its name)
_IN_UNIT = re.compile(rf"\b({_NAME}),\s+in\s+(?:the\s+)?({_NAME})\s+(?:[Dd]istrict|[Cc]ounty|[Pp]rovince|[Rr]egion|"
                      rf"[Pp]refecture|[Dd]epartment|[Rr]egency|[Mm]unicipality|[Gg]overnorate)\b")


def unit_appositions(text: str, sentences: list[Sentence]) -> list[PlaceCue]:
    """Cues of the names told with ", in the Y District" after them (an opening "The" or "In" left out)."""
    if ", in " not in text:
        return []
    out = []
    for m in _IN_UNIT.finditer(text):
        start, name = m.start(1), m.group(1)
        while " " in name and name.split(" ", 1)[0].lower() in _OPENING_WORDS:  # "In X, in Y province"
            first = name.split(" ", 1)[0]
            start, name = start + len(first) + 1, name[len(first) + 1:]
        if name.lower() in _OPENING_WORDS or re.search(r"['’]s\b", m.group(2)):
            continue  # (a unit told with its country's name, "in Ghana's Upper East region", is read by the hints)
        si = next((i for i, s in enumerate(sentences) if s.start <= start < s.end), None)
        if si is None or "\n" in name:
            continue
        out.append(PlaceCue(name, start, m.end(1), m.end(1), "place", "city", si, m.start(2), "in-unit"))
    return out
