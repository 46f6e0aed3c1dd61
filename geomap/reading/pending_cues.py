"""The typed names still waiting to be placed: which of them hold another's container, and the
list without those just placed (one pass by identity, kept out of ``unlisted``, which places them).
"""
from __future__ import annotations

from geomap.text.place_cues import PlaceCue

__all__ = ["containers_pending", "without_cues"]


def without_cues(pending: list[PlaceCue], placed: list[PlaceCue]) -> list[PlaceCue]:
    """``pending`` without the cues ``placed`` (taken from it): one pass, where removing them one
    by one compared every field of thousands of cues on a long text."""
    gone = {id(c) for c in placed}
    return [c for c in pending if id(c) not in gone]


def containers_pending(pending: list[PlaceCue]) -> list[PlaceCue]:
    """The pending names another pending name is told in ("Y" of "the village of X in Y
    province"): those whose span holds another's anchor. Anchors sorted once, so a long text
    with many unplaced names is not tested pair by pair."""
    from bisect import bisect_left

    anchors = sorted(c.anchor_start for c in pending if c.anchor_start is not None)

    def holds_another(c: PlaceCue) -> bool:
        n = bisect_left(anchors, c.end) - bisect_left(anchors, c.start)
        own = c.anchor_start is not None and c.start <= c.anchor_start < c.end
        return n > own

    return [c for c in pending if holds_another(c)]
