"""Mentions -> places: one gazetteer entry per mention, chosen with the article's context.

Each candidate is scored from its prior (feature type and population), the countries the
article is about (named countries and demonyms, weighted by frequency), the administrative
context the text gives ("in Thailand's X", "X, Y", "X Province"), and closeness to the
article's other places (a candidate near the rest wins). Candidates come from the offline
gazetteer by default, or from any geopy geocoder.
"""
from __future__ import annotations

import logging
import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from operator import is_

from geomap.gazetteer import GazetteerEntry, demonym_country, haversine_km
from geomap.gazetteer.memo import make_room
from geomap.gazetteer.normalize import fold, skeleton
from geomap.reading.unit_seats import bare_keeps_its_town, seat_weight
from geomap.reading.unit_words import second_level, unit_word
from geomap.text.arabic_names import opens_arabic_name
from geomap.text.place_hints import nationality_before
from geomap.reading.far_units import unit_may_be_stranger
from geomap.reading.far_readings import far_reading, water_readings
from geomap.reading.local_namesakes import local_namesakes
from geomap.reading.told_countries import told_countries
from geomap.reading.mentions import Mention, TextContext
# score weights, in units of the gazetteer prior (see GazetteerEntry.prior), and distances
from geomap.settings import (NAME_HITS_KEPT, NEAR_KM, W_ADMIN, W_CITY_NAME, W_COUNTRY, W_LIST, W_NEAR, W_PRIMARY,
                             W_STATE, W_SUFFIX, W_TOWN, RESOLVE_STRANGER_KM as STRANGER_KM, RESOLVE_SHORT_FORM_KM as SHORT_FORM_KM,
                             RESOLVE_STRANGER_MAX_POPULATION as STRANGER_MAX_POPULATION, RESOLVE_NAMESAKE_KM as NAMESAKE_KM,
                             RESOLVE_NAMESAKE_MAX_POPULATION as NAMESAKE_MAX_POPULATION,
                             RESOLVE_NAMESAKE_MAX_POPULATION_OTHER_SPELLING as NAMESAKE_MAX_POPULATION_OTHER_SPELLING)

log = logging.getLogger(__name__)

_TOWN_BEFORE = re.compile(r"\b(?:near|outside|outskirts of|town of|village of|city of|villages? near)\s+(?:the\s+)?$"
                          # "the frontier south of X", "40 km north-east of X": a point ("the north of X" is a part)
                          r"|(?<!the )(?<!far )\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+$")
#: the words every match of ``_TOWN_BEFORE`` ends with (before its spaces): most mentions follow none
_TOWN_BEFORE_ENDS = ("near", "outside", "of", "the")


@dataclass(frozen=True)
class Place:
    """A mention resolved to one gazetteer entry."""

    mention: Mention
    entry: GazetteerEntry
    confidence: float

    @property
    def government(self) -> bool:
        return self.mention.government

    @property
    def role(self) -> str:
        """place, government or dateline: only ``place`` can be where something happened."""
        return self.mention.role


def _candidates_from_geocoder(mention: Mention, geocoder) -> list[GazetteerEntry]:
    from geomap.geocoders import entry_from_location

    name = mention.text if not mention.suffix else mention.text.rsplit(" ", 1)[0]
    try:
        got = geocoder.geocode(name, exactly_one=False) or []
    except Exception as e:  # an online geocoder failing must not lose the mention
        log.warning("geocoder failed for %r: %s", name, e)
        return []
    return [entry_from_location(loc, name=name) for loc in got]


def country_weights(mentions: list[Mention], ctx: TextContext) -> dict[str, float]:
    """Share of the article's attention per ISO2: country mentions count 1, demonyms 0.5."""
    counts: dict[str, float] = {}
    for m in mentions:
        countries = [h.entry for h in m.hits if h.entry.place_type == "country"]
        if countries and len(m.hits) and all(h.entry.place_type == "country" for h in m.hits[:1]):
            counts[countries[0].iso2] = counts.get(countries[0].iso2, 0) + 1.0
    for iso, n in ctx.demonyms.items():
        counts[iso] = counts.get(iso, 0) + 0.5 * n
    total = sum(counts.values()) or 1.0
    return {k: v / total for k, v in counts.items()}


#: what stands between a place and the one that holds it: "X, Y", "X in Y", "X, in Scott County, Y"
_COMMA_GAP = re.compile(r"\s*,\s*")
_IN_GAP = re.compile(r"\s*(?:,|in|of|,\s*in)\s*(?:the\s+)?")
_IN_UNIT_GAP = re.compile(r",\s*in\s+[A-Z][\w .'-]{0,30},\s*")
_IN_COUNTRY = re.compile(r"(?:\bin|\bof|\bnear|\bfrom|\bto|,)\s+(?:the\s+)?([A-Z][\w’'\- ]+?)(?:’s|'s)?\s*$")


def _admin_context(text: str, m: Mention, by_start: dict[int, list[GazetteerEntry]],
                   mentions: list[Mention], idx: int) -> list[GazetteerEntry]:
    """Places the text attaches to this mention: "Thailand's X", "X, Y", "X in Y", "X of Y"."""
    out: list[GazetteerEntry] = []
    if idx > 0:  # "Thailand's Chanthaburi", "Thailand’s X"
        prev = mentions[idx - 1]
        gap = text[prev.end:m.start]
        if gap in ("'s ", "’s ") or _COMMA_GAP.fullmatch(gap) and prev.sentence == m.sentence:
            out += by_start.get(prev.start, [])
    if idx + 1 < len(mentions):  # "X, Y" and "X in Y" / "X, in Y's Z province" / "X, in Scott County, Y"
        nxt = mentions[idx + 1]
        gap = text[m.end:nxt.start]
        if nxt.sentence == m.sentence and (_IN_GAP.fullmatch(gap)
                                           or _IN_UNIT_GAP.fullmatch(gap)):
            out += by_start.get(nxt.start, [])
    return out


_LIST_GAP = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+")


def _list_siblings(text: str, mentions: list[Mention], idx: int) -> list[int]:
    """Indexes of the mentions this one is listed with ("Texas, Utah, Virginia, Washington and
    Wyoming"), the whole list: a list names things of one kind."""
    def linked(a: int, b: int) -> bool:
        x, y = mentions[a], mentions[b]
        return x.sentence == y.sentence and bool(_LIST_GAP.fullmatch(text[x.end:y.start]))

    out = []
    k = idx
    while k > 0 and linked(k - 1, k):
        k -= 1
        out.append(k)
    k = idx
    while k + 1 < len(mentions) and linked(k, k + 1):
        k += 1
        out.append(k)
    return out


def _list_kind(siblings: list[GazetteerEntry]) -> tuple[str, str | None, int] | None:
    """(place_type, iso2 or None, how many) shared by most listed siblings: countries, or
    admin-1 units of one country."""
    if not siblings:
        return None
    countries = sum(e.place_type == "country" for e in siblings)
    units: dict[str, int] = {}
    for e in siblings:
        if e.place_type == "admin1":
            units[e.iso2] = units.get(e.iso2, 0) + 1
    best_iso, n_units = max(units.items(), key=lambda kv: kv[1]) if units else (None, 0)
    if countries * 3 >= 2 * len(siblings) and countries >= n_units:
        return "country", None, countries
    if n_units * 3 >= 2 * len(siblings):
        return "admin1", best_iso, n_units
    return None


def _contains(container: GazetteerEntry, e: GazetteerEntry) -> bool:
    if container.place_type == "country":
        return e.iso2 == container.iso2 and e.gid != container.gid
    if container.place_type == "admin1":
        return e.iso2 == container.iso2 and (e.admin1 == container.name or
                                            haversine_km(e.lat, e.lon, container.lat, container.lon) < 150)
    return False


def _candidate_list(m: Mention, geocoder) -> list[GazetteerEntry]:
    if geocoder is not None and not getattr(geocoder, "gazetteer", None):
        got = _candidates_from_geocoder(m, geocoder)
        if got:
            return got
    cands = list({h.entry.gid: h.entry for h in m.hits}.values())
    # a seat of government stands for its government, and for nothing else ("Miraflores accused"
    # is the Venezuelan presidency; "Miraflores" where people live is a town)
    if water := water_readings(m, cands):
        return water  # "Red Sea" is the sea, not Sudan's state (reading.far_readings)
    seats = [e for e in cands if e.feature == "seat"]
    if seats and m.government:
        return seats
    return [e for e in cands if e.feature != "seat"] or cands


def resolve(text: str, mentions: list[Mention], ctx: TextContext, *, geocoder=None) -> list[Place]:
    """Choose one entry per mention, using the whole article as context."""
    weights = named_weights = country_weights(mentions, ctx)
    cands = [_candidate_list(m, geocoder) for m in mentions]
    facts = [_Facts(m, cs) for m, cs in zip(mentions, cands)]  # what both passes ask of each mention
    # Pass 1: prior + country context + suffix; the unambiguous ones become anchors.
    first = [_score_all(m, cs, weights, None, [], facts=f) for m, cs, f in zip(mentions, cands, facts)]
    by_start = {m.start: [c[0][1]] for m, c in zip(mentions, first) if c}
    # anchors: places the text leaves no doubt about (every candidate in one country); an
    # ambiguous name ("London") must not vote for its own first guess
    anchors = [c[0][1] for c in first if c and len({e.iso2 for _, e in c}) == 1
               and c[0][1].place_type != "country"]
    # the countries of unambiguous places are context too ("Brisbane" points at Australia)
    weights = _with_anchor_countries(weights, anchors)
    states = admin1_weights(mentions, first, ctx.org_units, [f.city_named for f in facts])
    near = _Anchors(anchors)
    without = _state_context(states)
    unit_countries, typed_starts = _unit_countries(mentions), set()
    places: list[Place] = []
    for idx, (m, cs) in enumerate(zip(mentions, cands)):
        if not cs:
            continue
        admin = _admin_context(text, m, by_start, mentions, idx)
        kind = _list_kind([first[k][0][1] for k in _list_siblings(text, mentions, idx) if first[k]])
        scored = _score_all(m, cs, weights, near, admin, list_kind=kind, states=without(m.key, cs), facts=facts[idx])
        typed = _typed_country(text, m, unit_countries)
        if typed and scored[0][1].iso2 != typed:
            # "the Guatemalan town of X": a namesake elsewhere is not it; none there, the text places it
            scored = [t for t in scored if t[1].iso2 == typed]
            if not scored:
                continue
        if typed:
            typed_starts.add(m.start)  # the text says its country: no stranger to the article
        best_score, best = scored[0]
        if best.feature == "seat" and not weights.get(best.iso2) and len({e.iso2 for e in cs if e.feature == "seat"}) > 1:
            continue  # "State House" of which country? Only of one the article is about
        second = scored[1][0] if len(scored) > 1 else best_score - 6.0
        confidence = 1.0 / (1.0 + math.exp(-(best_score - second) / 2.0))
        places.append(Place(m, best, round(confidence, 3)))
    far = _Anchors(anchors, STRANGER_KM) if not named_weights else None  # only asked when no country is named
    others = anchors + [p.entry for p in places if p.entry.place_type != "city" or p.entry.population >= 100_000]
    told = told_countries(named_weights, anchors)  # (countries named by their capital or a unit too)
    places = [p for p in places if p.mention.start in typed_starts
              or not _far_stranger(p, anchors, told(p), far, others)
              and not (named_weights and (_opens_unknown_name(text, p, told(p), others) or far_reading(text, p, told(p), others)))]
    at = {p.mention.start: p.entry for p in places}
    listed = {m.start: [at[mentions[k].start] for k in _list_siblings(text, mentions, i) if mentions[k].start in at]
              for i, m in enumerate(mentions)}
    places = local_namesakes(places, anchors + [p.entry for p in places], _primary,
                             lambda p: listed.get(p.mention.start, []), set(named_weights))
    # one name, one place within an article ("Surin" twice means the same Surin)
    chosen: dict[str, Place] = {}
    for p in places:
        if p.mention.key not in chosen or p.confidence > chosen[p.mention.key].confidence:
            chosen[p.mention.key] = p
    # ... except where the text itself says which kind of place it is: "Mandera county" (a
    # suffix) and "the town of Mandera" (a town word before it), or a bare seat town (unit_seats)
    town = {id(m): f.town_context for m, f in zip(mentions, facts)}
    return [p if p.mention.suffix or town[id(p.mention)] or chosen[p.mention.key] is p or bare_keeps_its_town(
        p.entry, chosen[p.mention.key].entry, bool(chosen[p.mention.key].mention.suffix)) else
            Place(p.mention, chosen[p.mention.key].entry, chosen[p.mention.key].confidence) for p in places]


def _primary(p: Place) -> bool:
    """Whether the text writes the chosen entry's own name (not one of its other names)."""
    return any(h.is_primary and h.entry.gid == p.entry.gid for h in p.mention.hits)


def _unit_countries(mentions: list[Mention]) -> dict[int, str]:
    """Start -> ISO2 of each mention whose every province or country reading lies in one country
    ("Michigan"), the country a town typed by that unit's name lies in."""
    out: dict[int, str] = {}
    for m in mentions:
        countries = {h.entry.iso2 for h in m.hits if h.entry.place_type in ("admin1", "country") and h.entry.iso2}
        if len(countries) == 1:
            out[m.start] = countries.pop()
    return out


def _typed_country(text: str, m: Mention, unit_countries: dict[int, str]) -> str | None:
    """ISO2 of the country whose adjective types the mention ("the Turkish border town of X"), or
    of the province whose name does ("the Michigan town of X")."""
    said = nationality_before(text, m.start)
    if not said:
        return None
    return demonym_country(said) or unit_countries.get(text.rfind(said, max(0, m.start - 60), m.start))


def admin1_weights(mentions: list[Mention], first: list, org_units: dict | None = None,
                   city_named: list[set[str]] | None = None) -> dict[tuple[str, str], tuple[float, str]]:
    """Share of the article's admin-1 mentions per (ISO2, unit name), with the name that said it.

    Local news names its state or province and then its small towns ("Kentucky State Police
    ... Kimberly Hacker, 43, of McKee"): the unit is context for every town the article names.
    Units named inside organisations count half. ``city_named``: each mention's
    ``_city_named`` answer when the caller has it already.
    """
    counts: dict[tuple[str, str], float] = {k: 0.5 * n for k, n in (org_units or {}).items()}
    said: dict[tuple[str, str], str] = {k: "" for k in counts}
    for k, (m, scored) in enumerate(zip(mentions, first)):
        # "New York" may be the city: only a unit the name surely means is context
        if scored and scored[0][1].place_type == "admin1" and not m.government \
                and not (city_named[k] if city_named is not None else _city_named(m, [e for _, e in scored])):
            key = (scored[0][1].iso2, scored[0][1].name)
            counts[key] = counts.get(key, 0.0) + 1.0
            said[key] = m.key
    total = sum(counts.values()) or 1.0
    return {k: (v / total, said[k]) for k, v in counts.items()}


def _without(states: dict, key: str, cands: list[GazetteerEntry]) -> dict[tuple[str, str], float]:
    """The admin-1 context for one mention, leaving out what that name itself said; none for
    a name that is itself a unit of the same country ("California" in a story naming Maryland
    stays the state, not the Maryland town; "Paris" in a Kentucky story may be Paris, Kentucky)."""
    countries = {iso2 for iso2, _ in states}
    if any(c.place_type in ("admin1", "country") and c.iso2 in countries for c in cands):
        return {}
    return {k: share for k, (share, said) in states.items() if said != key}


def _state_context(states: dict):
    """``_without`` for every mention of one article, each distinct answer made once
    (rebuilding it for every mention grew with the square of a long article's length)."""
    countries = {iso2 for iso2, _ in states}
    sayers = {said for _, said in states.values()}
    full = {k: share for k, (share, said) in states.items()}
    made: dict[str, dict[tuple[str, str], float]] = {}

    def without(key: str, cands: list[GazetteerEntry]) -> dict[tuple[str, str], float]:
        if any(c.place_type in ("admin1", "country") and c.iso2 in countries for c in cands):
            return {}
        if key not in sayers:
            return full
        if key not in made:
            made[key] = {k: share for k, (share, said) in states.items() if said != key}
        return made[key]

    return without


def _far_stranger(p: Place, anchors: list[GazetteerEntry], weights: dict[str, float],
                  far: _Anchors | None = None, others: list[GazetteerEntry] = ()) -> bool:
    """A small town reached only through an alternate spelling, in a country the article never
    names ("Banjska" read as Bansko, Bulgaria, in a Kosovo report), or, when the article names
    no country, thousands of km from every other place it names ("Kech" read as Ketsch in
    Germany): more likely a name the gazetteer lacks than a place the text means."""
    e = p.entry
    if e.place_type == "admin2" and not p.mention.suffix and fold(e.name) != p.mention.key:
        return not weights.get(e.iso2)  # "Bajaur" alone is the agency only in a Pakistan story
    if e.place_type in ("admin1", "admin2") and not weights.get(e.iso2) and unit_may_be_stranger(e, weights):
        return _namesake(e, True, others)  # "Taï" in an Ivorian story is no Tai district of Nigeria
    if e.place_type != "city" or weights.get(e.iso2):
        return False
    # (its own name, transliterated otherwise, is no other name: "Sidi Barrani" for Sīdī Barānī)
    primary = any(h.is_primary and h.entry.gid == e.gid for h in p.mention.hits) or (
        len(p.mention.key) >= 8 and skeleton(p.mention.key) == skeleton(fold(e.name)))  # ("Eta" is no Etah)
    if weights and _namesake(e, primary, others):
        return True
    if e.population >= 50_000:
        return False
    if primary:
        # its own name, but a village far from everything an article about other countries
        # names ("Piccadilly" in a London story read as a hamlet in Australia)
        near = [a for a in others if a.gid != e.gid]
        return bool(weights) and e.population < STRANGER_MAX_POPULATION and len(near) >= 2 and min(
            haversine_km(e.lat, e.lon, a.lat, a.lon) for a in near) > STRANGER_KM
    if weights:  # the article names its countries, and this one is not among them ("Banjska" -> Bansko, BG)
        return not _short_form_near(p, others)  # (but "Salvador Mazza" a few km from Yacuiba is that town)
    if far is None:
        far = _Anchors(anchors, STRANGER_KM)
    return far.count_besides(e.gid) >= 2 and far.nearest_km(e.lat, e.lon, frozenset((e.gid,))) > STRANGER_KM


def _short_form_near(p: Place, others: list[GazetteerEntry]) -> bool:
    """A town named by the last words of its gazetteer name ("Salvador Mazza" for Profesor Salvador
    Mazza, "Garay" for General Eugenio A. Garay) close to another place the article names: the
    text shortens the name it is known by; a spelling of another name far away it is not."""
    e, key = p.entry, p.mention.key
    if len(key) < 5 or not fold(e.name).endswith(" " + key):
        return False
    return any(haversine_km(e.lat, e.lon, o.lat, o.lon) <= SHORT_FORM_KM for o in others
               if o.gid != e.gid and o.place_type == "city")


_NEXT_CAPITAL = re.compile(r" [A-Z][a-z]")


def _opens_unknown_name(text: str, p: Place, weights: dict[str, float], others: list[GazetteerEntry]) -> bool:
    """A unit or town read in the first word of a longer capitalised name ("Ain" of "Ain Issa"
    read as France's Ain in a Syria story), of a country the article never names, far from
    all it names (or whatever the distance, when the word is an Arabic head word such as Ain or
    Ras): the name is one the gazetteer lacks."""
    e = p.entry
    if e.place_type not in ("admin1", "admin2", "city") or weights.get(e.iso2) or e.feature == "capital":
        return False
    if opens_arabic_name(p.mention.text, text, p.mention.end):
        return True
    if not _NEXT_CAPITAL.match(text, p.mention.end):
        return False
    # (not near another reading of the same name: "Ain" read twice, as a department and a province)
    return _namesake(e, True, [o for o in others if fold(o.name) != fold(e.name)])


def _namesake(e: GazetteerEntry, primary: bool, others: list[GazetteerEntry]) -> bool:
    """A town (or district) of a country the article never names, no big city, a thousand km
    and more from every other place it names ("Kandé" of a Senegal story read as Kandé, Togo;
    "Fish Town" of a Liberian one as Fishtown, Philadelphia): the article's own place is one
    the gazetteer lacks. Read through another spelling, a larger town is such a namesake too."""
    cap = NAMESAKE_MAX_POPULATION if primary else NAMESAKE_MAX_POPULATION_OTHER_SPELLING
    if e.population >= cap or e.feature == "capital" and primary:  # (not "Goba", another name of Juba)
        return False
    near = [a for a in others if a.gid != e.gid]
    return len(near) >= 2 and min(haversine_km(e.lat, e.lon, a.lat, a.lon) for a in near) > NAMESAKE_KM


def _with_anchor_countries(weights: dict[str, float], anchors: list[GazetteerEntry]) -> dict[str, float]:
    counts = {k: v * 10 for k, v in weights.items()}
    for a in anchors:
        if a.iso2:
            counts[a.iso2] = counts.get(a.iso2, 0.0) + 0.5
    total = sum(counts.values()) or 1.0
    return {k: v / total for k, v in counts.items()}


def _city_named(m: Mention, cands: list[GazetteerEntry]) -> set[str]:
    """Cities English calls "X City" (New York City, Quebec City, Kuwait City) when the text
    writes a bare X that is also the name of the state, province or country holding them."""
    if m.text.lower().endswith(" city"):
        return set()
    units = [c for c in cands if c.place_type in ("admin1", "country")]
    if not units:
        return set()
    wanted = f"{m.key} city"
    out = set()
    for c in cands:
        if c.place_type == "city" and any(n.lower().endswith(" city") for n in (c.name, *c.alt_names)) \
                and any(_contains(u, c) for u in units) and any(fold(n) == wanted for n in (c.name, *c.alt_names)):
            out.add(c.gid)
    return out


_EARTH_KM = 6371.0  # haversine_km's radius (12742 / 2)


class _Anchors:
    """The article's anchors, prepared once for closeness queries.

    Closeness is the distance to the nearest anchor that is not one of the mention's own
    candidates. Looping over every anchor for every candidate made a 294k-character text
    cost 2.6 M haversine calls (83 % of its time); here the anchors are sorted by latitude
    (nothing farther in latitude than the reach, NEAR_KM or STRANGER_KM, can be within it),
    numpy screens the rest, and the few within reach are measured again with
    ``haversine_km`` itself, so the distances (and every score and tie) are the very floats
    the plain loop gave.
    """

    def __init__(self, anchors: list[GazetteerEntry], reach_km: float = NEAR_KM) -> None:
        self._count = len(anchors)
        self._per_gid: dict[str, int] = {}
        for a in anchors:
            self._per_gid[a.gid] = self._per_gid.get(a.gid, 0) + 1
        unique: dict[tuple[str, float, float], GazetteerEntry] = {}
        for a in anchors:
            unique.setdefault((a.gid, a.lat, a.lon), a)
        self._entries = sorted(unique.values(), key=lambda a: a.lat)
        self._lats = [a.lat for a in self._entries]
        self._arrays = None  # numpy (lats, lons), made when a window is wide enough to need them
        self._gids = {a.gid for a in self._entries}
        self._units: dict[tuple[str, str | None], set[str]] = {}  # (ISO2, admin-1) -> anchor gids
        for a in self._entries:
            self._units.setdefault((a.iso2, a.admin1), set()).add(a.gid)
        # a bound safe for any pair: haversine distance >= radius * |latitude difference|
        self._reach_km = reach_km
        self._reach_deg = math.degrees(reach_km / _EARTH_KM) + 0.01
        self._memo: dict[tuple[float, float, frozenset[str]], float] = {}

    def count_besides(self, gid: str) -> int:
        """How many anchors (each repetition counted) are not ``gid``."""
        return self._count - self._per_gid.get(gid, 0)

    def any_besides(self, own: set[str]) -> bool:
        """Whether an anchor remains once the mention's own candidates are left out."""
        return not self._gids <= own

    def holds(self, unit: tuple[str, str], own: set[str]) -> bool:
        """Whether an anchor (not among ``own``) lies in admin-1 ``unit`` = (ISO2, name)."""
        return not self._units.get(unit, set()) <= own

    def nearest_km(self, lat: float, lon: float, own_key: frozenset[str]) -> float:
        """Distance to the nearest anchor not among ``own_key`` when under the reach (NEAR_KM
        by default); else at least the reach (possibly infinity: nothing is near). A name the article repeats asks
        again with the same candidates, so answers are kept."""
        memo = (lat, lon, own_key)
        got = self._memo.get(memo)
        if got is not None:
            return got
        got = self._nearest_km(lat, lon, own_key)
        self._memo[memo] = got
        return got

    def _nearest_km(self, lat: float, lon: float, own: frozenset[str]) -> float:
        lo = bisect_left(self._lats, lat - self._reach_deg)
        hi = bisect_right(self._lats, lat + self._reach_deg)
        if lo >= hi:
            return math.inf
        if hi - lo > 32:  # screen with numpy; keep a generous margin over its rounding
            import numpy as np

            if self._arrays is None:
                self._arrays = (np.array(self._lats, dtype=float),
                                np.array([a.lon for a in self._entries], dtype=float))
            p = math.pi / 180
            lats, lons = self._arrays[0][lo:hi], self._arrays[1][lo:hi]
            a = (np.sin((lats - lat) * p / 2) ** 2
                 + math.cos(lat * p) * np.cos(lats * p) * np.sin((lons - lon) * p / 2) ** 2)
            rough = 2 * _EARTH_KM * np.arcsin(np.minimum(1.0, np.sqrt(a)))
            idx = (lo + np.flatnonzero(rough < self._reach_km + 1e-3)).tolist()
        else:
            idx = range(lo, hi)
        best = math.inf
        for i in idx:
            a = self._entries[i]
            if a.gid not in own:
                d = haversine_km(lat, lon, a.lat, a.lon)
                if d < best:
                    best = d
        return best


class _Facts:
    """What scoring asks of one mention and its candidates whatever the context: worked out
    once per mention, not in each of the resolver's passes."""

    __slots__ = ("primary", "town_context", "city_named", "named_units", "seat_of", "own", "units", "unit_countries",
                 "base", "units_by_other_name")

    def __init__(self, m: Mention, cands: list[GazetteerEntry]) -> None:
        self.town_context = m.context_before.rstrip().endswith(_TOWN_BEFORE_ENDS) and bool(
            _TOWN_BEFORE.search(m.context_before))
        # the rest depends only on the name, its hits and its candidates: a name told again, in this
        # article or the next, finds it kept (the same hits and candidates, the very objects)
        key = (m.key, m.text.lower().endswith(" city"), id(m.hits))  # (what ``_city_named`` reads of the mention)
        kept = _NAME_FACTS.get(key)
        if kept is not None and kept[0] is m.hits and len(kept[1]) == len(cands) and all(map(is_, kept[1], cands)):
            (self.primary, self.city_named, self.named_units, self.seat_of, self.own, self.units, self.unit_countries,
             self.base, self.units_by_other_name) = kept[2]
            return
        self.primary = primary = {h.entry.gid for h in m.hits if h.is_primary}
        other_name = {h.entry.gid for h in m.hits if not h.similar} - {h.entry.gid for h in m.hits if h.similar}
        self.city_named = city_named = _city_named(m, cands)
        self.named_units = [c for c in cands if c.place_type in ("admin1", "country") and c.gid in primary]
        # the provinces the name may be (no country of the name): a namesake town inside one is as near as it
        self.seat_of = tuple(self.named_units) if all(u.place_type == "admin1" for u in self.named_units) else ()
        # the anchors that are not this mention's own candidates
        self.own = frozenset(c.gid for c in cands)
        self.units = {(c.iso2, c.name) for c in cands if c.place_type == "admin1"}  # (a town that is a unit's seat)
        self.unit_countries = {c.iso2 for c in cands if c.place_type == "admin1"}
        # each candidate's prior, name and "X City" terms, added in the order _score_all added them
        self.base = [e.prior + (W_PRIMARY if e.gid in primary else 0.0) - (4.0 if e.gid in other_name else 0.0)
                     - (W_CITY_NAME if e.gid in city_named else 0.0) for e in cands]
        # first-level units the text names by another name than theirs ("Eastern Province" for Ash Sharqiyah)
        self.units_by_other_name = frozenset(c.gid for c in cands if c.place_type == "admin1" and c.gid in other_name)
        make_room(_NAME_FACTS, NAME_HITS_KEPT)
        _NAME_FACTS[key] = (m.hits, tuple(cands), (primary, city_named, self.named_units, self.seat_of, self.own,
                                                   self.units, self.unit_countries, self.base,
                                                   self.units_by_other_name))


#: (name key, "X City" written, id of the hits) -> (the hits, the candidates, what ``_Facts`` worked
#: out of them: shared, never changed); bounded by ``NAME_HITS_KEPT`` (memory stays flat over a batch)
_NAME_FACTS: dict[tuple[str, bool, int], tuple] = {}


def _score_all(m: Mention, cands: list[GazetteerEntry], weights: dict[str, float],
               near: _Anchors | None, admin: list[GazetteerEntry], *,
               list_kind: tuple[str, str | None, int] | None = None,
               states: dict[tuple[str, str], float] | None = None,
               facts: _Facts | None = None) -> list[tuple[float, GazetteerEntry]]:
    f = facts if facts is not None else _Facts(m, cands)
    primary, town_context, units, seat_of, own = f.primary, f.town_context, f.named_units, f.seat_of, f.own
    anchors = near is not None and near.any_besides(own)
    out = []
    for e, s in zip(cands, f.base):
        share = weights.get(e.iso2, 0.0)
        if share:
            s += W_COUNTRY * (0.4 + share)
            if e.gid in f.units_by_other_name and (m.suffix or unit_word(m.text.rsplit(None, 1)[-1])):
                # a province's English name, told as a province, in a country the article is about is its
                # name there: "Eastern Province" in a Saudi story is Ash Sharqiyah, not Sri Lanka's (whose
                # own name it is); a bare "Karonga" is still the town, not a province that has it as a name
                s += 4.0
        if m.suffix:  # "Gedaref state" asks for a province, "Kurram district" for a district
            s += W_SUFFIX if e.place_type == "admin1" or (
                e.place_type == "admin2" and second_level(m.suffix, e.iso2)) else 0.0
        elif town_context and e.place_type == "admin1":
            s -= W_TOWN  # "near Arauca", "the town of X": a point, not a province
        else:  # a bare "Mafraq" is the town; the governorate would have its word
            s += seat_weight(e, f.units, f.unit_countries, units, e.gid in primary)
        if list_kind and e.place_type == list_kind[0] and list_kind[1] in (None, e.iso2):
            s += W_LIST * min(list_kind[2], 4)
        if states and e.gid in primary and e.place_type in ("city", "landmark", "admin2") and (e.iso2, e.admin1) in states:
            s += W_STATE * (0.4 + states[(e.iso2, e.admin1)])
        for a in admin:
            # "Chanthaburi, Thailand" puts X in Y; "Atlanta, Georgia" asks for the Georgia that holds Atlanta
            if _contains(a, e) or _contains(e, a):
                s += W_ADMIN
                break
        if anchors and e.place_type not in ("country",):
            # a unit holding an anchor is as close as can be ("Waterloo" supports Iowa the state)
            # (and so is its namesake town inside it: "Agadez" beside Arlit, in Agadez region; "Ruse" beside
            # Giurgiu, in Ruse province, though Slovenia has a Ruše province too)
            seat = next((u for u in seat_of if _contains(u, e)), None) if e.place_type == "city" else None
            d = 0.0 if (e.place_type == "admin1" and near.holds((e.iso2, e.name), own)) or (
                seat is not None and near.holds((seat.iso2, seat.name), own)) else near.nearest_km(e.lat, e.lon, own)
            if d < NEAR_KM:
                # closeness counts half for a village that shares its name with a state or country ("Florida"
                # in a New York story is the state); a province's namesake town inside it is no such village
                s += W_NEAR * (1.0 - d / NEAR_KM) * (0.5 if e.place_type == "city" and units and seat is None else 1.0)
        out.append((s, e))
    out.sort(key=lambda t: (-t[0], t[1].gid))
    return out

