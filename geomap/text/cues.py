"""Small textual cues the event assembly needs: border words, clauses, speakers, mediators,
destinations, "near" qualifiers, border sites, anaphora and military actors.

Each cue is one regular expression behind a named function taking a sentence (and offsets
into it); none knows any place name. The displacement cues (groups of a sentence, direction of
each place) are in ``geomap.text.movement_cues`` and re-exported here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from geomap.text.literals import prefiltered  # (asked of every sentence: the words first)
# (the displacement grammar: its own module, its names kept here for the callers)
from geomap.text.movement_cues import (displacement_direction, displacement_groups, is_anaphoric_group,  # noqa: F401
                                       is_elliptic_group, is_host, is_other_group, is_subgroup)

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
    r"\s+(?!(?:buildings?|offices|headquarters|compound|house|palace|premises|complex|quarter)\s)"
    # (not "officials met in X": what they did there, an event's place)
    r"(?:(?!(?:met|meeting|gathered|assembled|signed|clashed|fought|marched|protested|rallied)\s)[\w-]+\s+)?"
    # ("officials in the Thai province of X said": the unit named before its name)
    r"(?:in|of|from|at)\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){0,2}?(?:province|district|region|county|state|town|city"
    r"|governorate|department|municipality)\s+of\s+)?$",
    re.I,
)
_MEDIATOR = prefiltered(re.compile(
    r"\b(?:brokered|broker|mediat\w*|involvement\s+of|facilitat\w*|good\s+offices|called\s+for\s+(?:calm|restraint"
    r"|de-?escalation)|urg(?:ed|es|ing)\s+(?:calm|restraint|both|the\s+two|de-?escalation)|host(?:ed|s|ing)\s+"
    r"(?:the\s+)?talks|envoys?|special\s+representative|appeal(?:ed|s)?\s+for\s+(?:calm|restraint))\b",
    re.I,
))
_DESTINATION_TAIL = (r"\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]*['\u2019]s\s+)?"
                     r"(?:(?:city|town|village|camps?|shelters?|port|harbou?r)\s+(?:of|in|near)\s+)?$")
_DESTINATION = re.compile(
    r"(?:\b(?:fled|flee(?:ing|s)?|evacuated|evacuating|moved|relocated|taken|brought|transferred|crossed|crossing"
    r"|(?<!the\s)displaced|resettled|bused|bussed)\b[^.;]{0,60}?\b(?:to|into|towards?)"  # not "the displaced" (people)
    r"|\b(?:left|leaving|leave|headed|heading|bound|departed|set\s+off)\b[^.;]{0,60}?\bfor"  # "left X for Y"
    # "cocaine packed for shipment downriver to X", "arms destined for Y": where goods were going
    r"|\b(?:shipments?|shipped|shipping|destined)\b[^.;]{0,30}?\b(?:to|for)"
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
    r"(?:(?:their|its|his|her|our|a|an|the|one|two|several)\s+)?(?:[\w-]+\s+)?$"
    # "abducted four fishermen from their camp near X", "killed two herders at a camp near Y": people taken or hit there
    r"|\b(?:abduct(?:ed|ing)|kidnapp(?:ed|ing)|seized|robbed|killed|shot|beat|beaten|attacked)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:from|at|in|inside|outside)\s+(?:their|its|his|her|our|a|an|the|one)\s+(?:[\w-]+\s+)?$", re.I)
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


#: "on the Namibian side of the river", "a village on the Tajik side": a place by the frontier, told by its side
_NATIONAL_SIDE = re.compile(r"\bon\s+the\s+(?-i:[A-Z])[\w'\u2019-]+\s+side\s+of\s+the\s+(?:[\w-]+\s+)?"
                            r"(?:river|border|frontier|boundary|line|lake|(?-i:[A-Z])[\w-]+)\b", re.I)


def on_national_side(text: str) -> bool:
    """Whether ``text`` puts something on one country's side of a river, lake or line ("a village on the
    Namibian side of the Okavango"): by the frontier, as "along the border" is."""
    return bool(_NATIONAL_SIDE.search(text))


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


#: "the governor's office in X said": the office of one who speaks, only when it is said to speak
#: there ("miners gathered in front of the governor's office in X": where people gather)
_OFFICE_IN = re.compile(r"\b(?:governor|governors|ministry|minister|mayor|president|prefect|commissioner)['\u2019]s\s+"
                        r"office\s+(?:in|at)\s+(?:the\s+)?$", re.I)

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
    speaker = _SPEAKER.search(before)
    if speaker and _HARMED_BEFORE.search(before, 0, speaker.start()):
        speaker = None  # "gunmen killed a customs officer in X": the victim's place, where it happened
    if speaker or _SAID_AT.search(before) or _BASED_HERE.match(sentence, start):
        return True
    if _OFFICE_IN.search(before) and _SAID_AFTER.match(sentence, start):
        return True
    return bool(_RESIDENTS_OF.search(before)) and bool(_SAID_AFTER.match(sentence, start))


#: a violent verb whose object the speaker noun is ("killed a customs officer in X", "shot two officers of ...")
_HARMED_BEFORE = re.compile(r"\b(?:killed|killing|shot|shooting|wounded|wounding|injured|injuring|abducted|abducting"
                            r"|kidnapped|kidnapping|stabbed|beheaded|beat|beating|attacked|attacking|ambushed|ambushing)"
                            r"(?:\s+dead)?\s+(?:an?|the|two|three|four|five|several|\d+)\s+(?:[\w-]+\s+){0,2}?$", re.I)


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
    r"|(?:(?:the|an?)\s+(?:[\w-]+\s+){0,3}?)?(?:opposite|facing|across\s+(?:the\s+[\w-]+\s+)?from)"
    # "a post near X, at the edge of the Y National Park": the park says where X lies
    r"|(?:at|on)\s+the\s+(?:edge|edges|fringes?|rim|margins?)\s+of)"
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
    r"\b(?P<num>\d{1,3}(?:\.\d+)?)\s*(?:-|\s)?(?P<nautical>nautical\s+)?(?P<unit>km|kms|kilomet(?:er|re)s?|miles?|mi)\s+(?:\(\s*[^)]{0,20}\)\s+)?"
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
        dist *= 1.852 if m.group("nautical") else 1.609344  # "120 nautical miles west of Luzon": at sea
    return dist, _BEARING[m.group("dir").lower().replace("-", "")]


_RELATIVE_OPENING = re.compile(r"\s*,\s*(?:which|where|whose)\b[^,;.]*$", re.I)


def in_relative_clause_after(sentence: str, end: int, trigger_start: int) -> bool:
    """Whether a trigger at ``trigger_start`` lies in a relative clause opened right after the
    place ending at ``end`` ("Kantharalak, which was hit by rockets")."""
    return trigger_start >= end and bool(_RELATIVE_OPENING.match(sentence[end:trigger_start]))


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
    care = _CARE_PLACE.search(before[-50:])
    if care is not None and _CARE_HIT.search(before[-50:], 0, care.start()):
        care = None  # "burned the health centre in X", "shelled a hospital in Y": the building was the target
    return bool(care or _WOUNDED_DIED.search(before))


#: an act done to a care building, told just before it
_CARE_HIT = re.compile(r"\b(?:burn(?:ed|t)|torched|looted|attacked|raided|shelled|struck|hit|bombed|stormed|destroyed"
                       r"|damaged|ransacked)\s+(?:the|an?|its|their)\s+(?:[\w-]+\s+)?$", re.I)


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


# "X, a border village in Y", "the border town of X", "X, on the Nigerian border", "X, near (close to) the frontier"
#: a word may stand between: "a border trade town", "a border market village", "the frontier fishing town of X"
_BORDER_KIND = r"(?:border|frontier)\s+(?:(?:trade|trading|market|farming|fishing|mining|garrison|river|mountain)\s+)?" \
               r"(?:village|town|city|hamlet|settlement|post|crossing|point|outpost)"
#: the unit told between a name and its border ("X, in Y department, near the frontier"): it still says X is by it
_UNIT_BETWEEN = r"(?:in\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:department|district|region|province|county|state|prefecture)\s*,\s*)?"
_BORDER_TYPED_AFTER = re.compile(
    r"\s*,\s*(?:(?:an?|the)\s+(?:small\s+|remote\s+|disputed\s+)?" + _BORDER_KIND
    + r"|(?:an?\s+(?:[A-Z][\w-]*\s+)?(?:village|town|hamlet|settlement)\s+)?"  # "a Mauritanian village on the border"
    + _UNIT_BETWEEN  # "X, in Nguigmi department, near the frontier with Chad"
    + r"(?:right\s+)?(?:on|near|along|by|close\s+to|next\s+to)\s+the\s+(?:[A-Z][\w-]*\s+)?(?:border|frontier)\b"
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
