"""Readings of a name that put it far from the story, better dropped than kept (a false far point
is worse than a missed name; the steps for names the gazetteer lacks then place it by the story).

- A name its words make water or an island ("the Banda Sea", "St. Lawrence Island", "the Gulf of
  Guinea") read by its bare head as a town, unit or country ("Banda", India; St. Lawrence County,
  New York) a thousand km and more from every other place the article names (its capitals left
  out: a maritime story names them for their governments): the sea or island is another place.
- The first word of a longer Arabic name ("Madinat" of "Madinat Qatrana" read as Medina)
  farther than ``NEAR_KM`` from all the article names, even in a country it names.
- A first-level unit reached only through a loose spelling of the name ("Baltic" read as Bălţi,
  Moldova), in a country the article never names, farther than ``NEAR_KM`` from all it names:
  a word, not that unit.
"""
from __future__ import annotations

from geomap.gazetteer import GazetteerEntry, fold, haversine_km
from geomap.settings import NEAR_KM, RESOLVE_NAMESAKE_KM
from geomap.text.arabic_names import opens_arabic_name
from geomap.text.sea_words import sea_word_of, told_as_water

__all__ = ["far_reading", "water_readings"]

_LAND_READINGS = ("city", "admin1", "admin2", "country")


def far_reading(text: str, p, weights: dict[str, float], others: list[GazetteerEntry]) -> bool:
    """Whether resolved mention ``p`` (a ``resolve.Place``) is one of the far readings above;
    ``weights``: the countries the article names; ``others``: its other places."""
    return _sea_read_on_land(text, p, others) or _respelt_stranger_unit(p, weights, others) or (
        _opens_far_name(text, p, others))


def _sea_read_on_land(text: str, p, others: list[GazetteerEntry]) -> bool:
    e = p.entry
    if e.place_type not in _LAND_READINGS or sea_word_of(text, p.mention.start, p.mention.end) is None:
        return False
    rest = [o for o in others if o.gid != e.gid and o.feature != "capital" and o.place_type != "country"]
    return len({o.gid for o in rest}) >= 2 and min(
        haversine_km(e.lat, e.lon, o.lat, o.lon) for o in rest) > RESOLVE_NAMESAKE_KM


def _opens_far_name(text: str, p, others: list[GazetteerEntry]) -> bool:
    e = p.entry
    if e.place_type not in _LAND_READINGS[:3] or not opens_arabic_name(p.mention.text, text, p.mention.end):
        return False
    return _far_from(e, others, NEAR_KM)


def _far_from(e: GazetteerEntry, others: list[GazetteerEntry], km: float) -> bool:
    """Whether two or more other places (no countries) are named and all lie farther than ``km``."""
    rest = [o for o in others if o.gid != e.gid and o.place_type != "country"]
    return len({o.gid for o in rest}) >= 2 and min(haversine_km(e.lat, e.lon, o.lat, o.lon) for o in rest) > km


def _respelt_stranger_unit(p, weights: dict[str, float], others: list[GazetteerEntry]) -> bool:
    e = p.entry
    if e.place_type != "admin1" or weights.get(e.iso2) or fold(e.name) == p.mention.key:
        return False
    own = [h for h in p.mention.hits if h.entry.gid == e.gid]
    if not own or not all(h.similar and not h.is_primary for h in own):
        return False
    # (and nowhere near the story: "Anjouan" by Mayotte is Andjouân of the Comoros, however spelt)
    return _far_from(e, others, NEAR_KM)


def water_readings(m, cands: list[GazetteerEntry]) -> list[GazetteerEntry]:
    """The water readings of a mention whose own words are water ("Red Sea" is the sea, not
    Sudan's Red Sea state); none when it has no such words or no water reading."""
    if told_as_water(m.text) and not m.suffix:
        return [e for e in cands if e.place_type == "water"]
    return []
