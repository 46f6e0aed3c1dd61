"""Deaths told as an accident, for ``event_words``: no conflict event, so no toll.

"Two migrants were killed when they were hit by a freight train", "three smugglers died in a road
accident", "killed when their boat capsized": ACLED codes political violence, not accidents, and
a toll read from such a sentence would be put on the border's map as if someone had killed them.
Only the trigger that tells the deaths themselves is dropped, and only when nothing in the
sentence tells violence (fire, shells, a mine, an attack, a chase by armed men): "killed when
their car hit a landmine" stays an event.
"""

from __future__ import annotations

import re

from geomap.text.literals import prefiltered

__all__ = ["told_as_accident"]

#: the words of a death itself (the trigger a toll comes with)
_DEATH_WORDS = re.compile(r"\b(?:killed|killing|died|dead|deaths?|kill)\b", re.I)

#: what killed them, told after the deaths: hit by a train or a vehicle, an accident, a crash, a capsized boat
_VEHICLE = r"(?:train|locomotive|car|truck|lorry|bus|vehicle|van|minibus|motorbike|motorcycle|tractor)"
_ACCIDENT_AFTER = prefiltered(re.compile(
    r"^[^.;]{0,80}?\b(?:(?:were|was|being|been|got)\s+)?(?:hit|struck|run\s+over|crushed|mown\s+down|knocked\s+down)\s+"
    r"by\s+(?:an?\s+|the\s+|a\s+passing\s+)?(?:[\w-]+\s+){0,2}?" + _VEHICLE + r"s?\b"
    r"|^[^.;]{0,80}?\bin\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:accident|crash|collision|pile-up)\b"
    r"|^[^.;]{0,80}?\b(?:their|the|a|his|her|its)\s+(?:[\w-]+\s+){0,2}?(?:boat|vessel|dinghy|canoe|raft|car|truck|bus"
    r"|vehicle|van|lorry|minibus)\s+(?:capsized|sank|overturned|crashed|rolled\s+over|plunged|collided)\b",
    re.I))

#: violence anywhere in the sentence: then the deaths may be of an event, not an accident
_VIOLENCE = re.compile(
    r"\b(?:fir(?:e|ed|ing)|shot|shots|shoot\w*|gun\w*|shell\w*|mines?|landmines?|bombs?|bomb(?:ed|ing)|explosi\w+|explod\w+"
    r"|IEDs?|drones?|strikes?|attack\w*|ambush\w*|raid\w*|chas(?:e|ed|ing)|pursu\w+|rammed|stabb\w*|beat(?:en|ing)?"
    r"|clash\w*|fighting|militants?|rebels?|gunmen)\b", re.I)


def told_as_accident(sentence: str, start: int, end: int) -> bool:
    """Whether the trigger at ``start:end`` tells deaths that the rest of its sentence puts down to
    an accident ("were killed when they were hit by a train"), with no violence told anywhere in it."""
    if not _DEATH_WORDS.search(sentence, start, end) or _VIOLENCE.search(sentence):
        return False
    return bool(_ACCIDENT_AFTER.search(sentence[end:]))
