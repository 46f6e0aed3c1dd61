"""Which names of a place are one name spelt otherwise, and which other forms news writes.

The index builder keeps a place's alternate names and marks those that only spell its own name
(``similar_names``: "Kyiv"/"Kiev"), adds the short forms news uses for a first-level unit
("Muhafazat ar Raqqah" -> "Raqqah", ``admin1_variants``), and drops the alternates Natural Earth
joined to the wrong unit (``trusted_admin1_alternates``). These are comparisons of names alone,
kept apart from ``build`` (which reads the sources and writes the tables) so each can be read
and tested on its own.
"""
from __future__ import annotations

import re

from geomap.gazetteer.normalize import fold, is_latin, skeleton

__all__ = ["admin1_variants", "article_free_forms", "keep_alternate", "similar_names", "spelling_of", "trusted_admin1_alternates", "unit_key"]


_ARTICLE = re.compile(r"^(?:Al|Ar|As|Ad|An|At|Ash|Az|Adh|El|Ech|Ed)[ -]+(\S.{2,})$", re.I)
_PARENS = re.compile(r"^(.*?)\s*\(([^)]+)\)\s*$")
_GENERIC_HEAD = re.compile(r"^(?:Muhafazat|Mohafazat|Changwat|Khet|Provincia de|Provincia|Province of|Viloyati|"
                           r"Velayat|Wilayah|Province du|Province de la|Province de|Région du|Region de la|Region de|"
                           r"Departamento de|Estado de|Wilayat|Wilaya de|Ostan-e|Region of)\s+", re.I)
_GENERIC_TAIL = re.compile(r"\s+(?:Regional State|Oblast'?|Oblast’|Province|Region|Governorate|Fylke|L[aä]e?n|Kraj|Krai|"
                           r"County|District|State|Prefecture|Voivodeship|Vilayati|Viloyati)$", re.I)


def admin1_variants(names: list[str]) -> list[str]:
    """Other ways news writes an admin-1 name: "Homs (Hims)" -> "Homs", "Hims";
    "Muhafazat ar Raqqah" -> "ar Raqqah" -> "Raqqah"; "Kharkivs'ka Oblast" -> "Kharkivs'ka"."""
    out: list[str] = []
    todo = list(names)
    while todo:
        n = todo.pop().strip()
        for m in (_PARENS.match(n),):
            if m:
                todo += [m.group(1), m.group(2)]
        for rx in (_GENERIC_HEAD, _GENERIC_TAIL):
            stripped = rx.sub("", n)
            if stripped != n and len(stripped) >= 3:
                todo.append(stripped)
        m = _ARTICLE.match(n)
        if m:
            todo.append(m.group(1))
        if n not in names and n not in out and len(n) >= 3:
            out.append(n)
    return out


#: countries whose place names GeoNames writes with the Arabic article ("Al Khafjī", "Al Qā’im"):
#: the Arab League's members, and Chad, Eritrea and Western Sahara, where Arabic names are common
ARTICLE_COUNTRIES = frozenset("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE TD ER EH".split())


def article_free_forms(names: list[str], iso2: str, common) -> list[str]:
    """The forms without the Arabic article that news writes for a town GeoNames names with it:
    "Al Khafjī" -> "Khafjī" ("Khafji", "Qaim", "Fasher"), only in ``ARTICLE_COUNTRIES`` (a Spanish
    "El Alto" is no "Alto"), only when the rest is a name of four letters or more and no common
    word (``common(folded)``: "As Salt" stays whole)."""
    if iso2 not in ARTICLE_COUNTRIES:
        return []
    out = []
    for n in names:
        m = _ARTICLE.match(n)
        if m and len(fold(m.group(1)).replace(" ", "")) >= 4 and not common(fold(m.group(1))):
            out.append(m.group(1))
    return out


_DIRECTION_WORDS = {"northern": "north", "southern": "south", "eastern": "east", "western": "west",
                    "central": "centre", "center": "centre"}


def unit_key(name: str) -> str:
    """Comparison key of a first-level unit's name: folded, directions in one form
    ("Southern Darfur" = "South Darfur"), generic words dropped ("Maekel Region" = "Maekel")."""
    n = _GENERIC_TAIL.sub("", _GENERIC_HEAD.sub("", name.strip()))
    return " ".join(_DIRECTION_WORDS.get(w, w) for w in fold(n).split())


def trusted_admin1_alternates(rows: list[dict]) -> list[list[str]]:
    """The alternate names (``gn_name``, ``woe_name``) worth keeping for each admin-1 row.

    Natural Earth joined these columns from GeoNames and Yahoo WOE by code, and the join is
    wrong for some countries: Guyana's and Eritrea's ``gn_name`` are shuffled among the
    regions (Cuyuni-Mazaruni carries "Pomeroon-Supenaam Region"), and where a unit was split
    after the join, ``woe_name`` still names the old unit or a neighbour (Eastern Darfur
    carries "South Darfur", Oromiya "Addis Ababa"). Per country and column: a value that
    names another unit of the country is dropped unless it is a spelling of the unit's own
    name; once a column is seen to be shuffled in a country, only values that are spellings
    of their unit's name are kept there. Values that name no unit stay (several English
    boroughs carry "Greater London": a name of the region they lie in).
    """
    by_country: dict[str, list[int]] = {}
    for k, a in enumerate(rows):
        by_country.setdefault(a["iso2"], []).append(k)
    out: list[list[str]] = [[] for _ in rows]
    for iso2, ks in by_country.items():
        own = {k: unit_key(rows[k]["name"]) for k in ks if rows[k]["name"]}
        for column in ("gn_name", "woe_name"):
            values = {k: rows[k][column] for k in ks if rows[k][column] and is_latin(rows[k][column])}
            spelling = {k: spelling_of(own.get(k, ""), unit_key(v)) for k, v in values.items()}
            wrong = {k for k, v in values.items() if not spelling[k]
                     and any(unit_key(v) == o for j, o in own.items() if j != k)}
            for k, v in values.items():
                if k in wrong or (wrong and not spelling[k]):
                    continue
                out[k].append(v)
    return out


def spelling_of(a: str, b: str) -> bool:
    """Whether two unit keys spell one name: the words they share set aside, what is left
    must be spelt alike ("Al Qadarif"/"Gedarif"), so "West Darfur" is not "Central Darfur"."""
    if a == b:
        return True
    wa, wb = a.split(), b.split()
    common = set(wa) & set(wb)
    ra, rb = " ".join(w for w in wa if w not in common), " ".join(w for w in wb if w not in common)
    if not ra or not rb:
        return bool(common)  # "Gambela" / "Gambela Peoples"
    return similar_names(ra, rb)


def similar_names(a: str, b: str) -> bool:
    """Whether two folded names are spellings of one name ("Kyiv"/"Kiev"), not two names
    ("Columbus"/"Franklin", a county's name kept as an alternate)."""
    from difflib import SequenceMatcher

    a, b = a.replace(" ", ""), b.replace(" ", "")
    if min(len(a), len(b)) >= 5 and (a in b or b in a):
        return True
    if SequenceMatcher(None, a, b).ratio() >= 0.7:
        return True
    # one name in two transliterations: Kurdish, Uzbek and Azeri Latin write "x" for "kh"
    # ("Zaxo"/"Zakho"), which the ratio of short names alone refuses
    return min(len(a), len(b)) >= 4 and ("x" in a) != ("x" in b) and \
        skeleton(a.replace("x", "kh")) == skeleton(b.replace("x", "kh"))


def keep_alternate(alt: str) -> bool:
    """Alternates worth matching in English text: Latin script, not codes, not tiny."""
    if len(alt) < 3 or not is_latin(alt):
        return False
    if alt.isupper() and len(alt) <= 4:  # airport and postal codes: "BKK", "TH-48"
        return False
    return not any(ch.isdigit() for ch in alt)
