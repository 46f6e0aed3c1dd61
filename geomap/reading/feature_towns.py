"""Features named after a town: when a feature word opens the name ("the Bay of Algeciras",
"Col de Montgenèvre") the feature lies by that town, so it is placed there, not at whatever place
its sentence names next; when a land word follows it ("the Ksamil peninsula") the town's reading
keeps the word in its mention."""
from __future__ import annotations

from dataclasses import replace

from geomap.gazetteer import GazetteerEntry, haversine_km
from geomap.reading.resolve import Place
from geomap.settings import UNLISTED_NEAR_KM
from geomap.text.feature_heads import HEAD_KINDS
from geomap.text.lexicon import LAND_WORD_IN_MENTION

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


def word_taken_in(places: list[Place], text: str, cue, known: Place) -> list[Place]:
    """``places`` with ``known``'s mention, a gazetteer town read at the start of a land ``cue``
    ("the Ksamil peninsula"), running on over the land word: the scorer and the map read "Ksamil
    peninsula", not the town "Ksamil" the point is taken from."""
    if cue.kind not in LAND_WORD_IN_MENTION or not known.mention.start == cue.start < known.mention.end < cue.end:
        return places
    return [replace(p, mention=replace(p.mention, text=text[p.mention.start:cue.end], end=cue.end))
            if p.mention.start == cue.start and p.mention.end < cue.end else p for p in places]
