"""Which incident told before a follow-up ("the toll from Sunday's attack on the camp has risen to
five") is about: the last one of its family on the day the follow-up names, else the last one
of its type told (the reading before the day counted).

A report often tells several events before coming back to one: "On Sunday, gunmen attacked a
camp near X ... On Monday, troops clashed with smugglers in Y. The toll from Sunday's attack has
risen to five" is X's attack, not Y's clash, though the clash was told last.
"""

from __future__ import annotations

from datetime import date

from geomap.reading.retold_inside import family

__all__ = ["followed_up"]


def followed_up(told: list[tuple[str, date | None, object]], event_type: str, day: date | None):
    """The location of the incident a follow-up of ``event_type`` told on ``day`` is about, or
    None; ``told``: (event type, date, location) of the incidents told so far, in order."""
    if day is not None:
        dated = [loc for t, d, loc in told if d == day and family(t) == family(event_type)]
        if dated:
            return dated[-1]
    same = [loc for t, _d, loc in told if t == event_type]
    return same[-1] if same else None
