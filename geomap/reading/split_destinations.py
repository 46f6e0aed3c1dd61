"""One figure told for moves to places in different first-level units: no figure on any of them.

"Some 600 residents have moved to Kangaba town and to relatives in Bamako": the 600 went to
the two places together, in shares the text does not give, so neither area's arrivals are 600
(the area they left keeps it). When the places lie in one unit ("to Kousseri town and further
south to Maroua", both in the Far North) the unit's arrivals are the whole figure and it stays.
"""

from __future__ import annotations

import re

from geomap.gazetteer.normalize import fold
from geomap.reading.area_units import Area
from geomap.text.quantities import Count

__all__ = ["split_destinations"]

# between two destinations of one move, its "to" told again: "X town and to relatives in Y", "X and
# further south to Y" (not a later step: "crossed at X, and were taken to Y"; not where people are
# hosted: "camps in X and Y were sheltering 90,000", the total of both)
_JOINED = re.compile(r"(?:\s+(?:town|city|village|district|province|region|department|state))?\s*(?:,\s*)?(?:,|and|or)\s+"
                     r"(?!(?:were|was|then|later|are|is|have|had|been)\b)(?:[a-z]+\s+){0,2}?to\s+(?:[a-z]+\s+){0,2}?$")


def _coordinated(text: str, labels: list[str]) -> bool:
    """Whether the destinations' names stand in the (folded) sentence as one list ("to X and
    to relatives in Y"), not as steps of a journey; a name not found: not told so."""
    spans = sorted((text.find(name), text.find(name) + len(name)) for name in map(fold, labels))
    return spans[0][0] >= 0 and all(_JOINED.fullmatch(text, end, start) for (_, end), (start, _) in zip(spans, spans[1:]))


def split_destinations(found: list[tuple[Area, Count | None]], sentence: str) -> list[tuple[Area, Count | None]]:
    """``found`` with the figure taken off the "to" areas that share one count across more
    than one first-level unit, their names told as one list of destinations."""
    units: dict[tuple[int, int], dict[str, str]] = {}
    for area, count in found:
        if area.direction == "to" and not area.country and count is not None:
            units.setdefault((count.start, count.end), {}).setdefault(area.name, area.label or area.name)
    text = fold(sentence)
    split = {span for span, names in units.items() if len(names) > 1 and _coordinated(text, list(names.values()))}
    return [(area, None if area.direction == "to" and not area.country and count is not None
             and (count.start, count.end) in split else count) for area, count in found]
