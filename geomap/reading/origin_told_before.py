"""The area a nationality's people fled, told earlier as where the fighting was.

"Colombian troops clashed with dissidents in La Dorada, a town in Putumayo. ... About 600
Colombians crossed the river into Sucumbíos after the fighting": the sentence counting the
crossing names only where they went; the area they left is the place of their own country
where the article told the violence just before (Putumayo). Only a group named by its
nationality, that reached an area of another country and whose sentence names no area of its
own country left, is read so; the area takes no figure (the text does not tie it to the count).
"""

from __future__ import annotations

import re
from typing import Callable

from geomap.reading.area_units import Area, ArticleUnits, area_names, area_of_place, group_people
from geomap.reading.resolve import Place
from geomap.text.cues import displacement_groups
from geomap.text.event_words import classify_event
from geomap.text.sentences import Sentence

__all__ = ["origin_told_before"]

#: how many sentences back the fighting may have been told
LOOKBACK = 6
_CROSSED = re.compile(r"\b(?:cross\w*|into|fled|fleeing|sought\s+(?:refuge|safety)|entered)\b", re.I)
_PLACE_TYPES = ("admin1", "admin2", "city")
_VIOLENCE = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def origin_told_before(sentences: list[Sentence], i: int, found: list[Area], places_by_sentence: dict[int, list[Place]],
                       borders, units: ArticleUnits | None, usable: Callable[[Sentence, Place], bool],
                       past: set[int] = frozenset()) -> list[Area]:
    """[the area left] by the people of one nationality whose crossing sentence ``i`` tells,
    from the nearest sentence before it telling violence in their country (its first place there:
    "clashed near A, where the force pushed from B"); none when the sentence names any area
    of their country itself; else []."""
    s = sentences[i]
    people = {p for a, b in displacement_groups(s.text) if _CROSSED.search(s.text[a:b])
              and (p := group_people(s.text[a:b])) is not None}
    if len(people) != 1:
        return []
    iso3 = people.pop()
    if any(a.iso3 == iso3 for a in found) \
            or not any(a.direction == "to" and a.iso3 != iso3 for a in found):
        return []
    for j in range(i - 1, max(-1, i - LOOKBACK - 1), -1):
        if j in past:
            continue
        event = classify_event(sentences[j].text)
        if event is None or event.event_type not in _VIOLENCE:
            continue
        for p in sorted(places_by_sentence.get(j, []), key=lambda q: q.mention.start):  # (the first: what it is about)
            if p.entry.iso3 != iso3 or p.entry.place_type not in _PLACE_TYPES or not usable(sentences[j], p):
                continue
            got = area_of_place(p, borders, units=units)
            if got is not None and got[1] == iso3:
                label, admin1 = area_names(p, got[0], borders, units)
                return [Area(got[0], got[1], "from", False, label, admin1, town=p.entry.place_type == "city")]
    return []
