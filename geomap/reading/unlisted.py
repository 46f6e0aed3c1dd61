"""Places the gazetteer lacks, read from the words around them ("the village of X near Y",
"X crossing", "X, a town in Y province"), placed at the smallest unit the text gives.

Villages, crossings, camps and townships are where border incidents happen, and GeoNames'
cities500 lacks most of them. When the text types a capitalised name as a place, the name
becomes a place of its own (``in_gazetteer`` false) at the point of what the text says holds
it or lies next to it ("in Gori municipality", "near Adré", "Tajikistan’s Darvaz district"),
else of the nearest place named in the same sentence. A gazetteer reading the text contradicts
("the village of Arabia near Mandera" read as Saudi Arabia, "the Panj river" as the town of
Panj) gives way to the text's reading.
"""
from __future__ import annotations

import re
from dataclasses import replace

from geomap.gazetteer import GazetteerEntry, fold, haversine_km
from geomap.reading.mentions import Mention
from geomap.reading.resolve import Place
from geomap.settings import UNLISTED_CONFIDENCE, UNLISTED_NEAR_KM
from geomap.text.place_cues import PlaceCue, place_cues
from geomap.text.sentences import Sentence

__all__ = ["with_unlisted_places"]

_UNIT_TYPES = ("admin1", "admin2", "country")


def _article_countries(places: list[Place]) -> set[str]:
    """Countries the article is about: those it names, and those of its provinces and districts."""
    return {p.entry.iso2 for p in places if p.entry.place_type in ("country", "admin1", "admin2")
            and p.role != "dateline" and p.entry.iso2}


def _fits(cue: PlaceCue, e: GazetteerEntry, anchor: GazetteerEntry | None, countries: set[str]) -> bool:
    """Whether a gazetteer entry is a fair reading of a name the text types as ``cue.kind``."""
    if countries and e.iso2 not in countries and (anchor is None or e.iso2 != anchor.iso2):
        return False  # "the Joda crossing near Renk" is not Joda in India
    if cue.place_type == "water":
        return e.place_type == "water"
    if cue.place_type == "city" and e.place_type in ("country", "admin1", "region"):
        return False  # "the village of Arabia" is not Saudi Arabia
    if cue.place_type == "region" and e.place_type == "country":
        return False
    if anchor is not None and anchor.place_type != "country":
        if anchor.place_type == "admin1" and e.admin1 == anchor.name and e.iso2 == anchor.iso2:
            return True
        return haversine_km(e.lat, e.lon, anchor.lat, anchor.lon) <= UNLISTED_NEAR_KM
    return True


def _at(places: list[Place], offset: int) -> Place | None:
    for p in places:
        if p.mention.start <= offset < p.mention.end:
            return p
    return None


def _nearest_in_sentence(cue: PlaceCue, places: list[Place]) -> Place | None:
    """The place named nearest the cue in its sentence; a country only when nothing smaller is."""
    same = [p for p in places if p.mention.sentence == cue.sentence and p.role == "place"
            and not (cue.start <= p.mention.start < cue.end)]
    for pool in ([p for p in same if p.entry.place_type != "country"], same):
        if pool:
            return min(pool, key=lambda p: min(abs(p.mention.start - cue.end), abs(cue.start - p.mention.end)))
    return None


def _unlisted_entry(cue: PlaceCue, unit: GazetteerEntry) -> GazetteerEntry:
    admin1 = unit.admin1 if unit.place_type != "country" else None
    return GazetteerEntry(
        gid=f"unlisted:{(unit.iso2 or 'xx').lower()}:{fold(cue.name).replace(' ', '-')}", name=cue.name,
        lat=unit.lat, lon=unit.lon, place_type=cue.place_type, feature=cue.kind, iso2=unit.iso2,
        iso3=unit.iso3, admin1=admin1, population=0, in_gazetteer=False, placed_at=unit.name)


def with_unlisted_places(text: str, sentences: list[Sentence], places: list[Place],
                         gazetteer=None) -> list[Place]:
    """``places`` with the names the text types as places added (or put right), in text order.

    Names whose container the text gives are placed first (a container may itself be such a
    name, "a border trade town in Kunlong township"), then the others at the nearest place of
    their sentence (or the last one before it).
    """
    cues = place_cues(text, sentences)
    if not cues:
        return places
    # a gazetteer name inside a longer typed name is a fragment of it ("Bab" of "Bab el-Mandeb
    # strait", "Mandera" of "Mandera East sub-county")
    places = [p for p in places if not any(
        c.start <= p.mention.start and p.mention.end <= c.name_end and p.mention.end - p.mention.start
        < c.name_end - c.start for c in cues)]
    reading = _Reading(text, sentences, list(places), _article_countries(places))
    pending = list(cues)
    for _ in range(4):
        ready = [c for c in pending if c.anchor_start is not None and _at(reading.places, c.anchor_start)]
        if not ready:
            break
        for cue in ready:
            reading.place(cue)
            pending.remove(cue)
    for cue in pending:
        reading.place(cue)
    return sorted(reading.places, key=lambda p: p.mention.start)


class _Reading:
    """The article's places while unlisted names are added to them."""

    def __init__(self, text: str, sentences: list[Sentence], places: list[Place], countries: set[str]) -> None:
        self.text, self.sentences, self.places, self.countries = text, sentences, places, countries

    def place(self, cue: PlaceCue) -> None:
        text, places = self.text, self.places
        known = _at(places, cue.start)
        anchor_place = _at(places, cue.anchor_start) if cue.anchor_start is not None else None
        anchor = anchor_place.entry if anchor_place is not None and anchor_place.role != "dateline" else None
        if cue.relation == "in-unit" and (anchor is None or anchor.place_type not in ("admin1", "admin2")):
            return  # "from X in Y" says X is a place only when Y is a province or district
        if known is not None and known.mention.end >= cue.name_end and known.mention.start <= cue.start:
            better = _candidate_fitting(cue, known, anchor, self.countries)
            if better is not None:
                if better.gid != known.entry.gid:
                    self.places = _replace_key(places, known.mention.key, better, known.confidence)
                return
            if cue.place_type != "water":  # "the village of Arabia": no mention of it is Saudi Arabia
                places = [p for p in places if not (p.entry.in_gazetteer and p.mention.key == known.mention.key)]
        unit = anchor
        if unit is None and cue.owner_end is not None:
            owner = _at(places, cue.owner_end - 1)
            unit = owner.entry if owner is not None and owner.role != "dateline" else None
        if unit is None:
            near = _nearest_in_sentence(cue, places) or _last_before(cue, places)
            unit = near.entry if near is not None else None
        if unit is None:
            self.places = places
            return
        entry = _unlisted_entry(cue, unit)
        mention = Mention(text[cue.start:cue.end], cue.start, cue.end, cue.sentence, fold(cue.name), (),
                          None, False, text[max(0, cue.start - 40):cue.start])
        place = Place(mention, entry, UNLISTED_CONFIDENCE)
        places = [p for p in places if not _overlaps(p, cue)] + [place]
        self.places = _again(text, self.sentences, places, [place])


def _last_before(cue: PlaceCue, places: list[Place]) -> Place | None:
    """The last place the previous sentence names (a crossing the text goes on about)."""
    before = [p for p in places if p.mention.sentence == cue.sentence - 1 and p.role == "place"
              and p.entry.place_type != "country"]
    return max(before, key=lambda p: p.mention.start) if before else None


def _overlaps(p: Place, cue: PlaceCue) -> bool:
    return p.mention.start < cue.end and cue.start < p.mention.end


def _candidate_fitting(cue: PlaceCue, known: Place, anchor: GazetteerEntry | None,
                       countries: set[str]) -> GazetteerEntry | None:
    """The known reading when it fits the text's kind, else another candidate of the same name
    that does (La Victoria in Apure rather than in Aragua), else None."""
    if _fits(cue, known.entry, anchor, countries):
        return known.entry
    if known.mention.end > cue.name_end + 1 and cue.place_type not in ("water", "landmark"):
        return known.entry  # the gazetteer knows a longer name than the cue ("Mandera County")
    for h in known.mention.hits:
        if h.entry.gid != known.entry.gid and _fits(cue, h.entry, anchor, countries) and h.entry.place_type not in (
                "country", "admin1") and cue.place_type != "water":
            return h.entry
    return None


def _replace_key(places: list[Place], key: str, entry: GazetteerEntry, confidence: float) -> list[Place]:
    return [Place(p.mention, entry, confidence) if p.mention.key == key else p for p in places]


def _again(text: str, sentences: list[Sentence], places: list[Place], new: list[Place]) -> list[Place]:
    """One name, one place: the other mentions of a name first read as unlisted ("Koufroun"
    typed once as a village, then "in Koufroun") are that place too, where no gazetteer place
    holds them; a river only as "the X" ("along the Panj", while "Dnipro" alone is the city)."""
    if not new:
        return places
    from bisect import bisect_right

    starts = [s.start for s in sentences]
    by_name: dict[str, Place] = {}
    for p in new:
        by_name.setdefault(p.entry.name, p)
    out = list(places)
    for name, p in by_name.items():
        if p.entry.place_type == "water":  # "along the Panj" is the river, whatever the gazetteer says
            out = [q for q in out if not (q.entry.in_gazetteer and q.mention.text == name
                                          and text[max(0, q.mention.start - 4):q.mention.start] == "the ")]
    taken = [(p.mention.start, p.mention.end) for p in out]
    for name, p in by_name.items():
        before = r"(?<=\bthe )" if p.entry.place_type == "water" else ""
        for m in re.finditer(rf"{before}(?<![\w-]){re.escape(name)}(?![\w-])", text):
            a, b = m.span()
            if any(x < b and a < y for x, y in taken):
                continue
            si = max(0, bisect_right(starts, a) - 1)
            mention = replace(p.mention, text=name, start=a, end=b, sentence=si,
                              context_before=text[max(0, a - 40):a])
            out.append(Place(mention, p.entry, p.confidence))
            taken.append((a, b))
    return out
