"""A landmark named after the town or unit it stands at ("the Chirundu Bridge", "the Peka Bridge
border post", "Kasungu National Park", "the Kariba Dam"): the text names the landmark, not the town.

The gazetteer knows the town, rarely its bridge, dam or park. When the kind word is written as part
of the name (capitalised), the mention is the landmark's whole name, a place of its own
(``in_gazetteer`` false) at the town's point, so that an incident "at the X Bridge" is told at the
bridge, and a reader sees the name the text gave.
"""
from __future__ import annotations

from collections.abc import Iterable

from geomap.gazetteer import GazetteerEntry, fold, haversine_km
from geomap.settings import NEAR_KM
from geomap.text.place_cues import PlaceCue

#: gazetteer readings a landmark may be named after (not a country: "the Congo River", "Iran Bridge")
_NAMESAKE_TYPES = frozenset(("city", "admin1", "admin2"))


def landmark_at(text: str, cue: PlaceCue, known_end: int, town: GazetteerEntry,
                others: Iterable[GazetteerEntry] = ()) -> GazetteerEntry | None:
    """The landmark ``cue`` names after ``town`` when its capitalised kind word is part of the name
    written past the town's mention (ending at ``known_end``), and the town lies within NEAR_KM of
    one of the article's ``others`` places (if it names two or more), else None: "Victoria Park" in a
    Calgary story is a park named after a queen, not a park at Victoria, British Columbia."""
    if cue.place_type != "landmark" or town.place_type not in _NAMESAKE_TYPES or cue.end <= known_end:
        return None
    others = [o for o in others if o.gid != town.gid and o.place_type != "country"]
    if len(others) >= 2 and min(haversine_km(town.lat, town.lon, o.lat, o.lon) for o in others) > NEAR_KM:
        return None
    tail = text[known_end:cue.end].strip()
    if not tail or not tail[0].isupper():
        return None  # "the Chirundu bridge" may be the town's bridge told in passing: the town stays
    name = text[cue.start:cue.end]
    return GazetteerEntry(
        gid=f"unlisted:{(town.iso2 or 'xx').lower()}:{fold(name).replace(' ', '-')}", name=name,
        lat=town.lat, lon=town.lon, place_type="landmark", feature=cue.kind, iso2=town.iso2, iso3=town.iso3,
        admin1=town.admin1 if town.place_type != "admin1" else town.name, population=0, in_gazetteer=False,
        placed_at=town.name, placed_at_type=town.place_type)
