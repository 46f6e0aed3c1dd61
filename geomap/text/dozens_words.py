"""A count told only as "dozens" or "scores" ("dozens of families also fled", ""dozens" of
arrivals"): too loose to stand as a figure. Read by the conventional lower bound it would be 12
or 20 people, while the words may mean a few dozen families; writers who never saw the code give
such a group no number (they do give "hundreds", "thousands" one), so the figure stays null and
its words are kept.
"""

from __future__ import annotations

import re

__all__ = ["dozens_only"]

_DOZENS = re.compile(r"\b(?:dozens|scores|(?:a\s+few|several|a\s+couple\s+of)\s+dozen)\b", re.I)


def dozens_only(words: str | None) -> bool:
    """Whether a figure's words are only "dozens", "scores", "several dozen" (no digit)."""
    return bool(words) and bool(_DOZENS.search(words)) and not any(c.isdigit() for c in words)
