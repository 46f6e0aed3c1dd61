"""Where a sentence appends the plan its news belongs to: "officials met in X on Thursday to discuss a
new road, part of a 2023 plan to link Y and Z by a highway", for ``geomap.reading.candidates``.

The places of such a tail are the plan's (the road's ends, the towns a project will join), not where
the sentence's event happened: the meeting was in X, not in Y or Z.
"""

from __future__ import annotations

import re

__all__ = ["in_plan_tail"]

_PLAN_TAIL = re.compile(
    r"[,\u2014\u2013]\s+(?:as\s+)?part\s+of\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:plan|project|programme"
    r"|program|scheme|initiative|strategy|drive)\s+to\s", re.I)


def in_plan_tail(sentence: str, start: int) -> bool:
    """Whether ``start`` lies in an appended "..., part of a plan to ..." of the sentence."""
    m = _PLAN_TAIL.search(sentence, 0, start)
    return m is not None and not re.search(r"[.;]", sentence[m.end():start])
