"""Where arrivals were counted when the text names it only as where the counting officials are.

"Local officials in Liberia's Foya district said about 2,300 Guineans had arrived in border
villages": the speakers' district is where the group arrived. A speaker's place is otherwise
no area (``displacement._usable``); it becomes the "to" area only for a counted group told by
its arrival alone (no flight word, no area reached named but a country), or told as crossing
"the border" from an area of the other side, when the speakers are local (not a capital's
government) and the people are not of the speakers' own country.
"""

from __future__ import annotations

import re

from geomap.reading.area_units import group_people
from geomap.reading.resolve import Place
from geomap.text import cues
from geomap.text.arrival_groups import described_flight_blanked
from geomap.text.sentences import Sentence

__all__ = ["arrivals_told_by_locals"]

_ARRIVED = re.compile(r"\b(?:had|have|has)\s+(?:\w+\s+)?arrived\b|\b(?:new\s+)?arrivals\b|\bregistered\b", re.I)
_FLIGHT = re.compile(r"\b(?:fled|flee\w*|displac\w*|evacuat\w*|drove|driven|pushed|forced|uprooted|escap\w*|left"
                     r"|leaving|crossed|crossing|entered|into)\b", re.I)
_LOCAL_KINDS = ("admin1", "admin2", "city")
_OWNER_BEFORE = re.compile(r"(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?['’]s\s+$")


# "450 villagers from X had crossed the border": the border crossed, with no side named
_CROSSED_BORDER = re.compile(r"\bcross(?:ed|ing)\s+(?:over\s+)?(?:the|a)\s+(?:border|frontier)\b(?!\s+(?:into|to)\b)", re.I)


def arrivals_told_by_locals(sentence: Sentence, places: list[Place], span: tuple[int, int],
                            left: frozenset[str] = frozenset()) -> list[Place]:
    """The place of the officials who told the arrival of the group at ``span`` (sentence
    offsets), when it is the only hint of where the group arrived (see the module); also when
    the group "crossed the border" or was registered, having left areas in the countries ``left``
    (ISO3), and the speakers are on the other side ("officials in X said 450 villagers from Y
    had crossed the border", "officials in X said they had registered 1,700 who fled Y")."""
    words = described_flight_blanked(sentence.text[span[0]:span[1]])  # ("650 Peruvians fleeing the clashes had arrived")
    crossed = bool(left) and bool(_CROSSED_BORDER.search(words) or _ARRIVED.search(words))
    if not crossed and (not _ARRIVED.search(words) or _FLIGHT.search(words)):
        return []
    people = group_people(words)
    out = []
    for p in places:
        a = p.mention.start - sentence.start
        if a >= span[1] or p.role == "dateline" or p.entry.place_type not in _LOCAL_KINDS \
                or p.entry.feature == "capital" or people and p.entry.iso3 == people or p.entry.iso3 in left:
            continue
        owner = _OWNER_BEFORE.search(sentence.text, max(0, a - 40), a)  # "officials in Kenya's X county said"
        if cues.is_speaker_place(sentence.text, a) or owner and cues.is_speaker_place(sentence.text, owner.start()):
            out.append(p)
    return out[-1:]
