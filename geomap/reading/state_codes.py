"""A state's code in brackets after a town ("ATALAIA DO NORTE (AM) —", "em Tabatinga (AM)"): the
state the town lies in, as Brazilian and other papers write it with the ISO 3166-2 code of their
first-level units. Read only where the code is that of the town's own unit, so a bracketed
agency or party ("(AP)", "(PT)") is never taken for one."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from geomap.gazetteer import fold
from geomap.reading.mentions import Mention
from geomap.reading.resolve import Place

__all__ = ["with_state_codes"]

#: confidence of a state read from its code
STATE_CODE_CONFIDENCE = 0.8

_CODE_AFTER = re.compile(r"[ \u00a0]?\(([A-Z]{2})\)")


@lru_cache(maxsize=1)
def _unit_names() -> dict[tuple[str, str], frozenset[str]]:
    """(ISO2, code) -> folded names of that first-level unit (admin1_names.csv)."""
    from geomap.gazetteer.data_files import read_csv

    out: dict[tuple[str, str], set[str]] = {}
    for r in read_csv("admin1_names.csv"):
        iso2, _, code = r["code"].partition("-")
        out.setdefault((iso2, code), set()).update(fold(x) for x in (r["name"], r["iso_name"]) if x)
    return {k: frozenset(v) for k, v in out.items()}


def with_state_codes(text: str, sentences, places: list[Place], gazetteer) -> list[Place]:
    """``places`` with the state of each "Town (XX)" added where XX is the code of the town's state."""
    if gazetteer is None or ")" not in text:
        return places
    taken = {p.mention.start for p in places}
    starts = [s.start for s in sentences]
    added = []
    for p in places:
        e, m = p.entry, p.mention
        hit = _CODE_AFTER.match(text, m.shown[1] if m.shown else m.end)
        if hit is None or e.place_type not in ("city", "admin2") or not e.admin1 or hit.start(1) in taken:
            continue
        names = _unit_names().get((e.iso2, hit.group(1)))
        if not names or fold(e.admin1) not in names:
            continue
        units = [h.entry for h in gazetteer.hits(fold(e.admin1))
                 if h.entry.place_type == "admin1" and h.entry.iso2 == e.iso2]
        if not units:
            continue
        a, b = hit.span(1)
        si = max(0, bisect_right(starts, a) - 1)
        mention = Mention(hit.group(1), a, b, si, fold(e.admin1), (), None, False, text[max(0, a - 40):a])
        added.append(Place(mention, units[0], STATE_CODE_CONFIDENCE))
        taken.add(a)
    return sorted(places + added, key=lambda p: p.mention.start) if added else places
