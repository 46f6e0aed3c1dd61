"""The first-level unit of a place, where the team knows it better than the boundary polygons
its point falls in (data/place_units.csv): Natural Earth keeps Algeria's 48 older wilayas, so
Tin Zaouatine falls in Adrar though it is a commune of In Guezzam, created in 2019; an island
off another unit's coast falls in no unit or the wrong one. The unit named must be one the
index holds for that country (a Natural Earth unit or a newer one of GeoNames)."""
from __future__ import annotations

from geomap.gazetteer.data_files import read_csv
from geomap.gazetteer.normalize import fold

__all__ = ["apply_place_units"]


def apply_place_units(w) -> list[str]:
    """Set the admin-1 of the written entries (``build._Writer``) the table names, by name and
    country; the table's rows that named no entry or no unit of the index (for the check)."""
    units = {(e[7], fold(e[2])): e[2] for e in w.entries if e[5] == "admin1"}
    wanted = {}
    unused = []
    for r in read_csv("place_units.csv"):
        unit = units.get((r["iso2"], fold(r["admin1"])))
        if unit is None:
            unused.append(f"{r['name']}: no unit {r['admin1']!r} in {r['iso2']}")
            continue
        wanted[(r["iso2"], fold(r["name"]))] = unit
    done = set()
    for k, e in enumerate(w.entries):
        unit = wanted.get((e[7], fold(e[2]))) if e[5] != "admin1" else None
        if unit:
            w.entries[k] = (*e[:9], unit, *e[10:])
            done.add((e[7], fold(e[2])))
    unused += [f"{name}: no place of that name in {iso2}" for iso2, name in wanted.keys() - done]
    return unused
