"""The frontier's own admin-1 units as displacement areas: where a group counted "along the
border" names one side's people but no area ("25,000 Chadians have been displaced along the
frontier"), or where a flight names no area at all, the units touching the frontier stand for
it, with the group's words but no figure (a total for the whole frontier is nobody's area).

Split from ``geomap.reading.displacement`` (which uses these) so that falling back on the
frontier's units is one module's job, apart from reading the areas the text names.
"""

from __future__ import annotations

import re

from geomap.gazetteer.normalize import fold
from geomap.reading.area_units import Area, ArticleUnits
from geomap.reading.frontier_choice import country_of_word
from geomap.reading.placement import Frontier
from geomap.reading.resolve import Place
from geomap.text import cues
from geomap.text.displacement_counts import displaced_from_text
from geomap.text.quantities import Count
from geomap.text.sentences import Sentence

__all__ = ["frontier_areas", "side_areas", "people_side", "crossing_named", "add_side_areas", "told_side"]


def frontier_areas(frontier: Frontier, borders) -> list[tuple[str, str]]:
    """The admin-1 units touching the frontier, on both sides."""
    return [(name, iso3) for name, iso3, _side in borders.admin1_along(frontier.iso3_a, frontier.iso3_b)]

def side_areas(sentence: Sentence, places: list[Place], frontier: Frontier | None,
               borders) -> list[tuple[Area, Count]]:
    """"25,000 Chadians have been displaced along the frontier": a group counted along the
    border that names no area but one side's people is that side's frontier units, each with
    the group's words (its figure is a total for all of them)."""
    out: list[tuple[Area, Count]] = []
    if frontier is None:
        return out
    for lo, hi in cues.displacement_groups(sentence.text):
        part = sentence.text[lo:hi]
        count = displaced_from_text(part)
        if count is None or not cues.has_border_location(part) or any(
                lo <= p.mention.start - sentence.start < hi and p.entry.place_type != "country" for p in places):
            continue
        side = people_side(part, frontier)
        if side:
            out += [(Area(n, iso3, "from"), count) for n, iso3 in frontier_areas(frontier, borders) if iso3 == side]
    return out


def people_side(text: str, frontier: Frontier) -> str | None:
    """The ISO3 of the one side of the frontier whose people the text names ("Chadians",
    "Thai villagers"), else None."""
    sides = {hit[0] for w in _CAPITALISED.findall(text)
             if (hit := country_of_word(w) or (country_of_word(w[:-1]) if w.endswith("s") else None))
             and hit[0] in (frontier.iso3_a, frontier.iso3_b)}
    return sides.pop() if len(sides) == 1 else None


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")

# "on the Yemeni side of the frontier", "on the Chadian side": the side the words put people on
_ON_SIDE = re.compile(r"\bon\s+the\s+([A-Z][a-z]+)\s+side\b")


def told_side(text: str, frontier: Frontier) -> str | None:
    """The ISO3 of the one side of the frontier the text puts people on ("displaced on the
    Yemeni side of the frontier"), else None."""
    sides = {hit[0] for m in _ON_SIDE.finditer(text) if (hit := country_of_word(m.group(1)))
             and hit[0] in (frontier.iso3_a, frontier.iso3_b)}
    return sides.pop() if len(sides) == 1 else None

def crossing_named(places: list[Place], units: ArticleUnits) -> bool:
    """Whether the sentence names the crossing points people passed ("crossed at X"): it says
    where they were, so the frontier's units are not put for it."""
    return any(fold(p.entry.name) in units.crossings for p in places)

def add_side_areas(feats: dict, side: list[tuple[Area, Count]], s: Sentence, borders) -> None:
    """Features of one side's frontier units, each with a group's words but no figure."""
    for area, count in side:
        got = borders.admin1_area(area.name, area.iso3)
        key = (got[0], got[0], got[1], "from") if got else None
        if got is None or key in feats:
            continue
        props = {"layer": "displacement", "name": got[0], "admin1": got[0], "iso3": got[1], "polygon_unit": got[0],
                 "direction": "from", "displaced": None, "displaced_text": count.text, "source_sentence": s.text,
                 "sentence_start": s.start, "area_basis": "frontier side", "displaced_scope": "total for all areas"}
        feats[key] = {"type": "Feature", "geometry": got[2], "properties": props}
