"""The place a figure told in a ", where ..." clause belongs to.

"Rain flooded parts of A, where 380 people were evacuated, and the town of B, where 60 houses
were under water": the clause after A tells A's people, so its figure is A's alone, not B's,
though both are named in one displacement group.
"""

from __future__ import annotations

import re

__all__ = ["where_clause_of"]

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
