"""Small textual cues the event assembly needs: border words, clauses, speakers, mediators,
destinations, "near" qualifiers, border sites, anaphora and military actors.

Each cue is one regular expression behind a named function taking a sentence (and offsets
into it); none knows any place name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from geomap.text.literals import prefiltered  # (asked of every sentence: the words first)
from geomap.text.displacement_counts import displaced_from_text, is_displacement_sentence
from geomap.text.quantities import Count

__all__ = [
    "has_border_words", "has_border_location", "clause_span", "is_speaker_place", "is_mediator_context",
    "is_destination", "is_near_qualified", "names_border_site", "is_city_of",
    "anaphor_kinds", "anaphors", "military_actors", "MILITARY", "coordinated_clause_end", "is_container_of_previous",
    "is_origin", "stated_offset", "displacement_groups", "is_anaphoric_group", "is_elliptic_group", "is_other_group", "is_subgroup", "displacement_direction",
    "is_reference_point", "is_position_of_previous", "is_care_place", "place_untold", "is_toll_place", "country_parts", "subordinate_opening",
]

_BORDER_WORDS = prefiltered(re.compile(
    r"\b(?:borders?|borderlands?|borderline|frontiers?|boundary|cross-border|line\s+of\s+(?:control|contact)"
    r"|demilitari[sz]ed\s+zone|DMZ)\b",
    re.I,
))
_CLAUSE = re.compile(
    r"[;:]|,\s*(?:and|but|while|whereas|with|as|after|following|since|amid|despite|which|who|where|saying|adding)\b"
    r"|\b(?:but|while|whereas|after|following|amid|despite)\b|\band\s+that\b|\s[-\u2013\u2014]\s|[\"\u201c\u201d]",
    re.I,
)
_SPEAKER = re.compile(
    r"\b(?:officials?|authorities|governor|governors|ministry|minister|spokes(?:man|woman|person)|sources?"
    r"|media|commanders?|aid\s+(?:workers|agencies|groups)|journalists?|reporters?|correspondents?|diplomats?"
    r"|leaders?|government|administration|embassy|mayor|officers?|analysts?|monitors?|observers?)"
    # (not "outside the government building in X": a building, where people gather)
    r"\s+(?!(?:buildings?|offices|headquarters|compound|house|palace|premises|complex|quarter)\s)(?:[\w-]+\s+)?"
    r"(?:in|of|from|at)\s+(?:the\s+)?$",
    re.I,
)
_MEDIATOR = prefiltered(re.compile(
    r"\b(?:brokered|broker|mediat\w*|involvement\s+of|facilitat\w*|good\s+offices|called\s+for\s+(?:calm|restraint"
    r"|de-?escalation)|urg(?:ed|es|ing)\s+(?:calm|restraint|both|the\s+two|de-?escalation)|host(?:ed|s|ing)\s+"
    r"(?:the\s+)?talks|envoys?|special\s+representative|appeal(?:ed|s)?\s+for\s+(?:calm|restraint))\b",
    re.I,
))
_DESTINATION_TAIL = (r"\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]*['\u2019]s\s+)?"
                     r"(?:(?:city|town|village|camps?|shelters?)\s+(?:of|in|near)\s+)?$")
_DESTINATION = re.compile(
    r"(?:\b(?:fled|flee(?:ing|s)?|evacuated|evacuating|moved|relocated|taken|brought|transferred|crossed|crossing"
    r"|(?<!the\s)displaced|resettled|bused|bussed)\b[^.;]{0,60}?\b(?:to|into|towards?)"  # not "the displaced" (people)
    r"|\b(?:left|leaving|leave|headed|heading|bound|departed|set\s+off)\b[^.;]{0,60}?\bfor"  # "left X for Y"
    r"|\b(?:sheltered|sheltering|shelters?|sought\s+refuge|taking\s+refuge|took\s+refuge|hosted|hosting)\b"
    r"[^.;]{0,30}?\b(?:in|at|near|to))" + _DESTINATION_TAIL,
    re.I,  # ("crossed into Ethiopia's Somali region": a country's possessive before the place)
)
#: "refugees registered at the camp in X": a camp people went to; not "army camps at X", nor a
#: camp people work or live in ("a mining camp near X", "cattle camps")
_CAMP_AT = re.compile(
    r"(?<!military\s)(?<!army\s)(?<!rebel\s)(?<!militia\s)(?<!police\s)(?<!mining\s)(?<!cattle\s)(?<!fishing\s)"
    r"(?<!training\s)(?<!herders\s)(?<!herders'\s)(?<!logging\s)\bcamps?\b[^.;]{0,30}?\b(?:in|at|near|to)"
    + _DESTINATION_TAIL, re.I)
#: "gunmen attacked their camp at X", "a raid on a camp near X": the camp is what was hit
_CAMP_TARGET = re.compile(
    r"\b(?:attack(?:ed|ing|s)?|raid(?:ed|ing|s)?|struck|strikes?|hit|shell(?:ed|ing)|bomb(?:ed|ing)|stormed|overran"
    r"|overrun|ambush(?:ed)?|torched|burn(?:ed|t)|looted|targeted|assault(?:ed)?)\s+(?:on\s+|against\s+)?"
    r"(?:(?:their|its|his|her|our|a|an|the|one|two|several)\s+)?(?:[\w-]+\s+)?$", re.I)
_NEAR = re.compile(
    r"\b(?:near|nearby|outside|close\s+to|around|vicinity\s+of|neighbou?rhood\s+of|not\s+far\s+from"
    r"|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of"
    r"|\d[\d,.]*\s*(?:-|\s)?(?:km|kilomet(?:er|re)s?|miles?)\s+(?:\w+\s+)?(?:from|of)"
    # "on the road to X", "on the highway from X to Y": somewhere along it, near X (ACLED's precision 2)
    r"|\bon\s+(?:the|a)\s+(?:[\w-]+\s+)?(?:road|highway|route|track)\s+(?:to|from|towards|linking|leading\s+to))\s+(?:the\s+)?"
    r"(?:(?:town|city|village|district|area)\s+of\s+)?$",
    re.I,
)
_BORDER_SITE = re.compile(
    r"\b(?:border|frontier)\s+(?:(?:[\w-]+\s+){0,2})?(?:checkpoints?|crossings?|posts?|gates?|bridges?|outposts?"
    r"|villages?|towns?|bases?|stations?|markets?|points?)\b"
    r"|\b(?:checkpoints?|crossing\s+points?|border\s+crossings?|outposts?)\b",
    re.I,
)
_CITY_OF = re.compile(r"\b(?:city|town|capital)\s+of\s+$", re.I)
_ANAPHOR = re.compile(
    # not the existential "there were no reports"
    r"\b(?:there(?!\s+(?:is|are|was|were|has|have|had|will|would|may|might|could|seems?|appears?)\b)"
    r"|the\s+(?:town|city|village|settlement|island|temple|crossing|checkpoint|camp|base|area"
    r"|district|province|region|border\s+town|border\s+post))\b"
    # "a doctor at the district hospital": a word of another noun, no place pointed back to
    r"(?!\s+(?:hospital|headquarters|council|office|administration|authorities|commissioner|court|police|chief"
    r"|officials?|governor|capital|centre|center|school|prison|jail|hall|mosque|church)\b)",
    re.I,
)
#: Words after a demonym or country that make it a military actor ("Thai troops").
MILITARY = (
    r"(?:troops|forces|army|military|soldiers|artillery|navy|air\s+force|jets|warplanes|drones|shells|gunners"
    r"|border\s+guards|marines|units|tanks|infantry|militia|gunboats|warships)"
)
_ACTOR = re.compile(
    r"\b((?:North|South|East|West|Central)?\s?[A-Z][a-z]+(?:[A-Z][a-z]+)?)(?:['\u2019]s)?\s+(?:[a-z-]+\s+)?"
    + MILITARY + r"\b"
)


_BORDER_INSTITUTION = re.compile(
    r"\b(?:border|frontier|boundary)\s+(?:committee|commission|council|talks|negotiations|dispute|disputes|issue"
    r"|issues|row|question|demarcations?|agreement|treaty|policy|affairs|trade|deal|tensions?|conflict|war)\b",
    re.I,
)


def has_border_location(text: str) -> bool:
    """Border words that place something on the ground ("along the border", "border post"),
    not border institutions or disputes ("joint border committee", "border dispute")."""
    return has_border_words(_BORDER_INSTITUTION.sub(" ", text))


def has_border_words(text: str) -> bool:
    """Whether ``text`` speaks of a border ("border", "frontier", "cross-border", "DMZ", ...)."""
    return bool(_BORDER_WORDS.search(text))


@lru_cache(maxsize=2048)  # (asked again for each event and place of a sentence)
def clause_span(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``sentence[start:end]``: from the last clause break before it to the
    first one after it (breaks: ";", ", and", "following", "while", dashes, quotes...)."""
    cs = 0
    for m in _CLAUSE.finditer(sentence, 0, start):
        cs = m.end() if m.end() <= start else m.start()
    m = _CLAUSE.search(sentence, end)
    return cs, (m.start() if m else len(sentence))


_SUBORDINATE_BEFORE = re.compile(r"\b(?:after|since|when|as|because|following|until)\s+(?:[\w-]+\s+){0,2}$", re.I)


def subordinate_opening(sentence: str, start: int) -> int | None:
    """Where the subordinate clause a trigger at ``start`` opens begins ("... have risen since
    fighting reached X": at "since"), else None."""
    m = _SUBORDINATE_BEFORE.search(sentence, max(0, start - 40), start)
    return m.start() if m else None


_RESIDENTS_OF = re.compile(r"\b(?:residents|witnesses|villagers|locals|people|unions?|associations?|traders|activists"
                           r"|elders|relatives|medics|rescuers|volunteers|groups?|organi[sz]ations?|partners|agencies)"
                           r"\s+(?:of|in|from)\s+$", re.I)
# the rest of the name, an optional apposition (", the provincial capital,"), then the verb
_SAID_AFTER = re.compile(r"[\w'’-]*(?:\s+[\w'’-]+){0,2}?(?:,[^,.;:]{0,60},)?(?:\s+also)?\s+(?:said|say|says|told|reported"
                         r"|report|reports)\b",
                         re.I)


#: where something was said: "IOM said in X", "said on Monday from X", "a statement issued in X",
#: "told reporters in X", "speaking by phone from X"
_SAID_AT = re.compile(
    r"\b(?:(?:said|says|announced|stated)(?:\s+on\s+\w+)?\s+(?:in|from)"
    r"|(?:statements?|communiqu[e\u00e9]s?|(?:press|news)\s+conference|briefing|told\s+(?:reporters|journalists)"
    r"|speaking|spoke)\s+(?:[\w-]+\s+){0,2}?(?:in|at|from))\s+(?:the\s+)?"
    # "a statement issued from Price Barracks in X": the speaker's building, then its town
    r"(?:(?:(?-i:[A-Z])[\w'\u2019-]*\s+){1,3}(?:in|at)\s+)?$", re.I)


@lru_cache(maxsize=2048)  # (asked again for each event and place of a sentence)
def is_speaker_place(sentence: str, start: int) -> bool:
    """A place that only says where someone spoke from ("officials in X said", "residents of
    X said ...", "IOM said in X", "a statement issued in X")."""
    before = sentence[max(0, start - 60):start]
    if _SPEAKER.search(before) or _SAID_AT.search(before) or _BASED_HERE.match(sentence, start):
        return True
    return bool(_RESIDENTS_OF.search(before)) and bool(_SAID_AFTER.match(sentence, start))


#: a name (up to three words) hyphened to "based": where a body that speaks sits ("a Britain-based monitor")
_BASED_HERE = re.compile(r"[\w'’]+(?: [\w'’]+){0,2}-(?:based|headquartered)\b")


def is_mediator_context(sentence: str, start: int, end: int) -> bool:
    """A mention in a clause about mediation ("brokered by X", "X offered to mediate")."""
    if not _MEDIATOR.may_match(sentence):  # no mediation word in the sentence: no clause to find
        return False
    cs, ce = clause_span(sentence, start, end)
    return bool(_MEDIATOR.search(sentence, cs, ce))


@lru_cache(maxsize=2048)  # (asked again for each event and place of a sentence)
def is_destination(sentence: str, start: int) -> bool:
    """A place people went to ("fled to X", "evacuated ... to the city of X")."""
    before = sentence[max(0, start - 90):start]
    if _DESTINATION.search(before):
        return True
    camp = _CAMP_AT.search(before)
    return camp is not None and not _CAMP_TARGET.search(before, 0, camp.start())


def is_near_qualified(sentence: str, start: int) -> bool:
    """A place the text puts the event near, not at ("near X", "10 km north of X")."""
    return bool(_NEAR.search(sentence[max(0, start - 50):start]))


def names_border_site(sentence: str) -> bool:
    """Whether the sentence names a specific border site (checkpoint, crossing, post...)."""
    return bool(_BORDER_SITE.search(sentence))


def is_city_of(sentence: str, start: int) -> bool:
    """A mention introduced as a settlement ("the city of X")."""
    return bool(_CITY_OF.search(sentence[max(0, start - 20):start]))


def anaphor_kinds(sentence: str) -> set[str]:
    """Kinds of place the sentence refers back to ("there" -> {"any"}, "the town" -> {"town"})."""
    out = set()
    for m in _ANAPHOR.finditer(sentence):
        word = m.group(0).lower()
        out.add("any" if word == "there" else word.split()[-1])
    return out


def anaphors(sentence: str) -> list[re.Match]:
    """The anaphors of a sentence ("the town", "there"), in order."""
    return list(_ANAPHOR.finditer(sentence))


def military_actors(sentence: str) -> list[tuple[str, int]]:
    """Words standing before a military noun ("Thai troops", "Russia's army"), with offsets."""
    return [(m.group(1).strip(), m.start(1)) for m in _ACTOR.finditer(sentence)]


_COORDINATED_PP = re.compile(
    r",?\s*and\s+(?:also\s+)?(?:(?:at|in|on)\s+(?:least\s+)?)?(?:in|near|at|on|around|outside|inside|across|along|into"
    r"|toward|towards|close\s+to|(?:the\s+)?(?:outskirts|edge)\s+of)\s"
    # ", and army positions in Y": another target of the same verb, at another place
    r"|,?\s*and\s+(?:(?![\w-]*ed\s)[\w-]+\s+){0,3}?(?:positions|posts?|outposts?|bases?|camps?|checkpoints?|depots?|barracks"
    r"|villages)\s+(?:in|near|at|around|outside)\s"
    # ", as well as two traders in Y": more victims of the same act, at another place
    r"|,?\s*as\s+well\s+as\s+(?:[\w-]+\s+){0,4}?(?:in|near|at|around|outside|inside)\s",
    re.I,
)


def coordinated_clause_end(sentence: str, end: int) -> int:
    """Where a clause ending at ``end`` really ends when the next one only adds another place
    to it (", and near the town of X", ", and in villages around Y", ", as well as two traders in
    Z"): the end of that one."""
    while end < len(sentence) and _COORDINATED_PP.match(sentence, end):
        m = _CLAUSE.search(sentence, _COORDINATED_PP.match(sentence, end).end())
        end = m.start() if m else len(sentence)
    return end


_CONTAINER = re.compile(
    r"^\s*,?\s*(?:(?:(?:upazila|tehsil|woreda|township|sub-?district|sub-?county|municipality|commune|chiefdom"
    r"|district|county|province|region|state|border|frontier|area)\s+)?"
    r"(?:in|of|inside|within)\s+(?:the\s+)?|the\s+(?:[\w-]+\s+){0,2}?(?:capital|seat|centre|center)\s+of\s+"
    r"(?:the\s+)?|an?\s+(?:[\w-]+\s+){0,2}?(?:town|village|city|settlement|hamlet|district|port)\s+(?:in|of)\s+"
    r"(?:the\s+)?|(?:two|three|four|both)\s+(?:[\w-]+\s+){0,2}?(?:towns|villages|cities|settlements|hamlets|districts"
    r"|ports)\s+(?:in|of)\s+"
    r"(?:the\s+)?|,\s*the\s+)(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:['\u2019]s)\s+)?"
    r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?$",
    re.I,
)


#: the words after a place that say where it lies from another ("Batifa, north of Zakho", "X,
#: about 20 km south-west of Y", "a village 5 miles from Y")
_POSITION_OF = re.compile(
    # "Holili, a crossing point east of Tarakea": an appositive before the distance or bearing
    r"^\s*,?\s*(?:(?:the|an?)\s+(?:[\w-]+\s+){0,3}?)?(?:(?:about|some|around|roughly|nearly|just|only)\s+)?"
    r"(?:\d[\d.,]*\s*(?:km|kilomet(?:re|er)s?|miles?)\s+(?:(?:north|south|east|west)[\w-]*\s+)?(?:of|from)"
    r"|(?:(?:north|south)(?:-?(?:east|west))?|east|west)\s+of"
    # "Ciudad Cuauhtémoc, the border crossing opposite the Guatemalan town of La Mesilla"
    r"|(?:(?:the|an?)\s+(?:[\w-]+\s+){0,3}?)?(?:opposite|facing|across\s+(?:the\s+[\w-]+\s+)?from))"
    r"\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]*\s+)?(?:(?:town|city|village)\s+of\s+)?$",
    re.I,
)


def is_position_of_previous(between: str) -> bool:
    """Whether the words between two place names make the second only the point the first is
    measured from ("Batifa, north of Zakho", "Kitaya, 30 km east of Y"): the second is no
    place of the event told at the first."""
    return bool(_POSITION_OF.match(between))


def is_container_of_previous(between: str) -> bool:
    """Whether the words between two place names make the second one the area the first lies
    in ("Gisenyi, in Rubavu district", "Goma, the capital of North Kivu", "Panjgur in
    Pakistan's Balochistan", "Bentiu, the Unity state capital")."""
    return bool(_CONTAINER.match(between))


_ORIGIN = re.compile(r"\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$", re.I)


def is_origin(sentence: str, start: int) -> bool:
    """A place something came from ("fired from X", "crossed the border from Y")."""
    return bool(_ORIGIN.search(sentence[max(0, start - 40):start]))


_OFFSET = re.compile(
    r"\b(?P<num>\d{1,3}(?:\.\d+)?)\s*(?:-|\s)?(?P<unit>km|kms|kilomet(?:er|re)s?|miles?|mi)\s+(?:\(\s*[^)]{0,20}\)\s+)?"
    r"(?:(?!border|frontier|boundary|line|stretch)\w+\s+)?(?P<dir>north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of\s+"
    r"(?:the\s+)?(?:(?:town|city|village|district|area|capital|border\s+town)\s+of\s+)?$",
    re.I,
)
_BEARING = {"north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0, "south": 180.0,
            "southwest": 225.0, "west": 270.0, "northwest": 315.0}


def stated_offset(sentence: str, start: int) -> tuple[float, float] | None:
    """(km, bearing in degrees) when the text puts something at a distance and direction from
    the place at ``start`` ("25 km west of Goma" -> (25.0, 270.0)), else None."""
    m = _OFFSET.search(sentence[max(0, start - 60):start])
    if not m:
        return None
    dist = float(m.group("num"))
    if m.group("unit").lower().startswith("mi"):
        dist *= 1.609344
    return dist, _BEARING[m.group("dir").lower().replace("-", "")]


_RELATIVE_OPENING = re.compile(r"\s*,\s*(?:which|where|whose)\b[^,;.]*$", re.I)


def in_relative_clause_after(sentence: str, end: int, trigger_start: int) -> bool:
    """Whether a trigger at ``trigger_start`` lies in a relative clause opened right after the
    place ending at ``end`` ("Kantharalak, which was hit by rockets")."""
    return trigger_start >= end and bool(_RELATIVE_OPENING.match(sentence[end:trigger_start]))


# --- displacement: groups of a sentence and the direction of each place -----------------

# "since Friday", "since early May", "since 20 April": when, not a new clause
_TIME = (r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september"
         r"|october|november|december|last|early|late|mid|the\s+(?:start|beginning|end|weekend)|then|this|yesterday|\d"
         # "since the attack", "since the floods": an event named as a time, not a clause of its own
         r"|the\s+(?:attacks?|raids?|fighting|clashes|violence|floods?|flooding|storms?|cyclone|earthquake|offensive"
         r"|shelling|strikes?|bombings?|unrest|riots?|incursions?|ambush)\b)")
# a count with nothing but a qualifier before it ("about 1,200 "): the start of a group told by its count alone
_COUNT_ONLY = r"(?:(?:some|about|around|nearly|almost|over|more\s+than|another|a\s+further)\s+)?\d[\d,]*\s+"
_GROUP_BREAK = re.compile(
    # not "after walking for three days from X": the same people on their way
    r";|,?\s+(?:while|whereas|after|following|amid|(?<!\bhave\s)(?<!\bhas\s)(?<!\bhad\s)since)\s"
    r"(?!(?:walking|fleeing|travell?ing|trekking|crossing|leaving|escaping|spending)\b)(?<!since\s(?=" + _TIME + r"))"
    r"|,\s+but\s|,?\s+and\s+that\s|,\s+(?=(?:among\s+(?:them|whom)|of\s+whom|including)\s)"
    r"|,\s+(?=" + _COUNT_ONLY + r"of\s+(?:whom|them)\s)"  # "hosts 5,600 Malians, 1,100 of whom arrived from X"
    r"|,?\s+and\s+(?=the\s+(?:others|rest|remainder)\b(?!\s+of\b))"  # "900 went to X, and the others remain in Y"
    r"|,?\s+as\s+(?!(?:many|much|well|far|long|soon|of|a\s+result|part)\b)"
    # "8,000 went to X, and some 2,500 to Y", "fled A, with about 1,500 reaching B": a group with its own figure
    r"|(?P<sub>,\s+(?:and|with)\s+(?=(?:(?:some|about|around|nearly|almost|over|more\s+than|at\s+least"
    r"|an\s+estimated|another|a\s+further|roughly|up\s+to)\s+)?\d)"
    # "2,000 fled to A and 500 to B", "4,500 arrived in A, 1,200 in B": a second count told only by
    # where it went or is, its own group
    r"|\s+and\s+(?=" + _COUNT_ONLY + r"(?:to|into|for|towards)\s)|(?:,\s+(?:and\s+)?|\s+and\s+)(?=" + _COUNT_ONLY
    + r"(?:in|at)\s+(?:the\s+)?(?-i:[A-Z]))"
    # "Of the 8,000 who fled X, 5,000 are now in Y": the part told where it is
    r"|,\s+(?=(?:(?:some|about|around|nearly|almost|over|more\s+than|at\s+least|roughly)\s+)?\d[\d,]*\s+"
    r"(?:of\s+them\s+)?(?:are|were|remain|remained)\s+(?:now|currently|still)\s))",
    re.I,
)


def displacement_groups(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of the parts of a sentence that each tell one group's movement:
    "20,000 were evacuated from X, while 3,000 residents of Y left" is two."""
    return list(_groups(sentence))


@lru_cache(maxsize=2048)  # (asked again for each displacement feature, area and side of a sentence)
def _groups(sentence: str) -> tuple[tuple[int, int], ...]:
    spans, start = [], 0
    for m in _GROUP_BREAK.finditer(sentence):
        if m.group("sub") and not is_displacement_sentence(sentence[start:m.start()]) \
                and not (start and _ELLIPTIC_GROUP.match(sentence[start:m.start()])):  # (", 1,200 in A and 800 in B")
            continue  # "panic spread, with 450 people fleeing to X": the first group to move
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.start()
    spans.append((start, len(sentence)))
    read: dict[tuple[int, int], Count | None] = {}  # (start, end) -> its figure: each part read once
    return tuple(part for span in spans for part in _counted_twice(sentence, span, read))


_COMMA = re.compile(r",(?!\d{3})\s")


def _counted_twice(sentence: str, span: tuple[int, int], read: dict) -> list[tuple[int, int]]:
    """"2,000 residents of X have moved to Y, in Z 5,000 people were evacuated": a comma
    between two counted movements parts two groups. ``read`` keeps the figure of each part
    already read (the rest after a comma is read again as the next span)."""
    def figure(a: int, b: int) -> Count | None:
        if (a, b) not in read:
            read[a, b] = displaced_from_text(sentence[a:b])
        return read[a, b]

    lo, hi = span
    if sentence.count(",", lo, hi) == 0 or figure(lo, hi) is None:
        return [span]
    for m in _COMMA.finditer(sentence, lo, hi):
        if figure(lo, m.start()) and (after := figure(m.start(), hi)) and after.value is not None:
            return [(lo, m.start()), *_counted_twice(sentence, (m.start(), hi), read)]
    return [span]


_ANAPHORIC_GROUP = re.compile(
    r"^\W*(?:(?:;|,|while|whereas|and|as)\s+)*(?:most|many|some|all|half|others|the\s+rest)\b"
    r"(?:\s+of\s+(?:them|those))?\s+(?!of\b|\d)", re.I)


_ELLIPTIC_GROUP = re.compile(r"^\W*(?:and\s+)?" + _COUNT_ONLY + r"(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])", re.I)


def is_elliptic_group(group: str) -> bool:
    """", 1,200 in B" after "4,500 had arrived in A": a count told only by where it is, the
    group before's movement understood."""
    return bool(_ELLIPTIC_GROUP.match(group))


def is_anaphoric_group(group: str) -> bool:
    """"most reached X", "; many of them went to Y": the group counted just before."""
    return bool(_ANAPHORIC_GROUP.match(group))


_OTHER_GROUP = prefiltered(re.compile(
    r"^\W*(?:(?:;|,|while|whereas|and|as)\s+)*(?:others|the\s+(?:rest|remainder|others))\b", re.I))


_SUBGROUP = re.compile(r"(?:^|[,;(])\s*(?:among\s+(?:them|whom)|of\s+whom|including)\b", re.I)


def is_subgroup(group: str) -> bool:
    """", among them dozens of families from X": part of the group told just before, so X is
    where some of them came from."""
    return bool(_SUBGROUP.search(group))


def is_other_group(group: str) -> bool:
    """"while others moved to Y", "the rest reached Z": people beside those counted just
    before, so not that group's figure."""
    return bool(_OTHER_GROUP.match(group))


_TO_CUE = re.compile(
    r"\b(?:(?<!close\s)(?<!next\s)(?<!according\s)(?<!due\s)(?<!up\s)to|into|for|towards?|reached|reaching|arrived|arriving|arrivals?\s+(?:in|at)|registered|(?:recorded|counted)\s+(?:in|at)|sheltering|sheltered"
    r"|shelters?|camps?|hosted|hosting|hosts|entered|entering|through|crossed\s+at|crossing\s+at|returned"
    r"|(?:sleeping|camped|housed|accommodated)\s+(?:in|at)"
    r"|(?:sought|seeking|taken|took|taking|found|finding)\s+refuge"
    r"|moved\s+(?:[a-z]+\s+)?within|(?:are|were|is|remain|remained)\s+(?:now|currently|still)\s+(?:in|at)"
    # "fled X, joining 1,200 already displaced in Y": where they went
    r"|joining\b(?:[^,;]|,(?=\d)){0,60}?\b(?:in|at)"
    # "with 2,900 of them now staying in Y"
    r"|(?:now|currently|still)\s+(?:living|staying|settled)\s+(?:in|at)|sleeping\s+(?:rough\s+)?(?:in|at)|staying\s+(?:with\s+[\w\s]{0,30}?\s+)?(?:in|at)"
    # "food for 2,400 displaced people in X", "refugees at Y": where the displaced are now
    r"|(?:displaced\s+(?:people|persons|families|households|residents|civilians)|refugees|IDPs|evacuees)"
    r"\s+(?:(?:now|currently|still)\s+)?(?:(?:living|staying|sheltering)\s+)?(?:in|at)"
    # "moved to relatives' homes in X", "staying with host families in Y": where they went
    r"|(?:(?<=\bto\s)|(?<=\bwith\s)|(?<=\bamong\s))(?:their\s+)?(?:relatives|friends|host\s+famil(?:y|ies))"
    r"(?:['\u2019]s?\s+(?:homes?|houses?))?\s+(?:in|at)"
    # "expelled 900 migrants, leaving them at the frontier near X": where they were put down
    r"|(?:leaving|left|abandoning|abandoned|dumping|dumped|stranding)\s+them\s+(?:stranded\s+)?(?:in|at|near|on)"
    # "40,000 refugees who fled X, most of them in Y": where they are now
    r"|(?:most|many|some|half|all)\s+of\s+them\s+(?:(?:now|currently|still)\s+)?(?:(?:living|staying|sheltering)\s+)?(?:in|at))\b",
    re.I,
)
_FROM_CUE = re.compile(
    # "left the camp in X", "fled a shelter at Y": a camp people left (before "left" alone)
    r"\b(?:(?:left|leaving|leave|fled|fleeing|abandoned|out\s+of|from)\s+(?:the\s+|their\s+|an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:camps?|shelters?|settlements?|sites?)\s+(?:in|at|near|of)"
    r"|from|fled|fleeing|flee|flees|left|leaving|leave|abandoned|escape|escaping|residents\s+of"
    r"|inhabitants\s+of|out\s+of|displaced|evacuated|uprooted|homes)\b",
    re.I,
)


#: "Nsanje district is hosting 6,700 ...", "X, which hosts 40,000 refugees": the place people are in
_HOST_AFTER = re.compile(
    # ("the centre in X, which has room for 500 people, is sheltering 1,300": the aside is the place's)
    r"(?:\s+(?:district|province|region|county|state|town|city|camp|settlement))?(?:\s*,\s*which(?:\s[^,;.]{0,60}?,)?)?"
    r"\s+(?:(?:is|are|was|were|has|have|had|now|currently|still|already|also)\s+){0,2}(?:been\s+)?"
    r"(?:hosting|hosts|hosted|receiving|received|welcomed|welcoming|sheltering|sheltered)\s+(?:some\s+|about\s+|over\s+"
    r"|more\s+than\s+|nearly\s+|around\s+|an\s+estimated\s+)?\d"
    # "X has been receiving since last week the nationals expelled from Y"
    r"|(?:\s+(?:district|province|region|county|state|town|city|camp|settlement))?\s+(?:has|have|had|is|are|was|were)"
    r"\s+(?:been\s+)?(?:hosting|receiving|welcoming|sheltering)\s+(?:[\w ]{0,30}?\s)?(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:nationals|refugees|migrants|families|returnees|evacuees|deportees|displaced|expellees|people|traders|workers"
    r"|miners|foreigners|citizens)\b", re.I)


def is_host(sentence: str, end: int) -> bool:
    """A place told as hosting a counted group ("X is hosting 6,700 refugees"): where they went."""
    return bool(_HOST_AFTER.match(sentence, end))


def displacement_direction(before: str) -> str | None:
    """"to" when the last movement word before a place says people went there ("crossed
    into X", "sheltering in X", "left A for X"), "from" when it says they left it ("fled X",
    "residents of X", "evacuated from X"), None when no such word precedes it."""
    to = [m.end() for m in _TO_CUE.finditer(before)]
    frm = [m.end() for m in _FROM_CUE.finditer(before)]
    if not to and not frm:
        return None
    return "to" if (to[-1] if to else -1) > (frm[-1] if frm else -1) else "from"


_REFERENCE_POINT = re.compile(
    r"\b(?:across\s+(?:the\s+)?(?:[\w-]+\s+)?from|(?:border|frontier|boundary)\s+with|opposite)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:(?:town|city|village)\s+of\s+)?$",
    re.I,
)


def is_reference_point(sentence: str, start: int) -> bool:
    """A place named only to say where another lies ("a town across the river from the
    Colombian town of X", "near the frontier with X province")."""
    return bool(_REFERENCE_POINT.search(sentence[max(0, start - 60):start]))


# --- tolls: where the dead were counted -------------------------------------------------

_CARE_PLACE = re.compile(
    r"\b(?:hospitals?|clinics?|morgues?|mortuar(?:y|ies)|medical\s+cent(?:re|er)s?|health\s+cent(?:re|er)s?)"
    r"\s+(?:in|at|of)\s+(?:the\s+)?(?:(?:town|city)\s+of\s+)?$",
    re.I,
)


_WOUNDED_DIED = re.compile(
    r"\b(?:(?:wounded|injured)\b[^.;,]{0,30}?\b(?:died|succumbed)|died\s+of\s+(?:their|his|her|its)\s+(?:wounds|injuries)"
    r"|succumbed\s+to\s+(?:their|his|her)\s+(?:wounds|injuries))\s+(?:\w+\s+){0,2}?(?:in|at)\s+(?:the\s+)?"
    r"(?:(?:town|city)\s+of\s+)?$",
    re.I,
)


def is_care_place(sentence: str, start: int) -> bool:
    """Where the wounded died or were treated ("died in hospital in X", "two of the wounded
    died in X"), not where they were hit."""
    before = sentence[max(0, start - 70):start]
    return bool(_CARE_PLACE.search(before[-50:]) or _WOUNDED_DIED.search(before))


_PLACE_UNTOLD = re.compile(
    r"\b(?:did\s+not|didn['\u2019]t|would\s+not|could\s+not)\s+(?:say|specify|give|disclose|reveal)\s+(?:\w+\s+)?"
    r"(?:details?\s+(?:of|on|about|as\s+to)\s+)?(?:where|the\s+location)"
    r"|\bwhere\s+(?:they|he|she|it|the\s+\w+)\s+(?:were|was|had\s+been)\s+(?:\w+\s+)?(?:is|was|are|were)\s+(?:not|un)\s*known"
    r"|\bwithout\s+(?:giving|saying|specifying|providing|disclosing)\s+(?:any\s+|further\s+)?"
    r"(?:details?\s+(?:of|on|about|as\s+to)\s+|information\s+(?:on|about)\s+)?(?:a\s+|the\s+|its\s+|their\s+)?(?:location|where)"
    r"|\bunclear\s+where\b|\bnot\s+known\s+where\b|\bunknown\s+location",
    re.I,
)


def place_untold(sentence: str) -> bool:
    """The sentence says it does not know where its deaths happened ("did not say where")."""
    return bool(_PLACE_UNTOLD.search(sentence))


_TOLL_LOCATIVE = re.compile(r"^(?:\s+[\w-]+){0,3}?\s+(?:in|at|near|outside|inside|on)\s+(?:the\s+)?(?:(?:town|city|village|district)\s+of\s+)?$",
                            re.I)


def is_toll_place(sentence: str, toll_end: int, start: int) -> bool:
    """A place right after a toll ("killing two people in X", "were killed in X"): where those
    people died."""
    return start >= toll_end and start - toll_end <= 40 and bool(_TOLL_LOCATIVE.match(sentence[toll_end:start])) \
        and not is_care_place(sentence, start)


_COUNTRY_PART = re.compile(
    r"\b(?:across|in|throughout|over|through|around)\s+(?:the\s+)?(?:(?:north|south)(?:-?(?:east|west))?|east|west)ern\s+"
    r"((?-i:[A-Z])[\w'’-]+)", re.I)


def country_parts(text: str) -> list[str]:
    """Names after "across eastern X", "in northern X": a side of a country as an event's area."""
    return [m.group(1) for m in _COUNTRY_PART.finditer(text)]


# "X, a border village in Y", "the border town of X", "X, on the Nigerian border", "X, near the frontier"
_BORDER_KIND = r"(?:border|frontier)\s+(?:village|town|city|hamlet|settlement|post|crossing|point|outpost)"
_BORDER_TYPED_AFTER = re.compile(
    r"\s*,\s*(?:(?:an?|the)\s+(?:small\s+|remote\s+|disputed\s+)?" + _BORDER_KIND
    + r"|(?:an?\s+(?:[A-Z][\w-]*\s+)?(?:village|town|hamlet|settlement)\s+)?"  # "a Mauritanian village on the border"
    + r"(?:right\s+)?(?:on|near|along|by)\s+the\s+(?:[A-Z][\w-]*\s+)?(?:border|frontier)\b"
    # "X, a town of some 6,000 people that sits on the frontier", "X, a market town which lies by the border"
    + r"|an?\s+(?:[\w,-]+\s+){0,6}?(?:village|town|hamlet|settlement)\s+(?:[\w,-]+\s+){0,5}?(?:that|which)\s+"
    + r"(?:sits|lies|stands|is)\s+(?:right\s+)?(?:on|near|along|by|at)\s+the\s+(?:[A-Z][\w-]*\s+)?(?:border|frontier)\b)",
    re.I)
_BORDER_TYPED_BEFORE = re.compile(r"\bthe\s+(?:small\s+|remote\s+|disputed\s+)?" + _BORDER_KIND + r"\s+of\s+$", re.I)


def is_border_typed(sentence: str, start: int, end: int) -> bool:
    """A place the text itself puts on the frontier: "Ghumdhum, a border village in ...", "the
    border town of X", "X, on the Nigerian border"."""
    return bool(_BORDER_TYPED_AFTER.match(sentence, end)) or bool(
        _BORDER_TYPED_BEFORE.search(sentence, max(0, start - 40), start))
