"""A second event of the same kind told in a coordinate clause of its own: "fighting spread
across X, as insurgents clashed with soldiers near Y" reports two clashes, one at X and one at
Y. geomap.text.event_words keeps one trigger per sub-event type in a sentence; this gives the
later one back, bound to its clause (its places only), when a clause boundary (";", ", as",
", while", ", whereas") stands between the two."""

from __future__ import annotations

import re
from dataclasses import replace

__all__ = ["in_own_clause"]

_COORDINATE = re.compile(r";|,\s*(?:as(?!\s+(?:well|a\s+result|part|of|such|usual|expected))|while|whereas)\b\s*",
                         re.I)


def in_own_clause(sentence: str, event, told: list):
    """``event`` bound to its own coordinate clause (``clause_start``, ``own_clause``) when an
    event of its sub-type in ``told`` lies before that clause; else None."""
    last = None
    for m in _COORDINATE.finditer(sentence, 0, event.start):
        last = m
    if last is None or event.clause_start is not None:
        return None
    same = [e for e in told if (e.event_type, e.sub_event_type) == (event.event_type, event.sub_event_type)]
    if not same or any(e.start >= last.start() for e in same):
        return None
    return replace(event, clause_start=last.end(), own_clause=True)
