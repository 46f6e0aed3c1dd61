"""Bounded memo tables: a dict that forgets its oldest half when it grows past a limit.

The reading steps keep answers about names (the gazetteer's hits for a key, which of them
may stand for a span) for the next sentence and the next document. A batch of varied news
asks about new names for as long as it runs, so an unbounded table grows with the batch, and
one cleared all at once loses every answer the next document needs. Dropping the oldest half
(dicts keep insertion order) costs one pass per half-limit insertions and keeps the names the
recent documents used.
"""
from __future__ import annotations

from itertools import islice

__all__ = ["make_room"]


def make_room(memo: dict, limit: int) -> None:
    """Before adding to ``memo``: when it holds ``limit`` entries or more, drop the oldest ones
    so that half of ``limit`` remain."""
    if len(memo) >= limit:
        for key in list(islice(memo, len(memo) - limit // 2)):
            del memo[key]
