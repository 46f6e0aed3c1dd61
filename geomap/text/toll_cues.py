"""Words that say whose death toll a number is (pure text rules, no gazetteer).

A toll belongs to the incident its clause tells, or to the one it points back at ("the toll
from that attack"). These rules find what ties a toll elsewhere: a place name the text gives
for the deaths or the attack ("killed in Kiwanja", "at a checkpoint outside Ferfer",
"attacked Kerawa"), whether or not any gazetteer holds it, and a toll told for several places
at once ("strikes near Yeed and El Barde killed 100"), and a total over several events told
over a period ("two attacks in X department killed 19 this week"); and what ties a toll back to
what was told before: a place named only by reference ("killed when a strike hit a market in
the town"), deaths counted in an event already told ("also killed in the exchange of fire"),
and the same deaths told again ("The three were killed near X").
"""

from __future__ import annotations

import calendar
import re

from geomap.text.toll_forms import RUNNING_WORDS

__all__ = ["locative_names", "refers_back", "coordinated_name", "is_total_of_events", "points_back_to_place",
           "in_told_event", "retold_count", "event_told_at", "opens_apart", "is_long_total", "names_care_building",
           "names_speakers_office"]

# "in X", "at the X border post", "outside X", "attacked X", "the market in X", "the village of X"
_LOCATIVE = re.compile(
    r"\b(?:in|at|near|outside|around|attacked|struck|hit|raided|shelled|bombed|stormed)\s+(?:the\s+)?"
    r"(?:(?:[a-z-]+\s+){0,2}?(?:village|town|city|hamlet|settlement|market|camp|area)\s+(?:of|in)\s+)?"
    r"((?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)*)", re.I)
_NOT_PLACES = {w.lower() for w in list(calendar.month_name)[1:] + list(calendar.day_name)} | {
    "the", "a", "an", "his", "her", "their", "its", "this", "that", "islamic", "un", "reuters", "afp", "ap",
}
# "the toll from that attack", "the death toll from Friday's shelling", "toll in the raid"
# "the toll from that attack", "the number of people killed in Thursday's clash": a count naming its event
_REFERS_BACK = re.compile(r"\b(?:toll|number\s+of\s+(?:dead|deaths|victims|(?:people\s+|those\s+)?killed))\s+(?:from|of|in|when)\b",
                          re.I)
_AND_NAME_AFTER = re.compile(r"^\s+(?:and|or|&)\s+(?:the\s+)?([A-Z][\w'’-]*)")
_NAME_AND_BEFORE = re.compile(r"([A-Z][\w'’-]*)\s+(?:and|or|&)\s+(?:the\s+)?$")


# "struck Taliban positions", "attacked M23 fighters": a target named by its side, not a place
_TARGET_AFTER = re.compile(r"\s+(?:positions?|targets?|fighters|militants|forces|troops|bases?|camps?|convoys?"
                           r"|posts?|outposts?|units?|members|supporters|strongholds?|hideouts?)\b")
_ACRONYM = re.compile(r"[A-Z0-9]{2,5}")
#: a care building told by its name ("the Tiene clinic", "Juliaca General Hospital"): where the
#: wounded were treated or died, not a place of the deaths
_CARE_BUILDING = re.compile(r"\s+(?:(?-i:[A-Z])[\w'’-]*\s+){0,2}(?:clinic|hospital|health\s+(?:centre|center|post)"
                            r"|dispensary|infirmary|morgue|mortuary)\b", re.I)


#: an office named by its place, then what it said: "the Chiapas state prosecutor's office said"
_SPEAKERS_OFFICE = re.compile(r"(?:['’]s)?\s+(?:state\s+|provincial\s+|regional\s+|district\s+|county\s+)?"
                              r"(?:prosecutor|attorney\s+general|governor|police|army|government|ministry|authorities"
                              r"|officials|health\s+ministry|interior\s+ministry)(?:['’]s\s+office|\s+office)?"
                              r"(?:\s*,[^,;.]{1,40},)?\s+(?:said|says|say|reported|confirmed|told|announced)\b", re.I)


def names_speakers_office(text: str, end: int) -> bool:
    """Whether the place ending at ``end`` only names whose office gave the words ("the Chiapas
    state prosecutor's office said"): no place of the deaths."""
    return bool(_SPEAKERS_OFFICE.match(text, end))


def names_care_building(text: str, end: int) -> bool:
    """Whether the capitalised name ending at ``end`` is a clinic's or a hospital's ("the Tiene clinic")."""
    return bool(_CARE_BUILDING.match(text, end))


def locative_names(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of capitalised names a locative word puts something at ("killed in X",
    "near the X border post", "attacked X"); months, weekdays ("in Monday's attack"),
    acronyms and targets named by their side ("hit RSF positions") left out."""
    end = len(text) if end is None else end
    out = []
    for m in _LOCATIVE.finditer(text, start, end):
        first = re.sub(r"['’]s?$", "", m.group(1).split()[0])
        if first.lower() in _NOT_PLACES or _ACRONYM.fullmatch(first) or _TARGET_AFTER.match(text, m.end(1)) \
                or names_care_building(text, m.end(1)):
            continue
        out.append((m.start(1), m.end(1)))
    return out


def refers_back(toll_text: str) -> bool:
    """"the toll from that attack has risen to eight": the toll names its event by reference,
    so the event's own clause, not where the wounded later died, says where it was."""
    return bool(_REFERS_BACK.search(toll_text))


_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:(?:towns?|villages?|cities)\s+of\s+)?$", re.I)


def coordinated_name(text: str, start: int, end: int) -> str | None:
    """The name told together with a place ("near Yeed and El Barde", "Yei and Morobo"), for
    which what is told there is told too, else None. "On the road between X and Y" names one
    stretch, not two places."""
    after = _AND_NAME_AFTER.match(text[end:end + 40])
    if after:
        return None if _BETWEEN.search(text[max(0, start - 40):start]) else after.group(1)
    before = _NAME_AND_BEFORE.search(text[max(0, start - 40):start])
    if before and not _BETWEEN.search(text[max(0, start - 80):max(0, start - 40) + before.start()]):
        return before.group(1)
    return None


# "two attacks", "three separate raids", "a series of air strikes": several events counted together
_SEVERAL_EVENTS = re.compile(
    r"\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|\d+)\s+(?:separate\s+|deadly\s+)?"
    r"|a\s+(?:series|string|wave|spate)\s+of\s+(?:[a-z-]+\s+)?)"
    r"(?:attacks|raids|(?:air\s*|drone\s+)?strikes|airstrikes|bombings|ambushes|clashes|assaults|explosions|incidents)\b",
    re.I)
# ... over a period, or apart: the deaths are a total, not one event's
_PERIOD = re.compile(r"\b(?:this|last|past|previous)\s+(?:week|month|weekend|few\s+days)\b|\bin\s+recent\s+(?:days|weeks)\b"
                     r"|\bsince\b|\bseparate\b|\bso\s+far\s+this\b", re.I)


# "the previous two killed nine people", "earlier attacks killed 20": other events' count
_EARLIER_EVENTS = re.compile(r"\b(?:previous|earlier|prior)\s+(?:two|three|four|five|several|\d+|ones|(?:[a-z-]+\s+)?"
                             r"(?:attacks|raids|strikes|clashes|incidents|ambushes|bombings))\b", re.I)


# "seven people have died in those incidents", "during these raids": deaths of several events told
# before, pointed at together (a demonstrative and a plural act noun), so a total no one incident carries
_THOSE_EVENTS = re.compile(
    r"\b(?:in|during|from|by|over)\s+(?:all\s+)?(?:those|these)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:attacks|raids|(?:air\s*|drone\s+)?strikes|airstrikes|bombings|ambushes|clashes|assaults|explosions|blasts"
    r"|incidents|shootings|killings|fires|crashes|runs)\b", re.I)


def is_total_of_events(sentence: str, start: int | None = None, end: int | None = None) -> bool:
    """"Two attacks in Mayo-Sava department killed at least 19 civilians this week": a toll
    summed over several events told apart or over a period, which no one incident carries;
    "the previous two killed nine people": other events' count; "seven have died in those
    incidents": several events told before, pointed at together. With the toll's span, a running
    count told in a clause after it ("killing three, the latest in a series of raids that have
    killed 41 since February") is that clause's, not the toll's."""
    stop = re.search(r"[,;]", sentence[end:]) if end is not None else None
    if stop and RUNNING_WORDS.search(sentence, end + stop.start()):
        sentence = sentence[:end + stop.start()]
    m = _SEVERAL_EVENTS.search(sentence)
    return (m is not None and bool(_PERIOD.search(sentence))) or bool(_EARLIER_EVENTS.search(sentence)) \
        or bool(_THOSE_EVENTS.search(sentence))


_EVENT_NOUN = (r"(?:exchange\s+of\s+fire|exchanges\s+of\s+fire|clash(?:es)?|fighting|attacks?|raids?|shelling|strikes?"
               r"|air\s*strikes?|bombing|bombardment|ambush|assault|explosion|blast|gunfight|firefight|shoot-?out"
               r"|operation|offensive|incursion|incident|violence|skirmish(?:es)?|shooting|killings?|massacre)")
# "in the town", "at the camp", "there": a place told before, named by reference only
_ANAPHORIC_PLACE = re.compile(r"\b(?:in|at|near|outside|inside|around)\s+(?:the|that)\s+(?:same\s+)?"
                              r"(?:town|village|city|camp|settlement|hamlet|district|area)\b(?!\s+of\b)(?!\s+(?-i:[A-Z]))"
                              r"|\b(?:killed|died|dead)\s+there\b", re.I)
# "killed in the exchange of fire", "died during that operation": deaths of an event told before
_IN_TOLD_EVENT = re.compile(r"(?:\s+[\w'’-]+){0,2}?\s+(?:in|during|by)\s+(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?"
                            + _EVENT_NOUN + r"\b(?!\s+(?:of|on)\s+(?-i:[A-Z]))", re.I)  # "the shelling of X": its own event
# "The three, a man and his two sons, were killed": deaths counted before, told again
_RETOLD_COUNT = re.compile(r"(?:^|[.;:]\s*|\W\s*)(?:the|all|both\s+of\s+the|all\s+of\s+the)\s+$", re.I)


_SETTLEMENT = re.compile(r"\b(?:town|village|city|camp|settlement|hamlet)\b", re.I)


def points_back_to_place(sentence: str) -> str | None:
    """"13 civilians were killed when a strike hit a market in the town": the deaths' place is
    one told before, by reference only (never the place told next). Returns "settlement" when
    the words say it is a town or village (no province is "the town"), "place" for any other
    reference ("the area", "there"), else None."""
    m = _ANAPHORIC_PLACE.search(sentence)
    if m is None:
        return None
    return "settlement" if _SETTLEMENT.search(m.group(0)) else "place"


_ALSO = re.compile(r"\balso\b", re.I)


def in_told_event(sentence: str, toll_start: int, toll_end: int) -> bool:
    """"one of its fighters had also been killed in the exchange of fire": deaths added to the
    count of an event the text told before (the words right after the toll point back at it,
    and "also" adds them; "five were killed in the fighting near X" may be the fighting's next
    place, with a toll of its own)."""
    return bool(_IN_TOLD_EVENT.match(sentence, toll_end)) \
        and bool(_ALSO.search(sentence, max(0, toll_start - 30), toll_end))


def retold_count(sentence: str, toll_start: int) -> bool:
    """"The three ... were killed when a drone hit their car near X": a count told before,
    told again with where those people died."""
    return bool(_RETOLD_COUNT.search(sentence[max(0, toll_start - 20):toll_start]))


# "The shooting happened at a checkpoint in X": where the event told just before took place
_EVENT_TOLD_AT = re.compile(r"^\W*(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?" + _EVENT_NOUN
                            + r"\s+(?:happened|took\s+place|occurred|unfolded|was\s+carried\s+out|broke\s+out)\b", re.I)


def event_told_at(sentence: str) -> list[tuple[int, int]]:
    """The places a sentence telling an earlier event again gives it ("The shooting happened
    at a checkpoint in X": X), else []."""
    m = _EVENT_TOLD_AT.match(sentence)
    return locative_names(sentence, m.end(), len(sentence)) if m else []


# "Separately, ...", "In a separate attack, ...", "Elsewhere, ...": another event, told apart
_APART = re.compile(r"^\W*(?:separately|elsewhere|meanwhile|in\s+(?:a|another)\s+separate\s+\w+|in\s+another\s+"
                    r"(?:incident|attack|strike|clash|raid)|in\s+a\s+separate\b)", re.I)


def opens_apart(sentence: str) -> bool:
    """"Separately, troops clashed near X": a sentence opening on another event, which a toll
    told beside it never belongs to."""
    return bool(_APART.match(sentence))


# "since 2021", "since the war began", "over the past two years": a conflict's running total over
# years (a region's toll "since the start of the year" or "of the month" is that region's, as the
# gold of the border sets reads it)
_LONG_PERIOD = re.compile(
    r"\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d\b"
    r"|\bsince\s+the\s+(?:start|beginning|outbreak|onset)\s+of\s+the\s+(?:[\w-]+\s+)?(?:war|conflict|insurgency|uprising)\b"
    r"|\bsince\s+the\s+(?:[\w-]+\s+)?(?:war|conflict|insurgency|uprising)\s+(?:began|started|broke\s+out|erupted)\b"
    r"|\bin\s+recent\s+years\b"
    r"|\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:(?:few|several|two|three|four|five|six|ten|\d+)\s+)?(?:years|decades?)\b",
    re.I)


def is_long_total(sentence: str, start: int | None, end: int | None) -> bool:
    """"A total of 24 people have died in border clashes since 2021": a conflict's running
    total over years, told in the toll's own words, which no one incident carries."""
    if start is None or end is None:
        return False
    lo, hi = max(0, start - 80), min(len(sentence), end + 100)
    for part in sentence[lo:hi].split(";"):
        for m in _LONG_PERIOD.finditer(part):
            if not _SUPERLATIVE_BEFORE.search(part, 0, m.start()):  # "the deadliest attack since 2021": one event
                return True
    return False


_SUPERLATIVE_BEFORE = re.compile(r"\b(?:\w+est|worst|first|biggest|most\s+\w+)\s+(?:[\w-]+\s+){0,5}$", re.I)
