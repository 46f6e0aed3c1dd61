"""Which countries a sentence, or a whole article, names: as places or through their peoples.

Unlisted places use it to tell a frontier story (an article naming two countries at least: a
bare hinted name there lies near the places told around it) and to check that a sentence agrees
with a place's country. Peoples are read once per sentence text (cached): asking every sentence
for every place grew with the square of a long text.
"""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from geomap.gazetteer import demonym_country
from geomap.reading.resolve import Place
from geomap.text.sentences import Sentence

_FRONTIER_WORDS = frozenset(("border", "frontier", "borders"))


def frontier_story(places: list[Place], sentences: list[Sentence]) -> set[str]:
    """The countries the article names, as countries or peoples ("Senegalese soldiers"), when
    two at least (a frontier story: a bare hinted name lies near the places told around it).
    One pass over the places, each sentence's peoples read once (asked per place: quadratic)."""
    named = set().union(*(_demonym_countries(s.text) for s in sentences))
    starts = [s.start for s in sentences]
    for p in places:
        k = bisect_right(starts, p.mention.start) - 1
        if p.entry.place_type == "country" and p.entry.iso2 and k >= 0 and p.mention.start < sentences[k].end:
            named.add(p.entry.iso2)
    return named if len(named) >= 2 else set()


def sentence_countries(sentence: Sentence, places: list[Place]) -> set[str]:
    """Countries a sentence names, as places or through demonyms ("German officials")."""
    return {p.entry.iso2 for p in places if p.entry.place_type == "country" and p.entry.iso2
            and sentence.start <= p.mention.start < sentence.end} | _demonym_countries(sentence.text)


def demonym_countries_of(text: str) -> frozenset[str]:
    """ISO2 of the countries a sentence's text names through demonyms ("Serbian police")."""
    return _demonym_countries(text)


@lru_cache(maxsize=1 << 15)
def _demonym_countries(text: str) -> frozenset[str]:
    """Countries a sentence names through demonyms; not "the Nigerian border" (a village on it
    lies on its other side, or either)."""
    from geomap.text.tokens import is_capitalised, words_apart

    words = words_apart(text)  # (the words alone: making tokens cost most of this step)
    return frozenset(iso for k, w in enumerate(words) if is_capitalised(w) and (iso := demonym_country(w))
                     and not (k + 1 < len(words) and words[k + 1].lower() in _FRONTIER_WORDS))
