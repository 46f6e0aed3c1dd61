"""A last place for a name the text types as a place ("in Cuchamano village", "the Chikwizo
area") when no place of the article's countries is around it.

The article's countries are read from the places it names most; a short report may name the
other side only by its towns ("the road between Nyamapanda and Tete"), so the places around
the name all fall outside those countries and the typed name was dropped. A typed name is a
place whatever the country list says: put it by the place named closest to it, in any country.
With no place below country level around it at all (a frontier story that names only its two
countries, its dateline and its capitals), it stands at the dateline town, even a capital.
"""
from __future__ import annotations

import re
from typing import Callable

from geomap.gazetteer import GazetteerEntry
from geomap.reading.resolve import Place
from geomap.reading.unlisted_names import rare_name
from geomap.text.place_cues import PlaceCue
from geomap.text.place_hints import NUMBERED_KIND

__all__ = ["frontier_stretch", "last_resort", "typed_strongly"]

_SETTLEMENTS = frozenset(("town", "village", "city", "hamlet", "community"))
#: a word that puts what follows somewhere ("police in Zone Four", "across Region Six")
_LOCATIVE = re.compile(r"\b(?:in|into|at|of|from|to|across|near|inside|throughout)\s+(?:the\s+)?$", re.I)


def _numbered_place(text: str, cue: PlaceCue) -> bool:
    """A numbered unit told as where something is ("police in Zone Four"): common words, but a unit
    word with its number is a name; a body's unit ("the Isoc Region 4 said") is no place."""
    return cue.kind == NUMBERED_KIND and bool(_LOCATIVE.search(text[max(0, cue.start - 30):cue.start]))


def last_resort(text: str, cue: PlaceCue, unit: GazetteerEntry | None, guessed: bool,
                nearest_anywhere: Callable[[], Place | None]) -> tuple[GazetteerEntry | None, bool]:
    """``(unit, guessed)`` unchanged when a unit was found, the cue is only a hint (a hint
    needs the article's countries around it: its name alone says little) or neither a rare name
    nor a settlement or a numbered unit told as a place; else, as a guess,
    the place ``nearest_anywhere`` finds closest to a typed name in any country."""
    if unit is not None or cue.weak or not (rare_name(cue) or cue.kind in _SETTLEMENTS or _numbered_place(text, cue)):
        return unit, guessed  # "the Friendship Bridge" is made of common words: no place without its countries
    near = nearest_anywhere()
    return (near.entry, True) if near is not None else (None, guessed)


def typed_strongly(text: str, cue: PlaceCue) -> bool:
    """A name its words alone make a place: a rare name, a settlement, a numbered unit told as one."""
    return rare_name(cue) or cue.kind in _SETTLEMENTS or _numbered_place(text, cue)


def frontier_stretch(places: list[Place], frontier: set[str], nearest_anywhere: Callable[[], Place | None],
                     story_place: Callable[[], GazetteerEntry | None] = lambda: None) -> GazetteerEntry | None:
    """Where a name goes that nothing in the text places, in a story about the frontier of
    ``frontier``'s countries: the dateline town when it lies in one of them and is no capital (the
    report is filed from that stretch: "ZIGUINCHOR — ... near Djibidione, a village about eight
    kilometres from the border"), else the place ``nearest_anywhere`` finds told before it, in any
    country, else the place the story is about (``story_place``: "Residents of X were woken ..."
    opens a report whose towns come paragraphs later). (Not a point of the frontier line nearest a country's middle: hundreds of km from the
    stretch told, and an incident there took a toll the text tells at the name.)"""
    datelines = [p.entry for p in places if p.role == "dateline" and p.entry.iso2 in frontier
                 and p.entry.place_type == "city"]
    for e in datelines:
        if e.feature != "capital":
            return e
    near = nearest_anywhere()
    if near is not None:
        return near.entry
    # nothing but the countries and a capital dateline ("KATHMANDU — Trade through the X crossing
    # resumed ... officials in Y district said"): the name is still a place, filed from that capital
    return datelines[0] if datelines else story_place()
