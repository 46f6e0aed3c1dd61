"""A name the text itself tells is a town: "Tachov town", "Derby Line, Vermont".

A district or province often shares its name with its seat, and the gazetteer's unit stands
some way off the town (a district's middle 10-30 km away): the word "town" written right after
the name says which one the text means. A small town whose name is made of common words
("Derby Line") is passed over as words; written with its own state or province after a comma
("Derby Line, Vermont"), it is that town, and the incident told there is not at the state. So is
a small capital written with its territory ("Stanley, Falkland Islands"), though a bigger
namesake elsewhere (Stanley in County Durham) is read too.
"""
from __future__ import annotations

import re

from geomap.gazetteer import fold

__all__ = ["towns_told_as_towns", "towns_told_with_their_division", "towns_told_with_their_country"]

#: the lowercase word "town" right after a name ("in Ruse town", "Tachov town's market")
_TOWN_WORD = re.compile(r"\s+town\b")
#: a comma and up to four capitalised words after a name ("Derby Line, Vermont", ", New South Wales")
_DIVISION_AFTER = re.compile(r",\s+([A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|do|del|de))*)")


def towns_told_as_towns(text: str, end: int, hits: tuple) -> tuple:
    """``hits`` of a name ending at ``end`` without its districts and provinces when the text
    writes "town" after it and the name is also a town's."""
    if not _TOWN_WORD.match(text, end) or not any(h.entry.place_type == "city" for h in hits):
        return hits
    return tuple(h for h in hits if h.entry.place_type not in ("admin1", "admin2"))


def towns_told_with_their_division(text: str, end: int, hits: tuple, gazetteer) -> tuple:
    """The towns among ``hits`` (a name ending at ``end``) whose own first-level division is
    the name written after it behind a comma ("Derby Line, Vermont"); none when there is none."""
    m = _DIVISION_AFTER.match(text, end)
    if m is None:
        return ()
    words = m.group(1).split()
    for n in range(len(words), 0, -1):  # the longest run of words that names a division
        units = {(u.entry.iso3, u.entry.admin1 or u.entry.name) for u in gazetteer.hits(fold(" ".join(words[:n])))
                 if u.entry.place_type == "admin1"}
        if units:
            return tuple(h for h in hits if h.entry.place_type == "city" and (h.entry.iso3, h.entry.admin1) in units)
    return ()


#: a comma, an optional "in (the)", and up to four capitalised words ("Stanley, in the Falkland Islands")
_COUNTRY_AFTER = re.compile(r",\s+(?:in\s+(?:the\s+)?)?([A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|and|the))*)")


def towns_told_with_their_country(text: str, end: int, hits: tuple, usable: tuple, gazetteer) -> tuple:
    """The towns among ``hits`` (a name ending at ``end``) that lie in the country written after it
    behind a comma, when none of the ``usable`` readings does: a common word's small town is passed
    over for its big namesake ("Stanley" is read as the English town), but "Stanley, Falkland
    Islands" is the islands' capital."""
    m = _COUNTRY_AFTER.match(text, end)
    if m is None:
        return ()
    words = m.group(1).split()
    for n in range(len(words), 0, -1):  # the longest run of words that names a country
        states = {u.entry.iso3 for u in gazetteer.hits(fold(" ".join(words[:n]))) if u.entry.place_type == "country"}
        if states:
            if any(u.entry.iso3 in states for u in usable):
                return ()
            return tuple(h for h in hits if h.entry.place_type == "city" and h.entry.iso3 in states)
    return ()
