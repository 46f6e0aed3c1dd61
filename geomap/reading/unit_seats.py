"""A town that shares its name with the unit it is the seat of ("Dikhil" in Dikhil region, "Kitgum"
in Kitgum district, "Tadjoura" in Tadjourah region): told bare, the text means the town.

A writer names the province with its word ("the Dikhil prefecture", "Kitgum district officials")
and the town without one ("police in Dikhil", "near Tadjourah", "Satun's pier"). Many countries
name their units after their seats, and the unit's middle lies tens of kilometres from the town,
so an act told at the bare name belongs at the town. GeoNames marks most such towns as the
unit's capital; some (Tadjoura, Ali Sabih) it leaves as plain towns, spelt otherwise than their
unit: a town of some size inside a unit the same name may be is read as that unit's seat too.
"""
from __future__ import annotations

from difflib import SequenceMatcher

from geomap.gazetteer import GazetteerEntry, fold
from geomap.settings import W_PRIMARY, W_SEAT

#: least population of a plain town (not marked as its unit's capital) read as its unit's namesake
#: seat: a hamlet named after its province is no seat ("Florida" in a village list)
SEAT_TOWN_MIN_POPULATION = 10_000
#: how alike (letters only) a plain town's name must be to its unit's to be its namesake seat
SPELT_ALIKE_MIN_RATIO = 0.85


def namesake_seat(e: GazetteerEntry, units: set[tuple[str, str]], unit_countries: set[str]) -> bool:
    """Whether ``e`` is the seat town of a first-level unit the same mention may name (``units``:
    (country, name) of the mention's admin-1 candidates; ``unit_countries``: their countries)."""
    if e.place_type != "city":
        return False
    if e.feature == "admin1_capital":
        # (the unit spelt otherwise by the gazetteer's town: Tamanghasset in Tamanrasset)
        return (e.iso2, e.admin1) in units or (e.admin1 == e.name and e.iso2 in unit_countries)
    # (a plain town: a national capital is its country's namesake first, "Djibouti")
    return (e.feature == "city" and (e.iso2, e.admin1) in units and e.population >= SEAT_TOWN_MIN_POPULATION
            and spelt_alike(e.name, e.admin1))


def spelt_alike(a: str, b: str) -> bool:
    """Whether a town's and a unit's names are one name in two spellings ("Tadjoura"/"Tadjourah",
    "Ali Sabih"/"Ali Sabieh"), not a town named after part of the unit's ("Rio Grande" in Rio
    Grande do Sul) nor another town (São Luís in Maranhão)."""
    a, b = (''.join(c for c in fold(x) if c.isalpha()) for x in (a, b))
    return bool(a and b) and a[0] == b[0] and SequenceMatcher(None, a, b).ratio() >= SPELT_ALIKE_MIN_RATIO


def seat_weight(e: GazetteerEntry, units: set[tuple[str, str]], unit_countries: set[str],
                written_units: list[GazetteerEntry], written: bool) -> float:
    """What a bare name adds to ``e`` for being the namesake seat of a unit it may name: W_SEAT, and
    W_PRIMARY besides when the text writes the unit's own name (``written_units``) but the town is
    spelt otherwise (``written`` false): "Ali Sabieh" is the region's spelling and the town's alike,
    not the region's name only (Ali Sabih)."""
    if not namesake_seat(e, units, unit_countries):
        return 0.0
    spelt_as_unit = not written and spelt_alike(e.name, e.admin1 or "") and any(u.place_type == "admin1" and u.iso2 == e.iso2 and u.name == e.admin1
                                        for u in written_units)
    return W_SEAT + (W_PRIMARY if spelt_as_unit else 0.0)


def bare_keeps_its_town(own: GazetteerEntry, chosen: GazetteerEntry, chosen_told_as_unit: bool) -> bool:
    """Whether a bare mention keeps its own reading ``own`` rather than the one chosen for its name
    elsewhere in the article: when that one was told with the unit's word ("the Dikhil prefecture")
    and ``own`` is the unit's seat town, the bare name is the town ("police in Dikhil")."""
    return (chosen_told_as_unit and chosen.place_type == "admin1" and own.place_type == "city"
            and own.iso2 == chosen.iso2 and own.admin1 == chosen.name)
