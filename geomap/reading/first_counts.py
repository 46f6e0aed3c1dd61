"""A risen toll told first, the first count of the same event told just after it.

A report of a late death opens on the new total ("A soldier wounded in a shootout near X died
in hospital on Monday, bringing the toll from the clash to three") and then tells the deaths
first counted at the scene ("Two of the rustlers were killed at the scene when soldiers
returned fire"): those are part of the total, not an event of their own. The total is the
event's toll; the first count is not a second one (``geomap.reading.tolls.superseded`` drops
it where the total has an incident of its own; ``attach_adjacent_fatalities`` gives the total
to the incident of the first count where it has none).
"""

from __future__ import annotations

import re

from geomap.text.scene_words import told_at_the_scene

__all__ = ["RISEN_BY_ONE_DEATH", "first_count_after"]

#: a total a late death brings the toll to: "bringing the toll from the shootout to two",
#: "raising the death toll to four" (no period: "bringing the number killed this month to 18" is a
#: running count, ``geomap.reading.tolls.running_total``)
RISEN_BY_ONE_DEATH = re.compile(r"\b(?:bringing|brought|raising|raised|taking|took|pushing|pushed)\s+"
                                r"(?:the\s+)?(?:death\s+)?toll\b", re.I)

#: how many sentences after the total the first count may be told
_TOLD_WITHIN = 2


def first_count_after(total_index: int, total: int, count_index: int, count: int | None, count_sentence: str) -> bool:
    """Whether a count told in sentence ``count_index`` is the first count, told at the scene, of
    the deaths a risen toll of ``total`` told in sentence ``total_index`` sums up: told just after
    it, smaller, and counted "at the scene" ("on the spot", "killed outright")."""
    return 0 < count_index - total_index <= _TOLD_WITHIN and bool(count) and count < total \
        and told_at_the_scene(count_sentence)
