"""Towns named by a common English word ("Say", "Mega"), read only where the words say place.

The mention finder refuses a small town whose name is a frequent word (wordfreq), or "say"
and "mega" would be places all over the news. Capitalised mid-sentence in a report about the
town's country, and written where only a place can stand, it is the town:

- paired with a place already read: "the road between Torodi and Say", "from Say to Niamey";
- with a distance after it: "around Mega, 100 kilometres inside Ethiopia";
- typed as a settlement or a crossing: "the Ta Lung crossing", "the village of Say" (there also
  under another of its names: many Vietnamese or Lao names are English syllables).

A demonym is never such a town: in "the Kazakh village of Masanchi" the type word follows
"Kazakh", which the gazetteer holds as another name of Petropavl.

Only towns of the article's countries, under their own name, are read this way.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from geomap.gazetteer import demonym_country, fold
from geomap.reading.local_namesakes import far_from_local_story
from geomap.reading.mentions import Mention
from geomap.reading.resolve import Place
from geomap.text.lexicon import DIRECTIONS, NEVER_PLACES
from geomap.text.place_cues import place_cues
from geomap.text.place_hints import nationality_before
from geomap.text.sentences import Sentence

__all__ = ["with_common_word_towns"]

#: confidence of a town read through the words around it
COMMON_NAME_CONFIDENCE = 0.6

_NAME = r"[A-Z][\w’'-]+"
#: "between X and Y", "from X to Y": either side may be the common word
_PAIRED = re.compile(rf"\b(?:between\s+({_NAME})\s+and|from\s+({_NAME})\s+to)\s+({_NAME})\b")
#: "around X, 100 kilometres inside ...", "X, 40 km from the border"
_DISTANCE_AFTER = re.compile(
    rf"\b(?:in|at|near|around|outside|to|from|reached|toward|towards)\s+({_NAME}),\s+(?:about\s+|some\s+|roughly\s+)?"
    r"\d[\d,.]*\s*(?:km|kilometres|kilometers|miles)\b")


def _paired(text: str):
    """``_PAIRED.finditer(text)``, tried only where "between" or "from" stands (the pattern,
    tried at every position of a long text, cost more than the rest of this step)."""
    end = 0
    for word in _PAIR_OPENERS.finditer(text):
        if word.start() >= end and (m := _PAIRED.match(text, word.start())) is not None:
            end = m.end()
            yield m


#: the words every ``_PAIRED`` match opens with
_PAIR_OPENERS = re.compile(r"between|from")


def _countries(places: list[Place]) -> set[str]:
    return {p.entry.iso2 for p in places if p.entry.place_type in ("country", "admin1") and p.entry.iso2
            and p.role != "dateline"}


#: kinds of a typed name that make a common-word name a town ("the X crossing", "the village of X")
_TYPED_KINDS = frozenset(("city", "landmark"))


def _typed(text: str, sentences: list[Sentence]) -> set[tuple[int, int]]:
    """Spans of the names the text types as a settlement or a landmark."""
    return {(c.start, c.name_end) for c in place_cues(text, sentences) if not c.weak and c.place_type in _TYPED_KINDS}


def _spans(text: str, places: list[Place], typed=()):
    """(start, end) of each name the words around it put as a place."""
    yield from typed
    known = {p.mention.start for p in places}
    for m in _paired(text):
        first = 1 if m.group(1) else 2
        a, b = m.span(first), m.span(3)
        if a[0] in known:  # the other side must be a place the article already reads
            yield b
        elif b[0] in known:
            yield a
    if "km" in text or "kilomet" in text or "miles" in text:  # (the pattern opens with ten words tried at every
        for m in _DISTANCE_AFTER.finditer(text):  # position: the words its distance ends with first)
            yield m.span(1)


def with_common_word_towns(text: str, sentences: list[Sentence], places: list[Place], gazetteer) -> list[Place]:
    """``places`` with the common-word towns the text puts as places added, in text order."""
    countries = _countries(places)
    typed = _typed(text, sentences) if gazetteer is not None else set()
    # a typed name may be in any country the article reads a place of (its dateline's too)
    told = {p.entry.iso2 for p in places if p.entry.iso2} if typed else set()
    if not (countries or told) or gazetteer is None:
        return places
    # characters inside a place (a span overlaps a place iff it covers one: a long text has thousands)
    taken = bytearray(len(text) + 1)
    for p in places:
        taken[p.mention.start:p.mention.end] = b"\x01" * (p.mention.end - p.mention.start)
    starts = [s.start for s in sentences]
    opening = set(starts)
    added: list[Place] = []
    pool = None  # the article's places, for the local story's far namesakes (made when first asked)
    for a, b in _spans(text, places, typed):
        name = text[a:b]
        if name.lower() in NEVER_PLACES or name.lower() in DIRECTIONS or taken.find(1, a, b) >= 0:
            continue
        if a in opening or text[max(0, a - 2):a].strip() in (".", "!", "?"):
            continue  # capitalised by the sentence, not by the name
        if demonym_country(name):
            continue  # "the Kazakh village of Masanchi": the people's word, not a town another name of which it is
        key = fold(name)
        own = (a, b) in typed
        said = demonym_country(nationality_before(text, a) or "") if own else None  # "the Guatemalan town of X"
        hits = tuple(h for h in gazetteer.hits(key) if (h.is_primary or own) and h.entry.place_type == "city"
                     and h.entry.iso2 in ({said} if said else told if own else countries))
        if hits and pool is None:
            pool = [p.entry for p in places]
        hits = tuple(h for h in hits if not far_from_local_story(h.entry, pool, primary=h.is_primary))  # (the resolver's namesake)
        if not hits:
            continue
        best = max(hits, key=lambda h: (h.entry.population, h.entry.gid))
        si = max(0, bisect_right(starts, a) - 1)
        mention = Mention(name, a, b, si, key, hits, None, False, text[max(0, a - 40):a])
        added.append(Place(mention, best.entry, COMMON_NAME_CONFIDENCE))
        taken[a:b] = b"\x01" * (b - a)
    if not added:
        return places
    return sorted(places + added, key=lambda p: p.mention.start)
