"""Forces that fire on a vehicle attack the people in it, unless armed men fire back.

"Soldiers opened fire on a pickup near X, killing two", "border guards fired at a car that refused
to stop": ACLED codes state forces firing on people who are not fighting them as violence against
civilians (an attack; "excessive force"), not as an armed clash. The trigger rules read "opened
fire" as a clash by default; ``event_words._adjust`` asks this test to retype it.
"""

from __future__ import annotations

import re

__all__ = ["fired_on_vehicle"]

_ON_VEHICLE = re.compile(
    r"\s+(?:(?:on|at|upon)\s+)?(?:an?|the|two|three|several|\d+)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:pickups?|pick-ups?|cars?|vehicles?|trucks?|lorr(?:y|ies)|bus(?:es)?|minibus(?:es)?|boats?|canoes?|motorbikes?"
    r"|motorcycles?|taxis?|vans?)\b", re.I)
#: a fight: someone fired back, or armed men were in the vehicle
_ARMED = re.compile(r"\b(?:returned\s+fire|fired\s+back|exchang\w*|clash\w*|gunfight|gunmen|militants|rebels|insurgents"
                    r"|fighters|armed|jihadists|bandits)\b", re.I)


def fired_on_vehicle(sentence: str, start: int, end: int) -> bool:
    """Whether the firing trigger ``sentence[start:end]`` is told as fired on a vehicle, with no
    sign of armed men in the sentence."""
    word = sentence[start:end].lower()
    if not ("fire" in word or "shot" in word):
        return False
    return bool(_ON_VEHICLE.match(sentence, end)) and not _ARMED.search(sentence)
