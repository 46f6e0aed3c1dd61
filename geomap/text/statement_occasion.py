"""Talks told as the occasion of a statement: "the link will open in 2028, officials said on Tuesday
after talks in Wroclaw with a Polish delegation", for ``geomap.text.event_filters``.

What the officials said may be a plan ("will open"), but the talks after which they said it have
happened: the future of the reported words does not reach past the reporting verb, and a meeting
told after "said ... after" is reported there, not only recalled as background.
"""

from __future__ import annotations

import re

__all__ = ["statement_after"]

#: a past reporting verb, its day, then "after" or "following" and up to three words before the trigger
_SAID_AFTER = re.compile(
    r"\b(?:said|announced|told\s+(?:[\w-]+\s+){1,2}?|stated|declared|confirmed)\s+"
    r"(?:(?:late\s+|early\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?"
    r"(?:after|following)\s+(?:(?:the\s+|their\s+|two\s+days\s+of\s+|a\s+round\s+of\s+)?(?:[\w-]+\s+){0,2}?)$",
    re.I)
#: what a statement follows as its occasion: a meeting, not an attack (that is told, or not, on its own)
_MEETING = re.compile(r"(?:talks|meetings?|met|negotiations|consultations|a\s+meeting|summit)\b", re.I)


def statement_after(sentence: str, start: int) -> bool:
    """Whether the trigger at ``start`` is a meeting told as the occasion of a past statement
    ("officials said on Friday after talks in Vladivostok")."""
    return bool(_MEETING.match(sentence, start)) and _SAID_AFTER.search(sentence, max(0, start - 90), start) is not None
