"""A camp named by an acronym ("the ZDA camp", "the PoC site") is where the article said it was.

Aid agencies and reporters name camps by acronyms that no gazetteer holds: "Some 30,000
refugees live in the ZDA camp, 5 km outside X. ... On Sunday, gunmen attacked the ZDA camp".
The event is at the place the camp was first told with (X), however many sentences before;
a camp told with no place stays unplaced by this rule.
"""

from __future__ import annotations

import re

from geomap.reading.candidates import incident_candidates
from geomap.reading.resolve import Place
from geomap.text.sentences import Sentence

__all__ = ["camp_told_before"]

_CAMP = re.compile(r"\b(?-i:([A-Z][A-Za-z0-9]{0,2}[A-Z][A-Z0-9]{0,3}))\s+(?:(?:refugee|displacement|IDP|transit|protection)\s+)?"
                   r"(?:camps?|sites?|settlements?)\b", re.I)
_KINDS = ("city", "landmark", "admin2")


def camp_told_before(sentences: list[Sentence], i: int, by_sentence: dict[int, list[Place]]
                     ) -> tuple[Place, Sentence] | None:
    """The place (and its sentence) an acronym-named camp of sentence ``i`` was told with before."""
    for m in _CAMP.finditer(sentences[i].text):
        for j in range(i - 1, -1, -1):
            s = sentences[j]
            told = [t.start() for t in _CAMP.finditer(s.text) if t.group(1) == m.group(1)]
            cands = [p for p in incident_candidates(s, by_sentence.get(j, [])) if p.entry.place_type in _KINDS]
            if told and cands:
                return min(cands, key=lambda p: abs(p.mention.start - s.start - told[0])), s
    return None
