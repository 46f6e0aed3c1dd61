"""Weaker words around an unknown capitalised name that hint it is a place: "near X", "at X",
"seized X", "residents of X", "flights from X to Y", "Region Seven", "X and <a known town>".

Border incidents happen at villages no gazetteer holds, and reports often name them bare
("shells landed in Kiwanja", "fighters seized Kamanyola"). These hints are weaker than a type
word ("the village of X", ``place_cues``): the reading step (``geomap.reading.unlisted``)
accepts one only for a rare word that is no person's name and no gazetteer name of the
article's countries; the names listed with such a name ("in El Wak and Rhamu") are hinted too.
Pure text, like ``place_cues``.
"""
from __future__ import annotations

import re

from geomap.text.hint_anchors import anchor_after
from geomap.text.lexicon import DIRECTIONS, DISTANCE_UNITS, GROUP_NOUNS, HOUSE_WORDS, NEVER_PLACES, TITLES
from geomap.text.place_cues import (_PARTICLES, PlaceCue, _is_name_token, _relation_after, _run_forward,
                                   words_of_sentences)
from geomap.text.sentences import Sentence
from geomap.text.tokens import Token, capitalised, joined, tokenize

__all__ = ["place_hints", "is_arrival_place", "HOSTING_KINDS", "typed_nationality"]

#: prepositions that put what follows somewhere ("near X", "shells landed in X")
LOCATIVE = frozenset("near outside around at in into inside towards toward across opposite via through past beyond off".split())
#: verbs whose object is a place in conflict reporting ("seized Kamanyola", "shelled X")
TAKING_VERBS = frozenset("""seized captured recaptured retook overran stormed shelled bombed bombarded
attacked raided besieged encircled entered reached evacuated abandoned liberated hit struck visited
left""".split())
#: movement verbs before "to" ("moved to X", "fled to X")
MOVING_VERBS = frozenset("""moved fled crossed returned relocated travelled traveled went headed taken brought
transferred evacuated displaced driven heading fleeing walked trekked escaped diverted rerouted continued""".split())
#: verbs of coming in before "from X" ("a lorry that had entered from X", "arrived from X")
_COMING = frozenset("entered arrived came coming arriving".split())
#: words before "from X" that make X where a movement starts ("stretched back from X", "set off from X",
#: "brought it across from X"; "across from X" is opposite it, a place still)
_COMING |= frozenset("back off across".split())
#: roads and tracks before "to X" ("the river road to X", "the forest track to X"): X is where it leads
_ROUTE_NOUNS = frozenset("road roads route track tracks highway corridor".split())
#: verbs that send forces somewhere, before their object and "to X" ("deployed troops to X"); kept
#: apart from MOVING_VERBS, which also say where displaced people went
_SENDING = frozenset("sent deployed dispatched redeployed rushed".split())
#: attack nouns before "on X" ("air strikes on Yei")
ATTACK_NOUNS = frozenset("strike strikes airstrikes attack attacks assault assaults raid raids offensive advance".split())
#: nouns of people before "of X" / "from X" ("residents of X", "families from X", "the mayor of X")
PEOPLE_OF = frozenset("""residents inhabitants villagers people families outskirts centre center edge
residents' neighbourhoods neighborhoods farmers herders herdsmen fishermen traders miners pastoralists
civilians households elders chiefs leaders mayor mayors""".split()) | frozenset(
    # one of them ("a farmer from X", "a resident of X", "a native of X"): as sure a place as many
    """resident inhabitant villager farmer herder herdsman fisherman trader miner pastoralist native""".split())
#: "Region Seven", "Region 7": numbered regions (Guyana, Ghana once, Chile, Ethiopia's zones...)
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())
_NUMBERED = frozenset("region zone district sector".split())
NUMBERED_KIND = "numbered region"
#: foreign geographic words that open a name and type it ("Cordillera del Cóndor", "Ras Doumeira")
LEADING_GEO = {"cordillera": "region", "sierra": "region", "cerro": "region", "serra": "region", "jebel": "region",
               "jabal": "region", "djebel": "region", "mont": "region", "monte": "region", "valle": "region",
               "cueva": "landmark", "ras": "landmark", "isla": "landmark", "islas": "landmark", "ile": "landmark",
               "río": "water", "rio": "water", "lago": "water", "laguna": "water", "lac": "water", "wadi": "water",
               "oued": "water", "nahr": "water", "bahía": "water", "bahia": "water", "quebrada": "water",
               "gulf": "water", "golfo": "water", "lake": "water",
               # "Mount Paektu", "Mount Elgon": a mountain is where the text puts it, a point
               "mount": "landmark", "mt.": "landmark", "mt": "landmark"}
#: English geographic words that open a name only with "of" ("the Gulf of Urabá")
_HEADS_WITH_OF = frozenset(("gulf",))
#: given names that also open names of places ("Santa María de Nieva", "San Jose")
PLACE_HEADS = frozenset("santa san santo sao são saint sainte st port mount fort george".split())
#: words after a name that make it a group ("Fano positions")
_GROUP_AFTER = GROUP_NOUNS | frozenset("""positions position forces troops targets bases members leaders commanders
convoy convoys units supporters loyalists herders herdsmen pastoralists communities""".split())
#: words before "in" that make what follows a language
_SPEECH = frozenset("said says speaking spoke written wrote broadcast published translated tweeted posted sang".split())
_SAID = re.compile(r"\s*(?:said|says|told|added|explained|noted|stated|wrote|argued|spoke|met)\b")


def _name_at(text: str, toks: list[Token], i: int, speaks: bool = True) -> int | None:
    """Last token of a bare capitalised name starting at token i (two words at most), or None
    when it is no name here (a possessive follows, or, unless ``speaks`` is False because people
    from it are the subject, the speaker of "said")."""
    if i >= len(toks) or toks[i].text.lower() in NEVER_PLACES or toks[i].text.lower() in TITLES:
        return None
    e = _run_forward(text, toks, i, limit=3)
    if e is None:
        return None
    if e + 1 < len(toks) and toks[e + 1].text in ("’s", "'s"):
        return None  # "in Museveni's speech"
    if speaks and _SAID.match(text[toks[e].end:toks[e].end + 12]):
        return None
    if e + 1 < len(toks) and toks[e + 1].text.lower() in _GROUP_AFTER and joined(text, toks[e], toks[e + 1]):
        return None  # "attacked Fano positions", "shelled al-Shabaab fighters": a group, not a place
    if e + 1 < len(toks) and toks[e + 1].is_cap and toks[e + 1].text.lower() in HOUSE_WORDS:
        return None  # "at St. Barnabas Hospital": a house named after someone, not a place named so
    return e


def _group_follows(text: str, toks: list[Token], i: int) -> bool:
    """Whether the capitalised name at token i is followed by a group noun ("Mousgoum herders")."""
    e = _run_forward(text, toks, i, limit=3)
    return e is not None and e + 1 < len(toks) and toks[e + 1].text.lower() in _GROUP_AFTER \
        and joined(text, toks[e], toks[e + 1])


def _cue(text: str, toks: list[Token], i: int, e: int, si: int, relation: str | None = None,
         anchor: int | None = None, kind: str = "place", place_type: str = "city") -> PlaceCue:
    return PlaceCue(text[toks[i].start:toks[e].end], toks[i].start, toks[e].end, toks[e].end, kind, place_type,
                    si, anchor, relation, weak=True)


def _opens_name(text: str, toks: list[Token], k: int) -> bool:
    """Whether token k is the capitalised "In" that opens a Saharan name ("near In Khalil", "at In
    Delimane"): mid-sentence after a lowercase word, where the preposition is never capitalised
    (a sentence's first "In" is the preposition, and so is a headline's "Stranded In Agadez")."""
    return toks[k].text == "In" and k > 0 and toks[k - 1].text.isalpha() and toks[k - 1].text.islower() \
        and joined(text, toks[k - 1], toks[k])


def _facility_after(text: str, toks: list[Token], e: int) -> bool:
    """Whether a local facility's noun follows the name ending at token e ("the Tiene clinic")."""
    n = len(toks)
    if e + 1 >= n or toks[e + 1].is_cap or not joined(text, toks[e], toks[e + 1]):
        return False
    one = toks[e + 1].text.lower()
    two = (one, toks[e + 2].text.lower()) if e + 2 < n and joined(text, toks[e + 1], toks[e + 2]) else None
    return one in _FACILITIES or two in _FACILITIES_TWO


def _moving_before(toks: list[Token], k: int) -> bool:
    """Whether a verb of moving opens the clause before token k ("fled to X or east to Y")."""
    return any(x.text.lower() in MOVING_VERBS for x in toks[max(0, k - 8):k])


def _unit_after(text: str, toks: list[Token], e: int) -> int | None:
    """Offset of Y in "X, in Y province" right after the name ending at token e (the unit that
    holds X), else None; in "X, in Ghana's Upper East region" the unit after the owner."""
    if e + 2 < len(toks) and text[toks[e].end:toks[e + 1].start] == ", " and toks[e + 1].text == "in" \
            and toks[e + 2].is_cap and toks[e + 2].text.lower() not in NEVER_PLACES:
        for j in range(e + 3, min(e + 6, len(toks) - 1)):  # (a country's name has three words at most)
            if toks[j].text in ("'s", "’s") and toks[j + 1].is_cap and toks[j + 1].text.lower() not in NEVER_PLACES:
                return toks[j + 1].start
            if not toks[j].is_cap:
                break
        return toks[e + 2].start
    return None


def _list_partners(text: str, toks: list[Token], i: int, e: int) -> list[int]:
    """Offsets of the names listed with the name at tokens i..e ("Yei and Morobo",
    "Tiwintza, Cueva de los Tayos and X")."""
    out = []
    k = e + 1
    if k + 1 < len(toks) and toks[k].text in ("and", "or") and joined(text, toks[e], toks[k]) and _is_name_token(toks[k + 1]):
        out.append(toks[k + 1].start)
    if i >= 2 and toks[i - 1].text in ("and", "or") and joined(text, toks[i - 1], toks[i]):
        j = i - 2
        while j > 0 and _is_name_token(toks[j - 1]) and joined(text, toks[j - 1], toks[j]):
            j -= 1
        if _is_name_token(toks[j]):
            out.append(toks[j].start)
    return out


#: every word a rule of ``place_hints`` starts from: a rule starting from another word must add
#: it here (tests/test_place_hints.py checks the answers against a run without this filter)
_HINT_WORDS = _NUMBERED | frozenset(LEADING_GEO) | LOCATIVE | TAKING_VERBS \
    | frozenset({"between", "to", "on", "of", "from", "the"})
#: nouns of an armed struggle named after where it is fought ("the Casamance conflict")
_STRUGGLES = frozenset(("conflict", "war"))  # not "insurgency", "rebellion": named after their group
#: a local facility named after the village or quarter it serves ("died at the Tiene clinic", "outside
#: the Springlands police station", "the El Arja groves"): the name is the place, the noun no part of it
#: (not hospitals nor schools: those are mostly named after people)
_FACILITIES = frozenset(("clinic", "groves", "orchards"))
_FACILITIES_TWO = frozenset((("police", "station"), ("health", "centre"), ("health", "center"), ("health", "post")))


def place_hints(text: str, sentences: list[Sentence]) -> list[PlaceCue]:
    """Bare names the words around them hint to be places, in text order (weak cues)."""
    out: dict[int, PlaceCue] = {}
    for si, toks, k, t, w in words_of_sentences(text, sentences, _HINT_WORDS):  # (no rule starts from another)
        n = len(toks)
        if w in _NUMBERED and t.is_cap and k + 1 < n and joined(text, t, toks[k + 1]) and (
                toks[k + 1].text.lower() in _NUMBER_WORDS or toks[k + 1].text.isdigit()):
            out[t.start] = PlaceCue(text[t.start:toks[k + 1].end], t.start, toks[k + 1].end,
                                    toks[k + 1].end, NUMBERED_KIND, "region", si)
            continue
        if w in LEADING_GEO and t.text[:1].isupper() and k + 1 < n and joined(text, t, toks[k + 1]):
            j = k + 1
            if w in _HEADS_WITH_OF:
                if toks[j].text != "of" or j + 1 >= n:
                    continue
                j += 1
            while j + 1 < n and toks[j].text in _PARTICLES and joined(text, toks[j], toks[j + 1]):
                j += 1  # "Cueva de los Tayos"
            e = _run_forward(text, toks, j, limit=3)
            if e is not None:  # the geographic word types the name better than a hint before it
                rel = _relation_after(text, toks, e, skip=0)  # "Lake Natron in Tanzania"
                out[t.start] = PlaceCue(text[t.start:toks[e].end], t.start, toks[e].end, toks[e].end,
                                        w, LEADING_GEO[w], si, rel[1] if rel else None, rel[0] if rel else None)
            continue
        if w == "across" and k + 4 < n and toks[k + 1].text == "the" and _is_name_token(toks[k + 2]):
            # "across the Dniester from Otaci": what lies between the two sides is a river
            e = _run_forward(text, toks, k + 2, limit=2)
            # (the other side may be described first: "from the Russian town of Sovetsk")
            caps = [y for y in range(e + 3, min(e + 7, n)) if toks[y].is_cap and toks[y].text.lower() not in
                    NEVER_PLACES] if e is not None and e + 3 < n and toks[e + 2].text == "the" else []
            y = next((y for y in caps if toks[y - 1].text == "of"), caps[0] if caps else None)
            if e is not None and e + 2 < n and toks[e + 1].text == "from" and (toks[e + 2].is_cap or y is not None):
                out.setdefault(toks[k + 2].start, PlaceCue(
                    text[toks[k + 2].start:toks[e].end], toks[k + 2].start, toks[e].end, toks[e].end, "river",
                    "water", si, toks[y if y is not None else e + 2].start, "near"))
                continue
        if w == "the":  # "the Casamance conflict": the region it is fought in; one word, for two are
            # mostly a group's or a leader's name, as is one told with its place ("the Kamuina Nsapu conflict in Kasai")
            e = k + 1 if k + 1 < n and _is_name_token(toks[k + 1]) else None
            if e is not None and e + 1 < n and toks[e + 1].text.lower() in _STRUGGLES and joined(text, t, toks[e]) \
                    and joined(text, toks[e], toks[e + 1]) and not (e + 2 < n and toks[e + 2].text == "in"):
                out.setdefault(toks[k + 1].start, _cue(text, toks, k + 1, e, si, kind="region", place_type="region"))
                continue
            e = _run_forward(text, toks, k + 1, limit=2) if e is not None else None
            if e is not None and joined(text, t, toks[k + 1]) and _facility_after(text, toks, e):
                out.setdefault(toks[k + 1].start, _cue(text, toks, k + 1, e, si))
            continue
        if k + 1 >= n or not joined(text, t, toks[k + 1]) or t.is_cap and w not in LOCATIVE:
            continue
        i = k + 1
        if w in ("the",) or not _is_name_token(toks[i]):
            continue
        prev = toks[k - 1].text.lower() if k > 0 else ""
        if w == "in" and prev in _SPEECH:
            continue  # "said in Swahili", "broadcast in Pashto": a language
        # "herders at X said", "a chief in X told": people there speak, X is no speaker
        e = _name_at(text, toks, i, speaks=not (w in ("in", "at") or prev in PEOPLE_OF and w in ("of", "from")))
        if e is None:
            continue
        to_next = e + 2 < n and toks[e + 1].text == "to" and _is_name_token(toks[e + 2])
        hint = (w in LOCATIVE or w in TAKING_VERBS or w == "between"
                or (w == "to" and (prev in MOVING_VERBS or k > 1 and toks[k - 2].text.lower() in MOVING_VERBS))
                or (w == "to" and k > 1 and toks[k - 2].text.lower() in _SENDING)  # "sent reinforcements to X"
                or (w == "to" and prev in _ROUTE_NOUNS and toks[k - 2].text.lower() != "by")  # "the road to X" (not "by road")
                or (w == "to" and prev in DIRECTIONS and _moving_before(toks, k))  # "heading north to X or east to Y"
                or (w == "on" and prev in ATTACK_NOUNS)
                or (w in ("of", "from") and prev in PEOPLE_OF)
                or (w == "from" and (prev in MOVING_VERBS or prev in _COMING or to_next))
                or (w == "from" and prev in DISTANCE_UNITS))  # "12 km from X": X is a place
        if not hint:
            continue
        if w == "between" and e + 2 < n and toks[e + 1].text == "and" and (e2 := _name_at(text, toks, e + 2)) is None \
                and _is_name_token(toks[e + 2]) and _group_follows(text, toks, e + 2):
            continue  # "clashes between Arab Choa and Mousgoum herders": both names are peoples
        partners = _list_partners(text, toks, i, e)
        unit = _unit_after(text, toks, e)
        rel, unit = ("in", unit) if unit is not None else (anchor_after(text, toks, e) or (None, None))
        if _opens_name(text, toks, k):  # "near In Khalil": the Saharan "In" is the name's own
            i = k
        out.setdefault(toks[i].start, _cue(text, toks, i, e, si, rel, unit))
        # "from X to Y", "between X and Y": both ends are places
        m = e + 1
        if m + 1 < n and toks[m].text.lower() in ("to", "and") and w in ("from", "between") and \
                _is_name_token(toks[m + 1]):
            e2 = _name_at(text, toks, m + 1)
            if e2 is not None:
                out.setdefault(toks[m + 1].start, _cue(text, toks, m + 1, e2, si))
        for p in partners:  # the other names of the list, each a hint if it is unknown
            j = next((x for x, tk in enumerate(toks) if tk.start == p), None)
            if j is not None:
                e3 = _name_at(text, toks, j, speaks=not (w in ("of", "from", "in") and prev in PEOPLE_OF))
                if e3 is not None:
                    out.setdefault(p, _cue(text, toks, j, e3, si))
    return [out[k] for k in sorted(out)]


#: a preposition that makes the capitalised words after it a place ("residents of X told")
_PLACE_BEFORE = re.compile(r"\b(?:of|in|from|at|near)\s+$")


def person_words(text: str, sentences: list[Sentence]) -> frozenset[str]:
    """Lowercased words the article uses in people's names: after a title ("President Yoweri
    Museveni", "Prime Minister Nawaf Salam"), after a given name, or in a run of two or more
    capitalised words that speaks ("Daniel Noboa said")."""
    from geomap.text.lexicon import first_names

    given = first_names()
    out: set[str] = set()
    for s in sentences:
        toks = tokenize(text, s.start, s.end)
        n = len(toks)
        for k in capitalised(text, s.start, s.end):  # (a name of two words or more)
            if k + 1 >= n or not toks[k + 1].is_cap:
                continue
            t = toks[k]
            w = t.text.lower().rstrip(".")
            if w in TITLES or (w in given and w not in PLACE_HEADS):
                j = k + 1
                while j < n and j - k <= 4 and toks[j].is_cap and (joined(text, toks[j - 1], toks[j]) or (
                        text[toks[j - 1].end:toks[j].start] == ". " and len(toks[j - 1].text) == 1)):
                    if toks[j].text.lower() not in TITLES:
                        out.add(toks[j].text.lower())
                    j += 1
            elif joined(text, t, toks[k + 1]) and not _PLACE_BEFORE.search(text, max(0, t.start - 12), t.start):
                # ("residents of Ban Nam Dee told Radio Free Asia": who speaks lives there, the name is a place)
                j = k + 1
                while j + 1 < n and toks[j + 1].is_cap and joined(text, toks[j], toks[j + 1]):
                    j += 1
                if _SAID.match(text[toks[j].end:toks[j].end + 12]) and toks[j].text.lower() not in TITLES:
                    # ("Turkana County Police Commander said": an office speaks, its words name no person)
                    out.update(x.text.lower() for x in toks[k:j + 1])
    return frozenset(out)


#: kinds of place that host people who fled ("the Kutupalong camps", "the X reception centre")
HOSTING_KINDS = frozenset({"camp", "camps", "settlement", "settlements", "transit centre", "transit center",
                           "reception centre", "reception center", "transit site", "refugee camp"})
# "have entered X", "arrived in X", "crossed into Y's X", "fled to X", "were taken to X"
_ARRIVED_AT = re.compile(r"\b(?:entered|arrived\s+(?:in|at)|reached|crossed\s+into|(?:" + "|".join(sorted(MOVING_VERBS))
                         + r")\s+(?:\w+\s+)?(?:to|into))\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?$")


def is_arrival_place(text: str, start: int) -> bool:
    """A place people reached ("have entered Cox's Bazar district", "fled to X"): where a camp
    for them, named later without a place of its own, lies."""
    return bool(_ARRIVED_AT.search(text, max(0, start - 60), start))


# "Boulkessi and Mondoro, two Malian towns near ...", "X, a Malian village": the country's adjective
_NATIONAL_KIND = re.compile(
    r"(?:\s*(?:,|and|or)\s*(?:[A-Z][\w'’-]*\s*)+)*\s*,\s*(?:an?|the|two|three|four|several|both)\s+"
    r"([A-Z][a-z]+)\s+(?:border\s+|frontier\s+)?(?:towns?|villages?|settlements?|hamlets?|cities|city|camps?)\b")


def typed_nationality(text: str, name_end: int) -> str | None:
    """The adjective of nationality the text types a name with ("Boulkessi and Mondoro, two
    Malian towns"), else None: which country the place is in, whatever place it is told near."""
    m = _NATIONAL_KIND.match(text, name_end)
    return m.group(1) if m else None


# "the Guatemalan town of X", "the Turkish border town of X": the country's adjective before the name
_NATIONAL_KIND_BEFORE = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:border\s+|frontier\s+)?(?:town|village|settlement|hamlet|city|camp|post|crossing|checkpoint)\s+of\s+$")


def nationality_before(text: str, start: int) -> str | None:
    """The adjective of nationality before "town of" and the like ending right before ``start``
    ("the Guatemalan town of La Mesilla"), else None."""
    if not text[max(0, start - 60):start].rstrip().endswith("of"):
        return None  # (what every match ends with: most names follow no "town of")
    m = _NATIONAL_KIND_BEFORE.search(text, max(0, start - 60), start)
    return m.group(1) if m else None
