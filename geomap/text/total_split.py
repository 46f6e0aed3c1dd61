"""A total told first and then split by where its shares went: "410 people evacuated from X:
about 260 to collective shelter in A, the rest to relatives in B". Each share is a group of its
own (its figure, or none for "the rest", goes to its own place only), so the total stays on the
area left and is not copied onto the places the shares went to; none of it knows a place name.
"""

from __future__ import annotations

import re

__all__ = ["SPLIT_AFTER_TOTAL", "SHARE_QUALIFIER", "share_destination"]

#: the words a share's count may carry before it ("some", "roughly"), optional
SHARE_QUALIFIER = r"(?:(?:some|about|around|roughly|nearly|almost|over|more\s+than|an\s+estimated|at\s+least)\s+)?"
# a share counted alone, then where it went: "some 1,500 to", "roughly 700 to a hall in"
_SHARE = (SHARE_QUALIFIER + r"\d[\d,]*\s+(?:(?:people|persons|residents|of\s+them)\s+)?(?:went\s+|moved\s+|were\s+taken\s+)?(?:to|into|towards)\s(?!\d)")  # (not a range: "1,500 to 2,000")
# the rest after a share, told by where it went: ", the others to host families in B", ", the remainder to"
_REST = r"the\s+(?:others|rest|remainder)\s+(?:went\s+|moved\s+|were\s+taken\s+)?(?:to|into|towards|with|in|at)\s"

#: alternatives of ``movement_cues._GROUP_BREAK`` (it is compiled with re.I): a colon before a counted
#: share, a comma before "the rest to"
SPLIT_AFTER_TOTAL = r"|:\s+(?=" + _SHARE + r")|,\s+(?=" + _REST + r")"


_SHARE_GROUP = re.compile(r"^\s*[:,]\s*(?:" + _SHARE + "|" + _REST + ")", re.I)  # (split off at its colon or comma)


def share_destination(group: str) -> bool:
    """Whether a group is a share of a total told by where it went (": some 1,500 to the site at
    A", ", the others to host families in B"): its places are where that share went."""
    return bool(_SHARE_GROUP.match(group))
