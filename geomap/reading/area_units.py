"""Which first-level division a place of a displacement report lies in, and the name to give it
(an ``Area``: the unit drawn, the name the text gives, the division it lies in).

The boundary data's admin-1 unit is the polygon drawn; the label is the area the text names (a
district when it names one), and the division is the gazetteer's, or a finer one the article
names where the boundary data is coarser (Kenya's counties inside its old provinces). A border
town the gazetteer and the boundary data put on different sides goes by the nationality of the
people the text says moved ("Mauritanian families"), else by the gazetteer's country.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from geomap.gazetteer import haversine_km
from geomap.gazetteer.normalize import fold
from geomap.reading.frontier_choice import country_of_word
from geomap.reading.resolve import Place
from geomap.settings import FINER_UNIT_KM

__all__ = ["Area", "ArticleUnits", "article_units", "area_of_place", "area_names", "district_inside", "group_people"]

_AREA_TYPES = ("admin1", "admin2", "city", "landmark")
# an unlisted place put at its country's point ("the town of X in northern Iraq"): its division is unknown
_UNKNOWN_UNIT = ("country",)


@dataclass(frozen=True)
class Area:
    """An area people left or reached, as named in one group of a sentence: ``name`` is the
    boundary data's admin-1 unit (the polygon drawn), ``label`` the area the text names (a
    district when it names one), ``admin1`` the first-level division it lies in by the
    gazetteer (Kenya's counties where the boundary data still has the old provinces)."""

    name: str
    iso3: str
    direction: str  # "from" | "to"
    part: bool = field(default=False, compare=False)  # "most of them to X": only part of the figure went there
    label: str = ""
    admin1: str = ""
    country: bool = False  # "crossed into Uganda": the whole country, no finer area of it named
    cued: bool = field(default=True, compare=False)  # a movement word says the direction ("fled X", "into Y")
    shared: bool = field(default=False, compare=False)  # "fled A and B": the figure is the two areas' together
    town: bool = field(default=False, compare=False)  # named by a town or village, not a division


def _own_country_unit(e, borders) -> tuple[str, str] | None:
    """The admin-1 unit of the place's own country nearest its point: a border town the
    boundary data puts a little across the line ("Bunagana", on the Congolese side)."""
    for d in (0.03, 0.06, 0.1, 0.2):
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (-1, -1), (1, -1), (-1, 1)):
            iso3, admin1 = borders.locate(e.lon + dx * d, e.lat + dy * d)
            if iso3 == e.iso3 and admin1:
                return admin1, iso3
    return None


def area_of_place(place: Place, borders, people: str | None = None,
                  units: ArticleUnits | None = None) -> tuple[str, str] | None:
    """(admin-1 name, ISO3) of a named area or town, in the boundary data's spelling. A town
    the gazetteer gives no division whose point lies across the border is in its own country's
    nearest unit, unless the group moving are ``people`` (ISO3) of the side its point is on
    ("Mauritanian families left A for B": B is the Mauritanian town by the line). A place the
    gazetteer lacks, put at the dateline's point for want of a unit, is no area (``ArticleUnits``)."""
    e = place.entry
    if e.place_type not in _AREA_TYPES and not (e.place_type == "region" and e.placed_at_type in ("admin1", "admin2")) \
            or place.government and e.place_type != "admin1":
        return None  # (an unlisted "X area" in a unit the text gives is an area; a region the gazetteer holds is too vague)
    if not e.in_gazetteer and (e.placed_at_type in _UNKNOWN_UNIT or e.placed_at_type == "nearby" and fold(e.name) in (
            units.unplaced if units else ())):
        return None  # its point is where the report was filed, or its country's: not where it lies
    if e.place_type == "admin1":
        got = borders.admin1_unit(e.admin1 or e.name, e.iso3)
        if got:
            return got[0], got[1]
    iso3, admin1 = borders.locate(e.lon, e.lat)
    if admin1 is None and e.admin1 or iso3 and e.iso3 and iso3 != e.iso3 and e.admin1:
        got = borders.admin1_unit(e.admin1, e.iso3)
        return (got[0], got[1]) if got else None
    if iso3 and e.iso3 and iso3 != e.iso3 and iso3 != people:
        return _own_country_unit(e, borders)
    return (admin1, iso3) if admin1 else None


@dataclass(frozen=True)
class ArticleUnits:
    """The first-level divisions an article names: ``names`` by (ISO3, folded name), and
    ``finer`` those the boundary data lacks (Kenya's counties inside its old provinces), each
    as (ISO3, name, boundary unit its point lies in, lon, lat); ``unplaced`` the unlisted places
    put near the dateline or near a place put at its country's point (or near such a place) for want
    of a unit the text gives."""

    names: dict = field(default_factory=dict)
    finer: tuple = ()
    unplaced: frozenset = frozenset()  # folded names of unlisted places put at the dateline's point
    crossings: frozenset = frozenset()  # folded names the text types as crossing points ("the X crossing")

    def get(self, key):
        return self.names.get(key)


def article_units(places_by_sentence: dict[int, list[Place]], borders) -> ArticleUnits:
    """The article's named first-level divisions (see ``ArticleUnits``)."""
    named = {p.entry for ps in places_by_sentence.values() for p in ps if p.entry.place_type == "admin1"}
    finer = []
    for e in named:
        if e.iso3 and borders.admin1_unit(e.name, e.iso3) is None:
            iso3, unit = borders.locate(e.lon, e.lat)
            if iso3 == e.iso3 and unit:
                finer.append((e.iso3, e.name, unit, e.lon, e.lat))
    every = [p for ps in places_by_sentence.values() for p in ps]
    # a town where the report was filed says nothing of where a village lies (a region would)
    unplaced = {fold(p.entry.name) for p in every if p.role == "dateline" and p.entry.place_type == "city"}
    # (nor does an unlisted place put at its country's point: "Bulock", near the unlisted "Foni Kansalla")
    unplaced |= {fold(p.entry.name) for p in every if not p.entry.in_gazetteer and p.entry.placed_at_type in _UNKNOWN_UNIT}
    guessed = {(fold(p.entry.name), fold(p.entry.placed_at or "")) for p in every
               if not p.entry.in_gazetteer and p.entry.placed_at_type == "nearby"}
    grown = True
    while grown:
        more = {name for name, at in guessed if at in unplaced} - unplaced
        unplaced |= more
        grown = bool(more)
    return ArticleUnits({(e.iso3, fold(e.name)): e.name for e in named}, tuple(sorted(finer)),
                        frozenset(n for n, _ in guessed if n in unplaced))


def _finer_unit(e, unit: str, units: ArticleUnits | None, borders) -> str | None:
    """The division the article names, finer than the boundary data's ``unit``, that a town
    whose gazetteer entry knows only ``unit`` lies in: the nearest one inside ``unit``, when the
    town is nearer its centre than the centre of ``unit`` ("Sololo" under Kenya's old Eastern
    province, the article naming Marsabit County; not a town of a unit the named one was split
    from, which lies nearer that unit's centre)."""
    near = [(haversine_km(e.lat, e.lon, lat, lon), name) for iso3, name, in_unit, lon, lat in (units.finer if units else ())
            if iso3 == e.iso3 and in_unit == unit]
    near = [(d, name) for d, name in near if d <= FINER_UNIT_KM]
    if not near:
        return None
    centre = borders.admin1_centre(unit, e.iso3)  # (lon, lat)
    if centre is not None and haversine_km(e.lat, e.lon, centre[1], centre[0]) <= min(near)[0]:
        return None
    return min(near)[1]


def area_names(place: Place, unit: str, borders, units: ArticleUnits | None = None) -> tuple[str, str]:
    """(label, admin1) of an area: the district the text names, else its first-level division;
    that division by the gazetteer where the boundary data has none of that name (a town
    named like an admin-1 unit the article names lies in it: "Mandera town", "Mandera County"),
    or by the finer division the article names around it (``_finer_unit``)."""
    e = place.entry
    if e.place_type == "admin1":
        gaz = e.name
    else:
        gaz = (units or {}).get((e.iso3, fold(e.name))) if e.place_type == "city" else None
        gaz = gaz or e.admin1
    if gaz:
        got = borders.admin1_unit(gaz, e.iso3)
        if got is not None and got[0] == unit and not (e.place_type == "admin1" and _renamed(e, unit)):
            gaz = unit  # the same unit: the boundary data's spelling
    if e.place_type != "admin1" and (gaz or unit) == unit:
        gaz = _finer_unit(e, unit, units, borders) or gaz
    admin1 = gaz or unit
    return (e.name if e.place_type in ("admin2", "city") else admin1), admin1


def _renamed(e, unit: str) -> bool:
    """Whether a division the text names is one the boundary data knows only inside an older,
    larger unit ("Kasaï Central" in the old "Kasaï-Occidental"): no name of the entry is the unit's."""
    names = {fold(e.name), *(fold(n) for n in e.alt_names)}
    return fold(unit) not in names


# ("Nigerien fishing families": one plain word between; not "Ugandan host families", who took them in)
_PEOPLE_OF = re.compile(r"\b((?:[A-Z][a-z]+\s+)?[A-Z][a-zè]+)\s+(?:(?!host\b)[a-z]+\s+)?(?:families|people|residents|villagers"
                        r"|herders|civilians|citizens|nationals|households|farmers|returnees|pastoralists|refugees|migrants"
                        r"|fishermen)\b|\b((?:[A-Z][a-z]+\s+)?[A-Z][a-z]+s)\b"
                        r"|\d\s+((?:[A-Z][a-z]+\s+)?[A-Z][a-z]+ese)\b")  # "20,000 Sudanese had arrived"


def group_people(text: str) -> str | None:
    """The ISO3 of the one nationality a group's words name its people by ("Mauritanian
    families", "Ethiopians"; not a country's own name), else None."""
    found = set()
    for m in _PEOPLE_OF.finditer(text):
        words = m.group(1) or m.group(3) or m.group(2)[:-1]
        for word in (words, words.split()[-1]) if " " in words else (words,):
            hit = country_of_word(word)
            if hit:  # "South Sudanese" before "Sudanese"
                if fold(hit[1]) != fold(word):
                    found.add(hit[0])
                break
    return found.pop() if len(found) == 1 else None


def district_inside(out: list, ks: list[int], unit: tuple[str, str]) -> bool:
    """Whether the areas at ``ks`` of ``out`` are all districts (not towns) already read inside
    the admin-1 ``unit`` (name, iso3) the text names around them: the district is the finer
    name of the same area, so the division adds nothing ("the wilayat of X, in Y governorate")."""
    got = [out[k] for k in ks if 0 <= k < len(out)]
    return bool(got) and all(a is not None and not a.town and not a.country and a.label and a.label != a.admin1
                             and (a.name, a.iso3) == unit[:2] for a in got)
