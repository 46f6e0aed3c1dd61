"""An act at a place the gazetteer lacks, told with its distance from "the crossing" or "the town"
named before ("armed men fired on a convoy at X, in the Y region, some 30 km west of the
crossing"): the act is at that distance and direction from the crossing or town last named, not
at the middle of the unit X lies in nor on the frontier line, which are guesses.

Only an incident placed by such a guess moves (an unlisted place, a stretch of frontier, the
frontier line), when its own name stands before the distance in its sentence; a listed town told
so keeps its own point. The referent is the last place of that kind named before in the article
(a crossing, post or checkpoint by its name or its gazetteer feature; a town, city or village).
"""

from __future__ import annotations

import re

from geomap.reading.resolve import Place
from geomap.settings import MAX_OFFSET_KM
from geomap.text.cues import stated_offset

__all__ = ["offsets_from_named_before"]

#: where an incident stands when no place of its own was found (guesses an offset may improve)
_GUESSED = frozenset(("unlisted place", "frontier stretch", "frontier", "frontier near place"))
#: the place told before, named by its kind
_ANAPHOR = re.compile(r"\bthe\s+(?:border\s+)?(?P<kind>crossing|post|checkpoint|town|city|village)\b", re.I)
_CROSSING_WORDS = ("crossing", "post", "checkpoint", "border")
_CROSSING_AFTER = re.compile(r"\s+(?:border\s+)?(?:crossing|post|checkpoint)\b", re.I)
_CROSSING_FEATURES = frozenset(("crossing", "border crossing", "border post", "border point", "crossing point",
                                "checkpoint"))


def _of_kind(p: Place, kind: str, sentence) -> bool:
    if kind in ("crossing", "post", "checkpoint"):  # "the Ekok crossing", "Galafi border post", a crossing's entry
        return (any(w in p.mention.text.lower() for w in _CROSSING_WORDS)
                or bool(_CROSSING_AFTER.match(sentence.text, p.mention.end - sentence.start))
                or (getattr(p.entry, "feature", None) or "") in _CROSSING_FEATURES)
    return p.entry.place_type == "city" and getattr(p.entry, "in_gazetteer", True)


def _named_before(sentences, by_sentence: dict[int, list[Place]], j: int, start: int, kind: str) -> Place | None:
    """The last place of ``kind`` named before offset ``start`` of the text (sentence ``j``)."""
    for k in range(j, -1, -1):
        got = [p for p in by_sentence.get(k, []) if p.role == "place" and p.mention.end <= start
               and _of_kind(p, kind, sentences[k])]
        if got:
            return max(got, key=lambda p: p.mention.start)
    return None


def offsets_from_named_before(sentences, incidents: list[dict], by_sentence: dict[int, list[Place]]) -> list[dict]:
    """``incidents``, each guessed one moved to the distance its sentence tells from "the crossing"."""
    from geomap.reading.placement import offset_point

    index_of = {s.start: k for k, s in enumerate(sentences)}
    for f in incidents:
        props = f["properties"]
        j = index_of.get(props.get("sentence_start"))
        if j is None or props.get("placement") not in _GUESSED:
            continue
        s = sentences[j]
        at = s.text.find(props["location"])
        if at < 0:
            continue
        for m in _ANAPHOR.finditer(s.text, at):
            told = stated_offset(s.text, m.start())
            if told is None or told[0] > MAX_OFFSET_KM or ";" in s.text[at:m.start()]:
                continue
            ref = _named_before(sentences, by_sentence, j, s.start + at, m.group("kind").lower())
            if ref is None:
                continue
            lon, lat = offset_point(ref.entry.lon, ref.entry.lat, *told)
            f["geometry"] = {"type": "Point", "coordinates": [round(lon, 5), round(lat, 5)]}
            props.update(geo_precision=2, placement="offset from place told before")
            break
    return incidents
