"""Words that name a place as a border crossing before its name ("the crossing of X").

"650 crossed at the pedestrian crossing of X", "queues at the border post of X": X is where
people passed, on whichever side the gazetteer puts it, not an area they left or reached (as
"the X crossing" after the name is, in ``reading.displacement``).
"""

from __future__ import annotations

import re

__all__ = ["crossing_named_before"]

_BEFORE = re.compile(
    r"\b(?:crossing|checkpoint|(?:border|frontier)\s+(?:post|crossing|point|checkpoint|gate|bridge|station)"
    r"|crossing\s+point|entry\s+point|point\s+of\s+entry)\s+(?:of|at)\s+$", re.I)


def crossing_named_before(before: str) -> bool:
    """Whether the words ``before`` a place name it as a crossing ("the pedestrian crossing of ")."""
    return bool(_BEFORE.search(before[-80:]))
