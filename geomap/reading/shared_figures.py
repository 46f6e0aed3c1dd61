"""Whose figure a group's count is when it is shared or split among areas.

"12,000 fled A and B provinces": the count is the areas' together, none of theirs alone.
"4,500 refugees from X had arrived in A, 1,200 in B and 800 in C": the count is split by where
the groups are, so the area they all came from has none of those parts as its own figure (the
words keep them). ``reading.displacement`` reads the groups; these decide their figures.
"""

from __future__ import annotations

import re
from dataclasses import replace

from geomap.text import cues

__all__ = ["JOINED", "joined_shared", "split_count_origins"]


# "fled A and B provinces", "from A province, B province or C": one list of areas of one direction
JOINED = re.compile(r"^\s*(?:(?:province|district|region|state|county|department|governorate)s?\s*)?"
                    r"(?:,|,?\s*(?:and|or))\s*$", re.I)


def joined_shared(out: list, runs: list[int], counted: bool) -> list:
    """"12,000 fled A and B provinces": a figure told for areas joined by "and" is none of
    theirs alone (as a toll told for places so joined goes to none): each keeps its direction,
    the figure stays in the words. Areas of one first-level division ("2,600 fled A and B
    prefectures", both in one region) are that division, with the figure, when ``counted``."""
    names: dict[int, set] = {}
    for area, run in zip(out, runs):
        if area is not None and not area.country:
            names.setdefault(run, set()).add((area.admin1 if area.town else area.label or area.name, area.iso3,
                                              area.admin1 or area.name))
    def joined(a, r: int):
        got = names.get(r, ())
        if a is not None and a.town and len(got) == 1 and len([k for k in runs if k == r]) > 1:
            return replace(a, label=a.admin1, town=False)  # "fled A and B", two towns of one division: the division
        if a is None or a.country or len(got) < 2:
            return a
        one = counted and a.admin1 and len({n[1:] for n in got}) == 1
        return replace(a, label=a.admin1) if one else replace(a, shared=True)
    return [joined(a, r) for a, r in zip(out, runs)]


def split_count_origins(text: str, groups: list) -> None:
    """A group's count followed in its sentence by counts told only by where they are (", 1,200
    in B"): the group's areas of origin keep no figure, as the part counted first is not all who
    left them (not when the group names no place they reached: "3,600 were displaced in A and
    1,200 in B" are two areas' own counts). ``groups`` are ``[span, count, moving, areas]`` lists, changed in place."""
    for k, g in enumerate(groups):
        if g[1] is None or not any(h[1] is not None and cues.is_elliptic_group(text[h[0][0]:h[0][1]]) for h in groups[k + 1:]):
            continue
        if not any(a.direction == "to" for a in g[3]):
            continue  # "floods displaced 3,600 in A and 1,200 in B": each count is where it was told, side by side
        after = text[g[0][0] + g[1].end:]
        if sum(int(n.replace(",", "")) for n in _PLACED_COUNT.findall(after)) == g[1].value:
            continue  # "6,200 arrivals from X: 4,100 in A and 2,100 in B": a total, split after it
        g[3] = [replace(a, part=True) if a.direction == "from" else a for a in g[3]]


# "4,100 in Obo": a count told by where it is
_PLACED_COUNT = re.compile(r"(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d+)\s+(?:people\s+)?(?:in|at)\s+(?-i:[A-Z])", re.I)
