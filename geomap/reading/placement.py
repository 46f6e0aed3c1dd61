"""Where an incident happened: the place the sentence puts it at, a stretch of frontier, the
frontier line itself, or a place an anaphor ("the town", "there") points back to.

Rules, in order (each a function below):

1. ``incident_candidates`` (``geomap.reading.candidates``): places of the sentence that can be
   locations — never countries, speakers' or mediators' places, destinations of flight, ...
2. ``candidate_score`` / ``choose_place``: the most specific candidate in the trigger's clause
   (its subordinate clause when it opens one: "arrivals rose since fighting reached X"),
   introduced by a locative word or the trigger's own verb, near the trigger, not a destination
   of flight, and not told with another kind of event ("fighting reached X and drones hit Y").
   ``coordinated_places`` adds the other places of the same event ("hit X and Y").
3. ``place_location``: a town or landmark is precision 1 (2 when "near" it, or a district); an admin-1 unit
   named with a border word is a point on its stretch of the frontier (2 with a named border
   site, else 3); other admin-1 units their own point (3). A place the gazetteer lacks stands
   at the unit the text gives; on the frontier at issue, known only by its country: the
   frontier line; by its province (or called a border village): that province's stretch;
   "across the river from Y": the frontier where it passes nearest Y (2).
   ``stretch_points_of_unlisted`` then moves such a place's own point onto the frontier too.
4. ``frontier_location``: a sentence that names no place but speaks of the border gets the
   frontier line (3).
5. ``speaker_place_referred``: "officials in X said drones hit the city" is at X;
   ``continuing_place``: "the town"/"there" with no place of its own takes the nearest
   matching place of the previous sentences of the same paragraph; ``story_place``: deaths told
   with no place just after a sentence naming one place (and no event) are there
   (these three in ``geomap.reading.referred_places``, re-exported here).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from geomap.reading.candidates import described_by_relative, incident_candidates, joined_by_and, opens_as_speaker_place
from geomap.reading.division_stretch import division_stretch_points, followers, stretch_towns
from geomap.reading.referred_places import continuing_place, same_paragraph, speaker_place_referred, story_place
from geomap.reading.resolve import Place
from geomap.reading.third_frontier import third_frontier_points
from geomap.text.named_features import names_feature_of_previous
from geomap.settings import MAX_OFFSET_KM, MAX_SEA_OFFSET_KM
from geomap.text.at_sea import told_at_sea
from geomap.text import cues
from geomap.text.lexicon import SECOND_LEVEL_WORDS
from geomap.reading.unit_words import second_level
from geomap.text.sentences import Sentence

__all__ = ["told_as_place", "settle_bare_names", "unlisted_precision", "stretch_points_of_unlisted", "Location", "incident_candidates", "candidate_score", "choose_place", "coordinated_places", "place_location",
           "frontier_location", "continuing_place", "story_place", "speaker_place_referred", "same_paragraph",
           "Frontier"]

_SPECIFICITY = {"city": 3.0, "landmark": 3.0, "admin2": 2.5, "admin1": 2.0, "water": 1.0, "region": 1.0}
_LOCATIVE = ("in", "at", "near", "on", "into", "outside", "around", "of", "across", "along", "toward",
             "towards", "inside", "through", "over", "outskirts", "by",
             "off")  # (at sea: "seized off X", "a trawler held off Y")

#: Verbs whose object is where the event happened ("drones hit X", "rebels seized X").
_OBJECT_VERBS = ("hit", "struck", "shelled", "bombed", "attacked", "targeted", "pounded", "raided", "stormed",
                 "captured", "seized", "overran", "reached", "entered", "recaptured", "retook", "ambushed")

_OBJECT_VERB_BEFORE = re.compile(r"\b(?:" + "|".join(_OBJECT_VERBS) + r")\s+(?:the\s+)?$", re.I)


@dataclass(frozen=True)
class Frontier:
    """The pair of countries an article is about (ISO3), with display names."""

    iso3_a: str
    iso3_b: str
    name_a: str
    name_b: str

    @property
    def label(self) -> str:
        return f"{self.name_a}\u2013{self.name_b} border"


@dataclass(frozen=True)
class Location:
    """Where an incident is placed; ``mention_start/end`` are offsets in the sentence."""

    name: str
    iso3: str | None
    admin1: str | None
    geometry: dict
    geo_precision: int
    basis: str  # "place", "frontier stretch", "frontier", "previous sentence"
    mention_start: int | None = None
    mention_end: int | None = None
    admin2: str | None = None  # the district or county, when the text names one


def _rel(p: Place, s: Sentence) -> tuple[int, int]:
    return p.mention.start - s.start, p.mention.end - s.start


def _word_before(text: str, start: int, past_side: bool = False) -> str:
    words = text[max(0, start - 25):start].replace("\u2019s", " ").replace("'s", " ").split()
    words = [w for w in words if w.lower() != "the"]
    while past_side and words and _SIDE_WORD.match(words[-1]):  # "in eastern X": the side of X, X still told with "in"
        words.pop()
    return words[-1].lower().strip(",") if words else ""


_SIDE_WORD = re.compile(r"^(?:(?:north|south)(?:-?(?:east|west))?|east|west|central|upper|lower|greater)(?:ern)?$", re.I)


def told_as_place(sentence: Sentence, place: Place) -> bool:
    """Whether the words just before ``place`` put something there ("in X", "near X", "hit X"),
    unlike "a bridge that links the town with X" or "the frontier opposite X"."""
    return _word_before(sentence.text, _rel(place, sentence)[0]) in _LOCATIVE + _OBJECT_VERBS


def candidate_score(sentence: Sentence, trig_start: int, trig_end: int, place: Place) -> float:
    """How likely ``place`` is where the trigger at ``sentence.text[trig_start:trig_end]`` happened."""
    text = sentence.text
    a, b = _rel(place, sentence)
    score = _SPECIFICITY.get(place.entry.place_type, 1.0)
    cs, ce = cues.clause_span(text, trig_start, trig_end)
    if cs <= a and b <= ce:
        score += 3.0
    if _word_before(text, a) in _LOCATIVE + _OBJECT_VERBS:  # "in X", "drones hit X"
        score += 1.0
    if a >= trig_end:
        score += 0.5
        if re.fullmatch(r"\s*(?:(?:of|on)\s+)?(?:the\s+)?", text[trig_end:a]):
            score += 1.0  # the trigger's own object: "drones hit X", "shelling of X"
    # "X, which was hit by ..." / "X, where ... clashed": the trigger describes X.
    if a < trig_start and described_by_relative(text, b):
        score += 4.0
    if cues.is_destination(text, a):
        score -= 4.0
    if a >= trig_end and _came_from(text, a):
        score -= 4.0  # "exchanged fire with a group carrying goods across the river from X": whence they came
    if _another_event_between(text, (trig_start, trig_end), (trig_start, trig_end), (a, b)):
        score -= 3.0  # "fighting reached X and air strikes hit Y": Y is the strikes' place
    gap = trig_start - b if b <= trig_start else a - trig_end
    score -= min(3.0, max(0, gap) / 40.0)
    return score


def choose_place(sentence: Sentence, trig_start: int, trig_end: int, candidates: list[Place]) -> Place | None:
    """The best-scoring candidate (None when there is none)."""
    if not candidates:
        return None
    candidates = _in_subordinate_clause(sentence, trig_start, trig_end, candidates)
    best = max(candidates, key=lambda p: (candidate_score(sentence, trig_start, trig_end, p), -p.mention.start))
    # "residents of Yenga in Kissi Teng chiefdom ... after soldiers shot dead a farmer": the area
    # nearer the trigger only says where the place named before it lies; that place is the event's
    while (prev := _named_before(sentence, best, candidates)) is not None and _says_where_lies(sentence, prev, best):
        best = prev
    return best


def _named_before(sentence: Sentence, place: Place, candidates: list[Place]) -> Place | None:
    a = _rel(place, sentence)[0]
    before = [q for q in candidates if _rel(q, sentence)[1] <= a]
    return max(before, key=lambda q: q.mention.end) if before else None


def _says_where_lies(sentence: Sentence, prev: Place, place: Place) -> bool:
    """Whether ``place`` is named only to say where ``prev`` lies ("X in Y district", "X, north of Y")."""
    between = sentence.text[_rel(prev, sentence)[1]:_rel(place, sentence)[0]]
    if cues.is_position_of_previous(between) or _NEAR_APPOSITIVE.match(between):
        return True
    if names_feature_of_previous(between, sentence.text[_rel(place, sentence)[1]:][:40]):
        return True  # "near X, on the Y peninsula": Y names what X lies on
    return cues.is_container_of_previous(between) and (_rank(place) <= _rank(prev) or _typed_unit(prev, between)
                                                       or _told_province_holds(prev, place))


def _told_province_holds(prev: Place, place: Place) -> bool:
    """"the Amedi area of Iraq's Duhok province": a unit the text calls a province holds the place
    named before it (an area the gazetteer types only as a region), unless that place is a
    country or is itself told as a first-level unit."""
    return (place.mention.suffix or "").lower() in ADMIN1_SUFFIXES and _rank(prev) != 1 \
        and prev.entry.place_type != "country"


#: "clashes erupted in X and spread to Y": where the same fighting went on
#: a place that a protest or a talk is about ("over the planned closure of the X crossing"), not where it was
_TOPIC_OF = re.compile(r"\b(?:over|against|about|protesting|denouncing|condemning|opposing)\s+(?:the\s+|a\s+|its\s+|their\s+)?"
                       r"(?:[\w-]+\s+){0,2}?(?:closure|closing|opening|reopening|construction|plans?|decision|ban|handling"
                       r"|treatment|demolition|suspension|relocation|expansion|privati[sz]ation|sale)\s+of\s+(?:the\s+)?$", re.I)
#: "a group carrying goods across the river from X", "smugglers coming from the village of X": X is
#: whence the actors came, told after the act, not where it happened
_FROM_PLACE = re.compile(r"\bfrom\s+(?:the\s+)?(?:(?:town|city|village|district|area|side|bank|island)\s+of\s+)?$", re.I)
#: a distance told before "from" ("30 km from X", "not far from X"): X says where it was, not whence
_DISTANCE_BEFORE = re.compile(r"\b(?:km|kms|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|hours?|minutes?|far|away)\s*$", re.I)


def _came_from(text: str, start: int) -> bool:
    """Whether the place at ``start`` is told as whence someone came ("a group carrying goods from X")."""
    m = _FROM_PLACE.search(text, 0, start)
    return m is not None and not _DISTANCE_BEFORE.search(text, 0, m.start())


#: (when it spread may stand before "to": "spread on Saturday to Y", "spread overnight into Y")
_SPREAD_WHEN = (r"(?:(?:on|late\s+on|early\s+on|by)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                r"(?:\s+(?:morning|afternoon|evening|night))?|overnight|quickly|rapidly|soon|later|the\s+(?:next|following)\s+day"
                r"|within\s+(?:hours|days))\s+")
_SPREAD_TO = re.compile(r"\b(?:spread|spreading|spilled|spilling|spilt|extended)\s+(?:" + _SPREAD_WHEN + r")?(?:over\s+)?"
                        r"(?:to|into)\s+(?:the\s+)?$", re.I)
#: "X, a village near Y", "X, a market town close to Y", "X, near Y": Y only says where X lies
_NEAR_APPOSITIVE = re.compile(r"^\s*,\s*(?:(?:an?|the)\s+(?:[\w-]+\s+){1,3}?)?(?:near|close\s+to|next\s+to|outside)\s+"
                              r"(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$", re.I)


def _typed_unit(prev: Place, between: str) -> bool:
    """"Patgram upazila of X": what holds a place the text calls a district is a larger unit,
    whatever X resolved to."""
    words = ((prev.mention.suffix or "") + " " + between).lower().split()
    return bool(words) and (words[0] in SECOND_LEVEL_WORDS or words[0] in ADMIN1_SUFFIXES or words[0] in _LOWER_UNITS)


_LOWER_UNITS = frozenset("upazila woreda township sub-district sub-county subcounty chiefdom locality ward".split())


def _in_subordinate_clause(sentence: Sentence, trig_start: int, trig_end: int, candidates: list[Place]) -> list[Place]:
    """"Arrivals through X have risen since fighting reached Y": when the trigger opens a
    subordinate clause that names places of its own, the main clause's places are not its."""
    opening = cues.subordinate_opening(sentence.text, trig_start)
    if opening is None:
        return candidates
    end = cues.clause_span(sentence.text, trig_start, trig_end)[1]
    inside = [p for p in candidates if opening <= _rel(p, sentence)[0] < end
              and not _came_from(sentence.text, _rel(p, sentence)[0])]
    return inside or candidates


_EXTRA_TYPES = ("city", "landmark", "admin2", "admin1")
_RANK = {"city": 3, "landmark": 3, "admin2": 2, "admin1": 1}


def _rank(place: Place) -> int:
    """How small a unit a place is, by what the text calls it ("the Hermel district" is a
    district even when the name resolved to its town)."""
    suffix = (place.mention.suffix or "").lower()
    if suffix in ADMIN1_SUFFIXES:
        return 1
    if suffix in SECOND_LEVEL_WORDS:
        return 2 if second_level(suffix, place.entry.iso2) else 1  # (a department of Bolivia is first-level)
    return _RANK.get(place.entry.place_type, 0)


def _admin1_of_point(e, borders) -> str | None:
    try:
        return borders.locate(e.lon, e.lat)[1]
    except Exception:  # boundaries unavailable: no containment test
        return None


def _contains(area: Place, place: Place, borders) -> bool:
    """Whether the admin-1 unit ``area`` holds ``place`` (boundary data, then the gazetteer's admin1)."""
    a, e = area.entry, place.entry
    if a.place_type != "admin1" or (a.iso3 and e.iso3 and a.iso3 != e.iso3):
        return False
    got = borders.admin1_unit(a.admin1 or a.name, a.iso3)
    names = {n.lower() for n in (a.name, a.admin1, got[0] if got else None) if n}
    where = {n.lower() for n in (e.admin1, _admin1_of_point(e, borders)) if n}
    return bool(names & where)


def coordinated_places(sentence: Sentence, trig_start: int, trig_end: int, chosen: Place,
                       candidates: list[Place], borders) -> list[Place]:
    """Other places the same event happened at: "shells hit Poonch and villages near Kupwara",
    "struck depots near Nabatieh and a command post in Bint Jbeil".

    Candidates in the trigger's clause (with coordinated ", and near X" phrases) introduced by
    a locative word or "and", except the chosen place, places the fire came from ("fired from X"), and areas that only say where an
    earlier place lies ("Gisenyi, in Rubavu district", "Isfara, in the Sughd region").
    """
    text = sentence.text
    cs, ce = cues.clause_span(text, trig_start, trig_end)
    ce = cues.coordinated_clause_end(text, ce)
    a0, b0 = _rel(chosen, sentence)
    if not (cs <= a0 and b0 <= ce):
        return []
    picked = [chosen]
    candidates = _in_subordinate_clause(sentence, trig_start, trig_end, candidates)
    for p in sorted(candidates, key=lambda q: q.mention.start):
        a, b = _rel(p, sentence)
        if p is chosen or not (cs <= a and b <= ce) or p.entry.place_type not in _EXTRA_TYPES:
            continue
        if any(q.entry.gid == p.entry.gid for q in picked) or cues.is_origin(text, a) or opens_as_speaker_place(text, a, b):
            continue  # "fired from X"; "In X, a spokesman said troops were sent to Y": X is where he spoke
        if _another_event_between(text, (trig_start, trig_end), (a0, b0), (a, b), nearer_before=True):
            continue  # "shells fired during fighting in X landed in Y": X is the fighting's place
        if _TOPIC_OF.search(text, max(0, a - 80), a):
            continue  # "protests in X over the planned closure of the Y crossing": what they were about
        if _word_before(text, a, past_side=True) not in _LOCATIVE + ("and", "or", "between") and not _SPREAD_TO.search(text, 0, a) \
                and not _coordinated_with(sentence, b, [q for q in candidates if q is not p]):
            continue  # "a pipeline to Port Sudan", "allied Amhara militiamen": not where it happened
        before = [q for q in candidates if _rel(q, sentence)[1] <= a]
        prev = max(before, key=lambda q: q.mention.end) if before else None
        if prev is not None and _says_where_lies(sentence, prev, p):
            continue  # "shelled Batifa, north of Zakho", "Gisenyi, in Rubavu district": not a second place
        if any(_contains(p, q, borders) for q in picked):
            continue
        picked.append(p)
    return picked[1:]


_TOLL_PARTICIPLE = re.compile(r"(?:killing|killed|wounding|wounded|injuring|injured|setting\s+fire)\b", re.I)  # (what it did)


def _other_events(text: str, own) -> list:
    """Events told in ``text`` of another kind than ``own`` (its victims, "killing four", are
    part of it)."""
    from geomap.text.event_words import events_from_text

    return [e for e in events_from_text(text) if not _TOLL_PARTICIPLE.match(e.trigger)
            and (own is None or e.sub_event_type != own.sub_event_type)]


def _another_event_between(text: str, trigger: tuple[int, int], chosen: tuple[int, int], span: tuple[int, int],
                           nearer_before: bool = False) -> bool:
    """Whether a place belongs to an event of another kind told in the same sentence: one told
    between the place and the nearer of the trigger and the place chosen for it ("fighting
    reached X and air strikes hit Y": Y is the strikes'), or, for a place before the trigger,
    one nearer to it ("drone strikes on X on Monday and fighting around Y": X is not the
    fighting's)."""
    from geomap.text.event_words import classify_event

    a, b = span
    own = classify_event(text[trigger[0]:trigger[1]])
    ends = [e for _s, e in (trigger, chosen) if e <= a]
    starts = [s for s, _e in (trigger, chosen) if s >= b]
    if ends:
        return bool(_other_events(text[max(ends):a], own))
    if not starts:
        return False
    gap = min(starts) - b
    if _other_events(text[b:min(starts)], own):
        return True
    if nearer_before:  # only where the place is not the trigger's own best one
        lead = max(0, a - gap - 40)
        verb = _OBJECT_VERB_BEFORE.search(text, lead, a)  # "fighting reached X": X is the fighting's object
        reach = verb.start() if verb else a
        return any(reach - (lead + e.end) < gap for e in _other_events(text[lead:a], own))
    return False


def _coordinated_with(sentence: Sentence, end: int, others: list[Place]) -> bool:
    """"hit Kherson and Beryslav": a place joined by "and" or a comma to the next place named."""
    after = [_rel(q, sentence)[0] for q in others if _rel(q, sentence)[0] >= end]
    return bool(after) and joined_by_and(sentence.text[end:min(after)])


def _point(lon: float, lat: float) -> dict:
    return {"type": "Point", "coordinates": [round(lon, 5), round(lat, 5)]}


def _settlement(place: Place, sentence: Sentence, gazetteer):
    """The town of the same name when the text says "the city of X" but X resolved to a province."""
    e = place.entry
    if e.place_type != "admin1" or gazetteer is None:
        return e
    if not cues.is_city_of(sentence.text, _rel(place, sentence)[0]):
        return e
    from geomap.gazetteer import fold

    towns = [h.entry for h in gazetteer.hits(fold(e.name))
             if h.entry.place_type == "city" and h.entry.iso3 == e.iso3]
    return max(towns, key=lambda t: t.population) if towns else e


def settle_bare_names(places: list[Place], gazetteer) -> list[Place]:
    """"Kherson" where the article also writes "Kherson region": the bare name is the city of
    that name (journalists add "region" for the province), not the province itself."""
    if gazetteer is None:
        return places
    from geomap.gazetteer import fold

    regions = {fold(p.entry.name) for p in places if p.entry.place_type == "admin1"
               and (p.mention.suffix or "").lower() in ADMIN1_SUFFIXES}
    out = []
    for p in places:
        e = p.entry
        if e.place_type == "admin1" and not p.mention.suffix and fold(e.name) in regions and p.role == "place":
            towns = [h.entry for h in gazetteer.hits(fold(e.name))
                     if h.entry.place_type == "city" and h.entry.iso3 == e.iso3 and h.entry.population >= 10000]
            if towns:
                p = replace(p, entry=max(towns, key=lambda t: t.population))
        out.append(p)
    return out


#: Generic words after a name that make it a first-level division ("Raqqa governorate").
ADMIN1_SUFFIXES = frozenset({"province", "governorate", "oblast", "region", "state", "prefecture", "krai",
                             "department", "canton", "voivodeship", "wilaya", "emirate", "territory"})


def _as_admin1(place: Place, entry):
    """A town read as its first-level division when the text says so ("X governorate")."""
    if entry.place_type == "city" and entry.admin1 and (place.mention.suffix or "").lower() in ADMIN1_SUFFIXES:
        return replace(entry, name=entry.admin1, place_type="admin1", feature="admin1")
    return entry


def place_location(place: Place, sentence: Sentence, frontier: Frontier | None, ctx, *,
                   trigger: tuple[int, int] | None = None) -> Location:
    """Where an incident at ``place`` goes, with its ACLED geo_precision (``ctx``: the ReadingContext)."""
    e = _as_admin1(place, _settlement(place, sentence, ctx.gazetteer))
    a, b = _rel(place, sentence)
    text = sentence.text
    near = cues.is_near_qualified(text, a)
    if e.place_type == "admin1":
        if frontier is not None and e.iso3 in (frontier.iso3_a, frontier.iso3_b) and (
                cues.has_border_location(text) or cues.names_border_site(text) or cues.on_national_side(text)):
            pt = ctx.borders.stretch_point(frontier.iso3_a, frontier.iso3_b, e.admin1 or e.name, e.iso3)
            if pt is not None:
                precision = 2 if cues.names_border_site(text) else 3
                return Location(e.name, e.iso3, e.admin1 or e.name, _point(*pt), precision,
                                "frontier stretch", a, b)
        return Location(e.name, e.iso3, e.admin1 or e.name, _point(e.lon, e.lat), 3, "place", a, b)
    admin1 = e.admin1
    iso3 = e.iso3
    if not admin1:
        iso3_found, admin1 = ctx.borders.locate(e.lon, e.lat)
        iso3 = iso3 or iso3_found
    if e.place_type in ("city", "landmark"):
        # "in Kantharalak district": the district, placed at its town (ACLED's precision 2)
        precision = 2 if near or (place.mention.suffix or "").lower() in SECOND_LEVEL_WORDS else 1
    elif e.place_type in ("admin2", "water"):  # a district or a river: part of a region
        precision = 2
    else:
        precision = 3
    if not getattr(e, "in_gazetteer", True):
        # a name the gazetteer lacks stands at the unit the text puts it in: near it (2), or
        # somewhere in a first-level division or country (3); no offset from a point it is not at.
        # Known only by its country, in a country of the frontier at issue: the frontier is the
        # better guess than the middle of the country ("fought at X, a disputed headland").
        if getattr(e, "placed_at_type", None) == "across" and frontier is not None \
                and e.iso3 in (frontier.iso3_a, frontier.iso3_b):
            # "X, across the river from Y": on the frontier where it passes nearest Y (2)
            pt = ctx.borders.nearest_on_frontier(frontier.iso3_a, frontier.iso3_b, e.lon, e.lat)
            if pt is not None:
                return Location(e.name, e.iso3, None, _point(*pt), 2, "frontier near place", a, b)
        # (a gazetteer town with no first-level division, "a water point near Namanga", still places
        # it: only a name known by its country, or guessed near a place, goes to the frontier)
        at_country = getattr(e, "placed_at_type", None) == "country" or not e.admin1 and not _at_listed_town(
            e, ctx.gazetteer)
        if at_country and frontier is not None and e.iso3 in (frontier.iso3_a, frontier.iso3_b):
            loc = frontier_location(frontier, ctx.borders)
            if loc is not None:
                return replace(loc, name=e.name, iso3=e.iso3, mention_start=a, mention_end=b)
        # a village or district known only by its province, on the frontier at issue: that province's stretch
        # of the frontier, not the province's middle ("Tiné", placed in Wadi Fira)
        # and so is one the text calls a border village or post ("Ghumdhum, a border village in
        # X upazila"), placed at a district or town that is not itself on the frontier
        on_border = e.place_type in ("city", "landmark") and cues.is_border_typed(text, a, b)
        if (getattr(e, "placed_at_type", None) == "admin1" or on_border) and e.place_type in (
                "city", "landmark", "admin2") and frontier is not None and e.iso3 in (frontier.iso3_a, frontier.iso3_b) \
                and admin1:
            line = ctx.borders.stretch_geometry(frontier.iso3_a, frontier.iso3_b, admin1, e.iso3)
            if line is not None:
                return Location(e.name, iso3, admin1, line, 3, "frontier stretch", a, b)
        return Location(e.name, iso3, admin1, _point(e.lon, e.lat), unlisted_precision(e), "unlisted place", a, b,
                        e.name if e.place_type == "admin2" else None)
    offset = cues.stated_offset(text, a) if e.place_type in ("city", "landmark", "admin2") else None
    if offset is not None and trigger is not None and cues.in_relative_clause_after(text, b, trigger[0]):
        # "the district lies 25 km west of Kantharalak, which was hit by rockets": the offset
        # says where something else lies; the relative clause tells what happened at the town
        offset = None
    if offset is not None and offset[0] <= (MAX_SEA_OFFSET_KM if told_at_sea(text) else MAX_OFFSET_KM):
        # "25 km west of Goma": the point the text gives, not the town itself
        lon, lat = offset_point(e.lon, e.lat, *offset)
        return Location(e.name, iso3, admin1, _point(lon, lat), 2, "offset from place", a, b)
    return Location(e.name, iso3, admin1, _point(e.lon, e.lat), precision, "place", a, b,
                    e.name if e.place_type == "admin2" else None)




def stretch_points_of_unlisted(places: list[Place], features: list[dict], borders,
                               text: str = "") -> dict[int, tuple[float, float]]:
    """A village the gazetteer lacks whose incident went to the frontier (rule 3: known only by
    its province, or only by its country) stands on the frontier too, not at the middle of
    the province it was placed at or near: ``id(place)`` -> (lon, lat) of a point inside that
    province on its stretch of the article's frontier (the first ``frontier`` feature), by the
    town the article names nearest that stretch, else near its middle; places in a province off the frontier keep their point. So does one the text
    puts on the frontier itself, incident or not: a crossing or border post ("the Jaber
    crossing"), or "X, a border village", "X, a Mauritanian village on the border"."""
    fr = next((f["properties"] for f in features if f["properties"].get("layer") == "frontier"
               and f["properties"].get("frontier_kind") != "maritime"), None)  # a sea crossing has no stretches
    pair = frozenset((fr["iso3_a"], fr["iso3_b"])) if fr is not None else frozenset()
    told_by = third_frontier_points(places, text, borders, pair) if text else {}  # "X lies close to the border with C"
    if fr is None:
        return told_by
    on_frontier = {f["properties"]["location"] for f in features if f["properties"].get("layer") == "incident"
                   and f["properties"].get("placement") in ("frontier stretch", "frontier", "frontier near place")}
    typed = {p.entry.name for p in places if p.entry.feature in _BORDER_SITES or (
        text and cues.is_border_typed(text, p.mention.start, p.mention.end))} - on_frontier
    out = {}
    for p in places:
        e = p.entry
        if getattr(e, "in_gazetteer", True) or e.place_type not in ("city", "landmark", "admin2") \
                or e.name not in on_frontier | typed or e.iso3 not in (fr["iso3_a"], fr["iso3_b"]):
            continue
        if getattr(e, "placed_at_type", None) == "across" or (
                e.name in typed and getattr(e, "placed_at_type", None) not in ("admin1", "country")):
            # "across the river from Y": where the frontier passes Y; so a border village told
            # near a town ("Fassala, a Mauritanian village on the border", placed by Bassikounou)
            pt = borders.nearest_on_frontier(fr["iso3_a"], fr["iso3_b"], e.lon, e.lat)
            if pt is not None:
                out[id(p)] = pt
            continue
        admin1 = e.admin1 if getattr(e, "placed_at_type", None) == "admin1" else _admin1_of_point(e, borders)
        # by the towns the article names near that stretch, not at the middle of a stretch hundreds of km long
        towns = stretch_towns(p, places, text)
        pt = borders.stretch_point(fr["iso3_a"], fr["iso3_b"], admin1, e.iso3, towns) if admin1 else None
        if pt is None and admin1 and (seen := _admin1_of_point(e, borders)) not in (None, admin1):
            pt = borders.stretch_point(fr["iso3_a"], fr["iso3_b"], seen, e.iso3, towns)  # (Kasaï, Kasaï-Occidental)
        if pt is not None:
            out[id(p)] = pt
    out |= division_stretch_points(places, fr, borders, text, out)
    out |= told_by
    return out | followers(places, out)


#: kinds of unit a place the gazetteer lacks is placed at that are points of their own (a town, a landmark)
_TOWN_UNITS = frozenset(("city", "landmark"))


def _at_listed_town(entry, gazetteer) -> bool:
    """Whether a place the gazetteer lacks was placed, by the text's words, at a town or landmark the
    gazetteer holds (at that very point), not at another unlisted place or guessed near one."""
    from geomap.gazetteer import fold

    unit = getattr(entry, "placed_at", None)
    if gazetteer is None or not unit or getattr(entry, "placed_at_type", None) not in _TOWN_UNITS:
        return False
    return any(h.entry.place_type in _TOWN_UNITS and abs(h.entry.lat - entry.lat) < 1e-6
               and abs(h.entry.lon - entry.lon) < 1e-6 for h in gazetteer.hits(fold(unit)))

#: kinds of unlisted places that stand on a frontier by what they are
_BORDER_SITES = frozenset(("crossing", "border crossing", "border post", "border point", "crossing point"))


def unlisted_precision(entry) -> int:
    """ACLED precision of a place the gazetteer lacks, placed at the unit the text gives
    (``placed_at``): 3 when that unit is a first-level division or a country, else 2."""
    from geomap.gazetteer import fold

    kind = getattr(entry, "placed_at_type", None)
    if kind:
        return 3 if kind in ("admin1", "country", "region") else 2
    unit = getattr(entry, "placed_at", None)
    if not unit:
        return 2
    if not entry.admin1 or fold(unit) == fold(entry.admin1):
        return 3
    return 2


def offset_point(lon: float, lat: float, km: float, bearing: float) -> tuple[float, float]:
    """(lon, lat) ``km`` from a point along ``bearing`` degrees (spherical Earth)."""
    import math

    r = km / 6371.0
    b = math.radians(bearing)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(r) + math.cos(p1) * math.sin(r) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(r) * math.cos(p1), math.cos(r) - math.sin(p1) * math.sin(p2))
    return math.degrees(l2), math.degrees(p2)


def frontier_location(frontier: Frontier, borders) -> Location | None:
    """The frontier line itself (precision 3), for events "along the border"."""
    geom = borders.frontier_geometry(frontier.iso3_a, frontier.iso3_b)
    if geom is None:
        return None
    return Location(frontier.label, None, None, geom, 3, "frontier")
