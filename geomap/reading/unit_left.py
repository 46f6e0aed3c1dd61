"""The unit people left when the text names it only as "the county", "the region".

"Officials in the X region said 2,400 foreigners had left the region for the border": the
region left is X, though X is named as where the speakers are (a speaker's place is no area
otherwise). The unit is the last place before it in the sentence told with that kind word
("the X region", "X county") or, failing that, an admin-1 place of the sentence before in
the same paragraph; it takes the figure of the group that left it.
"""

from __future__ import annotations

import re

from geomap.reading.area_units import ArticleUnits, area_names, area_of_place
from geomap.reading.placement import same_paragraph
from geomap.reading.resolve import Place
from geomap.text.cues import displacement_groups
from geomap.text.displacement_counts import displaced_from_text
from geomap.text.quantities import Count
from geomap.text.sentences import Sentence

__all__ = ["unit_left"]

_KINDS = r"county|region|province|district|department|state|governorate|prefecture|municipality|oblast|territory"
# "had left the region for", "fled the province", "leaving the district": the unit named before
_LEFT_THE = re.compile(r"\b(?:left|leaving|fled|fleeing|deserted|abandoned|quit)\s+the\s+(" + _KINDS + r")\b", re.I)
_KIND_AFTER = re.compile(r"\s+(" + _KINDS + r")\b", re.I)
_KIND_BEFORE = re.compile(r"\bthe\s+(" + _KINDS + r")\s+of\s+$", re.I)


def unit_left(text: str, sentences: list[Sentence], i: int, places_by_sentence: dict[int, list[Place]],
              borders, units: ArticleUnits | None = None) -> list[tuple[str, str, str, str, Count | None]]:
    """(unit, iso3, label, admin1, figure) of the unit sentence ``i`` says people left as
    "the <kind>", else []."""
    s = sentences[i]
    m = _LEFT_THE.search(s.text)
    if m is None:
        return []
    kind = m.group(1).lower()
    place = _named_unit(s, places_by_sentence.get(i, []), kind, m.start())
    if place is None and i > 0 and same_paragraph(text, sentences[i - 1], s):
        place = _named_unit(sentences[i - 1], places_by_sentence.get(i - 1, []), kind, len(sentences[i - 1].text))
    got = area_of_place(place, borders, units=units) if place is not None else None
    if got is None:
        return []
    label, admin1 = area_names(place, got[0], borders, units)
    count = next((c for a, b in displacement_groups(s.text) if a <= m.start() < b
                  and (c := displaced_from_text(s.text[a:b])) is not None and c.value is not None), None)
    return [(got[0], got[1], label, admin1, count)]


def _named_unit(s: Sentence, places: list[Place], kind: str, before: int) -> Place | None:
    """The last place of ``s`` before offset ``before`` told as a unit of ``kind`` ("the X
    region", "X county", "the region of X")."""
    best = None
    for p in sorted(places, key=lambda q: q.mention.start):
        a, b = p.mention.start - s.start, p.mention.end - s.start
        if b > before or p.entry.place_type == "country":
            continue
        after, prior = _KIND_AFTER.match(s.text, b), _KIND_BEFORE.search(s.text, max(0, a - 30), a)
        if after and after.group(1).lower() == kind or prior and prior.group(1).lower() == kind:
            best = p
    return best
