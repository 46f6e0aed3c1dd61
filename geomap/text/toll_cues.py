"""Words that say whose death toll a number is (pure text rules, no gazetteer).

A toll belongs to the incident its clause tells, or to the one it points back at ("the toll
from that attack"). These rules find what ties a toll elsewhere: a place name the text gives
for the deaths or the attack ("killed in Kiwanja", "at a checkpoint outside Ferfer",
"attacked Kerawa"), whether or not any gazetteer holds it, and a toll told for several places
at once ("strikes near Yeed and El Barde killed 100"), and a total over several events told
over a period ("two attacks in X department killed 19 this week").
"""

from __future__ import annotations

import calendar
import re

__all__ = ["locative_names", "refers_back", "coordinated_name", "is_total_of_events"]

# "in X", "at the X border post", "outside X", "attacked X", "the market in X", "the village of X"
_LOCATIVE = re.compile(
    r"\b(?:in|at|near|outside|around|attacked|struck|hit|raided|shelled|bombed|stormed)\s+(?:the\s+)?"
    r"(?:(?:[a-z]+\s+){0,2}?(?:village|town|city|hamlet|settlement|market|camp)\s+(?:of|in)\s+)?"
    r"((?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)*)", re.I)
_NOT_PLACES = {w.lower() for w in list(calendar.month_name)[1:] + list(calendar.day_name)} | {
    "the", "a", "an", "his", "her", "their", "its", "this", "that", "islamic", "un", "reuters", "afp", "ap",
}
# "the toll from that attack", "the death toll from Friday's shelling", "toll in the raid"
_REFERS_BACK = re.compile(r"\btoll\s+(?:from|of|in)\b", re.I)
_AND_NAME_AFTER = re.compile(r"^\s+(?:and|or|&)\s+(?:the\s+)?([A-Z][\w'’-]*)")
_NAME_AND_BEFORE = re.compile(r"([A-Z][\w'’-]*)\s+(?:and|or|&)\s+(?:the\s+)?$")


# "struck Taliban positions", "attacked M23 fighters": a target named by its side, not a place
_TARGET_AFTER = re.compile(r"\s+(?:positions?|targets?|fighters|militants|forces|troops|bases?|camps?|convoys?"
                           r"|posts?|outposts?|units?|members|supporters|strongholds?|hideouts?)\b")
_ACRONYM = re.compile(r"[A-Z0-9]{2,5}")


def locative_names(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of capitalised names a locative word puts something at ("killed in X",
    "near the X border post", "attacked X"); months, weekdays ("in Monday's attack"),
    acronyms and targets named by their side ("hit RSF positions") left out."""
    end = len(text) if end is None else end
    out = []
    for m in _LOCATIVE.finditer(text, start, end):
        first = re.sub(r"['’]s?$", "", m.group(1).split()[0])
        if first.lower() in _NOT_PLACES or _ACRONYM.fullmatch(first) or _TARGET_AFTER.match(text, m.end(1)):
            continue
        out.append((m.start(1), m.end(1)))
    return out


def refers_back(toll_text: str) -> bool:
    """"the toll from that attack has risen to eight": the toll names its event by reference,
    so the event's own clause, not where the wounded later died, says where it was."""
    return bool(_REFERS_BACK.search(toll_text))


def coordinated_name(text: str, start: int, end: int) -> str | None:
    """The name told together with a place ("near Yeed and El Barde", "Yei and Morobo"), for
    which what is told there is told too, else None."""
    m = _AND_NAME_AFTER.match(text[end:end + 40]) or _NAME_AND_BEFORE.search(text[max(0, start - 40):start])
    return m.group(1) if m else None


# "two attacks", "three separate raids", "a series of air strikes": several events counted together
_SEVERAL_EVENTS = re.compile(
    r"\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|\d+)\s+(?:separate\s+|deadly\s+)?"
    r"|a\s+(?:series|string|wave|spate)\s+of\s+(?:[a-z-]+\s+)?)"
    r"(?:attacks|raids|(?:air\s*|drone\s+)?strikes|airstrikes|bombings|ambushes|clashes|assaults|explosions|incidents)\b",
    re.I)
# ... over a period, or apart: the deaths are a total, not one event's
_PERIOD = re.compile(r"\b(?:this|last|past|previous)\s+(?:week|month|weekend|few\s+days)\b|\bin\s+recent\s+(?:days|weeks)\b"
                     r"|\bsince\b|\bseparate\b|\bso\s+far\s+this\b", re.I)


def is_total_of_events(sentence: str) -> bool:
    """"Two attacks in Mayo-Sava department killed at least 19 civilians this week": a toll
    summed over several events told apart or over a period, which no one incident carries."""
    m = _SEVERAL_EVENTS.search(sentence)
    return m is not None and bool(_PERIOD.search(sentence))
