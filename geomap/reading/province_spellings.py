"""A province the gazetteer spells otherwise, named bare: that province, when its country is the story's.

"Couriers who had walked over the hills from Xieng Khouang": the boundary data writes the Lao
province "Xiangkhoang", so no mention was read. Romanisations of one name differ by vowels,
spaces and doubled letters ("Houa Phan"/"Houaphan", "Guidimakha"/"Guidimaka"); the mention
step matches such spellings only before a unit word ("X province"). A capitalised name that
the gazetteer does not hold at all, mid-sentence after a word of place ("from", "in"), that is
no person, no demonym and no common word, spelt nearly like exactly one province of a country the story already reads places of,
is that province; so is such a name the unlisted step put at a place told near it ("Lao police
in Houa Phan" is the province Houaphan, not a village by the nearest town).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from difflib import SequenceMatcher

from geomap.gazetteer import demonym_country, fold
from geomap.reading.mentions import Mention
from geomap.reading.resolve import Place
from geomap.reading.typed_namesakes import demonym_countries
from geomap.text.lexicon import DIRECTIONS, NEVER_PLACES
from geomap.text.sentences import Sentence

__all__ = ["with_province_spellings"]

#: confidence of a province read through a near spelling
PROVINCE_SPELLING_CONFIDENCE = 0.6
#: letters a name must have (without spaces) to be matched loosely: short names collide
MIN_LETTERS = 6

#: how alike the two spellings must be, letters only (the index's skeletons match more loosely)
MIN_RATIO = 0.8
#: a word that puts a place after it ("from Xieng Khouang", "in Houa Phan"): a bare name elsewhere
#: is as often a people's adjective ("Dagestani police") or a person
_PLACE_BEFORE = re.compile(r"\b(?:in|from|to|at|near|of|across|into|towards?|through|around|over|via)\s+$")

_WORD = r"[A-Z][a-zà-öø-ÿ’'-]+"
_NAME = re.compile(rf"(?<![\w’'-]){_WORD}(?:[ -]{_WORD}){{0,2}}(?![\w’'-])")


def _letters(key: str) -> str:
    return "".join(c for c in key if c.isalpha())


def _alike(a: str, b: str) -> bool:
    """Same first letter and most letters alike ("xiengkhouang" ~ "xiangkhoang"; not "trinhtuong" ~ "haiduong")."""
    a, b = _letters(a), _letters(b)
    return bool(a and b) and a[0] == b[0] and SequenceMatcher(None, a, b).ratio() >= MIN_RATIO


def with_province_spellings(text: str, sentences: list[Sentence], places: list[Place], gazetteer,
                            persons=frozenset()) -> list[Place]:
    """``places`` with each bare name spelt nearly like one province of the story's countries added."""
    story = {p.entry.iso2 for p in places if p.entry.iso2 and p.entry.in_gazetteer}
    if gazetteer is None or not story:
        return places
    story = frozenset(story | demonym_countries(sentences))
    taken = bytearray(len(text) + 1)
    unlisted = {}  # start -> index of a place the gazetteer lacks (put by a place told near it): spelt otherwise?
    for i, p in enumerate(places):
        if not p.entry.in_gazetteer and p.entry.place_type in ("city", "region", "admin1", "admin2"):
            unlisted[p.mention.start] = i
            continue
        taken[p.mention.start:p.mention.end] = b"\x01" * (p.mention.end - p.mention.start)
    places = list(places)
    starts = [s.start for s in sentences]
    opens = set(starts)  # (a set: asked once per capitalised name, so a list would grow with length squared)
    added = []
    for m in _NAME.finditer(text):
        a, b = m.span()
        name, key = m.group(), fold(m.group())
        if taken.find(1, a, b) >= 0 or len(key.replace(" ", "").replace("-", "")) < MIN_LETTERS:
            continue
        si = max(0, bisect_right(starts, a) - 1)
        if a in opens or text[max(0, a - 2):a].strip() in (".", "!", "?", ":", "-", "—", "•") or a == 0:
            continue  # capitalised by the sentence, not by the name
        words = key.replace("-", " ").split()
        if key in persons or any(w in persons or w in NEVER_PLACES or w in DIRECTIONS or demonym_country(w)
                                 for w in words):
            continue
        if gazetteer.hits(key) or a not in unlisted and any(gazetteer.hits(w) for w in words if len(w) > 2):
            continue  # a name (or a word of it) the gazetteer holds: the mention step chose not to read it
        if a not in unlisted and not _PLACE_BEFORE.search(text[max(0, a - 12):a]):
            continue
        units = {h.entry.gid: h.entry for h in gazetteer.similar_admin1(name, within=story)
                 if h.entry.iso2 in story
                 and _alike(key, fold(h.entry.name))}
        if len(units) != 1:
            continue
        unit = next(iter(units.values()))
        if a in unlisted:
            old = places[unlisted[a]]
            if old.mention.end == b:
                places[unlisted[a]] = Place(old.mention, unit, PROVINCE_SPELLING_CONFIDENCE)
            continue
        mention = Mention(name, a, b, si, key, (), None, False, text[max(0, a - 40):a])
        added.append(Place(mention, unit, PROVINCE_SPELLING_CONFIDENCE))
        taken[a:b] = b"\x01" * (b - a)
    if not added:
        return places
    return sorted(places + added, key=lambda p: p.mention.start)
