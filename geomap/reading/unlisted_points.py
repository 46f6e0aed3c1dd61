"""Where an unlisted name goes when the text gives no unit that holds it: beside a place told
with it ("in Kiwanja and in the market of Rutshuru"), at the place named nearest it in its
sentence or the sentences before, by the small town of its sentence's dateline or by an
earlier telling of the name, at the town the article names most (its stretch of frontier),
or across the frontier from a unit in the country the text gives.

Split from ``unlisted`` (which reads the typed names and decides) so that each has room;
these functions only choose a point among the places already read.
"""
from __future__ import annotations

import re
from dataclasses import replace

from geomap.gazetteer import GazetteerEntry
from geomap.reading.candidates import opens_as_speaker_place, told_as_sent_from
from geomap.reading.resolve import Place
from geomap.settings import DATELINE_TOWN_MAX_POPULATION, UNLISTED_CAPITAL_CHARS, UNLISTED_NEAR_CHARS
from geomap.settings import UNLISTED_NEARBY_SENTENCES
from geomap.text import cues as text_cues
from geomap.text.lexicon import FEATURE_WORDS
from geomap.text.origin_words import home_of_people
from geomap.text.place_cues import PlaceCue
from geomap.text.place_hints import HOSTING_KINDS, is_arrival_place
from geomap.text.sentences import Sentence

__all__ = ["across", "coordinated", "focus", "is_lake", "nearby", "nearest_in_sentence", "standing_places", "told_apart",
           "told_elsewhere", "town_point"]


#: the words that name a lake or an inland sea in the landmarks' names
_LAKE = re.compile(r"\b(?:lake|lac|lago|liqeni|sea|see|nyanza|reservoir)\b", re.I)


def is_lake(entry: GazetteerEntry) -> bool:
    """A lake's point is its middle, tens of km from any shore."""
    return entry.place_type == "water" and bool(_LAKE.search(entry.name))


def nearest_in_sentence(cue: PlaceCue, places: list[Place], countries: set[str] = frozenset(),
                         sentence: Sentence | None = None) -> Place | None:
    """The place named nearest the cue in its sentence, and close to it in the text; never a
    country (the text must say "in Kenya" for that), nor a place the sentence only has someone
    speak from or be treated in ("an official in Khar said", "died in hospital in Peshawar"):
    that says nothing of where the named place lies."""
    same = [p for p in places if p.mention.sentence == cue.sentence and p.role == "place"
            and not (cue.start <= p.mention.start < cue.end)
            and min(abs(p.mention.start - cue.end), abs(cue.start - p.mention.end)) <= UNLISTED_NEAR_CHARS
            and (not countries or p.entry.iso2 in countries) and not _told_from(p, sentence)
            and not _town_read_in_feature(p, sentence) and not _sent_from_to(p, cue, sentence)
            and not _journey_ends(p, cue, sentence)]
    # a country's point is no place for a village, nor a lake's middle for a port on its shore
    # (a river's point is: the landmark lies on the stretch of it the frontier follows)
    pool = [p for p in same if p.entry.place_type != "country" and not is_lake(p.entry)]
    if pool:
        return min(pool, key=lambda p: min(abs(p.mention.start - cue.end), abs(cue.start - p.mention.end)))
    return None


#: what stands between the place troops left and the one they were sent to ("from X to the Y checkpoint")
_TO_CUE = re.compile(r"\s+(?:on\s+\w+\s+)?to\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}$", re.I)


def _sent_from_to(place: Place, cue: PlaceCue, sentence: Sentence | None) -> bool:
    """Whether ``place`` is where troops were sent from to the cue ("sent reinforcements from X to
    the Y checkpoint"): a journey's two ends, as far apart as the journey was long."""
    if sentence is None or place.mention.end > cue.start:
        return False
    s0 = sentence.start
    return told_as_sent_from(sentence.text, place.mention.start - s0) and bool(
        _TO_CUE.match(sentence.text[place.mention.end - s0:cue.start - s0]))


#: "flights from X to Y": the two ends of a journey
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
_TO_BETWEEN = re.compile(r"\s+to\s+(?:the\s+)?$", re.I)


def _journey_ends(place: Place, cue: PlaceCue, sentence: Sentence | None) -> bool:
    """Whether ``place`` and the cue are the two ends of one journey ("flights from X to Y"): the text
    says the one lies elsewhere than the other, not beside it. (Not "between X and Y": a road between
    two villages may be short.)"""
    if sentence is None:
        return False
    s0 = sentence.start
    (a0, a1), (b0, _) = sorted(((place.mention.start, place.mention.end), (cue.start, cue.name_end)))
    if a1 > b0 or not _TO_BETWEEN.match(sentence.text[a1 - s0:b0 - s0]):
        return False
    return bool(_FROM_BEFORE.search(sentence.text, max(0, a0 - s0 - 12), a0 - s0))


def _town_read_in_feature(place: Place, sentence: Sentence | None) -> bool:
    """A town the gazetteer read in a name the next word makes a river, a valley or hills ("a camp in
    the valley of the Aksu river" is no mention of Aqsu, a city 500 km away): no point to put a
    neighbour by, even before that name is read again as what it is."""
    if sentence is None or place.entry.place_type not in ("city", "admin2"):
        return False
    shown = place.mention.shown[0].split()[-1].lower() if place.mention.shown else ""
    after = _WORD_AFTER.match(sentence.text, place.mention.end - sentence.start)
    return shown in FEATURE_WORDS or after is not None and after.group(1).lower() in FEATURE_WORDS


_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")


def dateline_town(cue: PlaceCue, places: list[Place], countries: set[str] = frozenset()) -> Place | None:
    """The town of the dateline opening the cue's sentence, when the sentence names no other place
    below a country ("NUNUKAN, North Kalimantan — Sebatik is an island cut in two"): a reporter
    filing from a small town writes about what lies around it. Never a capital or a big city,
    where reports are filed from about the whole country ("SANAA — shells struck a market in X")."""
    if any(p.mention.sentence == cue.sentence and p.role == "place" and p.entry.place_type != "country"
           and not (cue.start <= p.mention.start < cue.end) for p in places):
        return None
    towns = [p for p in places if p.mention.sentence == cue.sentence and p.role == "dateline"
             and p.mention.start < cue.start and p.entry.place_type == "city" and p.entry.feature != "capital"
             and p.entry.population < DATELINE_TOWN_MAX_POPULATION and (not countries or p.entry.iso2 in countries)]
    return towns[0] if towns else None


def told_elsewhere(cue: PlaceCue, text: str, places: list[Place], sentences: list[Sentence],
                   countries: set[str] = frozenset()) -> Place | None:
    """For a village or site its own sentence places nowhere, the town of its sentence's dateline
    (``dateline_town``), else the place beside an earlier telling of the same name, first telling
    first ("On Sebatik, ..." / "NUNUKAN — Sebatik is an island" / "from Tawau, in Sabah, to
    Sebatik" ... "a village head in Sebatik"): the text says once where a place lies, not each
    time it names it; the last place named before a later telling is a guess."""
    from bisect import bisect_right

    from geomap.reading.mentions import _whole_word_spans

    own = dateline_town(cue, places, countries)
    if own is not None:
        return own
    if cue.place_type not in ("city", "landmark"):
        return None  # (a river or a region is told along its length: "Ebola" the river, and the virus)
    starts = [s.start for s in sentences]
    for a, b in _whole_word_spans(text, cue.name):
        k = max(0, bisect_right(starts, a) - 1)
        if k >= cue.sentence:
            break
        if k == 0 and not sentences[0].text.rstrip().endswith((".", "!", "?", '"', "”")):
            continue  # a headline names the story's places, not where X lies ("X: shells kill two as Darfur...")
        other = replace(cue, start=a, end=b, name_end=b, sentence=k, anchor_start=None, owner_end=None)
        near = nearest_in_sentence(other, places, countries, sentences[k]) or dateline_town(other, places, countries)
        if near is not None:
            return near
    return None


def standing_places(places: list[Place], waters: set[int], sentences: list[Sentence]) -> list[Place]:
    """The places that may stand for where the article is (``focus`` picks among them): not a town
    read in a name the words type as water or a landmark (``waters``: their starts), nor a place
    that opens its sentence only to say where a speaker is ("In La Paz, Bolivia's government
    minister said the army ..."): the seat of a government is where statements come from; nor one
    told only as where people come from ("two miners, both from X")."""
    def speaker(p: Place) -> bool:
        s = sentences[p.mention.sentence]
        return opens_as_speaker_place(s.text, p.mention.start - s.start, p.mention.end - s.start) or (
            home_of_people(s.text[:p.mention.start - s.start]))

    return [p for p in places if not (p.mention.start in waters and p.entry.place_type == "city") and not speaker(p)]


def told_apart(cue: PlaceCue, capital: Place) -> bool:
    """Whether a capital is told away from the name, not right beside it ("X, outside Kabul"):
    "Hanoi protested over a boat that entered the X river" and "Cairo sent teams to X
    governorate" say whose country X is, not where in it X lies."""
    return capital.entry.feature == "capital" and min(
        abs(capital.mention.start - cue.end), abs(cue.start - capital.mention.end)) > UNLISTED_CAPITAL_CHARS


def _told_from(place: Place, sentence: Sentence | None) -> bool:
    """Whether ``place`` only says where a speaker is, where the wounded were treated or where
    people come from."""
    if sentence is None:
        return False
    a = place.mention.start - sentence.start
    return text_cues.is_speaker_place(sentence.text, a) or text_cues.is_care_place(sentence.text, a) or (
        home_of_people(sentence.text[:a]))  # "two miners, both from X": their home, not where anything is


# "X and Y", "X, Y", "in X and in the market of Y", "X or near Y"
_JOINED = re.compile(r"\s*(?:,\s*)?(?:and|or)\s+(?:(?:in|at|near|on|around)\s+)?"
                     r"(?:the\s+(?:[a-z]+\s+){0,2}(?:of|in)\s+)?$|\s*,\s*$", re.I)


def coordinated(text: str, cue: PlaceCue, places: list[Place], countries: set[str]) -> Place | None:
    """A town or district told together with the unlisted name ("shells landed in Kiwanja and
    in the market of Rutshuru"): what is told of both happened at both, so the name lies near
    it. Never a country or province (too coarse to say where a village is)."""
    same = [p for p in places if p.mention.sentence == cue.sentence]  # (sorted after: a long text has many)
    for p in sorted(same, key=lambda q: q.mention.start):
        if p.role != "place" or p.entry.place_type not in ("city", "admin2") \
                or (countries and p.entry.iso2 not in countries):
            continue
        if p.mention.start >= cue.name_end and _JOINED.match(text[cue.name_end:p.mention.start]) \
                and p.mention.start - cue.name_end <= 40:
            return p
        if p.mention.end <= cue.start and cue.start - p.mention.end <= 40 and _JOINED.match(
                text[p.mention.end:cue.start]) and not text[p.mention.end:cue.start].strip().startswith(","):
            return p
    return None


def across(unit: GazetteerEntry, iso2: str, facing: bool = False) -> GazetteerEntry:
    """``unit``'s point, but in country ``iso2`` (a place across the frontier from it): only
    the country is known, and with ``facing`` ("across the river from Y") that it faces the unit
    (``placed_at_type`` "across": placement puts it on the frontier nearest the unit)."""
    from geomap.gazetteer.countries import country

    got = country(iso2)
    return replace(unit, iso2=iso2, iso3=got.iso3 if got is not None else None, admin1=None,
                   placed_at_type="across" if facing else "nearby")


def nearby(cue: PlaceCue, places: list[Place], countries: set[str], sentences: list[Sentence],
            back: int = UNLISTED_NEARBY_SENTENCES) -> Place | None:
    """Without a place in its sentence, the place named closest before it (else just after) in
    the sentences around it: a village in a report about one stretch of frontier is near the
    towns it names; a camp, near the last place people reached."""
    texts = {i: s.text for i, s in enumerate(sentences)}
    starts = {i: s.start for i, s in enumerate(sentences)}
    pool = [p for p in places if p.role == "place" and p.entry.place_type != "country"
            and p.entry.feature != "capital"  # where statements come from ("talking to Maputo")
            and not is_lake(p.entry)  # its middle: "through Lake Mweru and along the X River"
            and -back <= p.mention.sentence - cue.sentence <= 1
            and (not countries or p.entry.iso2 in countries) and not _told_from(p, sentences[p.mention.sentence])
            # ("sent reinforcements from X to the Y checkpoint": X is where the journey to Y began)
            and not (p.mention.sentence == cue.sentence and (_sent_from_to(p, cue, sentences[cue.sentence])
                                                             or _journey_ends(p, cue, sentences[cue.sentence])))]
    before = [p for p in pool if p.mention.end <= cue.start]
    if cue.kind in HOSTING_KINDS:  # "the Kutupalong camps" hold the arrivals: where they went
        reached = [p for p in before if is_arrival_place(texts[p.mention.sentence],
                                                         p.mention.start - starts[p.mention.sentence])]
        before = reached or before
    if before:
        return max(before, key=lambda p: p.mention.start)
    after = [p for p in pool if p.mention.start >= cue.end]
    return min(after, key=lambda p: p.mention.start) if after else None


def focus(places: list[Place], countries: set[str]) -> GazetteerEntry | None:
    """The place below country level the article names most often in its countries (the
    stretch of frontier it is about), for a typed name with no place around it: a town when
    the article names one in one of the two countries it names most (a province's middle may
    lie hundreds of km from its frontier towns; "the guarantors met in Rio" is elsewhere; a
    municipality the gazetteer keeps as a district, "La Pedrera", counts as its town), never
    a capital (where statements come from, not where things happen)."""
    named: dict[str, int] = {}  # the two countries the article names most are the frontier's
    for p in places:
        if p.entry.iso2 in countries and p.role != "dateline":
            named[p.entry.iso2] = named.get(p.entry.iso2, 0) + 1
    main = set(sorted(named, key=lambda c: (-named[c], c))[:2])
    towns = [p for p in places if p.entry.feature != "capital" and (
        p.entry.place_type == "city" or (p.entry.place_type == "admin2" and p.entry.in_gazetteer))]
    return _most_named(towns, main) or _most_named(places, main) or _most_named(places, countries)


def town_point(unit: GazetteerEntry, places: list[Place]) -> GazetteerEntry:
    """A province a place is told near, at the point of the town the article names most in it (a
    province's middle may lie hundreds of km from the frontier villages and camps the article is
    about: "taken to the X camp" after "crossed into Cameroon’s East region", where the article
    names Garoua-Boulaï); the province itself when the article names no town of it. A place the
    text puts in the province ("Paletwa in southern Chin State") keeps the province's point."""
    towns = [p for p in places if p.entry.place_type == "city" and p.entry.feature != "capital"
             and p.entry.iso2 == unit.iso2 and p.entry.admin1 == unit.name]
    town = _most_named(towns, {unit.iso2})
    return replace(unit, lat=town.lat, lon=town.lon) if town is not None else unit


def _most_named(places: list[Place], countries: set[str]) -> GazetteerEntry | None:
    counts: dict[str, list] = {}
    for p in places:
        if p.role == "place" and p.entry.place_type not in ("country", "region") and p.entry.in_gazetteer \
                and (not countries or p.entry.iso2 in countries):
            counts.setdefault(p.entry.gid, [0, -p.mention.start, p.entry])[0] += 1
    if not counts:
        return None
    return max(counts.values(), key=lambda c: (c[0], c[1]))[2]
