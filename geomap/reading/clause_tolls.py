"""Tolls of a brief's incidents told in one sentence, clause by clause: "In X county, gunmen killed
three herders near Y on Tuesday; in Z district, two soldiers died when their vehicle struck a
landmine on Thursday." Security briefs and round-ups join their incidents with semicolons, each
clause with its own place and count; each count goes to the incident placed in its own clause
(the place told after the count when the clause names two: "in X county ... near Y" is at Y),
never summed over the sentence's incidents. A clause opened by ", while" joins two incidents the same way."""

from __future__ import annotations

import re

__all__ = ["split_by_clause"]

#: what joins a brief's incidents in one sentence: a semicolon, or ", while" / ", whereas" ("gunmen killed
#: three herders near X, while two soldiers died when their vehicle struck a mine near Y")
_JOINED = re.compile(r";|,\s*(?:while|whereas)\b")


def split_by_clause(sentence: str, fat, placed: list) -> list[tuple[int, tuple[int, int, int]]] | None:
    """[(index in ``placed``, (start, end, value))] when the sentence's counts lie in two or more
    of its clauses joined by semicolons (or ", while"), one count a clause, each clause placing its count on one
    incident; else None. ``placed``: (event, k, location) of the sentence's incidents, mention
    offsets in the sentence."""
    if len(fat.parts) < 2:
        return None
    bounds, start = [], 0
    for m in _JOINED.finditer(sentence):
        bounds.append((start, m.start()))
        start = m.end()
    if not bounds:
        return None
    bounds.append((start, len(sentence)))
    out, used = [], set()
    for a, b, value in fat.parts:
        clause = next(((cs, ce) for cs, ce in bounds if cs <= a and b <= ce), None)
        if clause is None or clause in used:
            return None  # (a count spanning clauses, or two in one: not a brief's list)
        used.add(clause)
        here = [(n, loc) for n, (_ev, _k, loc) in enumerate(placed)
                if loc.mention_start is not None and clause[0] <= loc.mention_start < clause[1]]
        after = [(n, loc) for n, loc in here if loc.mention_start >= b]
        pick = after if len({loc.name for _n, loc in after}) == 1 else here
        if len({loc.name for _n, loc in pick}) != 1:
            return None
        out.append((pick[0][0], (a, b, value)))
    return out
