"""A town the text puts in a named country or province ("STANLEY, Falkland Islands —", "Kingston
(Jamaica)", "PERTH, Scotland") but the resolver read in another: the text's unit wins.

A name that is also a common English word ("Stanley") keeps only its well-known namesakes as
candidates, so the town the dateline names may never reach the resolver, which then picks a
namesake abroad. When the gazetteer holds a town of that name in the country (or province) the
text writes right after it, that town is meant, and so is every other mention of the name read the
same way.
"""
from __future__ import annotations

import re
from dataclasses import replace as _replace

from geomap.gazetteer import GazetteerEntry, fold, haversine_km
from geomap.reading.resolve import Place
from geomap.settings import NEAR_KM

__all__ = ["closes_apposition", "with_towns_told_in_country"]

#: what stands between a town and the country that holds it: "X, C", "X (C)", "X, in C"
_GAP = re.compile(r"\s*(?:,|\()\s*(?:in\s+)?(?:the\s+)?")
#: what closes such an apposition: a comma, a bracket, a dash, the sentence's end ("near Busia, Uganda
#: said" names the speaker, not Busia's country)
_CLOSED = re.compile(r"\s*(?:[,.;:()\]\u2014\u2013-]|\n|$|(?:and|or)\b)")


def with_towns_told_in_country(text: str, places: list[Place], gazetteer) -> list[Place]:
    """``places`` with each town told in another country than its reading's moved there."""
    by_start = {p.mention.start: p for p in places}
    moved: dict[tuple[str, str], GazetteerEntry] = {}  # (name key, old gid) -> the entry of the country told
    for p in places:
        if p.entry.place_type != "city" or not p.entry.in_gazetteer:
            continue
        gap = _GAP.match(text, p.mention.end)
        told = by_start.get(gap.end()) if gap and gap.end() > p.mention.end else None
        if told is None or told.entry.place_type not in ("country", "admin1") or told.entry.iso2 in ("", p.entry.iso2) \
                or told.role == "government" or not closes_apposition(text, told.mention.end):
            continue
        there = [e for e in gazetteer.lookup(p.mention.text, country=told.entry.iso2, fuzzy=False)
                 if e.place_type == "city" and fold(e.name) == p.mention.key and _inside(e, told.entry)]
        if there:
            moved[p.mention.key, p.entry.gid] = max(there, key=lambda e: e.population)
    if not moved:
        return places
    return [_replace(p, entry=moved[p.mention.key, p.entry.gid]) if (p.mention.key, p.entry.gid) in moved else p
            for p in places]


def closes_apposition(text: str, end: int) -> bool:
    """Whether the country or province named up to ``end`` closes an apposition to the town before
    it (a comma, bracket, dash or the sentence's end follows), rather than opening a clause."""
    return bool(_CLOSED.match(text, end))


def _inside(e: GazetteerEntry, unit: GazetteerEntry) -> bool:
    """Whether town ``e`` lies in ``unit`` (a country: any of its towns; a province: by name, or
    within reach of its point, the two data sets naming provinces differently)."""
    return unit.place_type == "country" or fold(e.admin1 or "") == fold(unit.name) or haversine_km(
        e.lat, e.lon, unit.lat, unit.lon) <= NEAR_KM
