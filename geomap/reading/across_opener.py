"""A sentence that opens "Across the river," or "On the other side of the border, in X" tells
of the frontier's other country: a name it types that the gazetteer lacks lies there, not beside
the place told just before it (which is on this side), and that place is no neighbour for a name
told before the sentence.
"""
from __future__ import annotations

import re

from geomap.reading.resolve import Place
from geomap.reading.story_countries import sentence_countries
from geomap.text.sentences import Sentence

__all__ = ["opens_across", "other_side", "told_on_side"]

# "Across the river,", "Across the border, in X", "On the other side of the frontier, ..." (a
# comma closes the opener: "across the river from Y" is a relation of one name, read elsewhere)
_OPENER = re.compile(r"^\W*(?:across|on the other side of|over) the (?:\w+ )?"
                     r"(?:river|border|frontier|boundary|lake|water|waters|bridge|line|valley)\s*,", re.I)


def opens_across(sentence: Sentence) -> bool:
    """Whether the sentence opens by crossing to the frontier's other side."""
    return _OPENER.match(sentence.text) is not None


def other_side(sentence_no: int, sentences: list[Sentence], places: list[Place],
               said: set[str]) -> str | None:
    """The country an opener sentence tells of: of the two the article names most (by places,
    and by demonyms: ``said``), the one the sentence names, else the one the town or district
    told last before the sentence is not in; None when the sentence does not open so or that is
    unclear."""
    if not opens_across(sentences[sentence_no]):
        return None
    named: dict[str, int] = {}
    for p in places:  # (the dateline counts: "HARARE –" says whose side the report starts on)
        if p.entry.iso2:
            named[p.entry.iso2] = named.get(p.entry.iso2, 0) + 1
    for iso2 in said:  # "Zimbabwean rangers": a country told by demonym alone
        named[iso2] = named.get(iso2, 0) + 1
    pair = sorted(named, key=lambda c: (-named[c], c))[:2]
    if len(pair) < 2:
        return None
    told = sentence_countries(sentences[sentence_no], places) & set(pair)
    if len(told) == 1:  # "Across the frontier, officials in The Gambia's X district": the side it names
        return next(iter(told))
    before = [p for p in places if p.mention.sentence < sentence_no and p.role == "place"  # (not "fled into
              and p.entry.iso2 in pair and p.entry.in_gazetteer and p.entry.place_type != "country"]  # Gambia.")
    if not before:
        return None
    here = max(before, key=lambda p: p.mention.start).entry.iso2
    return next(c for c in pair if c != here)


def told_on_side(sentence_no: int, places: list[Place], iso2: str) -> Place | None:
    """A town or district of country ``iso2`` the opener sentence itself names ("Across the
    river, the X municipality said households left Y and were housed in Z"): a point on the
    right side for the names it types, better than the frontier across from the place before."""
    same = [p for p in places if p.mention.sentence == sentence_no and p.role == "place" and p.entry.in_gazetteer
            and p.entry.iso2 == iso2 and p.entry.place_type in ("city", "admin2")]
    return min(same, key=lambda p: p.mention.start) if same else None
