"""An event told at a town, then told again with its distance and direction from "the town" ("Gunmen
killed four people near Assamaka ... The attack happened about 15 km south of the town"): the event
is at that point, not at the town (geo_precision 2), and the second telling is no event of its own
(the road or track it names, "on the road to Y", is where the place lies, not a second attack).

Only a sentence that opens on the event as a definite subject ("The attack", "The killing") and gives
the distance from an anaphor ("the town", "the city", "the village") or from the town's own name moves
the event told in one of the two sentences before it, when that event stands at a town's point.
"""
from __future__ import annotations

import re

from geomap.settings import MAX_OFFSET_KM
from geomap.text.cues import stated_offset

__all__ = ["offsets_told_after"]

#: the event told again as the sentence's definite subject
_RETOLD = re.compile(r"^\W*(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?P<noun>attack|ambush|killings?|shooting|raid"
                     r"|clash(?:es)?|fighting|blast|explosion|incident|abduction|kidnapping|robbery|assault)\b")
#: the town told before, as an anaphor the distance is counted from
_ANAPHOR = re.compile(r"\bthe\s+(?:town|city|village|settlement)\b", re.I)
_DISTANCE = re.compile(r"\d\s*-?\s*(?:km|kilomet|mi(?:les?)?\b)", re.I)
#: what tells that the distance belongs to another clause or place ("came as fighters clashed near Y, 90 km west
#: of X": Y's distance, not the attack's)
_OTHER_CLAUSE = re.compile(r"\b(?:as|when|while|where|which|who|after|before|since|amid)\b|[;:]")
_NAME = re.compile(r"\b(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May"
                   r"|June|July|August|September|October|November|December)\b)[A-Z][\w'\u2019-]+")


def _own_clause(between: str) -> bool:
    """Whether the words between the retold subject and the distance keep it the event's own: no other
    clause opens and no other name stands there (days and months aside)."""
    return not _OTHER_CLAUSE.search(between) and not _NAME.search(between)


def offsets_told_after(sentences, incidents: list[dict]) -> list[dict]:
    """``incidents`` with each one moved to the distance a later sentence tells from "the town"."""
    from geomap.reading.placement import offset_point

    index_of = {s.start: k for k, s in enumerate(sentences)}
    dropped: set[int] = set()
    for j, s in enumerate(sentences):
        retold = _RETOLD.match(s.text)
        if retold is None or not _DISTANCE.search(s.text):
            continue
        earlier = [f for f in incidents if j - 2 <= index_of.get(f["properties"]["sentence_start"], -9) < j
                   and f["geometry"]["type"] == "Point" and f["properties"]["placement"] == "place"]
        if not earlier:
            continue
        f = earlier[-1]
        told = next((o for m in _ANAPHOR.finditer(s.text, retold.end()) if _own_clause(s.text[retold.end():m.start()])
                     and (o := stated_offset(s.text, m.start()))), None)
        if told is None and (at := s.text.find(f["properties"]["location"], retold.end())) >= 0 \
                and _own_clause(s.text[retold.end():at]):
            told = stated_offset(s.text, at)  # "The attack took place 20 km south of X": X, where it was told
        if told is None or told[0] > MAX_OFFSET_KM:
            continue
        lon, lat = offset_point(*f["geometry"]["coordinates"], *told)
        f["geometry"] = {"type": "Point", "coordinates": [round(lon, 5), round(lat, 5)]}
        f["properties"].update(geo_precision=2, placement="offset told after")
        # the second telling ("The attack happened ... on the track to Arlit") is this event again
        dropped |= {id(g) for g in incidents if g["properties"]["sentence_start"] == s.start
                    and (g["properties"].get("trigger") or "").lower().startswith(retold.group("noun").lower())}
    return [f for f in incidents if id(f) not in dropped] if dropped else incidents
