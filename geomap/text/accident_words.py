"""Road, river and work accidents told with their hurt ("a bus overturned and 12 passengers were injured",
"three migrants were killed in a road accident"): no act of violence, so the victims' words make no attack.

event_words reads "passengers were injured" as an attack on civilians when the sentence tells nothing
else; an accident told in the same sentence is what hurt them, unless the sentence also names a weapon
or an attacker ("gunmen fired on the bus, which overturned").
"""

from __future__ import annotations

import re

__all__ = ["told_as_accident"]

_ACCIDENT = re.compile(
    r"\b(?:(?:road|traffic|car|bus|boat|mining|work|industrial)\s+accidents?|accident|crash(?:ed|es)?|overturned"
    r"|collided|collision|capsized|capsizing|derailed|skidded|veered\s+off|plunged\s+into|swept\s+away|drowned"
    r"|stampede|landslides?|mudslides?|lightning)\b", re.I)
_VIOLENCE = re.compile(
    r"\b(?:gunm[ae]n|gunfire|shot|shots|shooting|fired|firing|attack\w*|ambush\w*|assailants|attackers|bandits|rebels"
    r"|militants|insurgents|raiders|bomb\w*|explosi\w*|blast|mines?|IED|grenades?|shell\w*|rockets?|missiles?|drones?"
    r"|stabbed|beaten|machetes?|rammed)\b", re.I)


def told_as_accident(sentence: str) -> bool:
    """Whether the sentence tells an accident and no act of violence."""
    return bool(_ACCIDENT.search(sentence)) and not _VIOLENCE.search(sentence)
