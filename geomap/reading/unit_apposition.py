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

_NAME = r"[A-Z][\w'’-]+(?:\s+(?:de|del|do|da|el|la)?\s*[A-Z][\w'’-]+){0,3}"
#: "X, in the Y District," / "X, in Y county" (the unit's word written after its name)
_IN_UNIT = re.compile(rf"\b({_NAME}),\s+in\s+(?:the\s+)?({_NAME})\s+(?:[Dd]istrict|[Cc]ounty|[Pp]rovince|[Rr]egion|"
                      rf"[Pp]refecture|[Dd]epartment|[Rr]egency|[Mm]unicipality|[Gg]overnorate)\b")


def unit_appositions(text: str, sentences: list[Sentence]) -> list[PlaceCue]:
    """Cues of the names told with ", in the Y District" after them (a leading "The" left out)."""
    if ", in " not in text:
        return []
    out = []
    for m in _IN_UNIT.finditer(text):
        start, name = m.start(1), m.group(1)
        if name.startswith("The "):
            start, name = start + 4, name[4:]
        si = next((i for i, s in enumerate(sentences) if s.start <= start < s.end), None)
        if si is None or "\n" in name:
            continue
        out.append(PlaceCue(name, start, m.end(1), m.end(1), "place", "city", si, m.start(2), "in-unit"))
    return out
