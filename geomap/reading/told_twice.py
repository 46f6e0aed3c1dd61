"""When a displacement figure is not sure to be an area's: one area told in several sentences
(which telling's figure a feature keeps, which finer features say nothing more than their
division's), a vague figure, an origin read across the border from the people's country
(split from displacement.py, which builds the features)."""

from __future__ import annotations

import re
from dataclasses import replace

from geomap.text.quantities import Count

__all__ = ["foreign_origin_unsure", "uncrossed_origin_unsure", "vague_beside_exact", "vague", "vague_then_exact", "finer_without_figures_dropped"]


_VAGUE = re.compile(r"\b(?:dozens|scores|hundreds|thousands|millions|(?:several|a\s+few|a\s+couple\s+of)\s+(?:dozen|hundred|thousand))\b", re.I)


def vague(count: Count | None) -> bool:
    """Whether a figure is only a reading of words like "thousands", "several hundred"."""
    return count is not None and bool(_VAGUE.search(count.text)) and not any(c.isdigit() for c in count.text)


def vague_then_exact(props: dict, count: Count) -> bool:
    """"thousands fled into X", then in a later sentence "3,000 ... are sheltering in X": the
    exact figure, when it is at least the vague one's lower bound, says the same thing better."""
    old = props.get("displaced_text") or ""
    return bool(_VAGUE.search(old)) and not any(c.isdigit() for c in old) and any(c.isdigit() for c in count.text) \
        and count.value >= props["displaced"]


def vague_beside_exact(feats: list[dict]) -> list[dict]:
    """"thousands fled to X town", then "3,000 ... crossed into Y town", both in one division:
    the exact figure says the same better (as ``vague_then_exact`` for one area told twice);
    the vague one keeps its words, not its figure."""
    def key(p):
        return p["admin1"], p["iso3"], p["direction"]

    exact = [f["properties"] for f in feats if f["properties"]["displaced"] is not None
             and any(c.isdigit() for c in f["properties"]["displaced_text"] or "")]
    for f in feats:
        p = f["properties"]
        if p["displaced"] is not None and p["admin1"] and vague(Count(p["displaced"], p["displaced_text"] or "", 0, 0)) \
                and any(key(q) == key(p) and q["source_sentence"] != p["source_sentence"]
                        and q["displaced"] >= p["displaced"] for q in exact):
            p["displaced"] = None
    return feats


def finer_without_figures_dropped(feats: list[dict]) -> list[dict]:
    """A district or town named without a figure adds nothing beside its first-level division's
    feature of the same direction (that one carries the figure, or the same absence of one),
    unless that one is only a frontier unit put for a sentence that names no area."""
    def key(f):
        p = f["properties"]
        return p["admin1"], p["iso3"], p["direction"]

    out = []
    for f in feats:
        p = f["properties"]
        same = [g for g in feats if g is not f and key(g) == key(f)
                and not g["properties"]["area_basis"].startswith("frontier")]
        # (districts named side by side, each without a figure, are kept: no feature says more)
        if p["displaced"] is None and same and (any(g["properties"]["displaced"] is not None for g in same) or (
                p["name"] != p["admin1"] and any(g["properties"]["name"] == g["properties"]["admin1"] for g in same))):
            continue
        out.append(f)
    return out


def foreign_origin_unsure(areas: list, people: str | None) -> list:
    """"70 Timorese families living in X fled to Y", Y in Timor-Leste, X read in Indonesia: a
    border place read on the wrong side, more often than nationals fleeing a foreign place
    home; X keeps the words but not the figure. (``areas``: ``displacement.Area`` or None.)"""
    if people is None or not any(a is not None and a.direction == "to" and a.iso3 == people for a in areas):
        return areas
    return [replace(a, part=True) if a is not None and a.direction == "from" and not a.country and a.iso3 != people
            else a for a in areas]


# words telling that a group crossed a border or is foreign where it went
_CROSSED = re.compile(r"\b(?:cross\w*|across|into|entered|entering|refugees?|asylum|deport\w*|expel\w*|migrants?"
                      r"|foreign\w*|nationals|abroad|other\s+side|repatriat\w*)\b", re.I)


# a group moved by others inside its country (not arrivals, refugees or asylum seekers, who came from abroad)
_RELOCATED = re.compile(r"^(?!.*\b(?:arriv\w*|refugees?|asylum|fled|flee\w*)\b).*\b(?:moved|relocated|evacuated|taken|bussed"
                        r"|bused|transferred)\s+(?:by\s+\w+\s+)?(?:to|into)\b", re.I | re.S)


def uncrossed_origin_unsure(areas: list, words: str, countries_named: bool, people: str | None = None) -> list:
    """"300 residents of border villages in X have moved to relatives' homes in Y, the district
    headquarters": a group told with no crossing, no country and no nationality stayed in one
    country; a town it left read in another country than the one it reached is a border
    place read on the wrong side (a division is not): it keeps the words but not the figure;
    so does a town a group of one nationality (``people``) reached outside its country."""
    if people and _RELOCATED.search(words) and not _CROSSED.search(words):  # "1,300 Ethiopians were moved to X"
        return [replace(a, part=True) if a is not None and a.direction == "to" and a.town and a.iso3 != people
                else a for a in areas]
    to = {a.iso3 for a in areas if a is not None and a.direction == "to" and not a.country}
    if countries_named or len(to) != 1 or _CROSSED.search(words):
        return areas
    return [replace(a, part=True) if a is not None and a.direction == "from" and a.town and a.iso3 not in to
            else a for a in areas]
