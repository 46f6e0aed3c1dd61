"""Place names used to name a wider feature, and places told as where a vehicle or people came from.

"near Kasani, on the Copacabana peninsula", "near Zobue, on the Tete corridor", "ambushed near X,
on the Y road": Y names the peninsula, corridor or road X lies on (a road is named after the town
it leads to), not a second place of the event. "a bus arriving from X at the Y border station":
X is where the bus set out, not where it was searched. Both read the words around one name.
"""

from __future__ import annotations

import re

__all__ = ["names_feature_of_previous", "arrived_from"]

#: ", on the " / ", in the " / ", along the " right after the first place
_ON_THE = re.compile(r"^\s*,\s*(?:on|in|along|across)\s+the\s+$", re.I)
#: the feature the name is used for, right after it ("Tete corridor", "Copacabana peninsula")
_FEATURE_AFTER = re.compile(r"^\s+(?:peninsula|corridor|plains?|plateau|lowlands|highlands|coast|coastline|valley|delta|basin"
                            r"|hills|mountains|range|escarpment|steppe|road|highway|motorway|railway|line|axis|front)\b", re.I)


def names_feature_of_previous(between: str, after: str) -> bool:
    """Whether a name told after ``between`` (the words since the place before it) and followed
    by ``after`` only names the feature that place lies on ("X, on the Y peninsula")."""
    return bool(_ON_THE.match(between)) and bool(_FEATURE_AFTER.match(after))


#: "arriving from", "coming in from", "travelling from": where a vehicle or people set out
_ARRIVED_FROM = re.compile(r"\b(?:arriv\w+|com(?:ing|e|es)|came|travel+(?:ing|ed|s)?|driv(?:ing|en)|bound|return(?:ing|ed)"
                           r"|headed|heading|sail(?:ing|ed)|fl(?:ying|ew|own))\s+(?:in\s+|back\s+|down\s+)?from\s+(?:the\s+)?"
                           r"(?:(?-i:[A-Z])[\w-]*['\u2019]s\s+)?$", re.I)


def arrived_from(before: str) -> bool:
    """Whether the words ``before`` a place tell it as where a vehicle or people came from."""
    return bool(_ARRIVED_FROM.search(before[-60:]))
