"""People moved for care or held in custody are not displaced: "Twelve patients were evacuated
from the hospital in X to Y", "40 wounded were evacuated", "the 11 crew were taken to Y", "inmates
were moved". Their count next to a displacement word is no displacement figure (the report may
count the displaced elsewhere); none of it knows a place name.
"""

from __future__ import annotations

import re

__all__ = ["cared_for_or_held"]

# the people the count names, right after it: "12 patients", "40 of the wounded", "11 crew members"
_CARED_OR_HELD = re.compile(
    r"\s+(?:(?:of\s+the|more|other|injured|sick|critically\s+ill|hospital|(?-i:[A-Z][a-z]+))\s+){0,2}?"
    r"(?:patients|wounded|injured|casualties|sick|inmates|prisoners|detainees|crew(?:\s+members|men)?|sailors|seamen)\b",
    re.I)


def cared_for_or_held(sentence: str, count_end: int) -> bool:
    """Whether the count ending at ``count_end`` counts patients, the wounded, prisoners or a
    boat's crew: people moved for care or in custody, not people displaced."""
    return bool(_CARED_OR_HELD.match(sentence, count_end))
