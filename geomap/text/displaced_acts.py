"""What displaced people did besides moving: a protest by them is no displacement report.

"About 80 of the displaced blocked the entrance to the council offices", "residents and
returnees blocked the road to the border post", "refugees staged a sit-in": the people are
named by what they are (displaced, returnees, evacuees), the verb is a protest, and no word
tells a movement. Read as displacement, the road's town became an area people went "to"
with the protesters' count, or the frontier's units were put for it.
"""

from __future__ import annotations

import re

from geomap.text.displacement_counts import displacement_spans

__all__ = ["protest_by_displaced"]

# the displacement words that only name the people (not "fled", "evacuated", "left their homes")
_NOUN = re.compile(r"(?:refugees?|evacuees|returnees|(?:new\s+)?arrivals|IDPs?|displaced)$", re.I)
# what such people did instead of moving
_PROTEST = re.compile(
    r"\b(?:blocked|blockaded|barricaded|marched|protested|demonstrated|rallied|rioted|picketed|occupied|stormed"
    r"|staged\s+(?:a|an)\s+(?:\w+\s+)?(?:sit-in|protest|demonstration|march|rally|strike|hunger\s+strike)"
    r"|went\s+on\s+(?:a\s+)?(?:hunger\s+)?strike|took\s+to\s+the\s+streets|(?:gathered|protested)\s+(?:outside|in\s+front\s+of))\b",
    re.I)
# a movement told beside the protest ("fled after protesters blocked the road"): still displacement
_MOVED = re.compile(r"\b(?:fled|flee\w*|evacuat\w*|crossed|escaped|left\s+(?:their|the)\b|uprooted|relocated|driven\s+out"
                    r"|forced\s+(?:out|from)|displaced\s+(?:from|by|to|into))\b", re.I)


def protest_by_displaced(sentence: str) -> bool:
    """Whether the sentence tells displaced people protesting (blocking a road, marching,
    a sit-in) and no movement of theirs: no area, no figure."""
    spans = displacement_spans(sentence)
    if not spans or not all(_NOUN.search(sentence[a:b]) for a, b in spans):
        return False
    if not _PROTEST.search(sentence, spans[0][1]):
        return False
    return not _MOVED.search(sentence)
