"""The place a figure told in a ", where ..." clause belongs to.

"Rain flooded parts of A, where 380 people were evacuated, and the town of B, where 60 houses
were under water": the clause after A tells A's people, so its figure is A's alone, not B's,
though both are named in one displacement group; and a place named inside a clause with a
count of its own is that count's, not the group's.
"""

from __future__ import annotations

import re
from typing import Callable

from geomap.text.group_words import counts_people

__all__ = ["where_clause_of", "where_owners", "in_counted_clause"]

# ", where" opening a clause about the place just before ("A district, where ...")
_WHERE = re.compile(r",\s*where\b", re.I)
# the clause runs to the next comma that is no thousands separator, or a semicolon
_CLAUSE_END = re.compile(r",(?!\d{3}\b)|;|\.(?:\s|$)")


def where_clause_of(text: str, at: int) -> tuple[int, int] | None:
    """(start, end) of the ", where ..." clause that holds offset ``at`` of ``text`` (its start
    is the comma), or None when ``at`` is in no such clause."""
    for m in _WHERE.finditer(text, 0, at):
        end = _CLAUSE_END.search(text, m.end())
        stop = end.start() if end else len(text)
        if m.end() <= at < stop:
            return m.start(), stop
    return None


def where_owners(text: str, spans: list[tuple[int, int]], figure_at: int | None,
                 contained: Callable[[str], bool]) -> tuple[set[int], int | None] | None:
    """The starts of the place ``spans`` (sorted, in ``text``) that may take the figure told at
    ``figure_at`` in a ", where ..." clause, and the start of the place the people left, if
    the clause tells it.

    The places named after the clause do not take it ("A, where 380 were evacuated, and B,
    where ..."); those before it may be where the people came from ("crossed from A into B
    district, where 3,500 have arrived"), unless the clause tells people leaving the place
    before it: "fighting spread from A to B, where 3,000 were evacuated" is B's figure alone,
    B the area they left (with the places B is named in, when ``contained`` says the words
    between two places put the first in the second: "X, in B province, where ..."). None when
    the figure is in no such clause or no place comes right before it."""
    clause = where_clause_of(text, figure_at) if figure_at is not None else None
    if clause is None:
        return None
    before = [k for k, (a, b) in enumerate(spans) if b <= clause[0] and _UNIT_WORD.fullmatch(text[b:clause[0]])]
    if not before:
        return None
    if not _LEFT_IN_CLAUSE.search(text, clause[0], clause[1]) or _ARRIVED_IN_CLAUSE.search(text, clause[0], clause[1]):
        return {a for a, _ in spans if a < clause[1]}, None
    k = before[-1]
    owner, owners = spans[k][0], {spans[k][0]} | {a for a, _ in spans if clause[0] <= a < clause[1]}
    while k and contained(text[spans[k - 1][1]:spans[k][0]]):
        k -= 1
        owners.add(spans[k][0])
    return owners, owner


def in_counted_clause(text: str, start: int, figure_at: int | None) -> bool:
    """Whether the place at ``start`` is named in a ", where ..." clause with a count of its
    own, not the group's at ``figure_at`` ("fled to X, where 1,500 villagers from Y had already
    arrived": Y is where the 1,500 came from, not the group counted before)."""
    clause = where_clause_of(text, start)
    return clause is not None and not (figure_at is not None and clause[0] <= figure_at < clause[1]) \
        and counts_people(text[clause[0]:clause[1]])


_UNIT_WORD = re.compile(r"(?:\s+(?:district|province|region|county|state|town|city|municipality|village))?\s*", re.I)
# a ", where ..." clause telling people leaving the place before it, or reaching it
_LEFT_IN_CLAUSE = re.compile(r"\b(?:evacuated|displaced|fled|uprooted|forced\s+(?:from|out\s+of)|left\s+their\s+homes"
                             r"|lost\s+their\s+homes|homeless)\b", re.I)
_ARRIVED_IN_CLAUSE = re.compile(r"\b(?:arrivals|arrived|arriving|registered|received|hosting|hosts|hosted|sheltering"
                                r"|staying|taken\s+in|took\s+in)\b", re.I)
