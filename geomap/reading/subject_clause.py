"""Places inside a relative clause that describes the sentence's subject ("The traders, most of them
women who buy clothes in X and resell them in Y, are protesting ..."): where those people work, trade
or live, told before the main verb, not where the act the verb tells happens. A clause that itself
tells an event ("The soldiers, who were ambushed near X, were flown out") keeps its places."""

from __future__ import annotations

import re

from geomap.text.event_words import events_from_text

__all__ = ["in_subject_description"]

#: the subject and its comma at the sentence's opening ("The traders,", "The drivers, many of whom")
_SUBJECT = re.compile(r"^\W*(?:the|these|those|its|their)\s+(?:[\w-]+\s+){0,3}?[\w-]+s\s*,\s*", re.I)
#: the relative word opening the description
_RELATIVE = re.compile(r"\b(?:who|whom|whose)\b", re.I)
#: the comma closing it, then the main verb ("..., are protesting", "..., demonstrated")
_MAIN_VERB = re.compile(r"\s*,\s*(?:(?:also|then|again|now|still)\s+)?(?:are|is|were|was|have|has|had|will|[a-z]+ed)\b")


def in_subject_description(text: str, start: int, end: int) -> bool:
    """Whether the place at ``text[start:end]`` (offsets in the sentence) lies in a relative clause on the
    sentence's subject that the main verb follows and that tells no event of its own."""
    subject = _SUBJECT.match(text)
    if subject is None or subject.end() > start:
        return False
    relative = _RELATIVE.search(text, subject.end(), start)
    if relative is None or "," in text[relative.end():start]:
        return False
    close = text.find(",", end)
    if close < 0 or not _MAIN_VERB.match(text, close):
        return False
    return not events_from_text(text[relative.start():close])
