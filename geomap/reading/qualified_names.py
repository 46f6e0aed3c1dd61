"""Names with a qualifier in brackets: "Frankfurt (Oder)", "Halle (Saale)", "Neustadt (Hessen)".

Towns sharing a name are told apart by the river or region written in brackets after it. The
mention finder stops at the bracket, so "Frankfurt" alone went to its larger namesake
(Frankfurt am Main, 450 km from the Oder). When the name and its qualifier together are a name
the gazetteer knows ("Frankfurt/Oder", "Frankfurt Oder"), the mention spans the qualifier and
keeps only what that longer name reaches; the bare name again in the same article is that town
too ("Frankfurt (Oder) ... police in Frankfurt said").
"""
from __future__ import annotations

import re
from dataclasses import replace

from geomap.gazetteer import fold

#: a capitalised qualifier in brackets right after a name
_QUALIFIER = re.compile(r" ?\(([A-ZÀ-Þ][\w.'\- ]{1,30})\)")


def with_qualifiers(text: str, found: list, gazetteer) -> list:
    """``found`` (mentions in order) with each name the gazetteer knows together with its
    bracketed qualifier spanning it, and later bare mentions of that name held to its entries."""
    if "(" not in text:
        return found
    chosen: dict[str, tuple] = {}  # bare key -> the entries its qualified form reaches
    out = []
    inside = -1  # end of the last qualified span: a mention of its qualifier ("(Oder)") is part of it
    for m in found:
        if m.start < inside:
            continue
        q = _QUALIFIER.match(text, m.end)
        hits = gazetteer.hits(fold(f"{m.text} {q.group(1)}")) if q and not _a_country(q.group(1), gazetteer) else ()
        if hits:
            chosen.setdefault(m.key, tuple(h.entry for h in hits))
            m = replace(m, text=text[m.start:q.end()], end=q.end(), key=fold(f"{m.text} {q.group(1)}"), hits=hits)
            inside = m.end
        out.append(m)
    if not chosen:
        return out
    held = []
    for m in out:
        kept = tuple(h for h in m.hits if h.entry in chosen.get(m.key, ()))
        held.append(replace(m, hits=kept) if kept and len(kept) < len(m.hits) else m)
    return held


def _a_country(word: str, gazetteer) -> bool:
    """"Kidal (Mali)": a country in brackets is told as a place of its own, not a qualifier."""
    return any(h.entry.place_type == "country" for h in gazetteer.hits(fold(word)))
