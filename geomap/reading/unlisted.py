"""Places the gazetteer lacks, read from the words around them ("the village of X near Y",
"X crossing", "X, a town in Y province"), placed at the smallest unit the text gives.

Villages, crossings, camps and townships are where border incidents happen, and GeoNames'
cities500 lacks most of them. When the text types a capitalised name as a place, the name
becomes a place of its own (``in_gazetteer`` false) at the point of what the text says holds
it or lies next to it ("in Gori municipality", "near Adré", "Tajikistan’s Darvaz district"),
else of the nearest place named in the same sentence. A gazetteer reading the text contradicts
("the village of Arabia near Mandera" read as Saudi Arabia, "the Panj river" as the town of
Panj) gives way to the text's reading.
"""
from __future__ import annotations

import re
from dataclasses import replace

from geomap.gazetteer import GazetteerEntry, demonym_country, fold, haversine_km
from geomap.gazetteer.nearest import PointsByLatitude
from geomap.reading.across_opener import other_side, told_on_side
from geomap.reading.country_before import country_told_before
from geomap.reading.mentions import Mention, _whole_word_spans
from geomap.reading.resolve import Place
from geomap.reading.spelling import is_demonym
from geomap.reading.story_countries import frontier_story as _frontier_story, sentence_countries as _sentence_countries
from geomap.reading.unlisted_cues import typed_cues
from geomap.reading.unlisted_seas import a_sea_between_states, held_by_sea, sea_middle, with_island_word
from geomap.reading.feature_towns import named_after_head, word_taken_in
from geomap.reading.place_at import place_at as _at
from geomap.reading.unlisted_fallback import frontier_stretch, last_resort, typed_strongly
from geomap.reading.named_after_town import landmark_at
from geomap.reading.pending_cues import containers_pending as _containers_pending, without_cues as _without_cues
from geomap.reading.unlisted_points import across as _across, coordinated as _coordinated, focus as _focus
from geomap.reading.unlisted_points import nearby as _nearby, nearest_in_sentence as _nearest_in_sentence
from geomap.reading.unlisted_points import told_apart as _told_apart, told_elsewhere as _told_elsewhere
from geomap.reading.unlisted_points import standing_places as _standing_places, town_point as _town_point
from geomap.reading.unlisted_points import is_lake
from geomap.reading.typed_namesakes import TERRAIN_KINDS, article_countries as _article_countries
from geomap.reading.unlisted_names import common_word, not_a_name, rare_name
from geomap.reading.typed_namesakes import (countries_besides, country_keys, demonym_countries, far_namesake,
                                             holds_elsewhere, named_country, neighbour_country, respelt_in_other_unit,
                                             towns_by_latitude)
from geomap.settings import RESOLVE_NAMESAKE_KM as NAMESAKE_KM, RESOLVE_STRANGER_KM as STRANGER_KM
from geomap.settings import RESOLVE_NAMESAKE_MAX_POPULATION as NAMESAKE_MAX_POPULATION
from geomap.settings import NEAR_KM, UNLISTED_CONFIDENCE, UNLISTED_NEAR_KM
from geomap.text.lexicon import first_names
from geomap.reading.other_side import this_side
from geomap.text.place_cues import _PARTICLES, BORDER_WITH, NAMED_WITH_WORD, ROAD_KIND, PlaceCue
from geomap.text.place_hints import (LEADING_GEO, NUMBERED_KIND, PLACE_HEADS, nationality_before, person_words,
                                     typed_nationality)
from geomap.text.sentences import Sentence
from geomap.text.settlement_forms import NUMBERED_VILLAGE

__all__ = ["with_unlisted_places"]

_UNIT_TYPES = ("admin1", "admin2", "country")
_UNIT_KINDS = frozenset(("province", "governorate"))
_COMPASS = frozenset("north south east west central".split())
_SETTLEMENT_KINDS = frozenset(("town", "village", "city", "hamlet", "community", NUMBERED_VILLAGE))
#: roads: where the text puts them is the place told with them, whatever kind of cue that is
_ROAD_KINDS = frozenset((ROAD_KIND, "highway"))
#: a sentence that moves along the article's frontier ("Farther north, ...", "Further upstream, ...")
_FARTHER = re.compile(r"\W*(?:farther|further)\s+(?:north|south|east|west|up|down|upstream|downstream|along|inland)",
                      re.I)
#: a word that makes a text a frontier story
_BORDER_WORD = re.compile(r"\b(?:border|frontier|crossing)s?\b", re.I)
#: kinds of a typed name whose small-town reading far from the article is a namesake


def _fits(cue: PlaceCue, e: GazetteerEntry, anchor: GazetteerEntry | None, countries: set[str]) -> bool:
    """Whether a gazetteer entry is a fair reading of a name the text types as ``cue.kind``."""
    if a_sea_between_states(cue, e):
        return True
    if countries and e.iso2 and e.iso2 not in countries and (anchor is None or e.iso2 != anchor.iso2) and (
            e.place_type != "country"):  # (a country the text names in full is one of its own: "the Falkland Islands")
        return False  # "the Joda crossing near Renk" is not Joda in India
    if cue.place_type == "water":
        return e.place_type == "water"
    if cue.place_type == "city" and e.place_type in ("country", "admin1", "region"):
        return False  # "the village of Arabia" is not Saudi Arabia
    if cue.place_type == "region" and e.place_type == "country":
        return False
    if cue.place_type == "region" and e.place_type == "city" and fold(cue.name) not in {
            fold(n) for n in (e.name, *e.alt_names)}:
        return False  # "the Kodori gorge" is no town the gazetteer spells otherwise (Kojori)
    if held_by_sea(anchor):
        return True  # "X island in the Gulf of Thailand"
    if anchor is not None and anchor.place_type != "country":
        if anchor.place_type == "region" or anchor.feature == "island":  # "the X district of Sumatra"
            return e.iso2 == anchor.iso2
        if anchor.place_type == "admin1":
            return e.iso2 == anchor.iso2 and (e.admin1 == anchor.name or
                                              haversine_km(e.lat, e.lon, anchor.lat, anchor.lon) <= NEAR_KM)
        return haversine_km(e.lat, e.lon, anchor.lat, anchor.lon) <= UNLISTED_NEAR_KM
    return True


#: a Romance "of" after a name's head ("San Martín de Porres"): the name is another place's
_ROMANCE_OF = re.compile(r" (?:de|del|do|da|dos|das) ")


def _unlisted_entry(cue: PlaceCue, unit: GazetteerEntry, guessed: bool = False) -> GazetteerEntry:
    """The place ``cue`` names, at the point of ``unit``; ``guessed`` when the text gives no unit
    (the point is a place named near it): then only its country is known (no admin1, and
    ``placed_at_type`` "nearby"), so that an incident there goes to the frontier, not to that point."""
    admin1 = unit.admin1 if unit.place_type != "country" and not guessed else None
    return GazetteerEntry(
        gid=f"unlisted:{(unit.iso2 or 'xx').lower()}:{fold(cue.name).replace(' ', '-')}", name=cue.name,
        lat=unit.lat, lon=unit.lon, place_type=cue.place_type, feature=cue.kind, iso2=unit.iso2,
        iso3=unit.iso3, admin1=admin1, population=0, in_gazetteer=False, placed_at=unit.name,
        placed_at_type=("across" if unit.placed_at_type == "across" else "nearby") if guessed
        else unit.placed_at_type or unit.place_type)


def with_unlisted_places(text: str, sentences: list[Sentence], places: list[Place],
                         gazetteer=None) -> list[Place]:
    """``places`` with the names the text types as places added (or put right), in text order.

    Names whose container the text gives are placed first (a container may itself be such a
    name, "a border trade town in Kunlong township"), then the others at the nearest place of
    their sentence (or the last one before it).
    """
    cues, strong = typed_cues(text, sentences, places)
    if not cues:
        return places
    # a gazetteer name inside a longer typed name is a fragment of it ("Bab" of "Bab el-Mandeb
    # strait", "Mandera" of "Mandera East sub-county")
    fragments = _fragments(places, cues)
    kept = [p for p in places if id(p) not in fragments]
    reading = _Reading(text, sentences, kept, _article_countries(kept), gazetteer)
    reading.waters = {c.start for c in cues if c.place_type in ("water", "landmark") and not c.weak}
    reading.unit_words = {c.start for c in cues if c.place_type in ("admin1", "admin2") and not c.weak}
    reading.unit_names = {fold(c.name) for c in cues if c.start in reading.unit_words}  # "in X": the X district told
    reading.typed = {c.start for c in strong}
    if any(c.weak for c in cues):
        reading.persons = person_words(text, sentences)
    # ... and, when the name opens with it, the unit it lies in ("Mandera East" in Mandera)
    reading.heads = {c.start: p.entry for p in places for c in fragments.get(id(p), ()) if p.mention.start == c.start
                     and p.entry.place_type in ("admin1", "admin2", "city") and p.entry.iso2 in reading.countries
                     and not _ROMANCE_OF.match(text, p.mention.end)}  # "Santa Rosa de X" is no part of Santa Rosa
    # ... and the town a feature word names the feature after ("the Bay of Algeciras" by Algeciras)
    reading.heads.update(named_after_head(fragments, places))
    pending = list(cues)
    # valleys, hills... the gazetteer read in a country only their own name gives, first: that reading
    # gives way ("in the Zambezi valley" is no region of Namibia) before other names are put by it,
    # even by the unlisted name it is told near ("the Zambezi escarpment near X": X is put by it)
    first = [c for c in pending if c.kind in TERRAIN_KINDS and (k := _at(reading.places, c.start)) is not None
             and k.entry.iso2 not in reading.countries_besides(k)]
    for cue in first:
        reading.place(cue)
    pending = _without_cues(pending, first)
    for _ in range(4):
        ready = [c for c in pending if c.anchor_start is not None and _at(reading.places, c.anchor_start)]
        if not ready:  # "the village of X in Syria’s Y province", Y unlisted too: Y first, then X in it
            ready = _containers_pending(pending)
        if not ready:
            break
        for cue in ready:
            reading.place(cue)
        pending = _without_cues(pending, ready)
    # "near X in Y" last: "Y district", told after it, makes Y a unit first (and its other mentions with it)
    for cue in sorted(pending, key=lambda c: c.relation == "in-unit"):
        reading.place(cue)
    later, reading.later = reading.later or [], None
    for cue in later:  # hints that only the places around them place
        reading.place(cue)
    return sorted(reading.places, key=lambda p: p.mention.start)


def _fragments(places: list[Place], cues: list[PlaceCue]) -> dict[int, list[PlaceCue]]:
    """id(place) -> the typed names (cues, sorted by start) the place's mention is a shorter part
    of. Only the cues starting at most the longest cue's length before a mention can hold it, so
    a long text does not test every place against every cue."""
    from bisect import bisect_left, bisect_right

    starts = [c.start for c in cues]
    longest = max((c.name_end - c.start for c in cues), default=0)
    out: dict[int, list[PlaceCue]] = {}
    for p in places:
        a, b = p.mention.start, p.mention.end
        for c in cues[bisect_left(starts, a - longest):bisect_right(starts, a)]:
            if b <= c.name_end and b - a < c.name_end - c.start and c.relation != "in-unit":
                out.setdefault(id(p), []).append(c)
    return out


#: kind words of a first-level unit: after a name the gazetteer knows as a province of a country the
#: article is about, they confirm that reading ("near Y" then says where in it, not what it is)
_FIRST_LEVEL_WORDS = frozenset({"province", "governorate", "region", "state", "oblast"})


#: what typed names ask of a list of places, by name
_OF_PLACES = {"towns": towns_by_latitude, "countries": country_keys}


class _Reading:
    """The article's places while unlisted names are added to them."""

    def __init__(self, text: str, sentences: list[Sentence], places: list[Place], countries: set[str],
                 gazetteer=None) -> None:
        self.text, self.sentences, self.places, self.countries = text, sentences, places, countries
        self.gazetteer = gazetteer
        self.heads: dict[int, GazetteerEntry] = {}  # cue start -> the known place its name opens with
        self.done: dict[tuple[str, str], str] = {}  # (name, place_type) -> gid of its first placement
        self.units: dict[str, GazetteerEntry] = {}  # gid -> the unit it was placed at
        self.persons: frozenset[str] = frozenset()  # words of people's names (weak cues skip them)
        self.waters: set[int] = set()  # starts of names typed as rivers, lakes, passes... ("the Panj river")
        self.unit_words: set[int] = set()  # starts of names typed as units ("Malang regency", read as the town)
        self.unit_names: set[str] = set()  # their names, folded: "near X in Y" after "Y district"
        self.later: list[PlaceCue] | None = []  # placed after the others
        self.said: set[str] | None = None  # countries named by demonym anywhere in the article
        self.typed: set[int] = set()  # starts of names the text types (each may be a namesake misread)
        self._read: tuple | None = None  # (the places list, what _of_places read from it)

    def _of_places(self, what: str):
        """What typed names ask of the places (``_OF_PLACES``), read once per list of places: the
        reading replaces its list when it adds a place, never changes it in place, and a long
        text has thousands of places and typed names."""
        if self._read is None or self._read[0] is not self.places:
            self._read = (self.places, {})
        memo = self._read[1]
        if what not in memo:
            memo[what] = _OF_PLACES[what](self.places)
        return memo[what]

    def _countable(self, places: list[Place]) -> list[Place]:
        """Places that may stand for where the article is: not a town read in a name the words
        type as water or a landmark ("the Panj river" is no mention of the town of Panj), even
        while that name waits to be placed; nor one only told as where a speaker is ("In La Paz, the
        minister said")."""
        return _standing_places(places, self.waters, self.sentences)

    def _listed(self, cue: PlaceCue, anchor: GazetteerEntry | None) -> GazetteerEntry | None:
        """The gazetteer entry of the name as the text writes it with its word ("Plymouth County"),
        in the article's countries, nearest the unit the text names."""
        if self.gazetteer is None:
            return None
        key = fold(self.text[cue.start:cue.name_end] + " " + cue.kind)
        # a province is a first-level unit ("the Luapula Province Police": the body hid the name)
        # ... and so is a county or department the gazetteer holds with its word ("Turkana County",
        # "Nariño department"): what is second-level in one country is first-level in another
        types = (cue.place_type, "admin1") if (cue.place_type == "region" and cue.kind in _UNIT_KINDS
                                               or cue.place_type == "admin2") else (cue.place_type,)
        if cue.place_type in ("water", "landmark") and self.text[cue.name_end:cue.end].strip()[:1].isupper():
            types = (*types, "city", "landmark", "water")  # "Catalan Bay": the village the whole name is
        hits = [h.entry for h in self.gazetteer.hits(key) if h.entry.place_type in types
                and (not self.countries or h.entry.iso2 in self.countries)]
        if not hits:
            return None
        others = [anchor] if anchor is not None else list({  # each place once: distances are to places
            p.entry.gid: p.entry for p in self.places
            if p.role == "place" and p.entry.place_type not in ("country", "region")}.values())
        if len(hits) == 1 or not others:
            return hits[0] if len(hits) == 1 else None
        near = PointsByLatitude(others)  # (a long text has thousands of places: measured by latitude band)
        return min(hits, key=lambda e: (near.nearest_km(e.lat, e.lon), e.gid))

    def _seat(self, cue: PlaceCue) -> GazetteerEntry | None:
        """The town a district the gazetteer lacks is named after ("Téra department", "Nangade
        district"), in the article's countries, nearest the places it names."""
        if self.gazetteer is None or not self.countries:
            return None
        towns = [h.entry for h in self.gazetteer.hits(fold(cue.name)) if h.is_primary
                 and h.entry.place_type == "city" and h.entry.iso2 in self.countries]
        others = [p.entry for p in self.places if p.role == "place" and p.entry.place_type == "city"]
        if not towns or (len(towns) > 1 and not others):
            return None
        return min(towns, key=lambda e: (min((haversine_km(e.lat, e.lon, o.lat, o.lon) for o in others), default=0.0),
                                         -e.population, e.gid))

    def place(self, cue: PlaceCue) -> None:
        text, places = self.text, self.places
        if not_a_name(cue) and cue.kind not in (NUMBERED_KIND, ROAD_KIND, NUMBERED_VILLAGE):  # "Route 34": common words
            return
        if cue.start == self.sentences[cue.sentence].start and " " not in cue.name and common_word(cue.name):
            return  # "Smaller posts along the border keep their hours": only the sentence's opening capital
        head = self.heads.get(cue.start)
        part = cue.weak and head is not None and head.place_type in ("admin1", "admin2") \
            and cue.name.split()[-1].lower() in _COMPASS
        if part:  # "near Kibish in Turkana North", "Aweil East": a unit of the unit it is named after
            cue = replace(cue, kind="district", place_type="admin2")
            self.unit_words.add(cue.start)
        known, far = _at(places, cue.start), False
        stranger = known is not None and self._stranger(known, cue)
        if cue.weak and stranger:
            pass  # "outside Palma" in a Mozambique story is no Palma of Spain
        elif cue.weak and (known is not None or _at(places, cue.end - 1) is not None or self._not_hinted(cue)):
            return  # a hint never overrides a gazetteer reading, and needs a rare, unknown name
        if known is not None and known.entry.place_type == "country" and known.mention.start == cue.start \
                and known.mention.end >= cue.name_end and text.startswith(("'s ", "’s "), cue.name_end):
            return  # "Kufra, the main town of Libya's south-east" (but "the city of Turkey" in Texas is one)
        if cue.kind in LEADING_GEO and known is not None and known.mention.end >= cue.end:
            return  # "Rio de Janeiro" is the city the gazetteer knows, not a river
        if cue.kind in NAMED_WITH_WORD and known is not None and known.entry.in_gazetteer \
                and known.mention.start <= cue.start and known.mention.end >= cue.end:
            return  # "the Golden Triangle": the gazetteer knows the whole name with its word
        anchor_place = _at(places, cue.anchor_start) if cue.anchor_start is not None else None
        anchor = anchor_place.entry if anchor_place is not None and anchor_place.role != "dateline" else None
        anchor = None if anchor is not None and is_lake(anchor) else anchor  # "islands in the Red Sea": not its middle
        beyond = anchor.iso2 if anchor is not None and cue.relation == BORDER_WITH and anchor.place_type == "country" \
            else None
        anchor = None if beyond is not None else anchor  # "near the border with Burkina Faso": only the other side
        if cue.kind == "area" and known is not None and not (
                anchor is not None and cue.relation in ("of", "in") and anchor.place_type in _UNIT_TYPES
                and anchor.iso2 != known.entry.iso2):
            # "the area of Malakal" is the town the gazetteer knows; only an unknown name is an area,
            # or one the text puts in another country's unit ("the Radom area of South Darfur")
            return
        if cue.relation == "in-unit" and (anchor is None or anchor.place_type not in ("admin1", "admin2")
                                          and cue.anchor_start not in self.unit_words
                                          and fold(anchor.name) not in self.unit_names):  # ("Siwai district" told)
            return  # "from X in Y" says X is a place only when Y is a province or district (its town for "Y regency")
        if known is not None and not known.entry.in_gazetteer and known.mention.start == cue.start \
                and known.mention.end < cue.end and fold(known.entry.name) == fold(cue.name):
            # "the Chiquibul Forest Reserve" after the bare "Chiquibul": the mention takes its kind words
            wider = replace(known, mention=replace(known.mention, text=text[cue.start:cue.end], end=cue.end))
            self.places = [wider if p is known else p for p in places if p is known or not _overlaps(p, cue)]
            return
        if known is not None and known.mention.end >= cue.name_end and known.mention.start <= cue.start:
            if cue.kind == "place" and known.entry.place_type in ("country", "admin1"):
                return  # no type word ("Thailand, across the Moei from Myawaddy"): the country stays
            if cue.kind in _FIRST_LEVEL_WORDS and known.entry.place_type == "admin1" and known.entry.iso2 in self.countries:
                return  # "Angola's Cuando Cubango province near Rundu": the province the gazetteer knows
            typed = demonym_country(nationality_before(text, cue.start) or "")
            # "the Turkmen town of X": only a namesake in that country, though the article names only Iran
            better = _candidate_fitting(cue, known, anchor, self.countries_besides(known)
                                        if cue.kind in TERRAIN_KINDS else {typed} if typed else self.countries | (
                                            set() if nationality_before(text, cue.start)
                                            else neighbour_country(known, self._of_places("towns"))))
            held = holds_elsewhere(cue, better or known.entry, self.places, text)
            if held is not None:  # "Pichanal, in the department of X": X is where Pichanal is
                better, far, anchor = None, True, held
            if better is not None and anchor is None and (far_namesake(cue, better, self.places, self.typed)
                                                          or respelt_in_other_unit(cue, better, self.places, text)):
                better, far = None, True  # "the communities of Nueva Esperanza and X" on the Putumayo, not on the coast
            if better is not None and (landmark := landmark_at(text, cue, known.mention.end, better, (
                    p.entry for p in places if p.role == "place"))) is not None:  # (read only for a landmark)
                self.places = _without(places, cue) + [Place(_cue_mention(text, cue), landmark, known.confidence)]
                return  # "the Chirundu Bridge" is a bridge at Chirundu
            if better is not None:
                if better.gid != known.entry.gid:
                    self.places = _replace_key(places, known.mention.key, better, known.confidence)
                else:  # "the Hanish islands": the islands the gazetteer knows, with their word
                    self.places = with_island_word(text, places, known, cue)
                self.places = word_taken_in(self.places, text, cue, known)  # "the Ksamil peninsula", read at Ksamil
                return
            if cue.place_type != "water" or stranger:  # "the village of Arabia": no mention of it is Saudi Arabia
                far = far or stranger  # "the San Juan River" in a Costa Rica story is not at San Juan, Puerto Rico
                places = [p for p in places if not (p.entry.in_gazetteer and p.mention.key == known.mention.key)]
        if known is None:
            listed = self._listed(cue, anchor)  # "Plymouth County" that the mention finder passed over
            if listed is not None:
                self.places = _without(places, cue) + [Place(_cue_mention(text, cue), listed, UNLISTED_CONFIDENCE)]
                return
        earlier = self.done.get((fold(cue.name), cue.place_type))
        unit = anchor
        if earlier is not None and unit is None:  # one name, one place: "Plymouth County" again
            unit = self.units[earlier]
        if unit is None:
            unit = self.heads.get(cue.start)
        if unit is None and cue.owner_end is not None:
            owner = _at(places, cue.owner_end - 1)
            unit = owner.entry if owner is not None and owner.role != "dateline" else None
        if unit is None and cue.place_type == "admin2":
            unit = self._seat(cue)  # "Téra department": the district named after its town
        if unit is None:  # "landed in X and in the market of Y": told together, X is near Y
            sibling = _coordinated(text, cue, places, self.countries)
            unit = sibling.entry if sibling is not None else None
        guessed = unit is None or part  # (where in its county a part of it lies, the text does not say)
        if unit is None:
            near = _nearest_in_sentence(cue, places, self.countries, self.sentences[cue.sentence])
            guessed = near is None  # (by its dateline town, or where the text told it before: a guess still)
            near = near or _told_elsewhere(cue, text, places, self.sentences, self.countries)
            if near is None and cue.kind in _ROAD_KINDS and self.later is not None:
                self.later.append(cue)  # "blocked the X Highway at Y": once Y, a hint, is placed
                return
            if near is None and cue.weak:  # a hint alone: at the article's main place, if its sentence agrees
                said = _sentence_countries(self.sentences[cue.sentence], places)
                if not said and _FARTHER.match(self.sentences[cue.sentence].text):
                    said = self.countries  # "Farther north, at X, ...": along the frontier the article is about
                unit = _focus(self._countable(places), (said & self.countries) or said) if said else None
                if unit is None and (frontier := _frontier_story(places, self.sentences)):  # "a bus hit near X": nearby
                    if self.later is not None:  # once the others are placed ("between X and Bouar" says more)
                        self.later.append(cue)
                        return
                    # a region ("the X conflict") is where the whole article is, not by the last place told
                    near = _nearby(cue, places, self.countries, self.sentences) if cue.place_type != "region" else None
                    unit = near.entry if near else _focus(self._countable(places), self.countries | frontier)
            elif near is None and (named := self._unit_named(cue, known)) is not None:
                unit = named  # "along the Luapula River" after "Luapula Province Police": by the province it names
            elif near is None and (rare_name(cue) or cue.kind in _SETTLEMENT_KINDS):
                # "the Friendship Bridge" needs a place beside it; "the town of Saut-d'Eau" is a town
                near = _nearby(cue, places, named_country(self.sentences[cue.sentence], places, self.countries)
                               or self.countries, self.sentences)
                unit = near.entry if near is not None else _focus(self._countable(places), self.countries)
            elif near is not None and _told_apart(cue, near):  # the capital's country, where the article is
                unit = _focus(self._countable(places), {near.entry.iso2})
                if unit is None or unit.feature == "capital":  # (or where the article is at all)
                    unit = _focus(self._countable(places), self.countries) or near.entry
            else:
                unit = near.entry if near is not None else None
            if unit is None and stranger:  # the gazetteer's far namesake gives way: where the article is
                unit = _focus(self._countable(places), self.countries)
        if unit is not None and unit is not anchor and (
                unit.place_type == "country" or cue.place_type == "water" and unit.feature == "capital"):
            # "Iran’s Hamoun wetlands", "Ethiopia’s Borana zone", "Tehran and Kabul are at odds over
            # the Helmand river": not at a country's middle or at its capital but where the article is
            focus = _focus(self._countable(places), {unit.iso2} if unit.place_type == "country" else self.countries)
            unit, guessed = (focus, True) if focus is not None else (unit, guessed)
        if sea_middle(unit, anchor, cue):  # "X island in the Caspian Sea": not hundreds of km out
            focus = _focus(self._countable(places), self.countries)
            unit, guessed = (focus, True) if focus is not None and focus.place_type != "water" else (unit, guessed)
        if beyond is not None and unit is not None and unit.iso2 == beyond:
            unit, guessed = this_side(unit, beyond, self.countries, lambda own: _focus(self._countable(places), own)), True
        if unit is None and (named := self._unit_named(cue, known)) is not None:
            unit, guessed = named, True  # "the Mono River" alone in its sentence: by the Mono region it names
        unit, guessed = last_resort(text, cue, unit, guessed, lambda: _nearby(cue, places, set(), self.sentences))
        if unit is None and (cue.weak or typed_strongly(text, cue)) and (frontier := self._border_countries(places)):
            # a name nothing in the text places still stands on its stretch of frontier, never vanishes
            unit = frontier_stretch(places, frontier, lambda: _nearby(cue, places, set(), self.sentences),
                                    lambda: _focus(self._countable(places), frontier))
            guessed = True
        if unit is None:  # nowhere to put it: the gazetteer's reading stays ("the X crossing into Y")
            self.places = self.places if known is not None and known.entry.place_type == "city" and not far else places
            return
        if unit.place_type == "admin1" and cue.place_type in ("city", "landmark") and unit is not anchor:
            unit = _town_point(unit, places)  # only where the text does not put it in the province itself
        said = typed_nationality(text, cue.name_end) or nationality_before(text, cue.start)
        said = demonym_country(said) if said else None
        if said is None and cue.relation == "across" and unit is anchor and unit is not None:
            # "Rikhawdar, across the Tiau river from Zokhawthar": the article's other country
            others = self.countries - {unit.iso2}
            said = next(iter(others)) if len(others) == 1 else None
        if said is None and unit is not None and unit is not anchor:  # "crossed into Ghana near X"
            said = country_told_before(text, cue, places)
        if said is None and unit is not None and guessed:  # "Across the river, in X": the other side
            if self.said is None:
                self.said = demonym_countries(self.sentences)
            said = other_side(cue.sentence, self.sentences, places, self.said)
            beside = told_on_side(cue.sentence, places, said) if said and said != unit.iso2 else None
            if beside is not None:  # a town of that side the sentence names: there, not across
                unit, said, guessed = beside.entry, None, True
        if said and unit.iso2 and said != unit.iso2:
            # "Boulkessi, a Malian town near the frontier with Soum province": across the frontier
            # from the unit it is told near, in the country the text gives; only that is known
            unit, guessed = _across(unit, said, cue.relation == "across"), True
        entry = _unlisted_entry(cue, unit, guessed)
        self.done.setdefault((fold(cue.name), cue.place_type), entry.gid)
        self.units.setdefault(entry.gid, unit)
        place = Place(_cue_mention(text, cue), entry, UNLISTED_CONFIDENCE)
        places = _without(places, cue) + [place]
        if entry.place_type in ("admin2", "region") and (
                self.gazetteer is None or self.gazetteer.hits(fold(cue.name)) or common_word(cue.name)):
            self.places = places  # bare "Plymouth" is the town, not Plymouth County
            return
        self.places = _again(text, self.sentences, places, [place])

    def _border_countries(self, places: list[Place]) -> set[str]:
        """The countries of a frontier story: those it names as countries or peoples, else, in a
        text about a border, the two or more countries of the provinces it names ("crossed at
        Loyada ... Somaliland's Awdal region": an update may name neither country)."""
        named = _frontier_story(places, self.sentences)
        if named:
            return named
        units = {c for c in self.countries if c and len(c) == 2 and c.isalpha()}
        return units if len(units) >= 2 and _BORDER_WORD.search(self.text) else set()

    def _unit_named(self, cue: PlaceCue, known: Place | None) -> GazetteerEntry | None:
        """The article's province or district a river's name is ("the Mono River", "the Luapula
        River"): without a place beside it in its sentence, the river is by the unit named after it,
        not by the last place told before (a lake's middle, a town of another stretch)."""
        if cue.place_type == "water" and known is not None and known.entry.iso2 in self.countries \
                and known.entry.place_type in ("admin1", "admin2"):
            return known.entry
        return None

    def countries_besides(self, known: Place) -> set[str]:
        """The article's countries without one only ``known``'s name gives it."""
        if self.said is None:
            self.said = demonym_countries(self.sentences)
        return countries_besides(known, self._of_places("countries"), self.said, self.countries)

    def _stranger(self, known: Place, cue: PlaceCue) -> bool:
        """A hinted name ("outside Palma") the gazetteer reads as a town in a country the article
        never names, thousands of km from every place it names, in a sentence naming only the
        article's countries ("Mozambican troops clashed..."): the place meant is one the gazetteer
        lacks, there. Two places at least must say where the article is (one may be a misreading
        too: "Santa Elena" read in Paraná)."""
        e = known.entry
        if not e.in_gazetteer or e.place_type != "city" or not self.countries or e.iso2 in self.countries \
                or not cue.start <= known.mention.start < known.mention.end <= cue.end:
            return False
        said = _sentence_countries(self.sentences[cue.sentence], self.places)
        if not said or not said <= self.countries:
            return False
        others = {p.entry.gid: p.entry for p in self.places if p.role == "place" and p.entry.iso2 in self.countries
                  and p.entry.place_type != "country"}.values()
        # a town (or a city read for a river the text names) need not be as far as a big city
        reach = NAMESAKE_KM if e.population < NAMESAKE_MAX_POPULATION or cue.place_type != "city" else STRANGER_KM
        return len(others) >= 2 and min(haversine_km(e.lat, e.lon, o.lat, o.lon) for o in others) > reach

    def _not_hinted(self, cue: PlaceCue) -> bool:
        """A hinted name that is no place: a common word in English, Spanish or French ("at
        Reuters", "in Parliament"), a word of a person's name, or a name the gazetteer holds in
        the article's countries (the mention finder left it out on purpose)."""
        words = [w for w in cue.name.split() if w.lower() not in _PARTICLES]
        if not words or (words[0].lower() in first_names() and words[0].lower() not in PLACE_HEADS) or any(
                w.lower() in self.persons for w in words) or not rare_name(cue):
            return True
        if is_demonym(words[0]) or not_a_name(cue):  # "Thai", "Filipinos"
            return True
        if self.gazetteer is not None:
            hits = self.gazetteer.hits(fold(cue.name))
            return any(h.entry.iso2 in self.countries and h.is_primary for h in hits)
        return False


def _cue_mention(text: str, cue: PlaceCue) -> Mention:
    """The mention of a typed name: its words with the kind words that belong to it."""
    return Mention(text[cue.start:cue.end], cue.start, cue.end, cue.sentence, fold(cue.name), (), None, False,
                   text[max(0, cue.start - 40):cue.start])


def _overlaps(p: Place, cue: PlaceCue) -> bool:
    return p.mention.start < cue.end and cue.start < p.mention.end


def _without(places: list[Place], cue: PlaceCue) -> list[Place]:
    """``places`` but those overlapping ``cue`` (the test written out: a long text has thousands)."""
    start, end = cue.start, cue.end
    return [p for p in places if not (p.mention.start < end and start < p.mention.end)]


def _candidate_fitting(cue: PlaceCue, known: Place, anchor: GazetteerEntry | None,
                       countries: set[str]) -> GazetteerEntry | None:
    """The known reading when it fits the text's kind, else another candidate of the same name
    that does (La Victoria in Apure rather than in Aragua), else None."""
    if _fits(cue, known.entry, anchor, countries):
        return known.entry
    if known.mention.end > cue.name_end + 1 and cue.place_type not in ("water", "landmark") and (
            not countries or known.entry.iso2 in countries):
        return known.entry  # the gazetteer knows a longer name than the cue ("Mandera County")
    for h in known.mention.hits:  # (a valley is no town of its name elsewhere: "the Zambezi valley")
        if h.entry.gid != known.entry.gid and _fits(cue, h.entry, anchor, countries) and h.entry.place_type not in (
                "country", "admin1") and cue.place_type != "water" and not (
                cue.place_type == "region" and h.entry.place_type == "city"):
            return h.entry
    return None


def _replace_key(places: list[Place], key: str, entry: GazetteerEntry, confidence: float) -> list[Place]:
    """Every mention of the name now reads ``entry``, except those the text types otherwise
    ("the town of Batken" and "Batken region")."""
    return [Place(p.mention, entry, confidence) if p.mention.key == key and not p.mention.suffix else p
            for p in places]


def _again(text: str, sentences: list[Sentence], places: list[Place], new: list[Place]) -> list[Place]:
    """One name, one place: the other mentions of a name first read as unlisted ("Koufroun"
    typed once as a village, then "in Koufroun") are that place too, where no gazetteer place
    holds them; a river only as "the X" ("along the Panj", while "Dnipro" alone is the city)."""
    if not new:
        return places
    from bisect import bisect_right

    starts = [s.start for s in sentences]
    by_name: dict[str, Place] = {}
    for p in new:
        by_name.setdefault(p.entry.name, p)
    out = list(places)
    for name, p in by_name.items():
        if p.entry.place_type == "water":  # "along the Panj" is the river, whatever the gazetteer says
            out = [q for q in out if not (q.entry.in_gazetteer and q.mention.text == name
                                          and text[max(0, q.mention.start - 4):q.mention.start] == "the ")]
    taken = bytearray(len(text) + 1)  # characters inside a mention (a span overlaps one iff it covers one)
    for q in out:
        taken[q.mention.start:q.mention.end] = b"\x01" * (q.mention.end - q.mention.start)
    for name, p in by_name.items():
        opened = name.lower().startswith(f"{p.entry.feature} ")  # "Lake Victoria": named whole without "the"
        for a, b in _whole_word_spans(text, name, after_the=p.entry.place_type == "water" and not opened):
            if taken.find(1, a, b) >= 0:
                continue
            si = max(0, bisect_right(starts, a) - 1)
            mention = replace(p.mention, text=name, start=a, end=b, sentence=si, shown=None,
                              context_before=text[max(0, a - 40):a])
            out.append(Place(mention, p.entry, p.confidence))
            taken[a:b] = b"\x01" * (b - a)
    return out
