"""People taken out of a place by the authorities or their employer: "Thirty-eight Chinese
employees were taken out of the camp under police escort and flown to Bishkek", "About 240
traders were bussed out of the market to Moshi". Unseen writers tell an evacuation of workers,
traders or residents this way, without a flight word; the count is a displaced group's (from
the place they were taken out of, to the place they were flown or bussed to).

Not a group: the hurt or the dead carried to hospital ("two injured workers were flown to
hospital"), nor people in custody (no such noun is read here).
"""

from __future__ import annotations

import re

from geomap.text.count_words import NUM, value_of
from geomap.text.quantities import Count

__all__ = ["flown_out_count"]

_TAKEN_OUT = re.compile(
    r"\b" + NUM + r"(?:\s+(?!and\b)[A-Za-z][\w-]*){0,3}?\s+(?:workers|employees|staff|engineers|technicians|miners"
    r"|traders|nationals|citizens|residents|villagers|people|families|tourists|students|contractors|expatriates)"
    r"\s+(?:were|had\s+been|have\s+been)\s+(?:(?:later|then|also|quickly|safely|all)\s+)?"
    r"(?P<word>(?:taken|driven|escorted|airlifted|flown|bussed|bused|evacuated)\s+out\s+of"
    r"|(?:flown|airlifted|bussed|bused)\s+(?:out|home|back|to)\b)", re.I)
# hurt people or bodies carried to care: not a displaced group
_CARE = re.compile(r"\b(?:injured|wounded|hurt|sick|bodies|remains|dead|hospitals?|clinics?|treatment|medical)\b", re.I)


def flown_out_count(sentence: str) -> Count | None:
    """The count of people taken, flown or bussed out of a place, or None."""
    m = _TAKEN_OUT.search(sentence)
    if m is None or _CARE.search(sentence, m.start(), min(len(sentence), m.end() + 80)):
        return None
    value = value_of(m.group("num"))
    return None if value is None else Count(value, m.group(0), m.start(), m.end())
