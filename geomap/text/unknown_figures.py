"""A sentence that says its own group has not been counted.

"Several hundred other people have moved south towards X ...; no count is available yet",
"resettled 'several hundred' households ..., though no official figure was published": the
writer tells the reader the words are no figure. A vague amount ("several hundred") in such a
sentence is then left without a number (an exact one the sentence gives still counts).
"""

from __future__ import annotations

import re

__all__ = ["says_uncounted"]

_UNCOUNTED = re.compile(
    r"\bno\s+(?:official\s+|exact\s+|reliable\s+|precise\s+)?(?:count|figures?|numbers?|estimates?|tally|total)\b"
    r"(?:\s+(?:is|are|was|were|has|have|had|been|yet|so\s+far)){0,3}\s+"
    r"(?:available|published|given|released|known|issued|provided|reported)\b"
    r"|\b(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+counted\b|\b(?:could|can)\s+not\s+(?:yet\s+)?be\s+counted\b", re.I)


def says_uncounted(sentence: str) -> bool:
    """Whether the sentence says the group it tells has no count yet."""
    return bool(_UNCOUNTED.search(sentence))
