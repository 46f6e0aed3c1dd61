"""First-level units whose names the boundary data gives to the wrong polygons: in Natural
Earth 10m, eight of Guyana's ten regions carry a neighbour's `name` (Georgetown falls in
"East Berbice-Corentyne", Bartica in "Pomeroon-Supenaam") while their GeoNames name `gn_name`
is right. Where a country's GeoNames names are its own names dealt out to other polygons, the
GeoNames name is the unit's (the boundary layer and the gazetteer index both read it so); so is
it where two units of a country carry one name and one's GeoNames name is unclaimed."""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from geomap.gazetteer.data_files import read_csv
from geomap.gazetteer.normalize import fold

__all__ = ["level1_points", "unswapped_names"]

#: a designator GeoNames adds to a unit's name ("Cuyuni-Mazaruni Region")
_DESIGNATOR = re.compile(r"\s+(?:region|province|department|district|state|county|governorate)$")
#: a designator GeoNames puts before a unit's name ("Wilayat-e Daykundi", "Province of X")
_LEADING = re.compile(r"^(?:wilayat-e|province\s+of|county|district\s+of)\s+", re.I)


def unswapped_names(countries: Sequence[str | None], names: Sequence[str | None],
                    gn_names: Sequence[str | None]) -> list[str | None]:
    """`names` with each country's swapped names put back on their polygons: a country is
    corrected only when every unit has a GeoNames name, those names (without a designator) are
    exactly its own set of names, and at least two units disagree."""
    rows = defaultdict(list)
    for pos, country in enumerate(countries):
        rows[country].append(pos)
    out = list(names)
    for country, positions in rows.items():
        if country is None or len(positions) < 2:
            continue
        own = {fold(names[p]): names[p] for p in positions if names[p]}
        told = [_DESIGNATOR.sub("", fold(gn_names[p] or "")) for p in positions]
        if len(own) != len(positions):
            for p, name in _twins_named(positions, names, gn_names).items():
                out[p] = name
            continue
        if set(told) != set(own):
            continue
        if sum(t != fold(names[p]) for p, t in zip(positions, told)) < 2:
            continue
        for p, t in zip(positions, told):
            out[p] = own[t]
    return out


def _twins_named(positions: list[int], names: Sequence[str | None], gn_names: Sequence[str | None]) -> dict[int, str]:
    """Position -> own name of the units of one country that carry another unit's name (Natural
    Earth 10m names Malawi's Karonga polygon "Chitipa" as well; its GeoNames name is "Karonga
    District"): among units sharing a name, when exactly one has that name in GeoNames too, each
    other takes its GeoNames name (without a designator) if that names no unit of the country
    and does not hold the shared name (not "Cork City" beside "Cork")."""
    folded = [fold(names[p] or "") for p in positions]
    told = {p: _LEADING.sub("", re.sub(_DESIGNATOR.pattern, "", (gn_names[p] or "").strip(), flags=re.I))
            for p in positions}
    taken = set(folded)
    out = {}
    for key in {k for k in folded if k and folded.count(k) > 1}:
        twins = [p for p, k in zip(positions, folded) if k == key]
        if sum(fold(told[p]) == key for p in twins) != 1:
            continue
        for p in twins:
            own = fold(told[p])
            if own and own != key and own not in taken and key not in own:
                out[p] = told[p]
    return out


def level1_points() -> dict[tuple[str, str], tuple[float, float]]:
    """(ISO2, folded name) -> GeoNames' point (lat, lon) of each first-level unit (data/admin2.csv,
    level 1). A unit whose name was put back is indexed at it: the polygons of such a country were
    labelled by another source, and the middle of a long unit (East Berbice-Corentyne runs 500 km
    inland to Brazil) is far from the coast where its towns and news are."""
    return {(r["iso2"], fold(r["name"])): (float(r["lat"]), float(r["lon"]))
            for r in read_csv("admin2.csv") if r["level"] == "1"}
