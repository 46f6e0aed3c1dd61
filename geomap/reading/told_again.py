"""An event told again: a sentence whose subject points back at an event just told ("The strike
hit the crossing", "Baghdad condemned the strikes"), or that names it only as a time ("wounded
during the fighting"), is that event again, not a new incident. Told again with where it was
signed or held ("The agreement was signed in X"), an agreement is at X (``signed_at``).
"""
from __future__ import annotations

import re

from geomap.reading.retold_inside import family as _family
from geomap.text.event_words import ACTOR_NOUNS, EventType, opens_with_actor

__all__ = ["DEFINITE_SUBJECT", "referred_back", "signed_at", "told_again"]

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


def told_again(sentence: str, ev: EventType, events: dict[int, list[EventType]], index: int) -> bool:
    """"The strike hit the Qusayr crossing", "The clash followed weeks of tension": a sentence
    whose subject points back at an event of the same type told just before is that event
    told again, not a new one."""
    if _BLAME_FOR.search(sentence, max(0, ev.start - 60), ev.start) or _REACTION_TO.search(sentence, max(0, ev.start - 100),
                                                                                           ev.start):
        # "Baku and Yerevan traded blame for the fighting": the fighting just told, argued over
        return any(events.get(j) for j in range(max(0, index - 2), index))
    if not DEFINITE_SUBJECT.match(sentence[:ev.start]) or _AUXILIARY.search(sentence[:ev.start]) \
            or opens_with_actor(ev.trigger) or _ACTOR_SUBJECT.match(sentence, 0, ev.start) \
            or _ACTOR_OPENING.match(ev.trigger):
        return False  # "The militants attacked X", "The rebels then overran X": the actor, not the event, is the subject  # "The 21-year-old was stabbed near X": the victim is the subject, the event is told here
    if _NAMES_ITS_TARGET.match(sentence, ev.end):
        return False  # "The bombardment of Tachileik by jets ...": a nominalised event with a place of its own
    # "The clash comes a week after ...": a verb that only sets the event told before in time, however far back
    first = 0 if _SETS_IN_TIME.match(sentence, ev.end) else max(0, index - 2)
    return any(_family(e.event_type) == _family(ev.event_type) for j in range(first, index)
               for e in events.get(j, ()))


#: "the bombardment of X", "the shelling on X": the event's noun with the place it hit
_NAMES_ITS_TARGET = re.compile(r"\s+(?:of|on)\s+(?-i:[A-Z])(?!(?:[\w-]+\s+){0,2}?(?:forces|troops|army|rebels|fighters)\b)")
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
