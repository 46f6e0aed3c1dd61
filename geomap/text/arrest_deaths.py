"""Deaths told as happening in an arrest itself, for the toll of an arrest's incident.

The deaths a sentence tells beside an arrest are, as a rule, those of the act the arrest is for
("arrested four in X over the killing of two", "in connection with a shooting in which three
died"): they stay off the arrest's incident. But when the toll's own words say the people died
in the arrest ("one fisherman was shot dead during the arrests", "killed in the course of the
detention", "shot dead as they resisted arrest", "while being detained"), the deaths are the
arrest's: same act, same place, and the number is that incident's.
"""

from __future__ import annotations

import re

__all__ = ["died_in_the_arrest"]

_ARREST = r"(?:arrests?|detentions?|raid|seizures?|interception|operation)"
#: the words just after a toll that put the deaths in the arrest itself
_IN_THE_ARREST = re.compile(
    r"[^,;.]{0,30}?\b(?:during|in\s+the\s+course\s+of|in)\s+the\s+" + _ARREST + r"\b"
    r"|[^,;.]{0,30}?\b(?:as|while|when)\s+(?:(?:he|she|they)\s+(?:was|were)\s+)?(?:being\s+)?(?:arrested|detained)\b"
    r"|[^,;.]{0,30}?\b(?:as|while|when)\s+(?:(?:he|she|they)\s+)?(?:resisted|resisting)\s+arrest\b",
    re.I)
#: the words of a cause before the toll ("over", "in connection with", "for"): the act the arrest is for
_CAUSE_BEFORE = re.compile(r"\b(?:over|for|in\s+connection\s+with|suspected\s+of|accused\s+of|charged\s+with|linked\s+to"
                           r"|after|following|blamed\s+for)\b[^;]*$", re.I)


def died_in_the_arrest(sentence: str, start: int, end: int) -> bool:
    """Whether the toll told at ``sentence[start:end]`` is of people who died in the arrest
    itself, told right after the count, and not inside the cause the arrest is for."""
    if _CAUSE_BEFORE.search(sentence, max(0, start - 80), start):
        return False
    return bool(_IN_THE_ARREST.match(sentence, end))
