"""Deaths told for one place and then, by ellipsis, for another: "22 people were killed in X and at
least nine in Y", "the fighting left two dead in X and another three in Y".

Briefs and wire reports give the dead place by place without repeating the verb: each place had
its own deaths, so each is an event of its own (ACLED: one event per place), with its own count.
``elided_parts`` gives the parts (a count, then the words up to the place's name) in the shape
``geomap.text.part_events`` reads parts of a total in, so both are placed and counted alike. A
later part must say nothing between its count and its place but "more" or "others": "and five
wounded in Y" or "and five arrested in Y" is another kind of count, not deaths.
"""

from __future__ import annotations

import re

from geomap.text.count_words import NUM_RX
from geomap.text.literals import prefiltered

__all__ = ["elided_parts"]

_NUMBER = NUM_RX.pattern
_PLACE_WORD = r"(?:in|near|at|around|outside)\s+(?:the\s+)?"
#: a name after the place word, not a month or a weekday ("two in March" is a date)
_NAME = (r"(?=(?-i:[A-Z]))(?!(?:January|February|March|April|May|June|July|August|September|October|November"
         r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")
_TYPED = r"(?:(?:village|town|settlement|hamlet|camp|locality|area|district|county)\s+of\s+)?"
#: the first part: "22 people (were) killed in X", "two people dead in X", "three soldiers died near X"
_FIRST = prefiltered(re.compile(
    r"(?P<n>" + _NUMBER + r")\s+(?:[\w-]+\s+){0,2}?(?:(?:were|was|have\s+been|had\s+been|has\s+been)\s+)?"
    r"(?:killed|dead|died)\s+" + _PLACE_WORD + _TYPED + _NAME, re.I),
    gate=re.compile(r"killed|dead|died"))
#: a later part: "(and) (at least|another|a further) nine (more) in Y"
_LATER = re.compile(r"(?P<n>" + _NUMBER + r")\s+(?:more\s+|others?\s+)?" + _PLACE_WORD + _TYPED + _NAME, re.I)
#: what stands between one part's place and the next part's count: the place's name (and its date or
#: qualifier), then "and" or a comma, then an optional "at least", "another", "a further"
_JOIN = re.compile(r"[^;:.]{0,60}?(?:,\s*and\s+|\s+and\s+|,\s*)(?:at\s+least\s+|another\s+|a\s+further\s+|about\s+"
                   r"|some\s+|around\s+|nearly\s+|almost\s+)?", re.I)


def elided_parts(sentence: str) -> list[re.Match]:
    """The parts of deaths told place by place with the verb left out after the first (none unless
    two or more)."""
    out: list[re.Match] = []
    for first in _FIRST.finditer(sentence):
        parts = [first]
        nxt = _LATER.search(sentence, first.end())
        while nxt is not None and _JOIN.fullmatch(sentence, parts[-1].end(), nxt.start()):
            parts.append(nxt)
            nxt = _LATER.search(sentence, nxt.end())
        if len(parts) >= 2:
            out.extend(parts)
            break
    return out
