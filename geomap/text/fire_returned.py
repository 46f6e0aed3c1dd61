"""Fire returned: the answer to an attack told before, not an event of its own.

"Smugglers fired on soldiers near X, wounding two. One smuggler was killed when the soldiers
returned fire." The second sentence names no place and tells no new fight: the soldiers' answer
is part of the exchange just told, and ACLED counts its dead in that one event. Read by
``geomap.reading.adjacent_tolls``, which otherwise keeps a toll told with an event of its own
("Hours later, militants ambushed a patrol, killing two") off the incident told before.
"""

from __future__ import annotations

import re

__all__ = ["answers_fire"]

#: "returned fire", "fired back", "shot back", "responded with fire", "retaliated"
_ANSWER = re.compile(r"\b(?:return(?:ed|ing|s)?\s+(?:the\s+)?fire|fir(?:ed|ing)\s+back|sh(?:ot|ooting)\s+back"
                     r"|respond(?:ed|ing)\s+with\s+(?:gun)?fire|retaliat(?:ed|ing))\b", re.I)


def answers_fire(trigger: str) -> bool:
    """Whether an event trigger is only the answer to fire told before ("returned fire")."""
    return bool(_ANSWER.search(trigger))
