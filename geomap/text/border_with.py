"""The country whose border the text says a place lies by: "X lies close to the border with
Ethiopia", "X, a town near the Tunisian border" (the word as written: a name or a demonym)."""
from __future__ import annotations

import re

__all__ = ["border_country_after"]

_NEAR = r"(?:right\s+|very\s+)?(?:close\s+to|near|next\s+to|on|along|by)\s+the\s+"
_COUNTRY = r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
#: what may stand between the name and its border: ", a small town", " lies", ", which sits"
_BETWEEN = r"(?:\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:village|town|hamlet|settlement|city|post|camp)\b)?" \
           r"\s*,?\s*(?:(?:which|that)\s+)?(?:(?:lies|is|sits|stands)\s+)?"
_WITH = re.compile(_BETWEEN + _NEAR + r"(?:border|frontier)\s+with\s+(?:the\s+)?" + _COUNTRY)
_ADJECTIVE = re.compile(_BETWEEN + _NEAR + r"([A-Z][\w'’-]+)\s+(?:border|frontier)\b")


def border_country_after(text: str, end: int) -> str | None:
    """The country word of "close to the border with C" / "near the C-ian border" told right after
    a name ending at ``end``, else None."""
    m = _WITH.match(text, end) or _ADJECTIVE.match(text, end)
    return m.group(1) if m else None
