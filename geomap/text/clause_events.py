"""A second event of the same kind in a sentence, bound to its own clause.

"fighting spread across X, as insurgents clashed with soldiers near Y" reports two clashes, one
at X and one at Y. geomap.text.event_words keeps one trigger per sub-event type in a sentence;
``in_own_clause`` gives the later one back, bound to its clause (its places only), when a clause
boundary (";", ", as", ", while", ", whereas") stands between the two. ``joined_by_and`` finds
the second act of one subject joined by "and" or "before" ("gunmen attacked X on Sunday and
raided Y on Monday"): ACLED codes one event per place and day, and the second verb has no trigger of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace

__all__ = ["in_own_clause", "joined_by_and"]

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


#: when the second act came, told between "and" and its verb ("and a day later raided Y", "and on Tuesday
#: attacked Z", "and the next morning struck W")
_WHEN_NEXT = (r"(?:(?:a|one|two|three|four|several|some|few|\d+)\s+(?:minutes?|hours?|days?|nights?|weeks?)\s+later"
              r"|(?:the\s+)?(?:next|following)\s+(?:day|morning|evening|night|week)"
              r"|(?:on|late\s+on|early\s+on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
              r"(?:\s+(?:morning|afternoon|evening|night))?|(?:the\s+)?same\s+(?:day|night|evening)"
              r"|(?:later|earlier)\s+(?:that|the\s+same)\s+(?:day|night|evening|morning))\s*,?\s+")
#: "... and raided Y", "... and then attacked a camp near Z", "... and wounded a third off Y", "... before raiding
#: Y": a second act of the same subject
#: (a verb that says nothing of its own kind: shelling, bombing, burning are told by their own words)
_AND_VERB = re.compile(r"\s(?:,\s*)?(?:and\s+(?:then\s+|later\s+|also\s+|again\s+|" + _WHEN_NEXT + r")?"
                       r"(attacked|raided|stormed|struck|hit|ambushed|overran|assaulted|killed|wounded|injured|shot"
                       r"|abducted|kidnapped)"
                       r"|before\s+(attacking|raiding|storming|striking|hitting|ambushing|overrunning))\s+"
                       r"(?=[A-Z]|(?:the|an?|another|\d+|one|two|three|four|five|six|seven|eight|nine|ten|several)\s)")
_VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")
_VAC, _TAKEN = "Violence against civilians", "Abduction/forced disappearance"
_TAKING = re.compile(r"abducted|kidnapped")


def joined_by_and(sentence: str, told: list) -> list:
    """Events of the kind of the violent event told just before "and <verb>", each bound to the
    clause that "and" opens (its places only, and its own date)."""
    if not told:
        return []  # (no violent event before any "and <verb>": most sentences, not searched)
    out = []
    for m in _AND_VERB.finditer(sentence):
        before = [e for e in told + out if e.end <= m.start() and e.event_type in _VIOLENT]
        if not before:
            continue
        last = max(before, key=lambda e: e.end)
        g = 1 if m.group(1) else 2
        kind = (last.event_type, last.sub_event_type)
        if last.event_type == _VAC:  # "abducted five farmers ... and killed two of them near Y": the killing's kind
            kind = (_VAC, _TAKEN if _TAKING.match(m.group(g)) else "Attack")
        out.append(replace(last, event_type=kind[0], sub_event_type=kind[1], trigger=m.group(g), start=m.start(g),
                           end=m.end(g), clause_start=m.start(), own_clause=True))
    return out
