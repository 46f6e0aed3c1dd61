"""A bridge named after a river or a person: the bridge, where the text says it stands.

"the Danube Bridge between Ruse and Giurgiu" was read as the Danube alone (the map showed a
river, the bridge unnamed); "the General San Martín bridge to Fray Bentos" as the town of that
other name 170 km away, the person's name being another name of it. A river read with "Bridge"
after it is the bridge, at the river's point (already the stretch the article names); a town read
with "bridge" after it, told going "to" or "between" a place that lies farther than
``BRIDGE_TOWN_KM`` from that town, is a bridge the gazetteer lacks, at the place it goes to.
"""
from __future__ import annotations

import re
from dataclasses import replace

from geomap.gazetteer import haversine_km
from geomap.reading.resolve import Place
from geomap.reading.unlisted_at import unlisted_at

__all__ = ["with_bridge_names"]

#: a town this far from the place its bridge is told going to is another place of that name
BRIDGE_TOWN_KM = 50.0
#: "Bridge" or "bridge" right after the name
_BRIDGE_AFTER = re.compile(r"[ \u00a0][Bb]ridge\b(?!-)")
#: what tells where a bridge goes: "to", "between", "linking", "across the river to", "over the X to"
_GOES = re.compile(r"\s+(?:(?:across|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?)?(?:to|into|between|linking|with)\s+")


def with_bridge_names(text: str, places: list[Place]) -> list[Place]:
    """``places`` with each river or far town read with "bridge" after it made that bridge."""
    if "ridge" not in text:
        return places
    starts = {p.mention.start: p for p in places}
    out = []
    for p in places:
        m = p.mention
        # (a mention that ends in its own kind word takes no second: "the Lunsemfwa river bridge")
        hit = _BRIDGE_AFTER.match(text, m.end) if m.shown is None and not m.suffix \
            and not m.text.split()[-1].islower() else None
        if hit is None or p.entry.place_type not in ("water", "city"):
            out.append(p)
            continue
        goes = _GOES.match(text, hit.end())
        to = starts.get(goes.end()) if goes else None
        if p.entry.place_type == "water":
            at = p.entry
        elif to is not None and to.entry.place_type == "city" \
                and haversine_km(p.entry.lat, p.entry.lon, to.entry.lat, to.entry.lon) > BRIDGE_TOWN_KM:
            at = to.entry
        else:
            out.append(p)
            continue
        out.append(replace(p, entry=unlisted_at(text[m.start:hit.end()], at, "landmark", "bridge"),
                           mention=replace(m, text=text[m.start:hit.end()], end=hit.end())))
    return out

