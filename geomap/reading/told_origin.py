"""Sentences that tell more of people already counted, without a flight word: where they came from, where a share of them is.

"800 Ivorians had crossed into X. Most of the new arrivals are families from villages of Y.
Many came on motorbikes from A and B": Y, A and B are areas those people left. The sentence
counts no one of its own, so the areas take no figure (the count is the earlier sentence's,
for all of them, and "most"/"many" is only a share). "430 of them were sleeping in a school
in Z" is where that share is: Z, with 430. "An influx of asylum seekers into X continued. Since
May, 6,200 people have arrived from Y": a count of its own, a flight only by the sentence before.
"""

from __future__ import annotations

import re
from dataclasses import replace

from geomap.reading.placement import same_paragraph
from geomap.settings import ORIGIN_LOOKBACK
from geomap.text.cues import displacement_groups
from geomap.text.literals import prefiltered
from geomap.text.displacement_counts import displaced_from_text, is_displacement_sentence
from geomap.text.further_shares import further_share
from geomap.text.group_words import HOST_CLAUSE, blank
from geomap.text.quantities import Count
from geomap.text.sentences import Sentence

__all__ = ["tells_origin", "counted_share", "share_of_clause", "arrivals_after_flight", "flight_told_apart"]

# "Most of the new arrivals are ...", "The refugees come from ...": the people counted before, by their noun
_COUNTED_NOUN = re.compile(r"^\W*(?:(?:most|many|some|all|half|nearly\s+all|the\s+majority)\s+of\s+)?the\s+"
                           r"(?:new(?:ly\s+arrived)?\s+|recent\s+)?(?:arrivals|new-?comers|refugees|evacuees|displaced"
                           r"|asylum[- ]seekers)\b", re.I)
# "Many came on lorries from X", "Most are from Y", "Others arrived from Z": a share of them, by a pronoun
_SHARE = re.compile(r"^\W*(?:most|many|some|others|the\s+rest|the\s+majority)(?:\s+of\s+them)?\s+(?:have\s+|had\s+)?"
                    r"(?:come|came|comes|arrived|arrive|are|were|travell?ed|walked)\b", re.I)
# (prefiltered: a sentence is tested for the words of every such pattern in one scan, kept)
_FROM = prefiltered(re.compile(r"\bfrom\s", re.I))


def tells_origin(text: str, sentences: list[Sentence], i: int) -> bool:
    """Whether sentence ``i`` tells where people counted before came from ("Most of the new
    arrivals are women from X", "Many come on lorries from Y"), saying "from": by their noun,
    a few sentences after one telling their movement; by a share of them ("many", "most"),
    right after such a sentence (or another one telling their origin) in its paragraph."""
    s = sentences[i].text
    if not _FROM.search(s) or is_displacement_sentence(s):
        return False
    if _COUNTED_NOUN.match(s):
        return any(is_displacement_sentence(sentences[j].text) for j in range(max(0, i - ORIGIN_LOOKBACK), i))
    return bool(_SHARE.match(s)) and i > 0 and same_paragraph(text, sentences[i - 1], sentences[i]) \
        and (is_displacement_sentence(sentences[i - 1].text) or tells_origin(text, sentences, i - 1))


# "430 of them were sleeping in the school in X", "350 of those are staying with relatives in Y"
_SHARE_WHERE = prefiltered(re.compile(
    r"\b(\d{1,3}(?:,\d{3})*|\d+)\s+of\s+(?:them|those|these)\s+(?:were|are|(?:have|has|had)\s+(?:since\s+|now\s+|later\s+)?been|remain"
    r"|remained)\s+(?:now\s+|still\s+)?(?:sleeping|staying|sheltering|living|housed|sheltered|hosted"
    # "about 700 of them had since been taken on to its transit centre in X": a share moved on, counted where it went
    r"|accommodated|(?:taken|moved|transferred|bussed|bused|relocated|brought)(?:\s+on)?\s+to)\b", re.I))


# "They were taken to schools in X", "They were later moved to a camp in Y", "They are staying with
# relatives in Z", "They are being registered at a transit centre in W": all of them, by a pronoun
_ALL_TAKEN = re.compile(r"^\W*(?:they|all\s+of\s+them|the\s+evacuees)\s+(?:(?:were|have\s+been|had\s+been|are\s+being"
                        r"|were\s+being)\s+(?:later\s+|then\s+|since\s+|all\s+)?(?:taken|moved|brought|bussed|bused|transferred"
                        r"|relocated|housed|sheltered|accommodated|registered)\s+(?:to|in|at)|(?:are|were)\s+(?:now\s+|still\s+)?(?:staying"
                        r"|sleeping|sheltering|living)\s+(?:with|in|at))\b", re.I)
# "Half of them are staying with relatives in X", "Most were sheltering in schools in Y": a share told
# by a word, where it is (no figure of its own)
_WORD_SHARE_WHERE = re.compile(
    r"^\W*(?:half|most|many|some|others|the\s+rest|the\s+majority|a\s+third|a\s+quarter)(?:\s+of\s+(?:them|those|these))?"
    r"\s+(?:are|were|have\s+been|had\s+been|remain|remained)\s+(?:now\s+|still\s+)?(?:sleeping|staying|sheltering"
    r"|living|housed|sheltered|hosted|accommodated)\b", re.I)


def counted_share(text: str, sentences: list[Sentence], i: int) -> Count | None:
    """"430 of them were sleeping in X" right after a sentence telling a movement, in its
    paragraph: the share counted where it is (its own figure); "Half of them are staying in X":
    a share without a figure (a Count of no value); "They were taken to X" right after a
    sentence counting one group that moved: that group's figure (none when it counts no one
    group); else None."""
    s = sentences[i].text
    explicit = _SHARE_WHERE.search(s)
    m = explicit or _ALL_TAKEN.match(s) or _WORD_SHARE_WHERE.match(s)
    if m is None or i == 0 or not is_displacement_sentence(sentences[i - 1].text):
        return None
    # ("430 of them are staying in schools in X" tells shelter, but counts no one the flight reader reads)
    if is_displacement_sentence(s) and (explicit is None or displaced_from_text(s) is not None):
        return None
    # "N of them" points back by itself: to the sentence just before, on the bullet or paragraph before too
    if not same_paragraph(text, sentences[i - 1], sentences[i]) and explicit is None:
        return None
    if m.re is _ALL_TAKEN:
        prev = sentences[i - 1].text
        before = displaced_from_text(prev)
        if before is None or before.value is None or sum(  # several groups counted: whose is unsaid
                displaced_from_text(prev[a:b]) is not None for a, b in displacement_groups(prev)) > 1:
            return Count(None, m.group(0), m.start(), m.end())  # (still where they are)
        return Count(before.value, before.text, m.start(), m.end())
    if m.re is _WORD_SHARE_WHERE:
        return Count(None, m.group(0), m.start(), m.end())
    return Count(int(m.group(1).replace(",", "")), m.group(0), m.start(), m.end())


def share_of_clause(text: str, lo: int, hi: int, share: Count) -> Count | None:
    """The figure of clause text[lo:hi] of a counted-share sentence: the share's own when the
    clause holds it, else a further share told with a bare number ("430 of them are in X;
    200 have settled in Y": 200 for Y), else None."""
    return share if lo <= share.start < hi else further_share(text[lo:hi])


# a list item's mark at the start of a line ("• ", "- ", "* ")
_BULLET = re.compile(r"[•\-*–]\s")


def _next_bullet(text: str, first: Sentence, second: Sentence) -> bool:
    """Whether ``second`` is the list item on the line right after ``first``'s (the items of one
    bulleted list tell one thing, as a paragraph's sentences do: "• 350 crossed into X" / "• 250
    travelled by boat to Y")."""
    between = text[first.end:second.start]
    return between.count("\n") == 1 and not between.strip() and bool(_BULLET.match(second.text)) \
        and bool(_BULLET.match(first.text))


def arrivals_after_flight(text: str, sentences: list[Sentence], i: int) -> Count | None:
    """"6,200 people have arrived from X" right after a sentence telling a flight, in its
    paragraph or on the bullet before ("250 travelled by boat to X": a plain travel verb then counts): the count of those arrivals (no flight word of its own needed); else None."""
    s = sentences[i].text
    if i == 0 or is_displacement_sentence(s) or not (same_paragraph(text, sentences[i - 1], sentences[i])
                                                     or _next_bullet(text, sentences[i - 1], sentences[i])) \
            or not is_displacement_sentence(sentences[i - 1].text):
        return None
    got = displaced_from_text(s, told_flight=True)
    return got if got is not None and got.value is not None else None


def flight_told_apart(text: str, span: tuple[int, int]) -> Count | None:
    """"1,200 of them arrived from X this month | after fighting near Y": the sentence's figure,
    inside this group, when what makes it a flight is told in another part of the sentence."""
    whole = displaced_from_text(HOST_CLAUSE.sub(blank, text))
    if whole is None or whole.value is None or not span[0] <= whole.start < whole.end <= span[1]:
        return None
    return replace(whole, start=whole.start - span[0], end=whole.end - span[0])
