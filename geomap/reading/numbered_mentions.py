"""A unit named by a word and a number in digits ("Region 9", "Province No. 1"): the mention
finder reads runs of capitalised words, and a digit is none, so the number is read here and
the whole looked up among first-level units (their numbered names: data/admin1_numbers.csv)."""
from __future__ import annotations

import re

from geomap.gazetteer.normalize import fold

__all__ = ["numbered_unit_at"]

_HEADS = ("Region", "Province")
_NUMBERED = re.compile(r"(?:Region|Province)[ \u00a0]+(?:No\.?[ \u00a0]+)?\d{1,2}\b")
#: a body's own numbered unit: "the Internal Security Operations Command (Isoc) Region 4",
#: "Military Region 4", "Police Region 2" (a capitalised word or a bracket right before)
_BODY_BEFORE = re.compile(r"(?:[A-Z][\w.]*|\))[ \u00a0]+$")


def numbered_unit_at(text: str, start: int, gaz) -> tuple[int, str, tuple] | None:
    """A first-level unit told by its number starting at ``start``: (end, key, hits), or None."""
    if not text.startswith(_HEADS, start):  # (called at every capitalised word: most are neither)
        return None
    m = _NUMBERED.match(text, start)
    if not m or _BODY_BEFORE.search(text, max(0, start - 30), start):
        return None
    key = fold(m.group())
    hits = tuple(h for h in gaz.hits(key) if h.entry.place_type == "admin1")
    return (m.end(), key, hits) if hits else None
