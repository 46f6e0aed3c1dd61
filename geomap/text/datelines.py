"""Datelines: "KYIV, Ukraine (AP) —" names where a report was filed, not where things happened."""
from __future__ import annotations

import re

# "BANGKOK/PHNOM PENH —", "KYIV, Ukraine (AP) —", "MAE SOT, Thailand, July 3 (Reuters) -", "ADRÉ, Chad —",
# "MAPUTO, 3 March 2026 -"
#: capitals, Latin-1's and Latin Extended-A's ("ŁÓDŹ", "ŠIAULIAI", "İĞDIR": that block mixes both cases;
#: the share of capitals below tells a dateline)
_CAP = "A-ZÀ-ÖØ-ÞĀ-ſ"
_DATELINE = re.compile(
    rf"^[ \t]*(?P<places>[{_CAP}][{_CAP}'’.\- ]{{1,40}}(?:/[{_CAP}][{_CAP}'’.\- ]{{1,40}})*"
    r"(?:,[ \t]*[A-ZÀ-ÖØ-Þ0-9][\w.’' ]{1,30}){0,2})"
    r"[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*(?:—|–|--| - |:)", re.M)


# "Blantyre, The Nation -", "Bujumbura (Xinhua) --": a town in title case, then a comma part or an
# agency and a dash opening a long line (a title such as "Kisoro, Uganda - update" is short)
_TITLE_CASE = re.compile(
    r"^[ \t]*(?P<places>[A-Z][a-zà-ÿ'’]+(?:[ -][A-Z][a-zà-ÿ'’]+)?"
    r"(?:(?:,[ \t]*[A-Z0-9][\w.’' ]{1,30}){1,2}|(?=[ \t]*\()))"
    r"[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*(?:—|–|--| - )(?=[^\n]{60})", re.M)


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph-opening dateline: the places a report was filed from."""
    out = []
    for m in _DATELINE.finditer(text):
        head = m.group("places").split(",")[0]
        if sum(c.isupper() for c in head) >= 0.8 * sum(c.isalpha() for c in head) >= 3:
            out.append((m.start("places"), m.end()))
    out += [(m.start("places"), m.end()) for m in _TITLE_CASE.finditer(text)
            if not any(a <= m.start("places") < b for a, b in out)]
    return out
