"""How the unlisted step reads names told at sea: a strait between states, an island in a sea.

A strait, gulf or sea lies between states while its gazetteer row names one shore ("the Bering
Strait"), so it is no namesake in a third country; a sea told as holding an island ("X island in
the Gulf of Thailand") is no unit the island's point must be near, and its middle, hundreds of km
out, is no point for an island the gazetteer lacks; an island the gazetteer knows keeps the word
the text types it with ("the Hanish islands").
"""
from __future__ import annotations

from dataclasses import replace

from geomap.gazetteer import GazetteerEntry

__all__ = ["ISLAND_WORDS", "a_sea_between_states", "held_by_sea", "sea_middle", "with_island_word"]

#: the words that type a name as an island or a group of them
ISLAND_WORDS = frozenset(("island", "islands", "islet", "islets"))
#: waters between states (straits, gulfs, seas), not a river of one country
_SEA_KINDS = frozenset(("strait", "gulf", "bay", "channel", "passage", "sea", "estuary"))
#: waters whose point is near all their shores, unlike a sea's middle
_NARROW_WATERS = frozenset(("strait", "bay", "channel", "passage", "estuary"))


def a_sea_between_states(cue, e: GazetteerEntry) -> bool:
    """"the Bering Strait" typed as a water is the table's strait, whichever shore its row names."""
    return cue.place_type == "water" and e.place_type == "water" and e.feature in _SEA_KINDS


def held_by_sea(anchor: GazetteerEntry | None) -> bool:
    """A water told as holding a place: it holds an island but is no point to be near."""
    return anchor is not None and anchor.place_type == "water"


def sea_middle(unit: GazetteerEntry | None, anchor: GazetteerEntry | None, cue) -> bool:
    """Whether the unit a place the gazetteer lacks would be put at is the middle of a sea the text
    told as holding it (a bay's or strait's point is near all its shores, and one the gazetteer lacks
    was itself placed by the article's places)."""
    return (unit is not None and unit is anchor and unit.place_type == "water" and cue.place_type != "water"
            and unit.in_gazetteer and unit.feature not in _NARROW_WATERS)


def with_island_word(text: str, places: list, known, cue) -> list:
    """``places`` with the mention of an island the gazetteer knows spanning the word the text types
    it with ("the Hanish islands"), else unchanged."""
    if cue.kind not in ISLAND_WORDS or known.mention.start != cue.start or known.mention.end >= cue.end:
        return places
    wider = replace(known, mention=replace(known.mention, text=text[cue.start:cue.end], end=cue.end))
    return [wider if p is known else p for p in places]
