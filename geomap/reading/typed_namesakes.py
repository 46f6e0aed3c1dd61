"""When the gazetteer's reading of a name the text types ("the communities of X", "the X border
gate", "the X valley") is a namesake far from the article, and which places a typed name the
text gives no container for stands by.

Common names are many villages ("Nueva Esperanza", "Tân Thanh"), most of them in no gazetteer:
the one the gazetteer holds may lie on the other side of the country. A valley or range is
often read as the unit or town of the same name in another country ("the Zambezi valley" as
Namibia's Zambezi region). ``geomap.reading.unlisted`` asks these questions while it places
the names the text types.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from geomap.gazetteer import GazetteerEntry, fold, haversine_km
from geomap.reading.resolve import Place
from geomap.reading.story_countries import sentence_countries
from geomap.settings import NEAR_KM, RESOLVE_NAMESAKE_MAX_POPULATION, UNLISTED_NAMESAKE_KM, UNLISTED_NEAR_KM
from geomap.text.place_cues import PlaceCue
from geomap.text.sentences import Sentence

#: kinds of terrain a gazetteer often reads as the unit or town of the same name elsewhere
TERRAIN_KINDS = frozenset(("valley", "valleys", "gorge", "hills", "mountains", "range", "plateau", "plateaus", "plateaux",
                           "escarpment"))
#: kinds of a typed name whose small-town reading far from the article is a namesake
NAMESAKE_KINDS = frozenset(("village", "hamlet", "community", "settlement", "crossing", "checkpoint",
                            "island")) | TERRAIN_KINDS


def article_countries(places: list[Place]) -> set[str]:
    """Countries the article is about: those it names, and those of its provinces and districts."""
    return {p.entry.iso2 for p in places if p.entry.place_type in ("country", "admin1", "admin2")
            and p.role != "dateline" and p.entry.iso2}


def demonym_countries(sentences: list[Sentence]) -> set[str]:
    """The countries an article names by demonym anywhere ("the Turkish town of X")."""
    return set().union(*(sentence_countries(s, []) for s in sentences))


def country_keys(places: list[Place]) -> dict[str, set[str]]:
    """Each country ``article_countries`` gives -> the keys of the names that give it (read once
    per list of places, so that each typed name does not scan them all again)."""
    out: dict[str, set[str]] = {}
    for p in places:
        if p.entry.place_type in ("country", "admin1", "admin2") and p.role != "dateline" and p.entry.iso2:
            out.setdefault(p.entry.iso2, set()).add(p.mention.key)
    return out


def countries_besides(known: Place, keys: dict[str, set[str]], said: set[str], countries: set[str]) -> set[str]:
    """The article's countries without one only ``known``'s own name gives it ("the Zambezi
    valley" read as Namibia's Zambezi region in a Zambia–Zimbabwe story); ``keys``: the places'
    ``country_keys``; ``said``: the countries named by demonym."""
    key = known.mention.key
    return ({c for c, ks in keys.items() if len(ks) > 1 or key not in ks} | said) or countries


def far_namesake(cue: PlaceCue, e: GazetteerEntry, places: list[Place], typed: set[int]) -> bool:
    """A village, community, border crossing or valley the text types, read as a small town
    farther than ``UNLISTED_NAMESAKE_KM`` (a valley: ``NEAR_KM``) from every other place the
    article names (two at least; not the names typed in the same sentence, ``typed`` holding
    their starts, which may be misread namesakes too; for a valley or escarpment, not the capitals,
    which a border story names for their governments)."""
    if cue.weak or e.place_type != "city" or e.population >= RESOLVE_NAMESAKE_MAX_POPULATION or not (
            cue.kind in NAMESAKE_KINDS or cue.kind.startswith("border")):
        return False
    name = fold(e.name)  # (the cheap tests first: a long text has thousands of places)
    terrain = cue.place_type == "region"
    far = NEAR_KM if terrain else UNLISTED_NAMESAKE_KM  # a valley is no town: nearer still
    others = set()  # (gids: a gazetteer entry is one point, however often named)
    for p in places:
        o = p.entry
        if (o.in_gazetteer and o.place_type in ("city", "admin2", "landmark") and o.gid != e.gid
                and p.role == "place" and not (p.mention.start in typed and p.mention.sentence == cue.sentence)
                and not (terrain and o.feature == "capital")  # where governments speak, not the terrain told
                and fold(o.name) != name):
            if haversine_km(e.lat, e.lon, o.lat, o.lon) <= far:
                return False  # (one near place settles it: a long text has thousands)
            others.add(o.gid)
    return len(others) >= 2


def named_country(sentence: Sentence, places: list[Place], countries: set[str]) -> set[str]:
    """The one article country a sentence names by name ("In Cameroon, the villages of X were
    burned"): a village told there is in it, not by the last place told in the other country."""
    named = {p.entry.iso2 for p in places if p.entry.place_type == "country" and p.role != "dateline"
             and sentence.start <= p.mention.start < sentence.end}
    return named if len(named) == 1 and named <= countries else set()


def towns_by_latitude(places: list[Place]) -> tuple[list[float], list[Place]]:
    """The gazetteer towns among ``places`` sorted by latitude, with their latitudes: what
    ``neighbour_country`` asks of a list of places (read once per list)."""
    towns = sorted((p for p in places if p.entry.in_gazetteer and p.entry.place_type == "city"),
                   key=lambda p: p.entry.lat)
    return [p.entry.lat for p in towns], towns


#: degrees of latitude a place ``UNLISTED_NEAR_KM`` away differs by at most (a degree is 111.19 km)
_NEAR_DEGREES = UNLISTED_NEAR_KM / 111.0


def neighbour_country(known: Place, towns: tuple[list[float], list[Place]]) -> set[str]:
    """The country of a typed town's gazetteer reading when that town lies within
    ``UNLISTED_NEAR_KM`` of another town the article names ("the fishing village of X" across
    the frontier from the towns told, its country never named): the reading is the place meant.
    ``towns``: the places' ``towns_by_latitude`` (only those in reach north and south are measured)."""
    e = known.entry
    if not e.in_gazetteer or e.place_type != "city" or not e.iso2:
        return set()
    lats, places = towns
    near = any(p.mention.key != known.mention.key and haversine_km(e.lat, e.lon, p.entry.lat, p.entry.lon)
               <= UNLISTED_NEAR_KM for p in places[bisect_left(lats, e.lat - _NEAR_DEGREES):
                                                   bisect_right(lats, e.lat + _NEAR_DEGREES)])
    return {e.iso2} if near else set()


def respelt_in_other_unit(cue: PlaceCue, e: GazetteerEntry, places: list[Place], text: str) -> bool:
    """A village the text types, read through another spelling ("Sculeni" as Siculeni), in
    another province than the one its sentence names in the same country, and far from it ("police
    in Iaşi county said ... near the village of Sculeni"): the village is one the gazetteer lacks."""
    if cue.weak or e.place_type != "city" or cue.kind not in NAMESAKE_KINDS or fold(cue.name) in {
            fold(n) for n in (e.name, *e.alt_names)} or fold(text[cue.start:cue.name_end]) == fold(e.name):
        return False
    units = [p.entry for p in places if p.mention.sentence == cue.sentence and p.role == "place"
             and p.entry.place_type == "admin1" and p.entry.iso2 == e.iso2]
    return bool(units) and all(u.name != e.admin1 and haversine_km(e.lat, e.lon, u.lat, u.lon) > UNLISTED_NEAR_KM
                               for u in units)


#: between a place and the unit the text says holds it ("Pichanal, in the department of ")
_HOLDS_BEFORE = re.compile(r",?\s+in\s+the\s+[a-z-]+\s+of\s+$")


def holds_elsewhere(cue: PlaceCue, e: GazetteerEntry, places: list[Place], text: str) -> GazetteerEntry | None:
    """The town told just before a unit the text says holds it ("Pichanal, in the department of
    Orán") when the unit's reading is a namesake far from it (Oran, Algeria): the unit is one the
    gazetteer lacks, around that town; else None."""
    if cue.place_type not in ("admin2", "region") or not _HOLDS_BEFORE.search(text, max(0, cue.start - 40), cue.start):
        return None
    before = [p for p in places if p.role == "place" and p.mention.end <= cue.start and p.mention.sentence == cue.sentence
              and p.entry.place_type == "city" and _HOLDS_BEFORE.fullmatch(text, p.mention.end, cue.start)]
    far = [p.entry for p in before if haversine_km(e.lat, e.lon, p.entry.lat, p.entry.lon) > NEAR_KM]
    return far[-1] if far and len(far) == len(before) else None
