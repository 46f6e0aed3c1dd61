"""A name the text gives a second name for: "Koya, also known as Koysinjaq" is the place the
gazetteer knows as Koysinjaq, not a namesake elsewhere or a point the text could only guess.

Writers name a town as locals say it and add the name maps use ("Derik, also known as
al-Malikiyah"). When the second name is a town or landmark the gazetteer holds and the first
name's reading lies elsewhere (a namesake across the frontier, or a place the gazetteer lacks,
put at a unit's point), every mention of the first name is read as that place. A second name
the gazetteer lacks ("the Gatuna crossing, also known as Katuna") is read as the first's place.
A name in brackets after a town ("Saylac (Zeila)") read in another country far from it is the
town's other name, not that namesake (a province or country in brackets, "Villamontes
(Tarija)", "Goma (DRC)", lies in or around the town and keeps its reading).
"""
from __future__ import annotations

import re

from geomap.gazetteer import fold, haversine_km
from geomap.reading.mentions import Mention
from geomap.reading.resolve import Place
from geomap.settings import UNLISTED_NEAR_KM

__all__ = ["with_aliases"]

#: between the two names: ", also known as", " (also called", ", locally known as"
#: (and ", known in China as", ", known to Koreans as", ", known locally as": whose name it is)
_ALIAS = re.compile(r",?\s*\(?\s*(?:(?:also|locally|otherwise|formerly)\s+(?:known\s+as|called|spelt|spelled)"
                    r"|known\s+(?:(?:in|to|by)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+|locally\s+)?as)"
                    r"\s+(?:the\s+)?")
_POINT_TYPES = ("city", "landmark")


def with_aliases(text: str, places: list[Place]) -> list[Place]:
    """``places`` with each name given a second name read as the place of the second name."""
    order = sorted(places, key=lambda q: q.mention.start)
    moved = {}
    for i, p in enumerate(order):
        # the second name after the alias words, past a country they name ("known in China as X")
        q = next((q for q in order[i + 1:i + 3] if _ALIAS.fullmatch(text, p.mention.end, q.mention.start)), None)
        if q is None or p.role != "place" or q.role != "place" or not q.entry.in_gazetteer \
                or q.entry.place_type not in _POINT_TYPES or p.entry.place_type not in _POINT_TYPES or p.mention.key in moved:
            continue
        e = p.entry
        if e.in_gazetteer and haversine_km(e.lat, e.lon, q.entry.lat, q.entry.lon) <= UNLISTED_NEAR_KM:
            continue  # the reading already agrees
        moved[p.mention.key] = q
    bracketed = _bracketed(text, order)  # (its mentions read as that far namesake, of any type)
    if bracketed:
        places = [Place(p.mention, bracketed[p.entry.gid].entry, bracketed[p.entry.gid].confidence)
                  if p.entry.gid in bracketed and p.role == "place" else p for p in places]
    if moved:
        places = [Place(p.mention, moved[p.mention.key].entry, moved[p.mention.key].confidence)
                  if p.mention.key in moved and p.entry.place_type in _POINT_TYPES else p for p in places]
    return _second_names(text, places)


def _bracketed(text: str, order: list[Place]) -> dict[str, Place]:
    """Names in brackets after a town ("Saylac (Zeila)", "Bosaso (Bender Cassim)") read far away
    in another country, and unlisted names with the town's name in brackets after them ("Zeila
    (Saylac)"): the reading's gid -> the town."""
    moved = {}
    for p, q in zip(order, order[1:]):
        e, f = p.entry, q.entry
        if p.role != "place" or q.role != "place" or text[p.mention.end:q.mention.start] != " (" \
                or not _CLOSED.match(text, q.mention.end):
            continue
        if e.in_gazetteer and e.place_type == "city" and f.place_type in ("city", "admin1", "admin2") \
                and f.iso2 != e.iso2 and haversine_km(e.lat, e.lon, f.lat, f.lon) > UNLISTED_NEAR_KM:
            moved.setdefault(f.gid, p)
        elif not e.in_gazetteer and f.in_gazetteer and f.place_type == "city" and e.place_type in _POINT_TYPES:
            moved.setdefault(e.gid, q)
    return moved


_CLOSED = re.compile(r"(?:\s+[A-Z][\w'’-]*){0,2}\)")  # the rest of the bracketed name ("Bender| Cassim)")


#: a second name the gazetteer lacks, after the alias words: one to four capitalised words
_SECOND = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}")


def _second_names(text: str, places: list[Place]) -> list[Place]:
    """``places`` with the second name of a place read as that place when the gazetteer lacks it
    ("the Gatuna crossing, also known as Katuna")."""
    taken = [(p.mention.start, p.mention.end) for p in places]
    added = []
    for p in places:
        if p.role != "place" or p.entry.place_type not in _POINT_TYPES:
            continue
        alias = _ALIAS.match(text, p.mention.end)
        name = _SECOND.match(text, alias.end()) if alias else None
        if name is None or any(a < name.end() and name.start() < b for a, b in taken):
            continue
        mention = Mention(name.group(), name.start(), name.end(), p.mention.sentence, fold(name.group()), (),
                          context_before=text[max(0, name.start() - 40):name.start()])
        added.append(Place(mention, p.entry, p.confidence))
        taken.append((name.start(), name.end()))
    return sorted(places + added, key=lambda q: q.mention.start) if added else places
