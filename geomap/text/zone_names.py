"""Free-trade and economic zones named after a place ("the Aras free zone near Jolfa", "the Boten
Special Economic Zone"): the zone is a place of its own, where the text puts it, not the namesake
town or river the bare name reads as elsewhere.

Pure text: cues of ``geomap.text.place_cues`` (kind "zone", a landmark; the mention is the name
with its zone words) for the unlisted step.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from geomap.text.place_cues import PlaceCue
from geomap.text.sentences import Sentence

__all__ = ["ZONE_KIND", "zone_cues"]

ZONE_KIND = "zone"

_WORD = r"[A-Z][\w’'-]*"
#: one to three capitalised words, then the zone's words in either case
_ZONE = re.compile(rf"\b({_WORD}(?:[ \u00a0]{_WORD}){{0,2}}?)[ \u00a0]"
                   r"((?:[Ss]pecial[ \u00a0])?(?:[Ee]conomic|[Ff]ree(?:[ \u00a0][Tt]rade)?|[Ii]ndustrial)"
                   r"[ \u00a0][Zz]one)\b")
#: capitalised words that open a sentence or a title, not a name ("The Special Economic Zone")
_NOT_NAMES = frozenset("the a an this that its their".split())
_ZONE_WORDS = frozenset(("special", "free", "economic", "industrial"))


def zone_cues(text: str, sentences: list[Sentence]) -> list[PlaceCue]:
    """A cue per zone named after a place, in text order."""
    if "zone" not in text and "Zone" not in text:
        return []
    starts = [s.start for s in sentences]
    out = []
    for m in _ZONE.finditer(text):
        name = m.group(1)
        words = name.split()
        while words and words[0].lower() in _NOT_NAMES:
            words = words[1:]
        if not words or words[-1].lower() in _ZONE_WORDS or words[-1].endswith(("'s", "’s")):
            continue  # ("Tabriz's free zone": a zone of the town, not named after it)
        name = " ".join(words)
        a = m.end(1) - len(name)
        si = max(0, bisect_right(starts, a) - 1)
        out.append(PlaceCue(name, a, m.end(), m.end(1), ZONE_KIND, "landmark", si))
    return out
