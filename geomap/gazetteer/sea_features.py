"""The states each named feature at sea lies between (data/sea_features.csv).

A shoal, reef, cay or islet two states dispute (Second Thomas Shoal, Quitasueño, Dokdo) tells
which frontier at sea a story is about even when the two coasts lie far apart (China's and the
Philippines' are 900 km apart across the South China Sea): the table's ``parties`` column names
the states whose frontier at sea the feature lies on or who claim it.
"""
from __future__ import annotations

import functools

from geomap.gazetteer.data_files import read_csv

__all__ = ["parties_of"]


@functools.lru_cache(maxsize=1)
def _parties() -> dict[tuple[str, str], tuple[str, ...]]:
    """(name, iso2 of the holder) -> the parties' ISO3 codes, for every row of the table."""
    from geomap.gazetteer import countries

    out = {}
    for row in read_csv("sea_features.csv"):
        codes = [countries.iso3_of(c, demonym=False, aliases=False, codes=True) for c in row["parties"].split("|")]
        out[(row["name"], row["iso2"])] = tuple(c for c in codes if c)
    return out


def parties_of(name: str, iso2: str) -> tuple[str, ...]:
    """ISO3 codes of the states a feature at sea (its gazetteer name and country) lies between;
    () for any other place."""
    return _parties().get((name, iso2), ())
