"""People told with their age: "said Vang A Chu, 46, who grows cardamom".

News writes a person's full name with the age between commas the first time, then the surname
alone ("Chu's neighbour"). A run of two to four capitalised words followed by ", 46, " and a
word that goes on about a person ("who", "a", "his") is a person; so is the last of its words
told alone. (A list of tolls, "Fada N'Gourma, 12, and Kaya, 5, the ministry said", goes on otherwise.)
"""
from __future__ import annotations

import re

__all__ = ["aged_person_names"]

_WORD = r"[A-Z][\w’'-]*"
_AGED = re.compile(rf"\b({_WORD}(?: {_WORD}){{1,3}}), (?:aged )?\d{{1,2}}, (?:who|whose|a|an|his|her)\b")


def aged_person_names(text: str) -> set[str]:
    """Full names and surnames, as written, of the people ``text`` tells with their age."""
    if ", " not in text:
        return set()
    out: set[str] = set()
    for m in _AGED.finditer(text):
        name = m.group(1)
        out.add(name)
        out.add(name.split()[-1])
    return out
