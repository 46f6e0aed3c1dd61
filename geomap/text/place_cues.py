"""Words around a capitalised name that say it is a place, and which kind: "the village of X",
"X crossing", "X district", "the X river", "X, a town in Y", "X (a village in Y)".

Pure text: it finds the name, the kind the text gives it and where the text goes on to say
where it lies (the words after "in", "near", "across the river from"); the reading step
(``geomap.reading.unlisted``) looks the container up and places the name there.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from geomap.text.border_with import BORDER_WITH, other_side_at
from geomap.text.lexicon import DIRECTIONS, DISTANCE_UNITS, FEATURE_WORDS, GLUED_DISTANCE, LAND_WORD_IN_MENTION, NEVER_PLACES, ORG_WORDS, TITLES
from geomap.text.sentences import Sentence
from geomap.text.tokens import Token, article_memo, joined, tokenize

#: kind word -> SPEC place_type of a place the text calls so
SETTLEMENT_WORDS = {"village": "city", "town": "city", "city": "city", "hamlet": "city", "settlement": "city",
                    "locality": "city", "villages": "city", "towns": "city", "headland": "landmark",
                    "oasis": "city", "suburb": "city", "neighbourhood": "city", "neighborhood": "city", "parish": "city",
                    "commune": "city", "community": "city", "port": "city", "outpost": "landmark"}
#: plural kind words before "of" that type every name of the list after them ("the villages of X, Y and Z")
_PLURAL_OF = {"villages": "city", "towns": "city", "hamlets": "city", "settlements": "city", "communities": "city",
              "localities": "city", "islands": "landmark"}
#: a plural settlement word (islands, the last, left out) just before "including" ("villages, including X and Y")
_PLURAL_BEFORE = re.compile(r"\b(" + "|".join(list(_PLURAL_OF)[:-1]) + r")\b(?:[ ,]+[\w'-]+){0,4}?,?\s*$", re.I)
#: terrain words before "of" ("the mountains of X and Y"): the names only hinted (a known name keeps its reading)
_TERRAIN_OF = {"mountains": "region", "hills": "region", "massif": "region", "forest": "landmark"}
#: unit words before "of" ("the district of X", "the sub-prefecture of X", "the jamoat of X")
_UNIT_OF = {"district": "admin2", "county": "admin2", "sub-prefecture": "admin2", "prefecture": "admin2",
            "municipality": "admin2", "jamoat": "admin2", "kebele": "admin2", "ward": "admin2",
            "sub-district": "admin2", "subdistrict": "admin2", "sub-county": "admin2", "township": "admin2",
            # the Spanish- and French-speaking world's departments and the Gulf's wilayats ("in the
            # department of X", "the wilayat of X"), and first-level units told the same way
            "department": "admin2", "wilayat": "admin2", "province": "region", "governorate": "region"}
#: words after a name that make it a landmark, a body of water, a region or a district
AFTER_WORDS = {
    "crossing": "landmark", "checkpoint": "landmark", "camp": "landmark", "camps": "landmark",
    "pass": "landmark", "bridge": "landmark", "gate": "landmark", "outpost": "landmark", "airstrip": "landmark", "dam": "landmark",
    "river": "water", "lake": "water", "strait": "water", "valley": "region", "wetlands": "water",
    "marshes": "water", "marshlands": "water",
    "district": "admin2", "districts": "admin2", "county": "admin2", "counties": "admin2", "township": "admin2",
    "townships": "admin2", "tehsil": "admin2", "tehsils": "admin2", "commune": "admin2", "communes": "admin2",
    "municipality": "admin2", "sub-county": "admin2", "subcounty": "admin2", "sub-district": "admin2",
    "subdistrict": "admin2", "raion": "admin2", "rayon": "admin2", "woreda": "admin2", "payam": "admin2",
    "territory": "admin2", "region": "region", "department": "admin2", "departments": "admin2",
    "upazila": "admin2", "upazilas": "admin2", "zone": "admin2", "zones": "admin2", "union": "admin2",
    "area": "region", "areas": "region", "parish": "admin2", "canton": "admin2", "division": "admin2",
    "prefecture": "admin2", "sub-prefecture": "admin2", "governorate": "region", "province": "region", "settlement": "landmark",
    "gorge": "region", "hills": "region", "mountains": "region", "range": "region", "plateau": "region",
    "island": "landmark", "islands": "landmark", "park": "landmark", "neighbourhood": "city",
    "neighbourhoods": "city", "neighborhood": "city", "neighborhoods": "city", "town": "city",
    "regency": "admin2", "regencies": "admin2",
    # administrative units below the district in many countries, and plurals after a list of names
    "divisions": "admin2", "ward": "admin2", "wards": "admin2", "jamoat": "admin2", "jamoats": "admin2",
    "kebele": "admin2", "kebeles": "admin2", "sub-prefectures": "admin2", "sub-counties": "admin2",
    "sub-districts": "admin2", "subdistricts": "admin2", "municipalities": "admin2", "prefectures": "admin2",
    "village": "city", "villages": "city", "market": "landmark", "markets": "landmark",
    # plurals after one name or a list ("the X bridges", "the X and Y rivers")
    "bridges": "landmark", "crossings": "landmark", "checkpoints": "landmark", "outposts": "landmark",
    "dams": "landmark", "rivers": "water", "lakes": "water", "valleys": "region",
    # forests and reserves where border patrols, rangers and miners meet ("the Kibira forest"), and
    # the fortified villages of the Maghreb's oases ("the Zenaga ksar")
    "forest": "landmark", "reserve": "landmark", "ksar": "city", "ksour": "city",
    # the units below the district of Rwanda, Burundi, Chad and others ("the X sector")
    "sector": "admin2", "sectors": "admin2",
    # named highways where traders block the road and convoys are hit ("the Inter-American Highway"),
    # capitalised only (below); rapids and plateaus named like rivers and hills ("the Batéké plateaux")
    "highway": "landmark", "rapids": "water", "plateaux": "region", "plateaus": "region", "escarpment": "region",
    # a border post named bare ("the Kulata post"), lowercase only ("the Bangkok Post" is a paper)
    "post": "landmark", "posts": "landmark",
    # lagoons a frontier runs along, and the hills, ridges and massifs its posts stand on ("from the
    # Trifinio massif", "the Doklam ridge"; not creeks: a city's "Mahim Creek" is seldom a news place)
    "lagoon": "water", "hill": "region", "ridge": "region", "massif": "region",
    # waters and lands a frontier follows or cuts, capitalised with their name only ("the Moleson
    # Creek", "the Hudiara Drain", "the X Channel", "the X Triangle"; lowercase, "the Guajira
    # peninsula" and "Corisco bay" too)
    "creek": "water", "drain": "water", "channel": "water", "bay": "water", "peninsula": "region",
    "triangle": "region",
    "point": "landmark", "canyon": "region", "canyons": "region",  # "Europa Point" (capitalised only), "the Piva canyon"
}
#: words between "the" and a plural kind before "of" ("the neighbouring villages of X and Y")
_LIST_ADJECTIVES = frozenset("neighbouring neighboring nearby surrounding border frontier remote two three four five".split())
#: kind words that type the name after "the ... of" ("the gold-mining area of X")
_AREA_OF = {"area": "region"}
#: kind words that type the name before them only when capitalised with it ("Toe Town", not "the border town")
_CAPITAL_ONLY = frozenset({"town", "highway", "creek", "drain", "channel", "triangle", "point"})
#: the waters and lands among them: a name the gazetteer knows whole with its word ("the Golden
#: Triangle") is that place ("X, a town in Y" is not: there the text says which X)
NAMED_WITH_WORD = frozenset({"creek", "drain", "channel", "triangle"})
#: words that name a road by its number ("Route 34", "National Route 9", "Highway 7", "Ruta 3")
_ROAD_WORDS = frozenset("route highway ruta rodovia autoroute motorway".split())
#: capitalised words that open a numbered road's name ("National Route 34")
_ROAD_OPENERS = frozenset("national provincial state federal interstate regional".split())
#: the kind of a road named by its number (made of common words: the reading step keeps it still)
ROAD_KIND = "road"
#: capitalised unit titles written before the unit's name ("Traditional Authority Kaluma in X district",
#: "Barangay San Roque", "Kelurahan Sukamaju"): the name after them is a unit (its title is no part of it)
_TITLES_BEFORE = {("traditional", "authority"): "traditional authority", ("barangay",): "barangay",
                  ("kelurahan",): "kelurahan", ("desa",): "desa", ("sub-chiefdom",): "sub-chiefdom"}
#: kind words that, capitalised, name an organisation ("the Illinois Department of Health")
_ORG_LIKE_KINDS = frozenset("department departments division divisions settlement zone zones union area areas ward wards "
                            "market markets village villages bridges crossings checkpoints outposts dams rivers lakes "
                            "valleys sector sectors post posts".split())  # ("Plantation Lakes Apartments", "the Private Sector Foundation")
#: two-word kinds after a name ("the Kavimvira border post", "the Bulukat transit site")
AFTER_PAIRS = {("border", "post"): "landmark", ("border", "crossing"): "landmark", ("transit", "site"): "landmark",
               ("transit", "centre"): "landmark", ("transit", "center"): "landmark", ("refugee", "camp"): "landmark",
               ("reception", "centre"): "landmark", ("border", "post"): "landmark", ("military", "base"): "landmark",
               ("border", "point"): "landmark", ("land", "port"): "landmark", ("crossing", "point"): "landmark",
               ("crossing", "points"): "landmark", ("border", "points"): "landmark", ("border", "posts"): "landmark",
               ("border", "crossings"): "landmark", ("border", "gate"): "landmark", ("border", "gates"): "landmark",
               ("international", "border"): "landmark", ("border", "market"): "landmark",
               ("border", "markets"): "landmark",
               # where herders water their animals and aid agencies count them ("the X water point")
               ("water", "point"): "landmark", ("water", "points"): "landmark",
               # protected areas named by two words after the name ("the X Forest Reserve", "the X
               # archaeological site")
               ("forest", "reserve"): "landmark", ("game", "reserve"): "landmark", ("nature", "reserve"): "landmark",
               ("wildlife", "reserve"): "landmark", ("national", "park"): "landmark",
               ("archaeological", "site"): "landmark", ("archaeological", "reserve"): "landmark"}
#: kinds whose word belongs to the mention even in lowercase ("the Dnipro river", "the Joda crossing")
_WORD_IN_MENTION = {"landmark", "water"}
#: the relation of a name typed only by a capitalised adjective ("X, an Algerian town"), which the
#: reading step keeps only when the adjective is a nationality (not "Alvin, Texas, a Houston suburb")
NATIONAL = "national"
#: words that say where the named place lies, after its kind ("a village in Y", "near Y")
RELATIONS = ("in", "near", "outside", "of")
#: words that end the description between a name and its container ("a village in Y" goes on, "X and Y" not)
_CLAUSE_WORDS = frozenset("and or but which that where who when while as since after before with".split())
_PARTICLES = frozenset("el al de del la las los le du des da di ul bin ibn".split())
#: prepositions before an unknown name that "in Y" may place ("from X in Y", "opposite X in Y province")
_BEFORE_UNKNOWN = frozenset("from near outside around at opposite facing into beyond to".split())  # ("moved to X in Y province")
#: words naming a crossing before "of" ("the border post of X", "the checkpoint of X"); the word
#: before them, when given, must be one of theirs ("border post", not "a trading post of X")
_LANDMARK_OF = {"post": ("border",), "posts": ("border",), "crossing": None, "checkpoint": None,
                "gate": ("border",)}
#: short English words that may stand between two names ("Kenya has Mandera"): not a name's inner word
_SHORT_WORDS = frozenset("was had has hit won got saw led met set put are is be not all two new old say".split())
_STOP = frozenset("the a an this that these those its their his her our on in at near from of to and or but "
                  "since after before during while when where as by for with".split())


@dataclass(frozen=True)
class PlaceCue:
    """A capitalised name the words around it type as a place."""

    name: str
    start: int  # the mention: the name, plus its kind word for landmarks and waters
    end: int
    name_end: int
    kind: str  # the word the text uses: village, crossing, district, river...
    place_type: str  # SPEC place_type: city, landmark, water, region, admin2
    sentence: int
    anchor_start: int | None = None  # where the text says where it lies ("Y" in "near Y")
    relation: str | None = None  # in, near, across (the river or border from Y: the other side)...
    owner_end: int | None = None  # "Tajikistan’s Darvaz district": end of the possessor
    weak: bool = False  # only hinted ("near X", "seized X"): see ``geomap.text.place_hints``


#: kind words after which a single adjective is more often met than a name ("Kurdish villages")
_ADJECTIVE_SHY = frozenset("village villages market markets".split())
_ADJECTIVE_ENDINGS = ("ish", "ite", "ites", "ian", "ean", "ese", "ic", "ist")
_FAITHS_AND_PEOPLES = frozenset("""arab arabs muslim sunni shia shiite druze hindu jewish kurd bedouin tribal
yazidi christian catholic hutu tutsi fulani""".split())


def _adjective(word: str) -> bool:
    """A word that reads as an adjective of a people, faith or region ("Kurdish", "Asian", "Druze")."""
    w = word.lower()
    return w in _FAITHS_AND_PEOPLES or w.endswith(_ADJECTIVE_ENDINGS)


def _singular(word: str) -> str:
    """"counties" -> "county", "camps" -> "camp" (the kind a plural type word gives each name)."""
    return word[:-3] + "y" if word.endswith("ies") else word.rstrip("s")


def _is_name_token(t: Token) -> bool:
    w = t.text.lower()
    return (t.is_cap and w not in NEVER_PLACES and w not in TITLES and w not in _STOP
            and w not in ORG_WORDS and not t.text.isdigit() and not (t.text.isupper() and len(t.text) > 1))


def _run_back(text: str, toks: list[Token], k: int, limit: int = 3) -> int | None:
    """First token of the capitalised name that ends at token k (inclusive), or None (also when
    the name goes on before it through a lowercase word, "Mukuru kwa Njenga")."""
    if k < 0 or not _is_name_token(toks[k]):
        return None
    i = k
    while i - 1 >= 0 and k - i + 1 < limit and joined(text, toks[i - 1], toks[i]):
        prev = toks[i - 1]
        if _is_name_token(prev):
            i -= 1
        elif prev.text in _PARTICLES and i - 2 >= 0 and _is_name_token(toks[i - 2]) and joined(text, toks[i - 2], prev):
            i -= 2
        else:
            break
    # a direction alone is no name ("Southern district"), nor is a sentence-opening word alone
    if all(t.text.lower() in DIRECTIONS for t in toks[i:k + 1]):
        return None
    if i >= 2 and not toks[i - 1].is_cap and len(toks[i - 1].text) <= 3 and toks[i - 1].text.isalpha() \
            and toks[i - 1].text.lower() not in _STOP | _SHORT_WORDS and toks[i - 2].is_cap \
            and joined(text, toks[i - 1], toks[i]) and joined(text, toks[i - 2], toks[i - 1]):
        return None
    return i


def _run_forward(text: str, toks: list[Token], i: int, limit: int = 3) -> int | None:
    """Last token of the capitalised name that starts at token i, or None."""
    if i >= len(toks) or not _is_name_token(toks[i]):
        return None
    k = i
    while k + 1 < len(toks) and k - i + 1 < limit and joined(text, toks[k], toks[k + 1]):
        nxt = toks[k + 1]
        if _is_name_token(nxt) and nxt.text.lower() not in AFTER_WORDS:
            k += 1
        elif nxt.text in _PARTICLES and k + 2 < len(toks) and _is_name_token(toks[k + 2]):
            k += 2
        elif nxt.text in _PARTICLES and k + 3 < len(toks) and toks[k + 2].text in _PARTICLES \
                and _is_name_token(toks[k + 3]):
            k += 3  # "Cueva de los Tayos"
        else:
            break
    return k


def _listed_names(text: str, toks: list[Token], i: int, many: bool) -> list[tuple[int, int]]:
    """(first, last) tokens of the name at token i and, when ``many``, of each name listed after
    it ("X, Y and Z", "X and Y"): a list ends at any other word."""
    out = []
    while True:
        e = _run_forward(text, toks, i)
        if e is None:
            return out
        out.append((i, e))
        if not many:
            return out
        j = e + 1
        if j >= len(toks):
            return out
        gap = text[toks[e].end:toks[j].start]
        if gap in (", ", " ") and toks[j].text in ("and", "or") and j + 1 < len(toks) and joined(text, toks[j], toks[j + 1]):
            j += 1
        elif gap != ", ":
            return out
        i = j


def _relation_after(text: str, toks: list[Token], k: int, skip: int = 6) -> tuple[str, int] | None:
    """("near", offset of Y) when the words after token k say where the place lies:
    "in Y", "near Y", "across the river from Y", "a few kilometres south of Y" (``skip``: how
    many descriptive words may come first)."""
    j = k + 1
    n = len(toks)
    # skip a short descriptive run: "a village in", "a disputed headland overlooking", "south of"
    for _ in range(skip + 1):
        if j >= n:
            return None
        w = toks[j].text.lower()
        if w in RELATIONS:
            m = j + 1
            while m < n and toks[m].text.lower() in ("the", "a"):
                m += 1
            if m + 1 < n and toks[m].text.lower() in DIRECTIONS and toks[m + 1].is_cap:
                m += 1  # "in southern Syria’s Sweida province": the direction only narrows Y
            if (beyond := other_side_at(text, toks, m)) is not None:  # "near the frontier with (the) Y (in Z)"
                if beyond[1] is not None:  # Z holds the place; Y is only the other side of the border
                    return _relation_after(text, toks, beyond[1], skip=0)
                m, w = beyond[0], BORDER_WITH
            if m + 2 < n and toks[m].is_cap and toks[m + 1].text in ("’s", "'s") and toks[m + 2].is_cap:
                m += 2  # "a village in Cambodia’s Oddar Meanchey province": the province holds it
            if m < n and toks[m].is_cap and toks[m].text.lower() not in NEVER_PLACES:
                if w in ("in", "of"):  # "a town in Apure state across the river from Y": Y is closer
                    closer = _relation_after(text, toks, m, skip=4)
                    if closer and closer[0] in ("near", "across"):
                        return closer
                return w, toks[m].start
            return None
        if w in _CLAUSE_WORDS:
            return None
        if w == "across":  # "across the river from Y", "across the border from the town of Y"
            for m in range(j + 1, min(n - 1, j + 5)):
                if toks[m].text.lower() == "from":
                    y = _after_town_words(toks, m + 1)
                    return ("across", toks[y].start) if y is not None else None
            return None
        if toks[j].is_cap or text[toks[j - 1].end:toks[j].start].strip() in (".", ";", ")", ",", ":"):
            return None
        j += 1
    return None


_DISTANCE_WORDS = DISTANCE_UNITS | {"metres", "meters"}


def _owns_part(toks: list[Token], start: int) -> bool:
    """Whether the name opening at offset ``start`` owns a part told in small letters ("Libya's
    south-east"), not a named unit ("Libya's Kufra district")."""
    y = next((i for i, t in enumerate(toks) if t.start == start), None)
    while y is not None and y + 1 < len(toks) and toks[y + 1].is_cap and toks[y + 1].text not in ("’s", "'s"):
        y += 1
    return y is not None and y + 2 < len(toks) and toks[y + 1].text in ("’s", "'s") and not toks[y + 2].is_cap


def _skip_after(toks: list[Token], k: int) -> int:
    """How many words may stand between a kind word and its relation: none ("a village in Y",
    not "a city official in Y"), except a distance ("a village a few kilometres south of Y")."""
    window = [t.text.lower() for t in toks[k + 1:k + 5]]
    return 5 if any(w in _DISTANCE_WORDS or GLUED_DISTANCE.fullmatch(w) for w in window) else 0  # ("20km", "5-km")


def _after_town_words(toks: list[Token], m: int) -> int | None:
    """Index of Y in "Y", "the Y", "the Colombian town of Y" from token m, or None."""
    n = len(toks)
    if m < n and toks[m].text.lower() == "the":
        m += 1
    if m + 2 < n and toks[m + 1].text.lower() in SETTLEMENT_WORDS and toks[m + 2].text == "of":
        m += 3
    elif m + 1 < n and toks[m].text.lower() in SETTLEMENT_WORDS and toks[m + 1].text == "of":
        m += 2
    return m if m < n and toks[m].is_cap and toks[m].text.lower() not in NEVER_PLACES else None


def _names_an_organisation(text: str, toks: list[Token], k: int, place_type: str) -> bool:
    """Whether a capitalised kind word at token k goes on into an organisation's name or a
    title ("the Mano River Union", "the Resident District Officer"); a unit's own body still
    names the unit ("Luapula Province Police")."""
    if not (toks[k].is_cap and k + 1 < len(toks) and toks[k + 1].is_cap and joined(text, toks[k], toks[k + 1])):
        return False
    nxt = toks[k + 1].text.lower()
    return nxt in _TITLE_AFTER or (nxt in ORG_WORDS and place_type in ("water", "landmark"))


#: words after a unit's kind word that make a title, not a place ("District Officer")
_TITLE_AFTER = frozenset("officer officers commissioner commissioners command".split())


def _past_possessor(toks: list[Token], y: int) -> int:
    """Index of Z in "Y's Z" from Y's first token at ``y`` (a name of up to three words), else ``y``."""
    for m in range(y, min(y + 3, len(toks) - 1)):
        if toks[m].text in ("’s", "'s"):
            return m + 1 if m > y and toks[m + 1].is_cap else y
        if not toks[m].is_cap:
            break
    return y


def _owned_kind(text: str, toks: list[Token], k: int) -> bool:
    """Whether the capitalised kind word at token k follows a name's possessive ("Rooyen's Gate")."""
    return k >= 2 and toks[k - 1].text in ("’s", "'s") and joined(text, toks[k - 1], toks[k]) \
        and joined(text, toks[k - 2], toks[k - 1])


def _possessor(text: str, toks: list[Token], i: int) -> int | None:
    """End offset of "Tajikistan" in "Tajikistan’s Darvaz district" (the owner before the name)."""
    if i >= 2 and toks[i - 1].text in ("’s", "'s") and toks[i - 2].is_cap:
        return toks[i - 2].end
    return None


#: every lower-case word a rule of ``place_cues`` starts from (the rules for capitalised words
#: start from any): a rule starting from another word must add it here (tests/test_place_cues.py
#: checks the answers against a run without this filter)
_CUE_WORDS = frozenset(SETTLEMENT_WORDS) | frozenset(_PLURAL_OF) | frozenset(_UNIT_OF) | frozenset(AFTER_WORDS) \
    | frozenset(first for first, _ in AFTER_PAIRS) | _BEFORE_UNKNOWN | frozenset(_LANDMARK_OF) \
    | frozenset(_TERRAIN_OF) | frozenset(("including",))


#: the first words of ``AFTER_PAIRS``
_PAIR_FIRSTS = frozenset(first for first, _ in AFTER_PAIRS)
#: the first words of ``_TITLES_BEFORE`` (the other capitalised words skip its loop)
_TITLE_FIRSTS = frozenset(title[0] for title in _TITLES_BEFORE)
#: every word a rule of ``_place_cues`` starts from: a capitalised word outside them can only open
#: the last rule ("X, a village in Y"), which needs a comma or bracket after it
_RULE_WORDS = _CUE_WORDS | _TITLE_FIRSTS | _ROAD_WORDS | frozenset(_AREA_OF) | frozenset(("villages", "towns"))


#: dashes that join the two ends of a crossing's name ("the X–Y crossing"); a hyphen makes one name
_PAIR_DASHES = ("\u2013", "\u2014")


def words_of_sentences(text: str, sentences: list[Sentence], words: frozenset[str] | None = None,
                       capitalised: bool = False):
    """(sentence index, its tokens, token index, token, lowercased word) for every word; with
    ``words``, only for those words (and, with ``capitalised``, every capitalised one): the
    rules that start from a few words skip the others here, not each in its own loop."""
    memo = article_memo(text)
    for si, s in enumerate(sentences):
        toks = tokenize(text, s.start, s.end)
        lowered = memo.get(("lowered", s.start, s.end))
        if lowered is None:  # (both rule sets read every sentence: lowercased once)
            lowered = memo["lowered", s.start, s.end] = tuple([t.text.lower() for t in toks])
        if words is not None and not capitalised and not any(map(words.__contains__, lowered)):
            continue  # (most sentences hold none of a few words)
        for k, w in enumerate(lowered):
            if words is None or w in words or capitalised and toks[k].is_cap:
                yield si, toks, k, toks[k], w


def place_cues(text: str, sentences: list[Sentence]) -> list[PlaceCue]:
    """Every name the text types as a place, in text order (one cue per name span): read once
    per article (the unlisted places and the common-word towns both ask)."""
    memo = article_memo(text)
    key = ("place_cues", tuple((s.start, s.end) for s in sentences))
    got = memo.get(key)
    if got is None:
        got = memo[key] = tuple(_place_cues(text, sentences))
    return list(got)


def _place_cues(text: str, sentences: list[Sentence]) -> list[PlaceCue]:
    out: dict[int, PlaceCue] = {}
    # (no rule below starts from another word: most words of a text)
    for si, toks, k, t, w in words_of_sentences(text, sentences, _CUE_WORDS, capitalised=True):
        n = len(toks)
        if w not in _RULE_WORDS and not (k + 2 < n and text[t.end:toks[k + 1].start].strip() in (",", "(")):
            continue  # (most capitalised words: no rule below can start from them)
        # "the village of X", "the border town of X"
        if (w in SETTLEMENT_WORDS or w in _AREA_OF) and not w.endswith("s") and k + 2 < n and toks[k + 1].text == "of" \
                and not t.is_cap:
            e = _run_forward(text, toks, k + 2)
            if e is not None:
                rel = _relation_after(text, toks, e, skip=_skip_after(toks, e))
                out.setdefault(toks[k + 2].start, PlaceCue(
                    text[toks[k + 2].start:toks[e].end], toks[k + 2].start, toks[e].end, toks[e].end,
                    w.rstrip("s"), SETTLEMENT_WORDS.get(w) or _AREA_OF[w], si, rel[1] if rel else None,
                    rel[0] if rel else None))
        # "Traditional Authority Kaluma in Y district", "Barangay San Roque": a unit after its title
        for title, kw in _TITLES_BEFORE.items() if w in _TITLE_FIRSTS else ():
            m = k + len(title)
            if t.is_cap and m < n and tuple(x.text.lower() for x in toks[k:m]) == title and all(
                    x.is_cap for x in toks[k:m]) and joined(text, toks[m - 1], toks[m]):
                e = _run_forward(text, toks, m)
                if e is not None:
                    rel = _relation_after(text, toks, e, skip=0)
                    out.setdefault(toks[m].start, PlaceCue(
                        text[toks[m].start:toks[e].end], toks[m].start, toks[e].end, toks[e].end, kw, "admin2", si,
                        rel[1] if rel else None, rel[0] if rel else None))
        # "Route 34", "National Route 9": a road the text names by its number
        if w in _ROAD_WORDS and t.is_cap and k + 1 < n and toks[k + 1].text.isdigit() and joined(text, t, toks[k + 1]):
            b = k - 1 if k > 0 and toks[k - 1].text.lower() in _ROAD_OPENERS and toks[k - 1].is_cap \
                and joined(text, toks[k - 1], t) else k
            out.setdefault(toks[b].start, PlaceCue(text[toks[b].start:toks[k + 1].end], toks[b].start,
                                                   toks[k + 1].end, toks[k + 1].end, ROAD_KIND, "landmark", si))
        # "the border post of X", "the Chilean checkpoint of X": a crossing named after its place
        if w in _LANDMARK_OF and not t.is_cap and k + 2 < n and toks[k + 1].text == "of" and (
                _LANDMARK_OF[w] is None or k > 0 and (toks[k - 1].text.lower() in _LANDMARK_OF[w]
                                                      or toks[k - 1].is_cap and _adjective(toks[k - 1].text))):
            # ("the Ukrainian post of X": a nationality says whose border post it is)
            e = _run_forward(text, toks, k + 2)
            if e is not None:
                kw = "border post" if w.startswith("post") else w
                out.setdefault(toks[k + 2].start, PlaceCue(
                    text[toks[k + 2].start:toks[e].end], toks[k + 2].start, toks[e].end, toks[e].end,
                    kw, "landmark", si))
        # "the villages of X, Y and Z", "the district of X": a plural kind types every name of its list
        if (w in _PLURAL_OF or w in _UNIT_OF) and k + 2 < n and toks[k + 1].text == "of" and not t.is_cap \
                and k > 0 and (toks[k - 1].text.lower() in ("the", "of", "and", "in") or k > 1 and toks[
                    k - 1].text.lower() in _LIST_ADJECTIVES and toks[k - 2].text.lower() in ("the", "of", "and", "in")):
            # ("the neighbouring villages of X and Y")
            listed = _listed_names(text, toks, k + 2, many=w in _PLURAL_OF)
            if w in _PLURAL_OF and len(listed) < 2:
                listed = []  # "the villages of Zamfara" are villages in a unit the text names
            rel = _relation_after(text, toks, listed[-1][1], skip=0) if listed else None
            for b, e in listed:
                out.setdefault(toks[b].start, PlaceCue(
                    text[toks[b].start:toks[e].end], toks[b].start, toks[e].end, toks[e].end,
                    _singular(w) if w in _PLURAL_OF else w, _PLURAL_OF.get(w) or _UNIT_OF[w], si,
                    rel[1] if rel else None, rel[0] if rel else None))
        # "villages along the river, including X and Y": the names a plural kind word is illustrated with
        if w == "including" and k + 1 < n and (plural := _PLURAL_BEFORE.search(text[max(0, t.start - 60):t.start])):
            kind = plural.group(1).lower()  # (names of a hint: a known name keeps its reading)
            for b, e in _listed_names(text, toks, k + 1, many=True):
                out.setdefault(toks[b].start, PlaceCue(
                    text[toks[b].start:toks[e].end], toks[b].start, toks[e].end, toks[e].end, _singular(kind),
                    _PLURAL_OF[kind], si, weak=True))
        # "the mountains of X and Y": ranges and forests the text names only so
        if w in _TERRAIN_OF and k + 2 < n and toks[k + 1].text == "of" and not t.is_cap and k > 0 \
                and toks[k - 1].text.lower() in ("the", "of", "and", "in"):
            for b, e in _listed_names(text, toks, k + 2, many=True):
                out.setdefault(toks[b].start, PlaceCue(
                    text[toks[b].start:toks[e].end], toks[b].start, toks[e].end, toks[e].end, w, _TERRAIN_OF[w], si,
                    weak=True))
        # "X and other villages of Y", "X and nearby villages"
        if w in ("villages", "towns") and k >= 3 and toks[k - 1].text.lower() in (
                "other", "nearby", "neighbouring", "neighboring", "surrounding") and toks[k - 2].text == "and":
            b = _run_back(text, toks, k - 3)
            if b is not None:
                rel = _relation_after(text, toks, k, skip=0)
                out.setdefault(toks[b].start, PlaceCue(
                    text[toks[b].start:toks[k - 3].end], toks[b].start, toks[k - 3].end, toks[k - 3].end,
                    w.rstrip("s"), "city", si, rel[1] if rel else None, rel[0] if rel else None))
        # "X crossing", "X district", "the X river", "X border post", "Dangam and Marawara districts"
        pair = (w, toks[k + 1].text.lower()) if k + 1 < n and w in _PAIR_FIRSTS else None
        kind = AFTER_PAIRS.get(pair) if pair else None
        kind = kind if kind and joined(text, t, toks[k + 1]) else None
        last = k + 1 if kind else k
        kind = kind or AFTER_WORDS.get(w)
        if kind and k > 0 and joined(text, toks[k - 1], t) and not (t.is_cap and w in _ORG_LIKE_KINDS) \
                and (t.is_cap or w not in _CAPITAL_ONLY) and not _names_an_organisation(text, toks, last, kind):
            b = _run_back(text, toks, k - 1)
            owned = b is None and t.is_cap and _owned_kind(text, toks, k)
            if owned:  # "Van Rooyen's Gate", "Qacha's Nek Bridge": the owner's name and the word make the name
                b = _run_back(text, toks, k - 2)
            if b is None or (w in _ADJECTIVE_SHY and (b == k - 1 and _adjective(toks[b].text) or b > 0 and toks[
                    b - 1].text.lower() in ("a", "an"))):
                continue  # "Kurdish villages", "Asian markets", "a Pemón village": no names
            # "the Joda crossing", "the Dnipro river" name the place; "transit site" describes it
            word_in = ((kind in _WORD_IN_MENTION or w in FEATURE_WORDS | LAND_WORD_IN_MENTION) and last == k) or t.is_cap
            end = toks[last].end if word_in else toks[k - 1].end
            kw = " ".join(x.text.lower() for x in toks[k:last + 1])
            rel = _relation_after(text, toks, last, skip=0)
            # "Toe Town": the capitalised word is part of the name
            names = [(b, k if w in _CAPITAL_ONLY or owned else k - 1, end)]
            # "the Dangam and Marawara districts": the plural word types the whole list
            plural = toks[last].text.lower()
            if plural.endswith("s") and plural != "pass" and b >= 2 and toks[b - 1].text == "and":
                b2 = _run_back(text, toks, b - 2)
                if b2 is not None:
                    names.append((b2, b - 2, toks[b - 2].end))
            # "the X–Y crossing": a crossing named after the towns on its two sides names both
            elif b >= 1 and text[toks[b - 1].end:toks[b].start] in _PAIR_DASHES and kind == "landmark":
                b2 = _run_back(text, toks, b - 1)
                if b2 is not None:
                    names.append((b2, b - 1, toks[b - 1].end))
            for bb, ee, end_ in names:
                if t.is_cap and (had := out.get(toks[bb].start)) is not None and had.end < end_ and kind == "landmark" \
                        and had.place_type == "water":
                    del out[toks[bb].start]  # "the New Yalu River Bridge" is a bridge named after its river
                out.setdefault(toks[bb].start, PlaceCue(
                    text[toks[bb].start:toks[ee].end], toks[bb].start, end_, toks[ee].end,
                    _singular(kw) if kw.endswith(("districts", "camps", "townships", "tehsils", "communes", "upazilas",
                                                   "departments", "settlements", "islands", "regencies", "points", "posts", "crossings",
                                                   "neighbourhoods", "neighborhoods", "divisions", "wards",
                                                   "jamoats", "kebeles", "villages", "markets", "sub-prefectures",
                                                   "sub-counties", "sub-districts", "subdistricts", "municipalities",
                                                   "prefectures", "bridges", "crossings", "checkpoints", "outposts",
                                                   "dams", "rivers", "lakes", "valleys",
                                                   "counties")) else kw, kind, si,
                    rel[1] if rel else None, rel[0] if rel else None, _possessor(text, toks, bb)))
        # "700 people from Paletwa in southern Chin State": an unknown name in a named unit
        if w in _BEFORE_UNKNOWN and k + 3 < n and not toks[k + 1].text.lower() in _STOP:
            e = _run_forward(text, toks, k + 1, limit=2)
            if e is not None and e + 2 < n and toks[e + 1].text == "in" and joined(text, toks[e], toks[e + 1]):
                y = e + 2
                if toks[y].text.lower() in DIRECTIONS and y + 1 < n:
                    y += 1
                y = _past_possessor(toks, y)  # "near X in Côte d'Ivoire's Cavally region": the region
                if toks[y].is_cap and toks[y].text.lower() not in NEVER_PLACES:
                    out.setdefault(toks[k + 1].start, PlaceCue(
                        text[toks[k + 1].start:toks[e].end], toks[k + 1].start, toks[e].end, toks[e].end,
                        "place", "city", si, toks[y].start, "in-unit"))
        # "X, a village in Y", "X (a village in Y)", "X, a border trade town in Y", "X, across the river from Y"
        if t.is_cap and (k + 1 == n or not toks[k + 1].is_cap or not joined(text, t, toks[k + 1])):
            if k + 2 >= n or text[t.end:toks[k + 1].start].strip() not in (",", "("):
                continue
            b = _run_back(text, toks, k)
            if b is None:
                continue
            if b >= 2 and toks[b - 1].is_cap and toks[b - 1].text.lower() in TITLES and joined(
                    text, toks[b - 1], toks[b]) and toks[b - 2].text.lower() in ("in", "at", "near", "of"):
                b -= 1  # "in General Farfán, a parish of Y": a title opens the name of a place
            j = k + 1
            if toks[j].text.lower() in ("a", "an", "the", "two", "three", "both"):  # ("X, the main town of Y")
                m = j + 1
                while m < n and m - j <= 4 and toks[m].text.lower() not in SETTLEMENT_WORDS:
                    if toks[m].text.lower() in RELATIONS or "," in text[toks[m - 1].end:toks[m].start]:
                        m = n
                        break
                    m += 1
                if m >= n or toks[m].text.lower() not in SETTLEMENT_WORDS:
                    continue
                kw = toks[m].text.lower()
                rel = _relation_after(text, toks, m, skip=_skip_after(toks, m))
                q = m - 1 if toks[m - 1].text.lower() not in ("border", "frontier") else m - 2
                national = q == j + 1 and toks[q].is_cap  # "Beni Ounif, an Algerian town a few kilometres away"
                if rel is None and SETTLEMENT_WORDS[kw] != "landmark" and not national:
                    continue  # "Kherson, a city that..." says nothing about where
                if toks[j].text.lower() == "the" and (rel is None or rel[1] is not None and _owns_part(toks, rel[1])):
                    continue  # "X, the main town of Libya's south-east": a part of a country, no unit
                # (placed by its nationality alone: the reading step checks the adjective is one)
                rel = rel or ((NATIONAL, None) if national and SETTLEMENT_WORDS[kw] != "landmark" else None)
                cues = [(b, k)]
                if toks[j].text.lower() in ("two", "three", "both") and b >= 2 and toks[b - 1].text == "and":
                    b2 = _run_back(text, toks, b - 2)  # "Boulkessi and Mondoro, two Malian towns near Y"
                    if b2 is not None:
                        cues.append((b2, b - 2))
                for bb, ee in cues:
                    out.setdefault(toks[bb].start, PlaceCue(
                        text[toks[bb].start:toks[ee].end], toks[bb].start, toks[ee].end, toks[ee].end,
                        kw.rstrip("s") if kw != "oasis" else kw, SETTLEMENT_WORDS[kw], si,
                        rel[1] if rel else None, rel[0] if rel else None))
            elif toks[j].text.lower() == "across":
                rel = _relation_after(text, toks, k)
                if rel:
                    out.setdefault(toks[b].start, PlaceCue(
                        text[toks[b].start:t.end], toks[b].start, t.end, t.end, "place", "city", si,
                        rel[1], rel[0]))
    return [out[k] for k in sorted(out)]
