"""The area or zone of a union, treaty or currency ("the Schengen area", "the euro zone", "the
CFA franc zone", "the CA-4 area of free movement"): the countries that belong to it, no place.
Border stories name them to say which rules hold at a crossing; the name is a place's only by
history (Schengen, a village of Luxembourg) or not at all, and an unknown name typed by "area"
would otherwise stand at a town of the story.

Pure text: the names of the unions and the words after them.
"""
from __future__ import annotations

import re

__all__ = ["UNION_NAMES", "is_union_area", "union_area_after"]

#: folded names of unions, treaties and currencies whose members make an "area" or a "zone"
UNION_NAMES = frozenset((
    "schengen", "euro", "eurozone", "eu", "european union", "eea", "european economic", "efta", "ecowas", "cedeao",
    "cemac", "uemoa", "waemu", "sadc", "eac", "comesa", "igad", "mercosur", "mercosul", "asean", "gcc", "cfa",
    "cfa franc", "ca-4", "ca4", "nafta", "usmca", "cis", "eaeu", "eurasian economic", "nato", "common travel",
    "dollar", "sterling", "rouble", "ruble", "caricom", "sica", "opec",
))
#: the words after such a name that make it an area of members ("area", "zone", "free movement zone")
_AREA_AFTER = re.compile(r"[\s\u00a0]+(?:(?:free[\s-]+(?:movement|trade|travel)|common|monetary|currency|travel|visa)"
                         r"[\s\u00a0]+)?(?:area|areas|zone|zones|space|bloc)\b", re.I)


def is_union_area(name: str, kind: str) -> bool:
    """Whether a name typed by ``kind`` ("area", "zone") names a union's members, not a place."""
    return kind.lower().rstrip("s") in ("area", "zone", "space", "bloc") and _folded(name) in UNION_NAMES


def union_area_after(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a union's name, is followed by the words of its area ("Schengen area")."""
    return _folded(text[start:end]) in UNION_NAMES and _AREA_AFTER.match(text, end) is not None


def _folded(name: str) -> str:
    return " ".join(name.lower().replace("\u00a0", " ").split())
