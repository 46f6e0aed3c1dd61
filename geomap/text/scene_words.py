"""Words that put deaths at the scene of the act just told.

"One suspect was killed at the scene", "three were killed outright", "one soldier was killed
when a landmine exploded as the group withdrew": the deaths happened where the act told before
them happened, so a place carried from that telling is theirs, not a guess.
"""

from __future__ import annotations

import re

__all__ = ["told_at_the_scene"]

#: deaths counted on the spot ("at the scene", "on the spot", "killed outright")
_ON_THE_SPOT = r"\b(?:at|on)\s+the\s+(?:scene|spot)\b|\b(?:killed|died)\s+(?:outright|instantly)\b"
#: the actors told before, leaving the scene ("as the group withdrew", "when the patrol turned back")
_AS_THEY_LEFT = (r"\b(?:as|when|while)\s+the\s+(?:group|patrol|convoy|men|column|unit|intruders|attackers|raiders"
                 r"|smugglers|soldiers|troops)\s+(?:withdrew|retreated|fled|pulled\s+back|turned\s+back|was\s+withdrawing"
                 r"|were\s+withdrawing)\b")
_AT_THE_SCENE = re.compile(_ON_THE_SPOT + "|" + _AS_THEY_LEFT, re.I)


def told_at_the_scene(sentence: str) -> bool:
    """Whether a sentence tells its deaths at the scene of the act told before it."""
    return bool(_AT_THE_SCENE.search(sentence))
