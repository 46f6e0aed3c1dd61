"""Text -> place mentions: spans that name places, found by gazetteer matching plus rules.

No trained NER model is available offline, so a span counts as a place mention when it is
a capitalised run of tokens whose longest prefix matches a gazetteer name, and no rule of
``mention_vetoes`` vetoes it: common English words naming only small places, weekdays and
months, names inside organisations ("Interior Ministry", "Bangkok Post"), people ("President X",
"Hun Sen"), and demonyms ("Thai troops" is context for Thailand, not a mention of it).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache

from geomap.gazetteer import Gazetteer, NameHit, demonym_country, fold
from geomap.gazetteer.memo import make_room
from geomap.settings import BARE_DIVISION_MAX_ZIPF, GOVERNMENT_CITY_POPULATION, NAME_HITS_KEPT, NAME_PHRASE_ZIPF_DISCOUNT
from geomap.text.aged_persons import aged_person_names
from geomap.text.capital_lines import title_cased_capitals
from geomap.text.datelines import dateline_spans
from geomap.text.lexicon import (ADMIN_SUFFIXES, CONNECTORS, DIRECTIONS, FIRST_LEVEL_WORDS, GEO_WORDS,
                                 GOVERNMENT_ADDRESSED, GOVERNMENT_ADDRESSED_AFTER, GOVERNMENT_AGENT, GOVERNMENT_DEMANDED,
                                 GOVERNMENT_DEMANDED_AFTER, GOVERNMENT_PAIR, GOVERNMENT_VERBS,
                                 LANDMARK_TAILS, MAX_TOKENS, NAME_PARTICLES, NEVER_PLACES, SECOND_LEVEL_WORDS,
                                 first_names)
from geomap.reading.numbered_mentions import numbered_unit_at
from geomap.reading.hyphen_parts import split_hyphened
from geomap.reading.mention_vetoes import why_not_a_place
from geomap.reading.qualified_names import with_qualifiers
from geomap.reading.town_told import towns_told_as_towns, towns_told_with_their_division
from geomap.reading.unit_words import direction_unit as _direction_unit, feature_word_end as _feature_word
from geomap.reading.unit_words import unit_word as _suffix_word
from geomap.text.sentences import Sentence, split_sentences
from geomap.text.tokens import joined, opens_clause, tokenize

@dataclass(frozen=True)
class Mention:
    """A span of the text that names a place, with the gazetteer names it matched."""

    text: str
    start: int
    end: int
    sentence: int  # index of the sentence it stands in
    key: str  # folded name looked up (without generic suffix)
    hits: tuple[NameHit, ...] = field(compare=False, repr=False)
    suffix: str | None = None  # "province", "oblast", ... when the text adds one
    government: bool = False  # a capital or country standing for its government ("Bangkok said")
    context_before: str = field(default="", compare=False, repr=False)
    dateline: bool = False  # "KYIV, Ukraine (AP) —": where the report was filed, not where things happened
    # the span as the map shows it when a lowercase word after the name says which feature it
    # is ("the Fergana valley", "Herat province" beside Herat city): (text, end)
    shown: tuple[str, int] | None = field(default=None, compare=False, repr=False)

    @property
    def role(self) -> str:
        """place, government (a capital speaking for its state) or dateline."""
        return "dateline" if self.dateline else "government" if self.government else "place"


@dataclass
class TextContext:
    """What the whole article says about countries, for the resolver."""

    sentences: list[Sentence]
    demonyms: dict[str, int] = field(default_factory=dict)  # ISO2 -> count of "Thai", "Cambodian"
    persons: set[str] = field(default_factory=set)  # folded names seen as people
    # admin-1 units named inside organisations ("Kentucky State Police"): (ISO2, unit) -> count
    org_units: dict[tuple[str, str], int] = field(default_factory=dict)


def _is_major(hit: NameHit) -> bool:
    e = hit.entry
    return e.place_type in ("country", "admin1") or e.feature == "capital" or (
        e.population >= 100_000 and hit.similar)


def _usable(hit: NameHit, zipf: float, sentence_initial: bool) -> bool:
    """Whether a gazetteer hit may stand for this span, given how common the word is."""
    e = hit.entry
    major = (e.place_type in ("country", "admin1", "landmark", "region", "water") or e.feature == "capital"
             or e.population >= 100_000)
    if e.feature in ("user",):
        return True
    if zipf >= 4.3 and not major:
        return False
    if e.place_type == "city":
        if zipf >= 3.3 and e.population < 15_000:
            return False
        if zipf >= 2.5 and e.population < 1_000:
            return False
        if not hit.is_primary and e.population < 1_000 and zipf > 3.0:
            return False
    if sentence_initial and zipf >= 3.0 and e.place_type not in ("country", "admin1") and e.feature != "capital" \
            and not (e.population >= 100_000 and hit.is_primary and zipf < 4.0):
        # "Reading", "Nice" opening a sentence are words; "Peshawar" is common only as the city
        return False
    return True


def mentions_from_text(text: str, gazetteer: Gazetteer, sentences: list[Sentence] | None = None
                       ) -> tuple[list[Mention], TextContext]:
    """Place mentions of ``text`` in order, and the article context the resolver needs."""
    sentences = split_sentences(text) if sentences is None else sentences
    datelines = dateline_spans(text)
    written = text
    text = title_cased_capitals(text)  # "AMBUSH ON ANBAR HIGHWAY" read as "Ambush on Anbar Highway"
    ctx = TextContext(sentences)
    found: list[Mention] = []
    cap_mid: set[str] = set()  # words seen capitalised mid-sentence
    per_sentence = []
    for si, sent in enumerate(sentences):
        toks = tokenize(text, sent.start, sent.end)
        if text.find("-", sent.start, sent.end) >= 0:  # (most sentences hold no hyphenated word)
            toks = split_hyphened(toks, gazetteer)
        per_sentence.append(toks)
        cap_mid.update([t.text.lower() for t in toks[1:] if t.is_cap])
    for si, toks in enumerate(per_sentence):
        found.extend(_sentence_mentions(text, si, toks, gazetteer, ctx, cap_mid, datelines))
    found = with_qualifiers(text, found, gazetteer)  # "Frankfurt (Oder)"
    found = _same_name_again(text, found, sentences)
    # once a name is a person, its later mentions are too
    ctx.persons |= {fold(name) for name in aged_person_names(written)}  # "said Vang A Chu, 46, who ...": "Chu's neighbour" later
    if ctx.persons:
        found = [m for m in found if m.key not in ctx.persons]
    if datelines:
        found = [replace(m, dateline=True) if any(a <= m.start < b for a, b in datelines) else m for m in found]
    if text is not written:
        found = [_as_written(m, written) for m in found]
    return found, ctx


def _as_written(m: Mention, written: str) -> Mention:
    """``m`` with its words as the article writes them ("SAN ANDRÉS ISLAND"), read in title case."""
    return replace(m, text=written[m.start:m.end], context_before=written[max(0, m.start - 40):m.start],
                   shown=(written[m.start:m.shown[1]], m.shown[1]) if m.shown else None)


def _same_name_again(text: str, found: list[Mention], sentences: list[Sentence]) -> list[Mention]:
    """One name, one place per article: a name recognised once only through its context
    ("Gedaref state", "North Kivu province") is a place wherever else the article writes it
    ("in Gedaref", "the capital of North Kivu")."""
    by_text = {}
    for m in found:
        if m.suffix and not m.text.lower().endswith(m.suffix):  # the suffix was outside the mention
            by_text.setdefault(m.text, m)
    if not by_text:
        return found
    # characters already inside a mention (a span overlaps a mention iff it covers one of
    # them; a list of spans scanned for every hit made long texts quadratic)
    taken = bytearray(len(text) + 1)
    for m in found:
        taken[m.start:m.end] = b"\x01" * (m.end - m.start)
    starts = [s.start for s in sentences]
    extra = []
    for name, m in by_text.items():
        for a, b in _whole_word_spans(text, name):
            if taken.find(1, a, b) >= 0:
                continue
            si = max(0, bisect_right(starts, a) - 1)
            extra.append(replace(m, start=a, end=b, sentence=si, suffix=None, government=False, shown=None,
                                 context_before=text[max(0, a - 40):a]))
            taken[a:b] = b"\x01" * (b - a)
    return sorted(found + extra, key=lambda m: m.start)


def _is_word_char(ch: str) -> bool:
    """What ``[\\w-]`` matches: a letter or digit of any script, ``_`` or ``-``."""
    return ch.isalnum() or ch in "_-"


def _whole_word_spans(text: str, name: str, after_the: bool = False):
    """The spans ``re.finditer(r"(?<![\\w-])NAME(?![\\w-])", text)`` gives, found with
    ``str.find`` (a pattern opening with a look-behind is tried at every position: one
    such scan per name made a 1 MB text spend 4 s here); with ``after_the``, those of
    ``r"(?<=\\bthe )(?<![\\w-])NAME(?![\\w-])"``."""
    n = len(name)
    at = text.find(name)
    while at >= 0:
        end = at + n
        if (at == 0 or not _is_word_char(text[at - 1])) and (end == len(text) or not _is_word_char(text[end])) and (
                not after_the or (text[at - 4:at] == "the " and at >= 4 and (
                    at == 4 or not (text[at - 5].isalnum() or text[at - 5] == "_")))):
            yield at, end
            at = text.find(name, end)
        else:
            at = text.find(name, at + 1)


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[re.Pattern, dict[str, tuple[str, str, str]], frozenset[str] | None]:
    """Postal-style abbreviations of first-level divisions ("Hazard, Ky.", "B.C."), and their
    first two characters (most capitalised words open with none: the pattern, an alternation
    tried one by one, is not run)."""
    from geomap.gazetteer.data_files import read_csv

    rows = {r["abbreviation"]: (r["admin1"], r["iso2"], r["style"]) for r in read_csv("admin1_abbreviations.csv")}
    alternation = "|".join(re.escape(a) for a in sorted(rows, key=len, reverse=True))
    heads = frozenset(a[:2] for a in rows) if all(len(a) >= 2 for a in rows) else None
    return re.compile(rf"(?:{alternation})(?![\w.])"), rows, heads


def _abbreviation_at(text: str, start: int, gaz) -> tuple[int, str, tuple[NameHit, ...]] | None:
    """An admin-1 abbreviation starting at ``start``: (end, key, hits), or None."""
    pattern, rows, heads = _abbreviations()
    if heads is not None and text[start:start + 2] not in heads:
        return None
    m = pattern.match(text, start)
    if not m:
        return None
    name, iso2, style = rows[m.group()]
    if style == "after_comma" and not text[max(0, start - 3):start].rstrip().endswith(","):
        return None
    hits = tuple(h for h in gaz.hits(fold(name)) if h.entry.place_type == "admin1" and h.entry.iso2 == iso2)
    hits = tuple(h for h in hits if h.is_primary) or hits
    return (m.end(), fold(name), hits) if hits else None


def _unit_named_for_people(text, toks, i, gaz) -> bool:
    """"Ethiopia’s Somali region", "Kachin State": a demonym that names a first-level unit."""
    if not (i + 1 < len(toks) and _suffix_word(toks[i + 1].text) in FIRST_LEVEL_WORDS and joined(text, toks[i], toks[i + 1])):
        return False
    return any(h.entry.place_type == "admin1" and fold(h.entry.name) == fold(toks[i].text) for h in gaz.hits(fold(toks[i].text)))


def _admin_unit_spelt_otherwise(text, toks, i, gaz):
    """"North Kivu province", "Gedaref state": a capitalised name + an administrative word
    that the index does not know as written; the boundary data may spell it otherwise
    ("Nord-Kivu", "Gedarif"). Returns (j, key, hits) like _longest_match, or None."""
    n = len(toks)
    j = i + 1
    while j < n and j - i < 4 and toks[j].is_cap and not _suffix_word(toks[j].text) and joined(text, toks[j - 1], toks[j]):
        j += 1
    if not (j < n and _suffix_word(toks[j].text) and joined(text, toks[j - 1], toks[j])):
        return None
    name = text[toks[i].start:toks[j - 1].end]
    if name.lower() in DIRECTIONS or name.lower() in NEVER_PLACES:
        return None
    # "Raqqa governorate" -> "Ar Raqqah"; "Gedaref state" -> "Gedarif"; "North Kivu" -> "Nord-Kivu"
    hits = tuple(h for h in gaz.hits(fold(name)) if h.entry.place_type == "admin1")
    hits = hits or tuple(h for h in gaz.skeleton_hits(name, min_length=4) if h.entry.place_type == "admin1")
    if not hits and _suffix_word(toks[j].text) in FIRST_LEVEL_WORDS:  # a loose match only for admin-1 words
        hits = gaz.similar_admin1(name)
    return (j, fold(name), hits) if hits else None


def _shared_plural_suffix(text, toks, j) -> str | None:
    """The plural administrative word a list ends with ("X and Y provinces") for name X."""
    n = len(toks)
    k = j
    if not (k < n and toks[k].text.lower() in ("and", "or")):
        return None
    k += 1
    while k < n and k - j < 6 and toks[k].is_cap:
        k += 1
    if k < n and toks[k].text.lower().endswith("s") and _suffix_word(toks[k].text) and \
            toks[k].text.lower() != _suffix_word(toks[k].text):
        return _suffix_word(toks[k].text)
    return None


def _name_spelt_otherwise(text, toks, i, gaz):
    """"Oddar Meanchey" for the data's "Otdar Mean Chey": a run of two to four capitalised
    words the index lacks as written, matched by its transliteration skeleton. Only
    first-level units and towns of some size are accepted this way (one-word names would
    match too much)."""
    n = len(toks)
    j = i + 1
    while j < n and j - i < 4 and toks[j].is_cap and joined(text, toks[j - 1], toks[j]):
        j += 1
    if j - i < 2:
        return None
    for end in range(j, i + 1, -1):
        name = text[toks[i].start:toks[end - 1].end]
        hits = tuple(h for h in gaz.skeleton_hits(name, min_length=8)
                     if h.entry.place_type == "admin1" or h.entry.population >= 10_000)
        if hits:
            return end, fold(name), hits
    return None


#: what every administrative word ``unit_word`` accepts holds ("counties" holds "count", the stem of
#: "county"): a sentence holding none of these names no unit spelt otherwise ("North Kivu province")
_UNIT_WORD_STEMS = tuple(sorted({w[:-1] if w.endswith("y") else w for w in ADMIN_SUFFIXES} | {"department"}))


def _may_tell_unit_word(text: str, toks) -> bool:
    """False when no token of the sentence can be an administrative word (one scan of its text, in
    place of a look for the word after every capitalised token: most sentences hold none)."""
    low = text[toks[0].start:toks[-1].end].lower() if toks else ""
    return any(stem in low for stem in _UNIT_WORD_STEMS)


def _sentence_mentions(text, si, toks, gaz, ctx, cap_mid, datelines=()) -> list[Mention]:
    out: list[Mention] = []
    n = len(toks)
    i = 0
    unit_words = _may_tell_unit_word(text, toks)
    while i < n:
        t = toks[i]
        if not t.is_cap or t.text.lower() in NEVER_PLACES:
            i += 1
            continue
        abbr = _abbreviation_at(text, t.start, gaz) or numbered_unit_at(text, t.start, gaz)  # ("Region 9")
        if abbr:
            end, key, hits = abbr
            out.append(Mention(text[t.start:end], t.start, end, si, key, hits, None, False,
                               text[max(0, t.start - 40):t.start]))
            while i < n and toks[i].start < end:
                i += 1
            continue
        iso = demonym_country(t.text)
        if iso and not (i + 1 < n and toks[i + 1].is_cap and joined(text, t, toks[i + 1])
                        and gaz.hits(fold(f"{t.text} {toks[i + 1].text}"))) and not _unit_named_for_people(text, toks, i, gaz):
            ctx.demonyms[iso] = ctx.demonyms.get(iso, 0) + 1
            i += 1
            continue
        unit = _direction_unit(text, toks, i, gaz) if t.text.lower() in DIRECTIONS else None
        if unit:  # "Cameroon’s East region": a direction that is a unit's name, not a side
            j, key, hits = unit  # ("Northern Province" is the name, its word capitalised; "East region" is not)
            end = toks[j].end if toks[j].is_cap and not (j + 1 < n and toks[j + 1].is_cap) else toks[j - 1].end
            out.append(Mention(text[t.start:end], t.start, end, si, key, hits, _suffix_word(toks[j].text), False,
                               text[max(0, t.start - 40):t.start]))
            i = j + 1
            continue
        match = _longest_match(text, toks, i, gaz, opens_clause(text, toks, i), cap_mid)
        alt = (unit_words and _admin_unit_spelt_otherwise(text, toks, i, gaz)) or (
            _name_spelt_otherwise(text, toks, i, gaz) if match is None else None)
        if alt:
            if alt and (match is None or match[0] < alt[0]):
                match = alt
            elif alt and match[0] == alt[0]:
                match = (match[0], match[1], match[2] + alt[2])
        if match is None:
            i += 1
            continue
        j, key, hits = match  # tokens i..j-1
        hits = towns_told_as_towns(text, toks[j - 1].end, _divisions_in_reach(text, toks, j, key, hits))
        if not hits:
            i += 1
            continue
        run_end = j
        while run_end < n and toks[run_end].is_cap and joined(text, toks[run_end - 1], toks[run_end]):
            run_end += 1
        veto = why_not_a_place(text, toks, i, j, run_end, hits)
        if veto == "acronym" and any(a <= t.start < b for a, b in datelines):
            veto = None  # "GOMA, Democratic Republic of Congo (Reuters) —": capitals are the style
        if veto == "person":
            ctx.persons.add(key)
            if run_end > j and j - i == 1 and key in first_names() and toks[run_end - 1].text.lower() not in GEO_WORDS:
                # "Erick Medina": the surname is the person where it is written alone later ("Medina said")
                ctx.persons.add(fold(toks[run_end - 1].text))
        if veto == "organisation":
            _note_organisation_place(ctx, hits)
        if veto:
            i = j if veto == "generic word" and _country_after_side(text, toks, i, j, gaz, cap_mid) else max(j, run_end)
            continue
        start, end, suffix = toks[i].start, toks[j - 1].end, None
        shown = _feature_word(text, toks, j, key, hits)
        if j < n and _suffix_word(toks[j].text) and joined(text, toks[j - 1], toks[j]):
            suffix = _suffix_word(toks[j].text)
            followed = j + 1 < n and toks[j + 1].is_cap and joined(text, toks[j], toks[j + 1])
            if toks[j].is_cap and not followed:  # "Chanthaburi Province" is the name; "Anhui province" describes it
                end = toks[j].end
            j += 1
        elif j < n and toks[j].text == "department" and joined(text, toks[j - 1], toks[j]):
            # "in Oruro department": the unit, not its namesake capital (written lowercase: a
            # "Police Department" is a body, and the word stays outside the mention)
            suffix = "department"
        elif _shared_plural_suffix(text, toks, j):
            suffix = _shared_plural_suffix(text, toks, j)  # "Oddar Meanchey and Preah Vihear provinces"
        elif i > 1 and toks[i - 1].text.lower() == "of" and _suffix_word(toks[i - 2].text) in FIRST_LEVEL_WORDS:
            suffix = _suffix_word(toks[i - 2].text)  # "the province of Chanthaburi", "the state of Washington"
        government = _is_government(text, start, end, hits)
        out.append(Mention(text[start:end], start, end, si, key, hits, suffix, government,
                           text[max(0, start - 40):start],
                           shown=(text[start:shown], shown) if shown and shown > end else None))
        i = j
    return out


def _country_after_side(text, toks, i, j, gaz, cap_mid) -> bool:
    """Whether token i is a side word and a country's name follows it ("NORTHERN NAMIBIA", "Eastern
    Zambia": the side is no name's start, the country is read; "West Midlands" stays one name)."""
    if toks[i].text.lower() not in DIRECTIONS or j >= len(toks) or not joined(text, toks[j - 1], toks[j]):
        return False
    match = _longest_match(text, toks, j, gaz, False, cap_mid)
    return match is not None and any(h.entry.place_type == "country" for h in match[2])


def _divisions_in_reach(text, toks, j, key, hits):
    """Districts and counties stand for a name written in full ("Boone County") or followed
    by its word ("Kurram district"); a bare "Allen" or "Plymouth" is not a county."""
    if not any(h.entry.place_type == "admin2" for h in hits):
        return hits
    word = toks[j].text.lower() if j < len(toks) and joined(text, toks[j - 1], toks[j]) else ""
    named = word in SECOND_LEVEL_WORDS or word.rstrip("s") in SECOND_LEVEL_WORDS
    return tuple(h for h in hits if h.entry.place_type != "admin2" or named or fold(h.entry.name) == key
                 or _bare_division(h, key))


_UNIT_TAIL = re.compile(r"\s+(?:agency|district|county|municipality|tehsil|prefecture|raion|rayon)$")


def _bare_division(hit: NameHit, key: str) -> bool:
    """"North Waziristan" for "North Waziristan District", "Bajaur" for "Bajaur Agency": a
    district's name without its word, when the name is rare as a word (no "Allen", "Orange");
    the resolver keeps it only in a country the article names."""
    bare = _UNIT_TAIL.sub("", fold(hit.entry.name))
    return bare == key and bare != fold(hit.entry.name) and (" " in key or hit.zipf < BARE_DIVISION_MAX_ZIPF)


def _note_organisation_place(ctx: TextContext, hits) -> None:
    """A state or country an organisation is named after is context, like a demonym:
    "Kentucky State Police" says the story is in Kentucky without being a place mention."""
    top = max(hits, key=lambda h: (h.is_primary, h.entry.prior), default=None)
    if top is None or not top.is_primary:
        return
    if top.entry.place_type == "admin1":
        k = (top.entry.iso2, top.entry.name)
        ctx.org_units[k] = ctx.org_units.get(k, 0) + 1
    if top.entry.place_type in ("admin1", "country") and top.entry.iso2:
        ctx.demonyms[top.entry.iso2] = ctx.demonyms.get(top.entry.iso2, 0) + 1


def _longest_match(text, toks, i, gaz, sentence_initial, cap_mid):
    """Longest capitalised span from token i that the gazetteer knows and the rules allow."""
    n = len(toks)
    last = i
    while last + 1 < n and last + 1 - i < MAX_TOKENS and joined(text, toks[last], toks[last + 1]) and (
            toks[last + 1].is_cap or toks[last + 1].text.lower() in CONNECTORS
            or (toks[last + 1].text in NAME_PARTICLES and last + 2 < n and toks[last + 2].is_cap)  # "Dar es Salaam"
            or (toks[last + 1].text == "the" and toks[last].text.lower() == "of")  # "Republic of the Congo"
            or (toks[last + 1].text in ("’s", "'s") and last + 2 < n and toks[last + 2].is_cap)):  # "Cox’s Bazar"
        last += 1
    ext = last  # "the Gallabat crossing": a lowercase landmark word may end a known name
    while ext + 1 < n and joined(text, toks[ext], toks[ext + 1]) and toks[ext + 1].text.lower() in LANDMARK_TAILS:
        ext += 1
    for j in range(ext + 1, i, -1):
        if j - 1 <= last and not toks[j - 1].is_cap:
            continue
        span = text[toks[i].start:toks[j - 1].end]
        key = fold(span)
        hits = gaz.hits(key)
        if not hits:
            continue
        initial = sentence_initial and j - i == 1 and key not in cap_mid
        phrase = j - i >= 2 and not sentence_initial and all(t.is_cap for t in toks[i:j])  # rarer: "in Dong Dang"
        if len(key.replace(" ", "")) < 3:  # "A", "Ur": only country codes written in capitals
            hits = tuple(h for h in hits if h.entry.place_type == "country" and span.replace(".", "").isupper())
            if not hits:
                continue
            usable = _usable_hits(key, hits, initial, phrase)
        else:
            memo = _USABLE.get((key, initial, phrase))
            if memo is not None and memo[0] is hits:
                usable = memo[1]
            else:
                usable = _usable_hits(key, hits, initial, phrase)
                make_room(_USABLE, NAME_HITS_KEPT)
                _USABLE[key, initial, phrase] = (hits, usable)
        if not span.isascii():  # (a name with letters English lacks: most spans are ASCII)
            usable = usable + tuple(h for h in _usable_as_written(span, key, hits, initial, phrase)
                                    if all(u.entry.gid != h.entry.gid for u in usable))
        if not usable:  # "Derby Line, Vermont": common words, but a town of the state told after it
            usable = towns_told_with_their_division(text, toks[j - 1].end, hits, gaz)
        if usable:
            return j, key, usable
    return None


def _usable_as_written(span: str, key: str, hits, initial: bool, phrase: bool) -> tuple[NameHit, ...]:
    """The hits a name written with letters English lacks may stand for, judged by how common it is
    as written: "Šid" (a Serbian town) is no "Sid", which the English word table finds common. Only
    the places whose own name it is, so written, gain by it."""
    from geomap.gazetteer.word_frequency import kept_word, zipf

    if not kept_word(span.lower()):  # ("İstanbul": a dotted capital, as wordfreq alone reads it; not worth its load)
        return ()
    written = zipf(span.lower())
    # only places whose own name is written so, letters and all (not "Tône" for Switzerland's Thônex)
    own = tuple(h for h in hits if h.is_primary and h.entry.name.lower() == span.lower())
    if not own or written >= min(h.zipf for h in own):
        return ()
    return _usable_hits(key, tuple(replace(h, zipf=written) for h in own), initial, phrase)


#: (key, sentence-initial) -> (the gazetteer's hits for key, ``_usable_hits`` of them): a text names its
#: places again and again, a batch the same places in article after article (kept with the hits tuple
#: they were made from: new hits, new answer; bounded by ``NAME_HITS_KEPT``, memory stays flat)
_USABLE: dict[tuple[str, bool, bool], tuple[tuple[NameHit, ...], tuple[NameHit, ...]]] = {}


def _doubled(key: str) -> bool:
    """A name that is one word said twice ("Rig-Rig", "Wagga Wagga"): English writes no such
    phrase, though wordfreq rates it as often as its word ("rig")."""
    words = key.replace("-", " ").split()
    return len(words) == 2 and words[0] == words[1]


def _usable_hits(key: str, hits: tuple[NameHit, ...], initial: bool, phrase: bool = False) -> tuple[NameHit, ...]:
    """The hits that may stand for a span whose folded text is ``key`` (none: not a place)."""
    zipf = 0.0 if _doubled(key) else max(h.zipf for h in hits) - (NAME_PHRASE_ZIPF_DISCOUNT if phrase else 0.0)
    usable = tuple(h for h in hits if _usable(h, zipf, initial) and not (
        zipf >= 4.3 and " " not in key and key not in DIRECTIONS and not h.is_primary
        and h.entry.place_type in ("admin1", "admin2")))
    # (a unit's one-word alternate that is a common word: "general" in Antarctica's row;
    # directions stay, for the veto that skips their whole run: "East Java" is no "Java")
    if usable and any(_is_major(h) for h in usable):
        # a famous place explains the word's frequency ("London"): its smaller namesakes
        # stay candidates for the resolver (London, Kentucky in a Kentucky story)
        usable += tuple(h for h in hits if h.is_primary and h.entry.place_type == "city"
                        and h.entry.population >= 1000 and h not in usable)  # (== on hits is slow: last)
    return usable


_SPEAKS = re.compile(r"^\s*(?:said|says|accused|denied|announced|warned|rejected|insisted|"
                     r"claimed|urged|blamed|responded|demanded|condemned|protested|summoned)\b")
_OPENS = re.compile(r"(?:^|[.!?\n]\s?|\n\s*)$")


def _is_government(text: str, start: int, end: int, hits) -> bool:
    """A capital or country named as the actor that speaks or acts ("Bangkok said"), or as the
    one addressed ("asked Washington to allow"); a seat of government standing for it ("the
    Kremlin", "Downing Street said", "Miraflores accused")."""
    after = text[end:end + 40]
    features = {h.entry.feature for h in hits}  # (asked of every mention: read once)
    if "seat" in features:
        if features == {"seat"}:
            return True  # "the Kremlin", "the Pentagon": the name is used for the government
        return bool(GOVERNMENT_VERBS.match(after))  # "Miraflores accused" but "in Miraflores, Lima"
    capital = "capital" in features
    if not capital and not any(h.entry.place_type == "country" for h in hits):
        # a big city opening its sentence with a speech verb is a government sitting there
        # ("Port Sudan accused ...", "Benghazi denied ..."): not where anything happened
        return bool(_OPENS.search(text[max(0, start - 3):start]) and _SPEAKS.match(after)) and any(
            h.entry.place_type == "city" and h.entry.population >= GOVERNMENT_CITY_POPULATION for h in hits)
    if GOVERNMENT_ADDRESSED_AFTER.match(after) and GOVERNMENT_ADDRESSED.search(text[max(0, start - 30):start]):
        return True
    if GOVERNMENT_DEMANDED_AFTER.match(after) and GOVERNMENT_DEMANDED.search(text[max(0, start - 30):start]):
        return True  # "demanding that Dushanbe explain": the government asked to act, no place of the story
    if capital and GOVERNMENT_AGENT.search(text[max(0, start - 30):start]):
        return True  # "the only part of the region held by Tbilisi"
    if after.startswith(("'s ", "’s ")):
        return False
    if not capital:
        return bool(_SPEAKS.match(after))
    return bool(GOVERNMENT_VERBS.match(after) or GOVERNMENT_PAIR.match(after))
