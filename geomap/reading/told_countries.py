"""Countries a text names without naming them: through their capital or one of their
first-level units.

The resolver drops a small town reached through another spelling in a country the article never
names ("Banjska" read as Bansko, Bulgaria, in a Kosovo report). An article may name a country
only as "Dushanbe" or "Sughd" ("demanding that Dushanbe explain"); its towns spelt otherwise
("Penjikent" for Panjakent) are no strangers to it.
"""
from __future__ import annotations

from typing import Any, Callable

from geomap.gazetteer import GazetteerEntry

__all__ = ["told_countries"]


def told_countries(weights: dict[str, float], anchors: list[GazetteerEntry]) -> Callable[[Any], dict[str, float]]:
    """For a place, ``weights`` with the countries the text names through their capital or one
    of their first-level units ("demanding that Dushanbe explain", "officials in Sughd"): a town
    of such a country spelt otherwise ("Penjikent" for Panjakent) is no stranger to the article.
    A unit does not vouch for itself ("Kentucky Fried Chicken" names no US state)."""
    told: dict[str, set[str]] = {}
    for a in anchors:
        if a.iso2 and a.iso2 not in weights and (a.place_type == "admin1" or a.feature == "capital"):
            told.setdefault(a.iso2, set()).add(a.gid)
    least = min(weights.values(), default=0.0)  # (a share, never 0 when any: asked as a truth value)

    def of(p) -> dict[str, float]:  # (a resolve.Place)
        if not weights or not told.get(p.entry.iso2, set()) - {p.entry.gid}:
            return weights
        return {**weights, p.entry.iso2: least}
    return of
