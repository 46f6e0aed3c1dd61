"""Which places of a sentence may be where one of its incidents happened (placement's rule 1).

Never countries (actors), capitals named as governments, speakers' places ("officials in X
said") or mediators' places, places things were sent from ("reinforcements sent from X") or
armed men came from ("herders from X attacked Y"), where a unit is based ("the battalion based
in X said"), capitals spoken to ("talking to Maputo"), where people who fled are hosted
("staying with relatives in X"), nor destinations of flight ("evacuated to X", "left X for Y
and Z") unless a relative clause says what happened there ("X, which was shelled").
"""

from __future__ import annotations

import re

from geomap.reading.origin_apposition import told_as_origin
from geomap.reading.resolve import Place
from geomap.reading.route_ends import far_route_end
from geomap.reading.subject_clause import in_subject_description
from geomap.text import cues
from geomap.text.teller_seat import is_teller_seat
from geomap.text.event_nouns import ACTOR_NOUNS
from geomap.text.event_words import events_from_text
from geomap.text.named_features import arrived_from
from geomap.text.plan_tail import in_plan_tail
from geomap.text.sentences import Sentence

__all__ = ["incident_candidates", "residents_places", "described_by_relative", "joined_by_and", "opens_as_speaker_place",
           "told_as_sent_from"]


def _rel(p: Place, s: Sentence) -> tuple[int, int]:
    return p.mention.start - s.start, p.mention.end - s.start


def incident_candidates(sentence: Sentence, places: list[Place]) -> list[Place]:
    """Places of one sentence that may be an incident's location."""
    out, taken_to = [], []
    for p in places:
        if p.role != "place" or p.entry.place_type == "country":
            continue
        a, b = _rel(p, sentence)
        if (cues.is_speaker_place(sentence.text, a) and not _at_their_homes(sentence.text, a, b)) \
                or cues.is_mediator_context(sentence.text, a, b) or is_teller_seat(sentence.text, a):
            continue
        if cues.is_care_place(sentence.text, a):  # "died in hospital in X"
            continue
        if in_plan_tail(sentence.text, a):  # "met in X to discuss a road, part of a plan to link Y and Z": the plan's
            continue
        if told_as_origin(sentence.text, a, b):  # "the driver, a 41-year-old from X, was arrested": his home
            continue
        joined = _joined_to_previous(sentence, p, places)
        if _REACHED.search(sentence.text, max(0, a - 40), a) or _HEADING.search(sentence.text, max(0, a - 60), a):
            continue  # "according to survivors who reached X", "before heading back towards the shore near X"
        if _HOSTED_IN.search(sentence.text, max(0, a - 60), a) or (joined is not None and _HOSTED_IN.search(
                sentence.text, max(0, joined - 60), joined)):
            continue  # "families who fled the fighting are staying with relatives in X and Y": where they went
        if p.entry.place_type in ("admin1", "region") and _FORCES_AFTER.match(sentence.text, b):
            continue  # "Somali army positions": whose army, not where
        if in_subject_description(sentence.text, a, b):
            continue  # "The traders, who buy clothes in X and sell them in Y, are protesting": where they trade
        if far_route_end(sentence, p, places):
            continue  # "trucks waiting on the X–Y corridor": somewhere on a long road, not at its end town
        if _ORGANISATION_AFTER.match(sentence.text, b):
            continue  # "gunmen of the Jalisco New Generation Cartel": a word of a group's name
        if _OFFICE_OF.match(sentence.text, b):
            continue  # "Luapula Province Police Commissioner Mr X said": the speaker's office
        if _OFFICIALS_AFTER.match(sentence.text, b) and _DEALT_WITH.search(sentence.text, max(0, a - 20), a):
            continue  # "promised a joint inquiry with X region officials": whose officials, not where
        if _POLICY_OF.match(sentence.text, b):
            continue  # "in breach of Lusaka's export ban": the government whose rule it is, not a place
        if p.entry.feature == "capital" and _ACTOR_BY.search(sentence.text, max(0, a - 40), a):
            continue  # "a series of cross-border attacks by Tehran": the actor
        if _SENT_FROM.search(sentence.text, max(0, a - 60), a) or _SPOKEN_TO.search(sentence.text, max(0, a - 40), a) \
                or arrived_from(sentence.text[:a]):
            continue  # "reinforcements were sent from X", "talking to Maputo", "a bus arriving from X": not where anything happened
        if joined is not None and (arrived_from(sentence.text[:joined])
                                   or _SENT_FROM.search(sentence.text, max(0, joined - 60), joined)):
            continue  # "miners who had come from X and Y", "troops sent from X and Y": both whence they came
        if any(_ACTORS_FROM.search(sentence.text, max(0, x - 50), x) for x in (a, joined) if x is not None):
            continue  # "raids by herders from X and Y hit Z": where the attackers came from
        if _speaking_unit_base(sentence.text, a, b) or (joined is not None and _speaking_unit_base(sentence.text, joined, b)):
            continue  # "the battalion based in X, Y said its men fired": where the speaker stays, not the event
        if joined is not None and cues.is_speaker_place(sentence.text, joined) and not _at_their_homes(sentence.text, a, b):
            continue  # "the governors of Batken and Fergana regions met at X" ("residents of X and Y said shells fell near their villages": both)
        if _apposition_of_speaker_place(sentence, p, places):
            continue  # "a spokesman in X, across the border in Y, said": Y says where X lies
        inside = _inside_previous(sentence, p, places)  # "to the port of X in Y": Y holds the destination
        if any(x is not None and _CRAFT_TAKEN_TO.search(sentence.text, max(0, x - 90), x) for x in (a, joined, inside)):
            taken_to.append(p)  # where a seized craft was taken: the event's place only if the sentence has no other
            continue
        if (cues.is_destination(sentence.text, a) or any(x is not None and cues.is_destination(sentence.text, x)
                                                         for x in (joined, inside))) \
                and not _happened_at_destination(sentence.text, b) and not _FORCES_CROSSED.search(sentence.text, max(0, a - 90), a):
            continue
        out.append(p)
    out = out or taken_to
    # "gunmen attacked canoes near X, police in Y said": the police's town, when the event has a place of its
    # own (their county may still be where an unlisted village lies)
    police = [p for p in out if p.entry.place_type in ("city", "landmark") and _police_town(sentence.text, *_rel(p, sentence))]
    if police and _ARREST_ONLY_TOLD.search(sentence.text) and not _VIOLENCE_TOLD.search(sentence.text):
        # "police in X said two suspects had been arrested": where the police spoke, not where the arrest was
        # (that is the town the sentence or its paragraph tells, or none)
        return [p for p in out if p not in police]
    return [p for p in out if p not in police] if len(police) < len(out) else out


def told_as_sent_from(text: str, start: int) -> bool:
    """Whether the place at ``start`` is where something was sent or came from ("sent reinforcements
    from X to the Y checkpoint"): it says nothing of where the act, or the place sent to, lies."""
    return bool(_SENT_FROM.search(text, max(0, start - 60), start))


def _police_town(text: str, start: int, end: int) -> bool:
    return bool(_POLICE_IN.search(text, max(0, start - 30), start)) and bool(_SAID_AFTER_NAME.match(text, end))


_POLICE_IN = re.compile(r"\b(?:police|gendarmerie|gendarmes)\s+(?:in|of|at)\s+(?:the\s+)?$", re.I)
#: an arrest told in the passive after what the police said, and no act of violence in the sentence
#: (the passive: "police in X said they had arrested six fishermen" is the police's own act, at their town)
_ARREST_ONLY_TOLD = re.compile(r"\b(?:said|says|told|reported|stated)\b[^.;]*?\b(?:(?:had|have|has)\s+been|was|were)\s+"
                               r"(?:\w+\s+)?(?:arrested|detained|apprehended)\b", re.I)
_VIOLENCE_TOLD = re.compile(r"\b(?:attack\w*|kill\w*|shot|shoot\w*|injur\w*|wound\w*|clash\w*|fight\w*|fir(?:ed|ing)"
                            r"|stabb\w*|beat(?:en|ing)?|rob\w*|seiz\w*|raid\w*)\b", re.I)
_SAID_AFTER_NAME = re.compile(r"(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s+(?:said|says|told|reported|stated)\b", re.I)


_RESIDENTS = re.compile(r"\b(?:residents|villagers|locals|inhabitants|elders)\s+(?:of|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$", re.I)


_THEIR_HOMES = re.compile(r"\b(?:near|on|in|at|around|into|hit|struck)\s+(?:their\s+(?:[\w-]+\s+)?(?:homes?|houses?"
                          r"|villages?|towns?|fields|farms|compounds?|settlements?|neighbou?rhoods?|streets?)"
                          # "residents of X said rockets fell near the central market": their town's market
                          r"|the\s+(?:(?:central|main|old|town|weekly|village|big)\s+)?(?:market|mosque|church|bus\s+station"
                          r"|motor\s+park|square|stadium|school))\b", re.I)


def _at_their_homes(text: str, start: int, end: int) -> bool:
    """"Residents of X and Y said shells fell near their villages" (or "near the central market"): the
    speakers' places are the event's."""
    return bool(_RESIDENTS.search(text, max(0, start - 50), start)) and bool(
        _THEIR_HOMES.search(text, end) or _THE_VILLAGE_BEFORE.search(text, 0, start))


#: "Gunmen attacked the village overnight, residents of X said": the village the speakers live in, told first
_THE_VILLAGE_BEFORE = re.compile(r"\b(?:attacked|raided|shelled|struck|hit|stormed|burned|torched|looted|bombed|in|at|on"
                                 r"|near|into)\s+(?:the|their)\s+(?:village|town|settlement|hamlet)\b", re.I)


def residents_places(sentence: Sentence, places: list[Place]) -> list[Place]:
    """Places whose residents speak ("Residents of X said troops searched homes"): not where the
    sentence's event is placed by itself, but the village "the village" points back to next."""
    return [p for p in places if p.role == "place" and p.entry.place_type != "country"
            and _RESIDENTS.search(sentence.text, max(0, _rel(p, sentence)[0] - 50), _rel(p, sentence)[0])]


#: (also "residents of X, on the Y river, said": where X lies)
_APPOSITION = re.compile(r"^\s*,\s*(?:[\w-]+\s+){0,4}?(?:in|of|on|along)\s+(?:the\s+)?$", re.I)


def _apposition_of_speaker_place(sentence: Sentence, place: Place, places: list[Place]) -> bool:
    """Whether ``place`` stands in an apposition after a speaker's place ("officials in X, across
    the border in Y, said")."""
    a = _rel(place, sentence)[0]
    before = [q for q in places if _rel(q, sentence)[1] <= a]
    if not before:
        return False
    pa, pb = _rel(max(before, key=lambda q: q.mention.end), sentence)
    return bool(_APPOSITION.match(sentence.text[pb:a])) and cues.is_speaker_place(sentence.text, pa)


def _joined_to_previous(sentence: Sentence, place: Place, places: list[Place]) -> int | None:
    """Where the place just before ``place`` starts when the two are joined by "and" or a comma
    ("left X for Rawa and Haditha": Haditha is a destination too), else None."""
    a = _rel(place, sentence)[0]
    before = [q for q in places if _rel(q, sentence)[1] <= a]
    if not before:
        return None
    pa, pb = _rel(max(before, key=lambda q: q.mention.end), sentence)
    return pa if joined_by_and(sentence.text[pb:a]) else None


def _inside_previous(sentence: Sentence, place: Place, places: list[Place]) -> int | None:
    """Where the place just before ``place`` starts when ``place`` is told as holding it ("the port of
    Provideniya in Chukotka"), else None."""
    a = _rel(place, sentence)[0]
    before = [q for q in places if _rel(q, sentence)[1] <= a]
    if not before:
        return None
    pa, pb = _rel(max(before, key=lambda q: q.mention.end), sentence)
    return pa if _IN_NEXT.match(sentence.text[pb:a]) else None


#: "seized a trawler in the X Strait and escorted it to the port of Y": where the craft was taken after
#: ("escorted the trawler into Y" with no other place: Y is where the story puts it)
_CRAFT_TAKEN_TO = re.compile(r"\b(?:escorted|towed)\b[^.;]{0,60}?\b(?:to|into)\s+(?:the\s+)?"
                             r"(?:(?:port|harbou?r)\s+(?:of|in)\s+)?$", re.I)
#: "X in Y": the words between a place and the unit told as holding it
_IN_NEXT = re.compile(r"^\s+in\s+(?:the\s+)?$", re.I)

_AND_NEXT = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:the\s+)?$", re.I)


def joined_by_and(between: str) -> bool:
    """Whether the words between two place names join them as one list ("X and Y", "X, Y")."""
    return bool(_AND_NEXT.match(between))


#: what is sent ("sent reinforcements from X", "dispatched two companies of troops from Y"): the place they left
_SENT_THINGS = (r"(?:(?:more|extra|additional|fresh|two|three|several|a\s+few|\d+)\s+)?(?:[\w-]+\s+){0,2}?"
                r"(?:reinforcements|troops|soldiers|units|forces|police(?:men)?|officers|gendarmes|personnel|men|companies|"
                r"battalions|platoons|teams)\s+")
#: a place something was sent or came from ("reinforcements had been sent from Isiolo", "armed
#: men who crossed from Ethiopia's Oromia region attacked ...")
_SENT_FROM = re.compile(r"\b(?:sent|dispatched|flown|brought|transferred|rushed|crossed|came|coming|arrived|driven|deployed)"
                        r"\s+(?:in\s+|over\s+|" + _SENT_THINGS + r")?from\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]*['\u2019]s\s+)?$", re.I)
#: where armed men come from ("herders from X", "raiders from the X district"), not where they struck
_ACTORS_FROM = re.compile(r"\b(?:" + ACTOR_NOUNS + r"|herders|herdsmen|pastoralists|tribesmen|rustlers|kidnappers|smugglers"
                          r"|poachers)\s+(?:who\s+(?:had\s+)?(?:came|come|crossed)\s+)?from\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)
#: where people who fled are hosted ("staying with relatives in X", "sheltering in schools in Y")
_HOSTED_IN = re.compile(r"\b(?:staying|sheltering|living|hosted|housed|lodged|taking\s+refuge|camped|camping)\s+"
                        r"(?:with\s+(?:[\w-]+\s+)?(?:relatives|families|friends|hosts)\s+|(?:in|at)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:schools?|churches|mosques|camps?|shelters?|sites?)\s+)?(?:in|at|near)\s+(?:the\s+)?$", re.I)
#: where a unit is stationed ("the battalion based in X", "troops stationed at Y")
_BASED_IN = re.compile(r"\b(?:based|stationed|garrisoned|headquartered|deployed\s+permanently)\s+(?:in|at)\s+(?:the\s+)?$",
                       re.I)
_SAYS_AFTER = re.compile(r"[^.;:]{0,40}?\b(?:said|says|told|stated|claimed|denied|reported)\b", re.I)


def _speaking_unit_base(text: str, start: int, end: int) -> bool:
    """"The battalion based in X said its men fired": the base of a unit that speaks (troops
    "stationed in X came under fire" are at X)."""
    return bool(_BASED_IN.search(text, max(0, start - 40), start)) and bool(_SAYS_AFTER.match(text, end))


#: "according to survivors who reached X": where people went
_REACHED = re.compile(r"\bwho\s+(?:had\s+|have\s+|has\s+)?(?:later\s+|since\s+|finally\s+)?(?:reached|arrived\s+(?:in|at))"
                      r"\s+(?:the\s+)?$", re.I)
_HEADING = re.compile(r"\bhead(?:ed|ing)\s+(?:back\s+|home\s+)?(?:to|towards?|for)\s+(?:[\w'\u2019-]+\s+){0,4}?"
                      r"(?:(?:near|of|in|at)\s+)?(?:the\s+)?$", re.I)
_OFFICE_OF = re.compile(r"(?:\s+(?:(?-i:Province|District|County|Region|State)\s+)?(?-i:[A-Z][a-z]+\s+){0,2}?"
                        r"(?-i:Commissioner|Governor|Commander|Administrator|Minister|Chief|Mayor|Officer|Spokes\w+)\b"
                        # "Kibondo district police commander said": the office in lower case
                        r"|\s+(?:district|province|provincial|county|regional|region|state)\s+(?:police\s+|security\s+)?"
                        r"(?:commissioner|commander|administrator|governor|chief|officer|spokes\w+)\b)"
                        r"[^.;:]{0,60}?\b(?:said|says|told)\b", re.I)
_ORGANISATION_AFTER = re.compile(r"(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,3}\s+(?-i:Cartel|Front|Army|Movement|Party|Brigades?"
                                 r"|Militia|Alliance|Coalition)\b")
#: "troops crossed into Somali territory near X": where the forces went is where the event is, no refuge
_FORCES_CROSSED = re.compile(r"\b(?:troops|soldiers|forces|army|militiamen|militants|rebels|gunmen|fighters|tanks)\s+"
                             r"(?:[\w-]+\s+){0,3}?(?:crossed|moved|pushed|entered)\s+(?:into|onto)\b[^.;]*$", re.I)
#: a place's possessive before a rule or decision of its government ("Lusaka's export ban", "Niamey's new rules")
_POLICY_OF = re.compile(r"['\u2019]s?\s+(?:[a-z-]+\s+){0,2}?(?:bans?|embargo|polic(?:y|ies)|rules?|regulations?|decisions?"
                        r"|decrees?|orders?|laws?|restrictions?|sanctions?|measures?|advisor(?:y|ies)|directives?|quotas?"
                        r"|tariffs?|duties|levy|demands?|request|offer|proposals?|position|stance)\b")
#: officials a place is named for ("X region officials", "X authorities"), met or dealt with ("with X officials")
_OFFICIALS_AFTER = re.compile(r"\s+(?:(?:region|regional|province|provincial|district|state|county|city|town|municipal"
                              r"|border)\s+)?(?:officials|authorities|officers|representatives|counterparts|administrators)\b",
                              re.I)
_DEALT_WITH = re.compile(r"\b(?:with|from|met|meet|meeting|and)\s+(?:the\s+)?$", re.I)
_FORCES_AFTER = re.compile(r"\s+(?:army|troops|forces|soldiers|military|police|militias?)\b", re.I)
_ACTOR_BY = re.compile(r"\b(?:attacks?|strikes?|raids?|shelling|bombing|incursions?|aggression|violations?)\s+by\s+$", re.I)
#: a capital or country spoken to or dealt with: its government ("talking to Maputo")
_SPOKEN_TO = re.compile(r"\b(?:talk\w*|spoke|speak\w*|appeal\w*|wrote|written|complain\w*|protest\w*|contacts?"
                        r"|touch|relations|ties|dialogue)\s+(?:to|with)\s+$"
                        r"|\b(?:accus\w*|blam\w*|urg(?:ed|es|ing)|warn(?:ed|s|ing)|call(?:ed|s|ing)\s+on|ask(?:ed|s|ing))\s+$", re.I)


#: "In X, a government spokesman said ...": the place the speaker is in, told first
_SPEAKER_OPENING = re.compile(r"^\W*In\s+(?:the\s+)?$", re.I)
_SPEAKER_AFTER = re.compile(r"\s*,\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?(?:officials?|spokes(?:man|woman|person)"
                            r"|ministers?|ministry|government|authorities|governor|mayor|police|army|military)\b"
                            r"[^.;:]{0,40}?\b(?:said|says|told|stated|announced)\b", re.I)


def opens_as_speaker_place(text: str, start: int, end: int) -> bool:
    """"In Addis Ababa, a government spokesman said the army sent troops towards X": a place
    that opens the sentence to say where the speaker is (it still places an event told with
    no other place)."""
    return bool(_SPEAKER_OPENING.match(text[:start])) and bool(_SPEAKER_AFTER.match(text, end))


def _happened_at_destination(text: str, end: int) -> bool:
    """"fled to X, where fighting broke out": a place people went to that a relative clause tells an event at;
    not "arrested and taken to X, where they appeared before a magistrate" (what befell the people taken there)."""
    if not described_by_relative(text, end):
        return False
    return not text[end:end + 7].lower().startswith(", where") or bool(events_from_text(text[end:]))


def described_by_relative(text: str, end: int) -> bool:
    """"X, which was hit..." / "X, where ...": the clause after X tells what happened there."""
    return text[end:end + 12].lower().startswith((", which", ", where"))
