"""Groups of people told moving without a flight word, the ways unseen writers tell a
displaced group's count with plain verbs of moving, taking or counting:

- taken, flown or bussed out: "Thirty-eight Chinese employees were taken out of the camp under
  police escort and flown to Bishkek", "About 240 traders were bussed out of the market to
  Moshi" (from the place they were taken out of, to where they were flown or bussed); not the
  hurt or the dead carried to hospital ("two injured workers were flown to hospital");
- moved from one named place to another: "some 650 Nigerien fishing families moved from the
  Bosso islands to Baga Sola" (a flow told the other way, or a move inside one area); only
  people (a people noun after the count) going to a named place, so not "the army moved from
  A to B", "prices moved from 300 to 400" nor "40 herders went from A to graze their cattle";
- registered entering: "1,100 Yemeni nationals were registered by Omani authorities entering
  Dhofar governorate", "some 600 people were recorded crossing into X" (where they went); not
  goods or vehicles (no people noun).

``displacement_counts.displaced_from_text`` asks these when no flight word ties a count.
"""

from __future__ import annotations

import re

from geomap.text.count_words import NUM, value_of
from geomap.text.literals import prefiltered
from geomap.text.quantities import Count

__all__ = ["flown_out_count", "moved_between_count", "registered_entering_count", "plain_move_count"]


def _count(m: re.Match | None, end: str = "word") -> Count | None:
    """The count a pattern's match holds (its ``num``), told up to its ``end`` group."""
    value = value_of(m.group("num")) if m is not None else None
    return None if value is None else Count(value, m.string[m.start():m.end(end)], m.start(), m.end(end))


_TAKEN_OUT = prefiltered(re.compile(
    r"\b" + NUM + r"(?:\s+(?!and\b)[A-Za-z][\w-]*){0,3}?\s+(?:workers|employees|staff|engineers|technicians|miners"
    r"|traders|nationals|citizens|residents|villagers|people|families|tourists|students|contractors|expatriates)"
    r"\s+(?:were|had\s+been|have\s+been)\s+(?:(?:later|then|also|quickly|safely|all)\s+)?"
    r"(?P<word>(?:taken|driven|escorted|airlifted|flown|bussed|bused|evacuated)\s+out\s+of"
    r"|(?:flown|airlifted|bussed|bused)\s+(?:out|home|back|to)\b)", re.I))
# hurt people or bodies carried to care: not a displaced group
_CARE = re.compile(r"\b(?:injured|wounded|hurt|sick|bodies|remains|dead|hospitals?|clinics?|treatment|medical)\b", re.I)


def flown_out_count(sentence: str) -> Count | None:
    """The count of people taken, flown or bussed out of a place, or None."""
    m = _TAKEN_OUT.search(sentence)
    if m is None or _CARE.search(sentence, m.start(), min(len(sentence), m.end() + 80)):
        return None
    return _count(m, 0)


_MOVED_BETWEEN = prefiltered(re.compile(
    r"\b" + NUM + r"(?:\s+(?!and\b)[A-Za-z][\w'-]*){0,3}?\s+(?:people|persons|families|households|residents|villagers"
    r"|inhabitants|civilians|fishermen|fishers|herders|farmers|islanders|women\s+and\s+children)"
    r"\s+(?:(?:have|has|had)\s+(?:since\s+|also\s+)?)?(?P<word>moved|relocated|went)\s+(?:back\s+)?from\s+"
    # (to a named place or to relatives in one: not "to graze their cattle", an errand)
    r"[^.;]{1,80}?\bto\s+(?:the\s+)?(?:(?:relatives|friends|host\s+families)\s+in\s+)?(?-i:[A-Z])", re.I))


def moved_between_count(sentence: str) -> Count | None:
    """The count of people who moved from one place to another, or None."""
    return _count(_MOVED_BETWEEN.search(sentence))


_REGISTERED_ENTERING = prefiltered(re.compile(
    r"\b" + NUM + r"(?:\s+(?!and\b)[A-Za-z][\w'-]*){0,3}?\s+(?:people|persons|individuals|nationals|citizens|migrants"
    r"|refugees|asylum[- ]seekers|families|households|civilians|(?-i:[A-Z][a-z]+(?:ans|ians|ese|is|ns)))"
    r"\s+(?:were|have\s+been|had\s+been)\s+(?P<word>registered|recorded|counted)(?:\s+by\s+[^,;.]{1,50}?)?"
    r"\s+(?:(?:as\s+they\s+)?(?:entering|entered|arriving|arrived)|crossing\s+into|(?:as\s+)?new\s+arrivals)\b", re.I))


def registered_entering_count(sentence: str) -> Count | None:
    """The count of people an authority registered as they entered a place, or None."""
    return _count(_REGISTERED_ENTERING.search(sentence))


def plain_move_count(sentence: str) -> Count | None:
    """The count of the first of these plain moves the sentence tells, or None."""
    return flown_out_count(sentence) or moved_between_count(sentence) or registered_entering_count(sentence)
