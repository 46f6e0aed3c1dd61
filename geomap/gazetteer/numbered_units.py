"""First-level units news names by their number ("Province 1" of Nepal, "Region IX" of Chile):
the numbers are official names the boundary data and GeoNames lack, so a village "in Province
1" would otherwise be placed by a guess (data/admin1_numbers.csv). Guyana's numbered regions
are left out for now: a village "in Region Six" then goes to the unit's point, 40 km and more
from the coast where its villages are, and a toll with it (set 6, gy-sr-corentyne-pirates)."""
from __future__ import annotations

from geomap.gazetteer.data_files import read_csv
from geomap.gazetteer.normalize import fold

__all__ = ["numbered_names", "add_numbered_unit_names"]

_WORDS = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen".split()
_ROMAN = "I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI".split()


def numbered_names(word: str, number: int, style: str) -> list[str]:
    """The ways a text writes unit `number` called `word`: "Region 6", "Region No. 6" and
    "Region Six" where a country numbers them in words and digits, "Region IX" where it numbers
    them in Roman numerals (its "Region 9" would be Guyana's)."""
    if style == "roman":
        return [f"{word} {_ROMAN[number - 1]}"]
    return [f"{word} {number}", f"{word} No. {number}", f"{word} No {number}",
            f"{word} {_WORDS[number - 1].capitalize()}"]


def add_numbered_unit_names(w) -> int:
    """Give the written admin-1 entries (``build._Writer``) their numbered names; how many
    names were added. A row whose unit is not in the index is skipped."""
    eids = {(e[7], fold(e[2])): e[0] for e in w.entries if e[5] == "admin1"}
    added = 0
    for r in read_csv("admin1_numbers.csv"):
        eid = eids.get((r["iso2"], fold(r["admin1"])))
        if eid is not None:
            added += w.add_names(eid, numbered_names(r["word"], int(r["number"]), r["style"]))
    return added
