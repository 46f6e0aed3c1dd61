"""A name read far away in a country the article never names, when the gazetteer holds it beside the story.

The mention step keeps only the readings a name's word frequency allows: a village of a few
hundred people whose name is also a common word or a first name ("Šid", also written "Sid";
"Nagar", the alternate name of Nagir) loses its reading there, and what is left is a namesake a
thousand km away in a country the article never names (Haiti's Sud department, Nagar in
Rajasthan). When the reading lies in none of the countries the story names or holds its places in, and the
gazetteer holds an entry of the very name (any of its names, any size) in one of those countries
beside the story's places, that entry is the one the text means.
"""
from __future__ import annotations

from dataclasses import replace

from geomap.gazetteer import GazetteerEntry, haversine_km
from geomap.reading.story_countries import demonym_countries_of
from geomap.settings import LOCAL_NAMESAKE_KM, LOCAL_STORY_KM

__all__ = ["with_near_namesakes"]

#: a reading this famous is meant wherever the story is (a capital, a city of a million)
_FAMOUS_POPULATION = 1_000_000
_READ_TYPES = ("city", "admin1", "admin2")
_NEAR_TYPES = ("city", "admin2", "landmark")


def with_near_namesakes(places: list, gazetteer, sentences: list | None = None) -> list:
    """``places`` with each far stranger (``_far_stranger``) read again as its namesake beside
    the story (``_beside_story``), every mention of that name alike. A country its own sentence
    names by demonym ("On the Serbian side, police in X ...") counts as named for that mention
    (``sentences``: the article's, when given)."""
    if gazetteer is None:
        return places
    named = _story_countries(places)
    if not named:
        return places
    story = list({p.entry.gid: p.entry for p in places if p.entry.iso2 in named
                  and p.entry.place_type in _NEAR_TYPES + ("admin1",) and p.entry.feature != "capital"}.values())
    swap: dict[str, GazetteerEntry | None] = {}
    for p in places:
        key = p.mention.key
        if key in swap:
            continue
        if _far_stranger(p.entry, named, story):
            said = named | _said_in_sentence(p, sentences)
            swap[key] = _beside_story(gazetteer, key, p.entry, said, story) if _far_stranger(p.entry, said, story) else None
        elif (said := _said_in_sentence(p, sentences) - named) and _far_stranger(p.entry, named | said, story, 1):
            # "On the Serbian side, police in X": one place of the story is enough when the sentence names
            # the country whose namesake stands beside it
            swap[key] = _beside_story(gazetteer, key, p.entry, said, story)
    if not any(swap.values()):
        return places
    return [replace(p, entry=swap[p.mention.key]) if swap.get(p.mention.key) is not None
            and _far_stranger(p.entry, named, story, 1) else p for p in places]


def _said_in_sentence(p, sentences: list | None) -> set[str]:
    """ISO2 of the countries the sentence of a mention names by demonym."""
    if not sentences or not 0 <= p.mention.sentence < len(sentences):
        return set()
    return set(demonym_countries_of(sentences[p.mention.sentence].text))


def _story_countries(places: list) -> set[str]:
    """ISO2 of the countries the article names, and of those holding two or more of its other
    places (a story names "Croatian police" and its villages, not always Croatia)."""
    named = {p.entry.iso2 for p in places if p.entry.place_type == "country" and p.entry.iso2}
    held: dict[str, set[str]] = {}
    for p in places:
        if p.entry.place_type != "country" and p.entry.iso2:
            held.setdefault(p.entry.iso2, set()).add(p.entry.gid)
    return named | {iso2 for iso2, gids in held.items() if len(gids) >= 2}


def _far_stranger(e: GazetteerEntry, named: set[str], story: list[GazetteerEntry], least: int = 2) -> bool:
    """A town or unit of a country the article never names, no capital nor famous city, more than
    ``LOCAL_NAMESAKE_KM`` from each of ``least`` or more of the story's places."""
    if e.place_type not in _READ_TYPES or not e.iso2 or e.iso2 in named or e.feature == "capital" \
            or e.population >= _FAMOUS_POPULATION or not getattr(e, "in_gazetteer", True):
        return False
    others = [o for o in story if o.gid != e.gid]
    return len(others) >= least and min(haversine_km(e.lat, e.lon, o.lat, o.lon) for o in others) > LOCAL_NAMESAKE_KM


def _beside_story(gazetteer, key: str, e: GazetteerEntry, named: set[str],
                  story: list[GazetteerEntry]) -> GazetteerEntry | None:
    """The entry of the name ``key`` in a country the article names nearest the story's places,
    when within ``LOCAL_STORY_KM`` of one of them; else None."""
    best, best_km = None, LOCAL_STORY_KM
    for h in gazetteer.hits(key):
        c = h.entry
        if c.gid == e.gid or c.iso2 not in named or c.place_type not in _NEAR_TYPES:
            continue
        km = min((haversine_km(c.lat, c.lon, o.lat, o.lon) for o in story if o.gid != c.gid), default=best_km)
        if km < best_km:
            best, best_km = c, km
    return best
