"""A toll whose incident stands at a province the text names only to say where a finer unit lies.

"Vigilantes in Baruten LGA (Kwara State) reported clashes ...; a leader said seven died",
"Villagers in the X area (Y Region) fought with herders; a chief said four people died": the
deaths were in the district or area the text names first; the province in brackets (or after a
comma and the unit's own word, "in X constituency, Y region") only says which one it is. When the
reader cannot place that finer unit, the incident falls back on the province's middle, often
100 km or more from the scene: its number there would be a wrong toll. The words stay, the number
goes (a wrong number is worse than none).
"""

from __future__ import annotations

import re

from geomap.reading.resolve import Place

__all__ = ["province_of_unplaced_unit"]

#: the unit words a finer area is told with ("Baruten LGA", "the X area", "X constituency")
_UNIT = (r"(?:LGA|local\s+government\s+area|area|district|sub-?district|constituency|county|sub-?county|commune"
         r"|municipality|ward|cercle|department|territory|zone|woreda|chiefdom|prefecture|canton|tehsil|upazila)")
#: a capitalised name, its unit word maybe, then "(" (or ", " after the unit word) right before the province
_QUALIFIED = re.compile(r"((?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})(?:\s+" + _UNIT + r"\s*(?:\(|,)"
                        r"|\s*\(|,\s+in)\s*(?:the\s+)?$", re.I)


def province_of_unplaced_unit(text: str, offset: int, mention: tuple[int, int] | None, places: list[Place]) -> bool:
    """Whether the incident's mention (offsets in the sentence ``text`` starting at ``offset``) is a
    province named only to qualify a finer unit before it that no gazetteer place covers."""
    if mention is None:
        return False
    here = next((p for p in places if p.mention.start - offset == mention[0]), None)
    if here is None or here.entry.place_type != "admin1":
        return False
    m = _QUALIFIED.search(text, max(0, mention[0] - 80), mention[0])
    if m is None:
        return False
    return not any(p.mention.start - offset <= m.start(1) < p.mention.end - offset and p.entry.in_gazetteer
                   for p in places if p is not here)  # (an unlisted name stands at the province: no finer place)
