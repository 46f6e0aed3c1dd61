"""The country whose border the text says a place lies by: "X lies close to the border with
Ethiopia", "X, a town near the Tunisian border" (the word as written: a name or a demonym)."""
from __future__ import annotations

import re

__all__ = ["BORDER_WITH", "border_country_after", "other_side_at"]

#: the relation of "near the border with Y": Y is the other side, no unit the place lies in if a country
BORDER_WITH = "border-with"

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


def other_side_at(text: str, toks: list, m: int) -> tuple[int, int | None] | None:
    """For "border with Y ..." opening at token ``m``: (Y's first token, the token before "in" when a unit
    follows Y, "near the border with Burkina Faso in Togo's Savanes region", else None); None when no
    "border with" opens there. Y is only the other side; the unit after it is where the place lies."""
    n = len(toks)
    if not (m + 1 < n and toks[m].text.lower() in ("frontier", "border") and toks[m + 1].text == "with"):
        return None
    m += 2
    while m < n and toks[m].text.lower() == "the":
        m += 1  # "the border with the Central African Republic"
    k = m
    while k < n and toks[k].is_cap:
        k += 1  # past Y ("Burkina Faso")
    unit = k < n - 1 and k > m and toks[k].text.lower() in ("in", "inside") \
        and text[toks[k - 1].end:toks[k].start].strip() in ("", ",")
    return m, (k - 1 if unit else None)
