"""Which border an article is about: the best-supported pair of neighbouring countries.

Evidence per country (``country_evidence``) comes from every place mention (countries,
towns and admin-1 units count for the country they lie in; capitals named as governments a
little less), from demonyms and country names the place finder left out ("Myanmar's army",
"Eritrean troops"), each weighted up in sentences with border words or events, and set to
zero in a clause about mediation ("brokered by", "offered to mediate"). Pairs are scored by
their weaker side plus how often both appear in one sentence (``pair_scores``); only
neighbours in the boundary data are pairs (through their territories too: France and Brazil
meet in French Guiana), so distant mediators drop out on their own. Two countries facing each
other across the sea are a pair only when no land pair outranks them, and then alone.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict

from geomap.gazetteer import countries
from geomap.gazetteer.normalize import fold
from geomap.reading.claimed_features import claimed_pairs
from geomap.reading.resolve import Place
from geomap.settings import (MAX_COUNTRIES, MIN_SIDE, SECOND_SHARE, W_BORDER, W_COOCCUR, W_DEMONYM, W_EVENT,
                             W_GOVERNMENT)
from geomap.text import cues
from geomap.text.sentences import Sentence

__all__ = ["country_evidence", "pair_scores", "choose_frontiers", "W_BORDER", "W_EVENT"]

# (the lookahead lets a search skip to capitals instead of trying every word at every position)
_CAP_WORDS = re.compile(r"(?=[A-Z])\b(?:(?:North|South|East|West|Central|New|Saudi|Sri|Costa|El|Sierra|Burkina)\s)?"
                        r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?")


@functools.lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """Lower-cased first words of country names and demonyms: a cheap gate before lookups."""
    keys = [fold(c.name) for c in countries.countries().values()] + list(countries.demonyms())
    return frozenset(k.split()[0] for k in keys if k)


def country_of_word(word: str) -> tuple[str, str] | None:
    """(ISO3, name) of a country's own name or demonym ("Thai" -> ("THA", "Thailand")), else None
    (aliases and codes are not countries here: "US troops" is read by the actors rule)."""
    iso3 = countries.iso3_of(word, demonym=True, aliases=False, codes=False)
    return (iso3, countries.country(iso3).name) if iso3 else None


def _word_countries(sentence: Sentence, covered: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """(ISO3, start, end) of demonyms and country names outside place mentions (sentence offsets)."""
    out = []
    for m in _CAP_WORDS.finditer(sentence.text):
        hit = _phrase_country(m.group(0))
        if hit is None:
            continue
        a, b = m.start() + sentence.start, m.end() + sentence.start
        if any(s < b and a < e for s, e in covered) or _named_place(sentence.text, m.start(), m.start() + hit[1]):
            continue
        out.append((hit[0], m.start(), m.start() + hit[1]))
    return out


_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|into|outside|across)\s+$")
_NOUN_AFTER = re.compile(r"\s+[a-z]")


def _named_place(text: str, a: int, b: int) -> bool:
    """A demonym standing alone after "in", "near"... names a place, not its people: "a post in
    Somali." is Ethiopia's Somali region, no evidence for Somalia ("into Somali territory" is)."""
    if not _PLACE_BEFORE.search(text[max(0, a - 12):a]) or _NOUN_AFTER.match(text, b):
        return False
    return countries.iso3_of(text[a:b], demonym=False, aliases=False, codes=False) is None


@functools.lru_cache(maxsize=4096)
def _phrase_country(phrase: str) -> tuple[str, int] | None:
    """(ISO3, length) of the longest leading words of a run of capitalised words that name a
    country or its people ("North Korean" before "North"), else None (the same runs recur
    from article to article)."""
    words = phrase.split()
    first = words[0].lower()
    if not first.isascii():
        first = fold(first)
    if first not in _first_words() and first[:-1] not in _first_words():
        return None
    for k in range(len(words), 0, -1):
        phrase = " ".join(words[:k])
        # a people in the plural ("12 Mozambicans", "Eritreans") is its demonym too
        hit = country_of_word(phrase) or (phrase.endswith("s") and country_of_word(phrase[:-1]))
        if hit:
            return hit[0], len(phrase)
    return None


def country_evidence(sentences: list[Sentence], places: list[Place], event_sentences: set[int]
                     ) -> tuple[dict[str, float], dict[str, set[int]]]:
    """Weighted evidence per ISO3 and the sentences each country appears in."""
    score: dict[str, float] = defaultdict(float)
    seen: dict[str, set[int]] = defaultdict(set)
    by_sentence: dict[int, list[Place]] = defaultdict(list)
    for p in places:
        by_sentence[p.mention.sentence].append(p)
    for i, s in enumerate(sentences):
        mult = (W_BORDER if cues.has_border_words(s.text) else 1.0) * (W_EVENT if i in event_sentences else 1.0)
        items = []
        for p in by_sentence.get(i, []):
            if p.entry.place_type in ("water", "region") or not p.entry.iso3:
                continue
            w = W_GOVERNMENT if p.government else 1.0
            items.append((p.entry.iso3, p.mention.start - s.start, p.mention.end - s.start, w))
        covered = [(p.mention.start, p.mention.end) for p in by_sentence.get(i, [])]
        for iso3, a, b in _word_countries(s, covered):
            items.append((iso3, a, b, W_DEMONYM))
        for iso3, a, b, w in items:
            if cues.is_mediator_context(s.text, a, b):
                continue
            score[iso3] += w * mult
            seen[iso3].add(i)
    return dict(score), dict(seen)


def pair_scores(score: dict[str, float], seen: dict[str, set[int]], borders, *, limit: int | None = None,
                claimed=frozenset()) -> list[tuple[float, str, str]]:
    """(score, a, b) for neighbouring pairs of the best-supported countries, best first.

    Pairs are tried best first and checked against the boundary data only then (cheap
    bounding boxes, then the shared line); with ``limit`` the search stops after that many
    neighbouring pairs, or once no remaining pair could reach a second frontier.
    """
    top = sorted((c for c in score if score[c] >= MIN_SIDE), key=lambda c: (-score[c], c))[:MAX_COUNTRIES]
    if len(top) < 2:
        return []
    cands = []
    for i, a in enumerate(top):
        for b in top[i + 1:]:
            both = len(seen.get(a, set()) & seen.get(b, set()))
            cands.append((min(score[a], score[b]) + W_COOCCUR * both, a, b))
    cands.sort(key=lambda t: (-t[0], t[1], t[2]))
    out: list[tuple[float, str, str]] = []
    for s, a, b in cands:
        if out and s < SECOND_SHARE * out[0][0]:
            break
        if borders.are_neighbours(a, b) or borders.land_codes(a, b) is not None:
            out.append((s, a, b))
            if limit and len(out) >= limit:
                break
        elif not out and (borders.sea_crossing(a, b) is not None or frozenset((a, b)) in claimed):
            out.append((s, a, b))  # across the sea (or over a feature both claim): only when no land pair
            break  # outranks it, and alone
    return out


def choose_frontiers(sentences: list[Sentence], places: list[Place], event_sentences: set[int], ctx
                     ) -> list[tuple[str, str, float]]:
    """The pair(s) the article is about: the best, and a second only when its score reaches
    ``SECOND_SHARE`` of the best one's."""
    score, seen = country_evidence(sentences, places, event_sentences)
    pairs = pair_scores(score, seen, ctx.borders, limit=2, claimed=claimed_pairs(places))
    if not pairs:
        return []
    best = pairs[0]
    chosen = [(best[1], best[2], best[0])]
    for s, a, b in pairs[1:]:
        if s >= SECOND_SHARE * best[0] and {a, b} != {best[1], best[2]}:
            chosen.append((a, b, s))
        break
    return chosen
