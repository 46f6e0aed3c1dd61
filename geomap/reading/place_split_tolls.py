"""Deaths split over places in a sentence of their own ("Local authorities report 22 people killed
in X and at least nine in Y"): each count goes to the incident told at its own place just before
(or just after), never their sum to one; a place with no incident told takes nothing."""

from __future__ import annotations

from geomap.gazetteer.normalize import fold

__all__ = ["give_split_counts"]


def _at(incident: dict, name: str) -> bool:
    """Whether an incident stands at the place ``name`` (its location or the words it was told by)."""
    p = incident["properties"]
    a, b = p.get("mention_start"), p.get("mention_end")
    told = p["source_sentence"][a:b] if a is not None and b is not None else ""
    return fold(name) in (fold(p.get("location") or ""), fold(told))


def give_split_counts(counts: list[tuple[int, str]], own: list[dict], near: list[dict], sentence: str) -> list[dict]:
    """Give each (count, place name) of ``counts`` to the one incident of ``near`` (the incidents
    told beside the sentence, nearest first) at that place that has no toll yet; the sentence's own
    incident at that place (``own``: the part events of ``geomap.text.elided_tolls``) tells that
    event again and is returned, to be dropped. Without such an incident beside it, the count stays
    with the sentence's own incident at its place."""
    retold: list[dict] = []
    for value, name in counts:
        at = [f for f in near if _at(f, name)]
        if at and at[0]["properties"]["fatalities"] is None and not at[0]["properties"].get("fatalities_basis"):
            at[0]["properties"].update(fatalities=value, fatalities_text=f"{value} in {name}",
                                       fatalities_basis="the count told for its place", fatalities_sentence=sentence)
            retold += [f for f in own if _at(f, name)]
    return retold
