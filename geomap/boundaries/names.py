"""Name matching for the boundary layers: the folded keys a country or admin-1 name matches under.

Folding is the gazetteer's (``geomap.gazetteer.normalize.fold``), so a name matches the same
way in the gazetteer and in the boundaries; this module adds the stripping of designators
("Changwat Surin", "Chanthaburi Province"). Country aliases come from the one resolver,
``geomap.gazetteer.countries``.
"""
from __future__ import annotations

import functools
import re

from geomap.gazetteer.countries import names as country_names
from geomap.gazetteer.normalize import fold

__all__ = ["country_names", "fold", "fold_keys", "strip_designators"]

#: Words that name the kind of division rather than the division ("Changwat Surin").
_DESIGNATORS = re.compile(
    r"\b(changwat|khett|krong|province|provincia|prefecture|state|region|oblast|oblys|"
    r"governorate|muhafazat|department|departement|district|county|division|wilayah|"
    r"ostan|vilayet|il|of|the)\b"
)



def strip_designators(folded: str) -> str:
    """A folded name without the words naming the kind of division ("changwat surin" -> "surin")."""
    return " ".join(_DESIGNATORS.sub(" ", folded).split()) or folded


@functools.lru_cache(maxsize=65536)
def fold_keys(text: str) -> frozenset[str]:
    """The folded forms a name matches under: as is, without designators, without spaces."""
    full = fold(str(text))
    if not full:
        return frozenset()
    short = strip_designators(full)
    return frozenset({full, short, full.replace(" ", ""), short.replace(" ", "")})
