"""A town the text puts on a frontier, read hundreds of km from it, is a namesake the gazetteer lacks.

"border villages in Rajapur" (Nepal's Rajapur, by the Indian border): the gazetteer holds only
India's Rajapur, 300 km south of that frontier, a town of 14,000 too large for the rules on
far villages (``local_namesakes``) and told with no crossing word for those on crossings
(``crossing_namesakes``). A town, landmark or district of one of the countries the article names
that the text puts on the border ("the border town of X", "the Afghan border town of X", "X, a
Guinean village on the border", "border villages in X") but that stands farther than
``FAR_FROM_FRONTIER_KM`` from every frontier of its country with the other countries named is
read as a place the gazetteer lacks, at the place of the story named closest to it (in the
sentence of one of its mentions first) that stands near such a frontier: every mention of the
name alike. Capitals, province seats and towns of ``MAX_POPULATION`` or more are left alone:
"the border town of Peshawar" is not a namesake.
"""
from __future__ import annotations

from dataclasses import replace

from geomap.gazetteer import GazetteerEntry
from geomap.gazetteer.countries import iso3_of
from geomap.reading.story_countries import frontier_story
from geomap.reading.story_crossings import frontier_km
from geomap.text.border_told import told_on_border

__all__ = ["with_far_border_towns"]

#: farther than this from its frontier, a place the text puts on it is another place of the name
FAR_FROM_FRONTIER_KM = 150.0
#: a town this large is known well enough not to be taken for a border village
MAX_POPULATION = 50_000
_TYPES = ("city", "landmark", "admin2")


def _candidate(p, named: set[str], text: str) -> bool:
    e = p.entry
    return p.role == "place" and e.place_type in _TYPES and getattr(e, "in_gazetteer", True) \
        and e.iso3 in named and e.population < MAX_POPULATION \
        and e.feature not in ("capital", "admin1_capital", "seat") and told_on_border(text, p.mention.start, p.mention.end)


def with_far_border_towns(text: str, sentences, places: list, gazetteer, borders) -> list:
    """``places`` with each place told on a frontier but read far from it read again (see the
    module's docstring); the countries named are those named as countries or through their
    peoples ("a Guinean village on the border"), or holding a place of the article."""
    if gazetteer is None or borders is None or not text:
        return places
    # (and those of its places: "Uzbek border guards" names no country, Tashkent does)
    named = {iso3 for iso2 in frontier_story(places, sentences) if (iso3 := iso3_of(iso2, codes=True))} \
        | {p.entry.iso3 for p in places if p.entry.iso3}
    if len(named) < 2:
        return places
    far = {p.mention.key for p in places if _candidate(p, named, text)
           and frontier_km(p.entry, named, borders) > FAR_FROM_FRONTIER_KM}
    if not far:
        return places
    hosts = [q for q in places if q.mention.key not in far and q.role == "place" and q.entry.place_type in _TYPES
             and q.entry.feature != "capital" and q.entry.iso3 in named
             and frontier_km(q.entry, named, borders) <= FAR_FROM_FRONTIER_KM]
    host = {key: _host([p for p in places if p.mention.key == key], hosts) for key in far}
    out = []
    for p in places:
        key = p.mention.key
        if key not in far or p.entry.place_type not in _TYPES or (h := host[key]) is None:
            out.append(p)
            continue
        out.append(replace(p, entry=GazetteerEntry(
            gid=f"unlisted:{h.iso2.lower()}:{key.replace(' ', '-')}", name=p.mention.text,
            lat=h.lat, lon=h.lon, place_type="city", feature="place", iso2=h.iso2, iso3=h.iso3,
            admin1=h.admin1, in_gazetteer=False, placed_at=h.name, placed_at_type="nearby")))
    return out


def _host(mentions: list, hosts: list):
    """The place one name stands at, for all its mentions alike: a host told in the sentence of
    one of them (the first such), else the host named closest to its first mention."""
    if not hosts:
        return None
    for p in mentions:
        same = [q for q in hosts if q.mention.sentence == p.mention.sentence]
        if same:
            return min(same, key=lambda q: abs(q.mention.start - p.mention.start)).entry
    first = mentions[0]
    return min(hosts, key=lambda q: abs(q.mention.start - first.mention.start)).entry
