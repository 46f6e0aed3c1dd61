"""The town a feature is named after, when a feature word opens its name ("the Bay of Algeciras",
"Col de Montgenèvre"): the feature lies by that town, so it is placed there, not at whatever
place its sentence names next (and not dropped when its sentence names none)."""
from __future__ import annotations

from geomap.gazetteer import GazetteerEntry, haversine_km
from geomap.reading.resolve import Place
from geomap.settings import UNLISTED_NEAR_KM
from geomap.text.feature_heads import HEAD_KINDS

#: the readings of the named part that say where the feature is
_TOWN_TYPES = ("city", "admin2")


def named_after_head(fragments: dict, places: list[Place]) -> dict[int, GazetteerEntry]:
    """cue start -> the town the whole name after a feature word is ("Algeciras" of "the Bay of
    Algeciras"), read near a place of the article outside the name: in a Gibraltar story, not a
    far town a word of a longer name spells ("Croce" of "Passo di Monte Croce Carnico")
    (``fragments``: id(place) -> the typed names whose span holds its mention)."""
    out: dict[int, GazetteerEntry] = {}
    for p in places:
        for cue in fragments.get(id(p), ()):
            if cue.kind in HEAD_KINDS and cue.start < p.mention.start and p.mention.end == cue.end \
                    and p.entry.place_type in _TOWN_TYPES and _near_another(p, cue, places):
                out.setdefault(cue.start, p.entry)
    return out


def _near_another(place: Place, cue, places: list[Place]) -> bool:
    """Whether a place of the article outside the feature's name lies near ``place``."""
    e = place.entry
    return any(haversine_km(e.lat, e.lon, o.entry.lat, o.entry.lon) <= UNLISTED_NEAR_KM for o in places
               if o.entry.gid != e.gid and not (cue.start <= o.mention.start < cue.end)
               and o.entry.place_type not in ("country", "admin1"))
