"""Datelines: "KYIV, Ukraine (AP) —" names where a report was filed, not where things happened."""
from __future__ import annotations

import re

# "BANGKOK/PHNOM PENH —", "KYIV, Ukraine (AP) —", "MAE SOT, Thailand, July 3 (Reuters) -", "ADRÉ, Chad —",
# "MAPUTO, 3 March 2026 -"
_DATELINE = re.compile(
    r"^[ \t]*(?P<places>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\- ]{1,40}(?:/[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\- ]{1,40})*"
    r"(?:,[ \t]*[A-ZÀ-ÖØ-Þ0-9][\w.’' ]{1,30}){0,2})"
    r"[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*(?:—|–|--| - |:)", re.M)


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph-opening dateline: the places a report was filed from."""
    out = []
    for m in _DATELINE.finditer(text):
        head = m.group("places").split(",")[0]
        if sum(c.isupper() for c in head) >= 0.8 * sum(c.isalpha() for c in head) >= 3:
            out.append((m.start("places"), m.end()))
    return out
