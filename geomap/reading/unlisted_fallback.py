"""A last place for a name the text types as a place ("in Cuchamano village", "the Chikwizo
area") when no place of the article's countries is around it.

The article's countries are read from the places it names most; a short report may name the
other side only by its towns ("the road between Nyamapanda and Tete"), so the places around
the name all fall outside those countries and the typed name was dropped. A typed name is a
place whatever the country list says: put it by the place named closest to it, in any country.
"""
from __future__ import annotations

from typing import Callable

from geomap.gazetteer import GazetteerEntry
from geomap.reading.resolve import Place
from geomap.reading.unlisted_names import rare_name
from geomap.text.place_cues import PlaceCue

__all__ = ["last_resort"]

_SETTLEMENTS = frozenset(("town", "village", "city", "hamlet", "community"))


def last_resort(cue: PlaceCue, unit: GazetteerEntry | None, guessed: bool,
                nearest_anywhere: Callable[[], Place | None]) -> tuple[GazetteerEntry | None, bool]:
    """``(unit, guessed)`` unchanged when a unit was found, the cue is only a hint (a hint
    needs the article's countries around it: its name alone says little) or neither a rare name
    nor a settlement; else, as a guess,
    the place ``nearest_anywhere`` finds closest to a typed name in any country."""
    if unit is not None or cue.weak or not (rare_name(cue) or cue.kind in _SETTLEMENTS):
        return unit, guessed  # "the Friendship Bridge" is made of common words: no place without its countries
    near = nearest_anywhere()
    return (near.entry, True) if near is not None else (None, guessed)
