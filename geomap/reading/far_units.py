"""Which provinces and districts of a country an article never names may be read as strangers.

A district ("Taï" read as a Nigerian district in an Ivorian story) of a country the article
never names, a thousand km and more from every place it names, is a name the gazetteer lacks.
So is a province, but only in a story naming two countries at least (a frontier story: "Maluku,
on the eastern edge of Kinshasa" in a DR Congo–Congo report is no Indonesian province): in
world news telling of one country, a far province is often what it says ("Kentucky" in a
French report on a virus).
"""
from __future__ import annotations

from geomap.gazetteer import GazetteerEntry


def unit_may_be_stranger(e: GazetteerEntry, weights: dict[str, float]) -> bool:
    """Whether ``e`` is a unit the far-namesake test applies to, given the countries the article
    names (``weights``, ISO2 -> share) and ``e``'s country not among them."""
    if e.place_type == "admin2":
        return True
    return e.place_type == "admin1" and sum(1 for w in weights.values() if w) >= 2
