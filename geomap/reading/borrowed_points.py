"""No toll on a guessed unit standing at another incident's town, which has deaths of its own.

"Seven people were killed when armed men attacked a hamlet near Tonu in Siwai": the deaths are at
Tonu, which the reader cannot place; Siwai, the unit named only to say where Tonu lies, is a name
the gazetteer lacks too, put at the point of a listed town the text names near it. When that town
is itself the scene of another incident with its own count ("Two men were shot dead at the Buin
market"), the map shows two death tolls at one town, and the guessed one is not that town's. The
listed incident keeps its number; the guess keeps its words only (a wrong number is worse than none).
A place the words name as the scene itself ("killed three herders near Liwolo") keeps its count.
"""
from __future__ import annotations

import re

from geomap.reading.resolve import Place

#: how an incident stands when its point is borrowed from another place (placement.place_location)
_BORROWED = frozenset(("unlisted place",))
#: a count the words give each place by name (place_split_tolls)
_TOLD_FOR_ITS_PLACE = "the count told for its place"
#: "near Tonu in ", "a hamlet near Tonu, in the ": a finer name, then the unit it lies in
_FINER_NAME_IN = re.compile(r"\b(?:near|at|outside|around|of)\s+((?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}),?"
                            r"\s+in\s+(?:the\s+)?$")


def untie_tolls_on_borrowed_points(incidents: list[dict], by_sentence: dict[int, list[Place]]) -> None:
    """Take the number (not the words) off every incident at a guessed unit that only says where an
    unplaced finer name lies, standing at the point another incident (a listed place) holds with its own toll."""
    owners = {}
    for f in incidents:
        p, geom = f["properties"], f.get("geometry") or {}
        if p.get("placement") == "place" and (p.get("fatalities") or 0) > 0 and geom.get("type") == "Point":
            owners.setdefault(tuple(geom["coordinates"]), p)
    if not owners:
        return
    starts = {p.mention.start for ps in by_sentence.values() for p in ps}
    for f in incidents:
        p, geom = f["properties"], f.get("geometry") or {}
        if p.get("placement") not in _BORROWED or not (p.get("fatalities") or 0) > 0 or geom.get("type") != "Point" \
                or p.get("fatalities_basis") == _TOLD_FOR_ITS_PLACE or p.get("mention_start") is None:
            continue
        owner = owners.get(tuple(geom["coordinates"]))
        if owner is None or owner.get("location") == p.get("location") or owner["fatalities"] == p["fatalities"]:
            continue
        finer = _FINER_NAME_IN.search(p.get("source_sentence") or "", 0, p["mention_start"])
        if finer is not None and p["sentence_start"] + finer.start(1) not in starts:
            p.update(fatalities=None, fatalities_basis="not this incident's: its place only says where a finer "
                     f"place lies, and is a guess put at {owner['location']}, whose own deaths are told apart")
