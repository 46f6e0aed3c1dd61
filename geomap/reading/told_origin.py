"""Sentences that tell where people already counted came from, without a flight word.

"800 Ivorians had crossed into X. Most of the new arrivals are families from villages of Y.
Many came on motorbikes from A and B": Y, A and B are areas those people left. The sentence
counts no one of its own, so the areas take no figure (the count is the earlier sentence's,
for all of them, and "most"/"many" is only a share).
"""

from __future__ import annotations

import re

from geomap.reading.placement import same_paragraph
from geomap.settings import ORIGIN_LOOKBACK
from geomap.text.quantities import is_displacement_sentence
from geomap.text.sentences import Sentence

__all__ = ["tells_origin"]

# "Most of the new arrivals are ...", "The refugees come from ...": the people counted before, by their noun
_COUNTED_NOUN = re.compile(r"^\W*(?:(?:most|many|some|all|half|nearly\s+all|the\s+majority)\s+of\s+)?the\s+"
                           r"(?:new(?:ly\s+arrived)?\s+|recent\s+)?(?:arrivals|new-?comers|refugees|evacuees|displaced"
                           r"|asylum[- ]seekers)\b", re.I)
# "Many came on lorries from X", "Most are from Y", "Others arrived from Z": a share of them, by a pronoun
_SHARE = re.compile(r"^\W*(?:most|many|some|others|the\s+rest|the\s+majority)(?:\s+of\s+them)?\s+(?:have\s+|had\s+)?"
                    r"(?:come|came|comes|arrived|arrive|are|were|travell?ed|walked)\b", re.I)
_FROM = re.compile(r"\bfrom\s", re.I)


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
