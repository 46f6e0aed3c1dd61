"""Live blogs: timestamped updates ("09:40 - ...", "11:05 IST: ...", "[14:30] ...") that follow
one story paragraph by paragraph, so a death told in an update ("Two more smugglers died of their
wounds") adds to the count the update before it told, as if in one paragraph."""

from __future__ import annotations

import re

__all__ = ["opens_update"]

_STAMP = re.compile(r"\s*\[?\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s+(?-i:[A-Z]{2,4}))?\]?\s*(?:[-–—:|]\s*|\s+(?=(?-i:[A-Z])))",
                    re.I)


def opens_update(sentence: str) -> bool:
    """Whether a sentence opens on a live blog's timestamp ("11:05 - A military source ...")."""
    return bool(_STAMP.match(sentence))
