"""An event told again: a sentence whose subject points back at an event just told ("The strike
hit the crossing", "Baghdad condemned the strikes"), or that names it only as a time ("wounded
during the fighting"), is that event again, not a new incident. Told again with where it was
signed or held ("The agreement was signed in X"), an agreement is at X (``signed_at``).
So is an event a speaker reports on ("Police in X province said the protest ended peacefully"), and
one whose victims, told just before, are its definite subject ("Two herders were killed on Thursday.
The herders were shot near X"): the same people, the same event (a victim not told before, "The
21-year-old was stabbed near X", is a new one).
"""
from __future__ import annotations

import re

from geomap.reading.retold_inside import family as _family
from geomap.text.count_words import PERSON
from geomap.text.event_words import ACTOR_NOUNS, EventType, opens_with_actor

__all__ = ["DEFINITE_SUBJECT", "lost_retellings", "referred_back", "signed_at", "told_again"]

#: "The strike ...", "That attack ...": a sentence opening on a definite noun phrase
DEFINITE_SUBJECT = re.compile(r"^\W*(?:The|This|That|Those|These)\s+(?:[\w-]+\s+){0,2}$")


#: "The militants then overran X": a definite subject naming who acted (not "The gunmen's attack")
_ACTOR_SUBJECT = re.compile(r"^\W*(?:The|These|Those)\s+(?:[\w-]+\s+)?(?:" + ACTOR_NOUNS + r")\s+(?:[\w-]+\s+)?$", re.I)
_ACTOR_OPENING = re.compile(r"(?:" + ACTOR_NOUNS + r")\b", re.I)
_AUXILIARY = re.compile(r"\b(?:was|were|is|are|has|have|had|been)\s+$", re.I)
_BLAME_FOR = re.compile(r"\b(?:blame[sd]?|blaming|responsib(?:le|ility)|accus\w+\s+(?:\w+\s+)?of\s+(?:starting|provoking))"
                        r"\s+(?:\w+\s+)?(?:for\s+)?(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?$", re.I)


#: a government's reaction to events just told: "Baghdad summoned Turkey's envoy over the
#: incursions", "Damascus condemned the strikes"
_REACTION_TO = re.compile(r"(?:\b(?:summon\w*|protest\w*|complain\w*|angry|anger\w*|outrage\w*)\b[^.;]{0,60}?"
                          r"\b(?:over|about|against|at)|\b(?:condemn\w*|denounc\w*|decried|decrying))"
                          r"\s+(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?$", re.I)


#: "officials said the protest ...", "police confirmed that the attack ...": a speaker telling of an event
_SAID_OF = re.compile(r"\b(?:said|says|say|told|reported|confirmed|added|stated|announced|insisted)\s+(?:that\s+)?"
                      r"(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?$", re.I)
#: "The herders were shot ...", "The two drivers had been beaten ...": who was hurt, as the definite subject
_PERSONS = re.compile(r"(?:" + PERSON + r")s?|men|women|children|people|victims|police(?:men)?|troops", re.I)
_VICTIM_SUBJECT = re.compile(r"^\W*(?:The|These|Those|Both)\s+(?:[\w-]+\s+){0,2}?(?P<who>[a-z][\w-]*)\s+(?:was|were"
                             r"|had\s+been|have\s+been|has\s+been)\s+(?:[a-z]+\s+)?$")


def _same_family_before(ev: EventType, events: dict[int, list[EventType]], index: int) -> bool:
    return any(_family(e.event_type) == _family(ev.event_type) for j in range(max(0, index - 2), index)
               for e in events.get(j, ()))


def _victims_told_before(sentence: str, ev: EventType, before: str) -> bool:
    """"The herders were shot near X" after "Two herders were killed": the victims of ``ev`` told in ``before``."""
    head = sentence[:ev.start]
    m = _VICTIM_SUBJECT.match(head) or _VICTIM_SUBJECT.match(sentence[:ev.end].rsplit(None, 1)[0] + " ")
    return bool(m and _PERSONS.fullmatch(re.sub(r"men$", "man", m.group("who")))  # "fishermen", "herdsmen"
                and re.search(r"\b" + re.escape(m.group("who")) + r"\b", before, re.I))


def told_again(sentence: str, ev: EventType, events: dict[int, list[EventType]], index: int, before: str = "") -> bool:
    """"The strike hit the Qusayr crossing", "The clash followed weeks of tension": a sentence
    whose subject points back at an event of the same type told just before is that event
    told again, not a new one (``before``: the text of the two sentences before)."""
    if _SAID_OF.search(sentence, max(0, ev.start - 40), ev.start):
        return _same_family_before(ev, events, index)  # "Police ... said the protest ended peacefully"
    if before and _victims_told_before(sentence, ev, before):
        return _same_family_before(ev, events, index)
    if _BLAME_FOR.search(sentence, max(0, ev.start - 60), ev.start) or _REACTION_TO.search(sentence, max(0, ev.start - 100),
                                                                                           ev.start):
        # "Baku and Yerevan traded blame for the fighting": the fighting just told, argued over
        return any(events.get(j) for j in range(max(0, index - 2), index))
    if not DEFINITE_SUBJECT.match(sentence[:ev.start]) or _AUXILIARY.search(sentence[:ev.start]) \
            or opens_with_actor(ev.trigger) or _ACTOR_SUBJECT.match(sentence, 0, ev.start) \
            or _ACTOR_OPENING.match(ev.trigger):
        return False  # "The militants attacked X", "The rebels then overran X": the actor, not the event, is the subject  # "The 21-year-old was stabbed near X": the victim is the subject, the event is told here
    # "The clash comes a week after ...": a verb that only sets the event told before in time, however far back
    first = 0 if _SETS_IN_TIME.match(sentence, ev.end) else max(0, index - 2)
    return any(_family(e.event_type) == _family(ev.event_type) for j in range(first, index)
               for e in events.get(j, ()))


_SETS_IN_TIME = re.compile(r"\s+(?:comes|came|follows|followed|marks|marked)\b", re.I)


#: an event named only as the time of something else ("wounded during the fighting", "fled since
#: Monday's shelling"): the event told before, pointed back at
_BACK_REFERENCE = re.compile(r"\b(?:during|since|after|amid|in|following|throughout)\s+(?:the|that|this|these|those"
                             r"|(?:last\s+)?\w+['\u2019]s)\s+(?:[\w-]+\s+)?$", re.I)


#: the event told with a place of its own ("killed in the exchange of fire near X"): not only a pointer
_OWN_PLACE = re.compile(r"\s+(?:near|in|at|of|on|around|outside)\s+(?:the\s+)?(?-i:[A-Z])")


def referred_back(sentence: str, ev: EventType, evs: list[EventType], events: dict[int, list[EventType]],
                   index: int) -> bool:
    """Whether ``ev`` is an event of the two sentences before pointed back at as a time ("Two soldiers
    were wounded during the fighting"), with no place of its own and no other event of its type
    told in the sentence."""
    if not _BACK_REFERENCE.search(sentence, max(0, ev.start - 40), ev.start) or _OWN_PLACE.match(sentence, ev.end) \
            or any(e is not ev and e.event_type == ev.event_type for e in evs):
        return False
    return any(e.event_type == ev.event_type for j in range(max(0, index - 2), index) for e in events.get(j, ()))


#: "was signed in X", "were held on Friday at X": where talks or an agreement took place
_SIGNED_AT = re.compile(r"\b(?:signed|held|concluded|sealed|initialled|initialed|reached|struck)\s+(?:(?:on|late|early)\s+"
                        r"(?:\w+\s+){1,2}?)?(?:in|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$", re.I)


def signed_at(sentence: str, start: int) -> bool:
    """"The agreement was signed in X": the place at ``start`` is where an agreement told just
    before was made (not the crossing or the border it is about)."""
    return bool(_SIGNED_AT.search(sentence, max(0, start - 60), start))


def lost_retellings(restated: dict[int, list[EventType]], incidents: list[dict], index_of: dict[int, int]) -> dict:
    """The events told again ("The fishermen were shot near X") whose first telling gave no incident (it
    had no place: "Two fishermen were killed on the lake"): each is the event's only telling, kept. An
    incident of its kind anywhere before is the one it tells again ("The clash comes a week after ...")."""
    def told_before(i: int, ev: EventType) -> bool:
        return any(0 <= index_of.get(f["properties"]["sentence_start"], -9) < i
                   and _family(f["properties"]["event_type"]) == _family(ev.event_type) for f in incidents)
    lost = {i: [e for e in evs if not told_before(i, e)] for i, evs in restated.items()}
    return {i: evs for i, evs in lost.items() if evs}
