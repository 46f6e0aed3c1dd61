"""Names spelt otherwise than the gazetteer writes them, matched within the article's countries.

"Qalai Khumb" for Qalaikhumb, "Al Jabalain" for Al Jabalayn, "South Darfur" for Southern
Darfur: a capitalised name no gazetteer name matched is compared with the names of the
entries in the countries the article is about (never the whole world, where every short name
has a near namesake), first by transliteration skeleton and direction words, then with
rapidfuzz's edit ratio.
"""
from __future__ import annotations

from difflib import SequenceMatcher

from geomap.gazetteer import NameHit, demonym_country, fold, haversine_km
from geomap.gazetteer.nearest import PointsByLatitude
from geomap.reading.local_spellings import local_spellings
from geomap.reading.mentions import Mention
from geomap.reading.resolve import Place
from geomap.settings import (LOCAL_SPELLING_MIN_LENGTH, NEAR_KM, OWNED_UNIT_MIN_RATIO, SPELLING_MAX_ZIPF,
                             SPELLING_MIN_LENGTH, SPELLING_MIN_POPULATION, SPELLING_MIN_RATIO)
from geomap.text.lexicon import DIRECTIONS, FIRST_LEVEL_WORDS, NEVER_PLACES, ORG_WORDS, TITLES
from geomap.text.sentences import Sentence
from geomap.text.tokens import capitalised, joined, opens_clause, tokenize

__all__ = ["with_spelling_variants"]

_DIRECTION_FORMS = {"south": "southern", "north": "northern", "east": "eastern", "west": "western"}
_DIRECTION_FORMS.update({v: k for k, v in _DIRECTION_FORMS.items()})
_SKIP = frozenset("the a an and or of in on at to".split())
#: confidence of a place reached through another spelling
SPELLING_CONFIDENCE = 0.6


def _country_set(places: list[Place]) -> set[str]:
    return {p.entry.iso2 for p in places if p.entry.place_type in ("country", "admin1") and p.entry.iso2
            and p.role != "dateline"}


def _runs(text: str, sentences: list[Sentence], places: list[Place]):
    """Capitalised runs (one to three words) that no place mention covers."""
    # characters inside a place mention (a span overlaps a mention iff it covers one of them;
    # testing every run against every mention made long texts quadratic)
    taken = bytearray(len(text) + 1)
    for p in places:
        x, y = p.mention.start, p.mention.end
        taken[x:y] = b"\x01" * (y - x)
    for si, s in enumerate(sentences):
        toks = tokenize(text, s.start, s.end)
        after = 0  # (the capitalised words only, each once: most words are neither)
        for i in capitalised(text, s.start, s.end):
            t = toks[i]
            if i < after or t.text.lower() in _SKIP:
                continue
            j = i
            while j + 1 < len(toks) and j - i < 2 and toks[j + 1].is_cap and joined(text, toks[j], toks[j + 1]):
                j += 1
            run = toks[i:j + 1]
            a, b = run[0].start, run[-1].end
            longer = j + 1 < len(toks) and toks[j + 1].is_cap and joined(text, toks[j], toks[j + 1])
            ok = not longer and taken.find(1, a, b) < 0
            words = [x.text.lower() for x in run] if ok else ()  # (most runs are a mention's: not read)
            ok = ok and not any(
                w in NEVER_PLACES or w in ORG_WORDS or w in TITLES for w in words) and not all(
                w in DIRECTIONS for w in words) and not (len(run) == 1 and is_demonym(run[0].text)) and not (
                run[0].text.isupper() and len(run[0].text) > 1) and not (
                i > 0 and toks[i - 1].is_cap and joined(text, toks[i - 1], run[0]))
            if ok and not (opens_clause(text, toks, i) and len(run) == 1):
                yield si, a, b, text[a:b]
            after = j + 1


def is_demonym(word: str) -> bool:
    """"Bangladeshi", and its plural "Bangladeshis" (people, never a place spelt otherwise)."""
    return bool(demonym_country(word) or (word.endswith("s") and demonym_country(word[:-1])))


def _hits_within(gaz, name: str, countries: set[str],
                 town_countries: set[str] | frozenset[str] = frozenset()) -> tuple[tuple[NameHit, ...], bool]:
    """Entries of ``countries`` whose name spells ``name`` otherwise, and whether the match is
    loose (skeleton or edit ratio, not a direction word), so that it must lie near the others.
    The local spellings are looked for in ``town_countries`` too (the countries of the towns the
    text names: "Kanchanaburi" makes a Thai "Ban X" likely, the skeleton of a whole local name
    is no loose likeness)."""
    key = fold(name)
    if len(key.replace(" ", "")) < SPELLING_MIN_LENGTH:
        return _local_hits(gaz, name, countries | town_countries), True
    words = key.split()
    if words and words[0] in _DIRECTION_FORMS:  # "South Darfur" / "Southern Darfur"
        other = " ".join([_DIRECTION_FORMS[words[0]], *words[1:]])
        got = tuple(h for h in gaz.hits(other) if h.entry.iso2 in countries)
        if got:
            return got, False
    got = tuple(h for h in gaz.skeleton_hits(name, min_length=SPELLING_MIN_LENGTH) if h.entry.iso2 in countries)
    if got:
        return got, True
    got = _local_hits(gaz, name, countries | town_countries)
    if got:
        return got, True
    best = None  # (name, ratio, country)
    for iso2 in sorted(countries):
        m = gaz.spellings_in(iso2).nearest(key, SPELLING_MIN_RATIO)  # same first letter, length ±2
        if m and (best is None or m[1] > best[1]):
            best = (*m, iso2)
    return (gaz.hits_in_country(best[0], best[2]) if best else ()), True


def _local_hits(gaz, name: str, countries: set[str]) -> tuple[NameHit, ...]:
    """Entries of ``countries`` named ``name`` as their own gazetteer writes it ("Ban Pa Pae" for
    "Pa Pae", "Ban Xamtai" for "Samtai"): the first local spelling the skeleton index holds."""
    if len(fold(name).replace(" ", "")) < LOCAL_SPELLING_MIN_LENGTH:
        return ()
    for form in local_spellings(name, countries):
        got = tuple(h for h in gaz.skeleton_hits(form, min_length=SPELLING_MIN_LENGTH) if h.entry.iso2 in countries)
        if got:
            return got
    return ()


def _english_word(key: str) -> bool:
    """Whether a name is an ordinary English word ("Summer", "Centers", "Britons"), not a name
    misspelt."""
    from geomap.gazetteer.word_frequency import zipf

    return zipf(key) >= SPELLING_MAX_ZIPF


_DEMONYM_ENDINGS = ("i", "an", "ian", "ese", "ite", "n")


#: units and regions name peoples ("Darfuri"); of towns, only cities this big do ("Kandahari")
_PEOPLE_TYPES = frozenset(("country", "admin1", "admin2", "region"))
DEMONYM_MIN_POPULATION = 100_000


def _demonym_of_place(gaz, key: str) -> bool:
    """"Darfuri", "Tigrayan", "Somalilander": a unit's, a region's or a city's name with a demonym
    ending (not a village's: "Samtai" is no people of some Saudi "Samta")."""
    return " " not in key and any(
        key.endswith(x) and len(key) - len(x) >= 4 and any(
            h.entry.place_type in _PEOPLE_TYPES or h.entry.population >= DEMONYM_MIN_POPULATION
            for h in gaz.hits(key[:-len(x)])) for x in _DEMONYM_ENDINGS)


#: degrees of latitude farther apart than NEAR_KM (a great circle is never shorter than its
#: north-south part: 6371 km per radian), with a margin for rounding
_NEAR_DEGREES = NEAR_KM / (6371.0 * 3.141592653589793 / 180) * 1.001 + 0.01


def _near(e, anchors) -> bool:
    """Whether ``e`` lies within NEAR_KM of an anchor (anchors a whole latitude band away are
    not measured: a long article has thousands of anchors and asks about every name)."""
    lat, lon = e.lat, e.lon
    return any(abs(a.lat - lat) <= _NEAR_DEGREES and haversine_km(lat, lon, a.lat, a.lon) <= NEAR_KM
               for a in anchors)


def _nearest_hit(hits, anchors: PointsByLatitude) -> NameHit:
    """The hit closest to the article's other places (the likeliest prior without them)."""
    if not anchors:
        return max(hits, key=lambda h: (h.entry.prior, h.entry.gid))
    return min(hits, key=lambda h: (anchors.nearest_km(h.entry.lat, h.entry.lon), h.entry.gid))


def _owned_units(text: str, places: list[Place], gazetteer) -> list[Place]:
    """A province its country's possessive owns ("Iran's Kurdistan and West Azerbaijan
    provinces") read as a namesake of another country: that country's province spelt otherwise
    (Kordestan), when it has one."""
    out = list(places)
    for i, p in enumerate(places):
        at = p.mention.start - 3  # where "Iran's " would end its country's name
        if p.mention.suffix not in FIRST_LEVEL_WORDS or text[at:p.mention.start] not in ("'s ", "’s "):
            continue
        owner = next((q.entry for q in places if q.entry.place_type == "country" and q.mention.end == at), None)
        if owner is None or p.entry.iso2 == owner.iso2:
            continue
        key = fold(p.mention.text)  # among one country's few provinces a loose likeness is enough
        near = [n for n in gazetteer.names_in(owner.iso2) if n[:1] == key[:1]
                and SequenceMatcher(None, n, key).ratio() >= OWNED_UNIT_MIN_RATIO]
        hits = [h for n in near for h in gazetteer.hits_in_country(n, owner.iso2) if h.entry.place_type == "admin1"]
        if len({h.entry.gid for h in hits}) == 1:
            out[i] = Place(p.mention, hits[0].entry, SPELLING_CONFIDENCE)
    return out


def with_spelling_variants(text: str, sentences: list[Sentence], places: list[Place], gazetteer,
                           persons: set[str] = frozenset()) -> list[Place]:
    """``places`` with the names found through another spelling added, in text order."""
    if gazetteer is not None and hasattr(gazetteer, "spellings_in"):
        places = _owned_units(text, places, gazetteer)
    countries = _country_set(places)
    if not countries or gazetteer is None or not hasattr(gazetteer, "spellings_in"):
        return places
    # each place once (a long article names its towns again and again; distances are to places)
    anchors = list({p.entry.gid: p.entry for p in places
                    if p.entry.place_type not in ("country", "region") and p.role == "place"}.values())
    town_countries = {e.iso2 for e in anchors if e.iso2}
    by_latitude = None  # the anchors in latitude order, made when first asked
    added: list[Place] = []
    for si, a, b, name in _runs(text, sentences, places):
        key = fold(name)
        if len(key.replace(" ", "")) < LOCAL_SPELLING_MIN_LENGTH:
            continue  # too short to be matched otherwise (``_hits_within``); asked first, being free
        if key in persons or _english_word(key):
            continue  # a name the mention finder set aside on purpose (a person, a word)
        exact = gazetteer.hits(key)
        if exact and any(h.entry.iso2 in countries for h in exact):
            continue  # a known name of the article's countries the mention finder set aside on purpose
        # known only abroad ("Kharas", a West Bank town, in a Namibian story): the article's own
        # province or district spelt otherwise ("Karas") may be meant, never a town of theirs
        if _demonym_of_place(gazetteer, key):
            continue  # "Darfuri armed groups" are people of Darfur, not a place spelt otherwise
        hits, loose = _hits_within(gazetteer, name, countries, town_countries)
        if loose and anchors:  # a loose match must lie near the article's other places (not Zhenkang ~ Shengang)
            hits = tuple(h for h in hits if _near(h.entry, anchors))
        elif loose:  # nothing to be near: only a unit or a town of some size
            hits = tuple(h for h in hits if h.entry.place_type in ("admin1", "admin2")
                         or h.entry.population >= SPELLING_MIN_POPULATION)
        if exact:
            hits = tuple(h for h in hits if h.entry.place_type in ("admin1", "admin2"))
        if not hits:
            continue
        if by_latitude is None:
            by_latitude = PointsByLatitude(anchors)
        best = _nearest_hit(hits, by_latitude)
        mention = Mention(name, a, b, si, key, hits, None, False, text[max(0, a - 40):a])
        added.append(Place(mention, best.entry, SPELLING_CONFIDENCE))
    if not added:
        return places
    return sorted(places + added, key=lambda p: p.mention.start)
