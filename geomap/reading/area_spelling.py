"""The article's own name for a displacement area it names itself.

The boundary data spells first-level divisions its own way ("Môndól Kiri", "Aqtöbe"); news
reports write "Mondulkiri province", "the Aktobe region". A division the text names itself
is given, as ``name``, the article's word for it (without "province", "region" ...), so an
analyst searching the output for that word finds it; ``admin1`` keeps the boundary data's
name. An area reached only through a town, or put for the frontier without the text naming
it, keeps the name it had."""

from __future__ import annotations

from geomap.gazetteer.normalize import fold
from geomap.reading.unit_words import unit_word
from geomap.text.lexicon import DIRECTIONS
from geomap.text.sentences import Sentence

__all__ = ["named_as_written"]


def _written(text: str, p) -> str:
    """The mention's words without the type word after them ("Mondulkiri province", "Chin State": "Mondulkiri", "Chin")."""
    words = text[p.mention.start:p.mention.end].strip()
    head, _, last = words.rpartition(" ")
    return head.rstrip(" -") if head and unit_word(last) and not _only_direction(head) else words


def _only_direction(head: str) -> bool:
    """"Western Province", "Upper East Region": without its type word the name is only a
    direction, no name at all, so the type word stays."""
    return all(w.lower() in DIRECTIONS for w in head.replace("-", " ").split())


def _names_unit(p, iso3: str, unit: str, admin1: str, borders) -> bool:
    """Whether a place the text names is the first-level division itself (not a town in it)."""
    e = p.entry
    if e.place_type != "admin1" or e.iso3 != iso3:
        return False
    if fold(e.name) in (fold(admin1), fold(unit)):
        return True
    got = borders.admin1_unit(e.name, e.iso3)
    return got is not None and got[0] == unit


def named_as_written(feats: list[dict], text: str, sentences: list[Sentence], places_by_sentence: dict, borders) -> list[dict]:
    """Division-level features renamed to the article's word for the division: its mention in
    the feature's own sentence first, else its first mention in the text."""
    index_of = {s.start: k for k, s in enumerate(sentences)}
    for f in feats:
        props = f["properties"]
        if props.get("area_level") != "division" or not props.get("admin1"):
            continue
        own = index_of.get(props.get("sentence_start"))
        order = ([own] if own is not None else []) + sorted(k for k in places_by_sentence if k != own)
        for k in order:
            said = [_written(text, p) for p in places_by_sentence.get(k, [])
                    if _names_unit(p, props["iso3"], props["polygon_unit"], props["admin1"], borders)]
            if said and said[0]:
                props["name"] = said[0]
                break
    return feats
