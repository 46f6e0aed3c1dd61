"""Accidents told with their dead or hurt, for ``event_words``: no act of violence, so no event
and no toll.

"Two migrants were killed when they were hit by a freight train", "three smugglers died in a road
accident", "a bus overturned and 12 passengers were injured": ACLED codes political violence, not
accidents, and an event read from such a sentence would be put on the border's map as if someone
had killed or hurt them. Never where the sentence also tells violence (fire, shells, a mine, an
attack, armed men): "killed when their car hit a landmine", "gunmen fired on the bus, which
overturned" stay events.
"""

from __future__ import annotations

import re

from geomap.text.literals import prefiltered

__all__ = ["deaths_told_as_accident", "hurt_in_accident"]

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

#: an accident anywhere in the sentence (for the hurt, told before or after it)
_ACCIDENT = re.compile(
    r"\b(?:(?:road|traffic|car|bus|boat|mining|work|industrial)\s+accidents?|accident|crash(?:ed|es)?|overturned"
    r"|collided|collision|capsized|capsizing|derailed|skidded|veered\s+off|plunged\s+into|swept\s+away|drowned"
    r"|stampede|landslides?|mudslides?|lightning)\b", re.I)

#: violence anywhere in the sentence: then the dead or hurt may be of an event, not an accident
_VIOLENCE = re.compile(
    r"\b(?:fir(?:e|ed|ing)|gunfire|shot|shots|shoot\w*|gun\w*|shell\w*|mines?|landmines?|bomb\w*|explosi\w+|explod\w+"
    r"|blast|IEDs?|grenades?|rockets?|missiles?|drones?|strikes?|attack\w*|ambush\w*|raid\w*|chas(?:e|ed|ing)|pursu\w+"
    r"|rammed|stabb\w*|beat(?:en|ing)?|machetes?|clash\w*|fighting|militants?|rebels?|insurgents|raiders|bandits"
    r"|assailants|attackers)\b", re.I)


def deaths_told_as_accident(sentence: str, start: int, end: int) -> bool:
    """Whether the trigger at ``start:end`` tells deaths that the rest of its sentence puts down to
    an accident ("were killed when they were hit by a train"), with no violence told anywhere in it."""
    if not _DEATH_WORDS.search(sentence, start, end) or _VIOLENCE.search(sentence):
        return False
    return bool(_ACCIDENT_AFTER.search(sentence[end:]))


def hurt_in_accident(sentence: str) -> bool:
    """Whether the sentence tells an accident and no act of violence ("a bus overturned and 12
    passengers were injured")."""
    return bool(_ACCIDENT.search(sentence)) and not _VIOLENCE.search(sentence)
