"""Places an act spread to, told after a long first clause.

"Fighting started in the village of X, north of Y, over access to fishing ponds on the river, and
spread to Z and W over the following three days": one event, at X and at Z and W too. The verb
"spread" has no subject of its own there ("and spread", "and quickly spread", "before spreading"):
its subject is the act told first, however many words lie between. With a subject of its own
("and cholera has spread to Z", "fear spread to W") something else spread, and no place is added;
nor is a name the gazetteer lacks, whose point would be a guess (a toll split to it would stand there).
"""

from __future__ import annotations

import re

from geomap.reading.candidates import joined_by_and
from geomap.reading.resolve import Place
from geomap.text.sentences import Sentence

__all__ = ["spread_places"]

#: "and spread to", ", and quickly spread into", "before spreading to": the act told first spread
_SPREAD = re.compile(r"(?:,\s*|\s)(?:and\s+(?:then\s+|later\s+|quickly\s+|soon\s+|rapidly\s+|also\s+)?(?:has\s+|have\s+|had\s+)?"
                     r"(?:spread|spilled|spilt|extended)|before\s+(?:spreading|spilling|extending))"
                     r"(?:\s+(?:on|late\s+on|early\s+on|by)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                     r"|\s+overnight)?\s+(?:over\s+)?(?:to|into)\s+(?:the\s+)?(?:(?:town|towns|village|villages|city|district"
                     r"|districts)\s+of\s+)?", re.I)


def spread_places(sentence: Sentence, trig_end: int, candidates: list[Place]) -> list[Place]:
    """Candidates named just after "and spread to" later in the trigger's sentence (and those
    joined to them by "and" or commas), in order; [] when the act spread nowhere named."""
    text = sentence.text
    stop = text.find(";", trig_end)
    m = _SPREAD.search(text, trig_end, len(text) if stop < 0 else stop)
    if m is None:
        return []
    out: list[Place] = []
    end = m.end()
    for p in sorted(candidates, key=lambda q: q.mention.start):
        a = p.mention.start - sentence.start
        if a < m.end():
            continue
        if a != end and not (out and joined_by_and(text[end:a])):
            break
        if getattr(p.entry, "in_gazetteer", True):  # (a name the gazetteer lacks stands at a guess: no act added there)
            out.append(p)
        end = p.mention.end - sentence.start
    return out
