"""Displacement figures given as a list: "Sussundenga district: 12,400; Mossurize district: 3,100",
bullet lines ("- Bawku: 1,900"), "Santa Rosa, 800; Caballococha, 450".

A list item is a place followed straight by its number, at the start of a sentence, a line or
after a list mark (":", ";", a bullet). The list tells no movement of its own: it breaks down a
displacement the lead-in told (the sentence it follows, or the one before a lead-in such as "The
figures by district are:"), and its items take that telling's direction. Items stay unread when
the lead-in is no displacement, tells deaths, or gives both directions, and an item must lie in
the country the lead-in's areas of that direction lie in. A district the gazetteer lacks, listed
under the one first-level area the lead-in names, lies in that area.
"""

from __future__ import annotations

import re

from geomap.gazetteer.normalize import fold
from geomap.reading.area_units import ArticleUnits, area_names, area_of_place
from geomap.reading.resolve import Place
from geomap.text.displacement_counts import displaced_from_text, is_death_report, is_displacement_sentence
from geomap.text.quantities import Count
from geomap.text.sentences import Sentence

__all__ = ["listed_figures"]

# what may stand between a list mark and the place: nothing but a bullet or a number
_ITEM_START = re.compile(r"(?:^|[:;\n]|^\s*[-*\u2022\u2013\u2014]|\d\.)\s*[-*\u2022\u2013\u2014]?\s*$")
_KIND = r"(?:\s+(?:district|province|region|county|department|prefecture|state|municipality|commune|camp|settlement|town))?"
_FIGURE = re.compile(
    _KIND + r"\s*(?::|\u2013|\u2014|\s-|,)\s*(?P<num>\d{1,3}(?:,\d{3})+|\d+)"
    r"(?:\s+(?:people|persons|individuals|refugees|IDPs|displaced|arrivals|new\s+arrivals|evacuees|asylum[- ]seekers))?"
    r"\s*(?=[;.,)]|\s*$|\s*\n|\s+and\s)", re.I)
_LEAD_IN = re.compile(r"(?::\s*$|\bas\s+follows\b|\bbreak(?:s)?\s+down\b|\bbreakdown\b|\bby\s+(?:district|province|region"
                      r"|county|department|area|location|site)\b|\bfigures\b)", re.I)
_DEATHS = re.compile(r"\b(?:killed|dead|deaths|died|casualties|fatalities|injured|wounded)\b", re.I)
# "Shelters by district:", "Households per site:": a list of things other than people
_OTHER_COUNTS = re.compile(r"\b(?:schools?|shelters|sites|camps|centres|centers|houses|homes|villages|incidents|attacks"
                           r"|cases|tents|kits|households|families|patients|beds|tonnes|tons|classrooms|tents|latrines"
                           r"|points|posts)\b", re.I)


def _items(sentence: Sentence, places: list[Place]) -> list[tuple[Place, Count]]:
    """(place, figure) of each list item of a sentence."""
    out = []
    last = 0
    for p in sorted(places, key=lambda q: q.mention.start):
        a, b = p.mention.start - sentence.start, p.mention.end - sentence.start
        m = _FIGURE.match(sentence.text, b)
        if m is None or not _ITEM_START.search(sentence.text[last:a]) and not (
                last == 0 and _ITEM_START.search(sentence.text[:a])):
            continue
        value = int(m.group("num").replace(",", ""))
        out.append((p, Count(value, sentence.text[a:m.end()], a, m.end())))
        last = m.end()
    return out


def _lead_in(sentences: list[Sentence], first: int, items_at: set[int]) -> int | None:
    """The displacement sentence a list starting in sentence ``first`` breaks down."""
    j = first - 1
    while j >= 0 and j in items_at:  # the list's earlier lines ("- Bawku: 1,900")
        j -= 1
    for j in range(j, max(-1, j - 2), -1):
        text = sentences[j].text
        if _DEATHS.search(text) and not displaced_from_text(text):
            return None
        if is_displacement_sentence(text) and not is_death_report(text):
            return j
        if not _LEAD_IN.search(text) or _OTHER_COUNTS.search(text):
            return None
    return None


_ARRIVED = re.compile(r"\b(?:arrived|arrivals|registered|hosts|hosting|received|sheltering|asylum[- ]seekers|refugees)\b", re.I)
_LEFT = re.compile(r"\b(?:displaced|fled|uprooted|evacuated|forced|driven|left)\b", re.I)


def _directions(lead: str) -> set[str]:
    """The direction a lead-in naming no area tells by its words alone: arrivals or departures."""
    return {d for d, rx in (("to", _ARRIVED), ("from", _LEFT)) if rx.search(lead)}


def _direction_in(iso3: str, told: list, lead: str, places: list[Place], intro: str = "") -> str | None:
    """The one direction the lead-in tells of the item's country: of its areas there, else of
    that country named whole ("fled into Senegal"), else, when it names no area at all and only
    that country, by its words alone; None when it tells none or both."""
    said = _directions(intro) if {a.direction for a in told} == {"from", "to"} else set()
    for kind in (False, True):
        got = {a.direction for a in told if a.country == kind and a.iso3 == iso3}
        if got and len(said) == 1:
            # "1,250 entered X fleeing fighting in Y. Those arrivals break down as follows:": the words say which
            return got.pop() if said == got else None
        if got:
            return got.pop() if len(got) == 1 else None
    if told or {p.entry.iso3 for p in places if p.entry.place_type == "country"} != {iso3}:
        return None
    got = _directions(lead)
    return got.pop() if len(got) == 1 else None


def listed_figures(text: str, sentences: list[Sentence], places_by_sentence: dict[int, list[Place]], borders,
                   units: ArticleUnits, lead_areas) -> dict[int, list]:
    """Sentence index -> [(unit, ISO3, direction, label, admin1, Count)] of the list items it
    holds. ``lead_areas(j)`` gives the (area, Count) pairs of lead-in sentence ``j`` (areas with
    ``name``, ``iso3``, ``direction``, ``country``, ``admin1``), to take the direction and
    country from."""
    found = {i: got for i, s in enumerate(sentences) if (got := _items(s, places_by_sentence.get(i, [])))}
    out: dict[int, list] = {}
    for i, items in found.items():
        own = sentences[i].text[:items[0][1].start]
        if _DEATHS.search(own) and not displaced_from_text(own) or _OTHER_COUNTS.search(own[-60:]):
            continue
        lead = i if is_displacement_sentence(own) else _lead_in(sentences, i, set(found))
        if lead is None:
            continue
        told = [a for a, _ in lead_areas(lead)]
        listed = []
        for p, count in items:
            if p.entry.in_gazetteer and p.entry.place_type not in ("admin1", "admin2") \
                    and fold(p.entry.name) != fold(p.entry.admin1 or ""):
                continue  # "Dapaong: 9,100": a town's part of its province's figure (not "Masvingo", its seat's name)
            got = area_of_place(p, borders, units=units)
            fine = [a for a in told if not a.country]
            if got is None and not p.entry.in_gazetteer and len(fine) == 1:
                got = (fine[0].name, fine[0].iso3)  # a district the gazetteer lacks, under the lead-in's area
                label, admin1 = p.entry.name, fine[0].admin1 or fine[0].name
            elif got is not None:
                label, admin1 = area_names(p, got[0], borders, units)
            else:
                continue
            direction = _direction_in(got[1], told, sentences[lead].text, places_by_sentence.get(lead, []),
                                      " ".join(sentences[j].text for j in range(lead + 1, i)) + " " + own)
            if direction is not None:
                listed.append((got[0], got[1], direction, label, admin1, count))
        if listed:
            out[i] = listed
    return out
