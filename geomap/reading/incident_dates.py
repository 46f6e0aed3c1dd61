"""When an incident happened: the date expression of its sentence nearest the trigger, else a
date of the sentences just before, else the story's last date as an estimate; never a date
after publication.

Split from ``geomap.reading.events`` (which re-exports ``incident_date`` and ``sentence_date``)
so that dating an event is one module's job.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from geomap.settings import DATE_LOOKBACK
from geomap.text import cues
from geomap.text.dates import DateRef, all_dates_from_text
from geomap.text.days_after import days_after, days_before_told
from geomap.text.event_words import EventType
from geomap.text.sentences import Sentence

__all__ = ["incident_date", "sentence_date", "usable_date"]


def usable_date(ref: DateRef, published: date | None) -> bool:
    """A resolved date not after publication (reported events have happened)."""
    return ref.date is not None and (published is None or ref.date <= published)


def sentence_date(sentence: str, published: date | None, trigger: EventType | None = None) -> DateRef | None:
    """The date expression of a sentence nearest the trigger (the first one without a trigger)."""
    refs = _usable_dates(sentence, published)
    if not refs:
        return None
    if trigger is None:
        return refs[0]
    # "Police said on Monday that gunmen had killed two on Saturday": the day told, not the day it was said
    refs = [r for r in refs if not _SAID_ON.search(sentence, max(0, r.start - 30), r.start)] or refs
    cs, ce = cues.clause_span(sentence, trigger.start, trigger.end)

    own = trigger.clause_start if trigger.clause_start is not None else 0  # an event's own clause: its dates

    def distance(r: DateRef) -> tuple[int, int, int]:
        inside = 0 if cs <= r.start and r.end <= ce and r.start >= own else 1
        gap = r.start - trigger.end if r.start >= trigger.end else trigger.start - r.end
        # "drone strikes on X on Monday and fighting around Y on Tuesday": a date before an
        # "and" is the event told before it
        crossed = 1 if r.end <= trigger.start and _AND.search(sentence, r.end, trigger.start) else 0
        if own == 0 and _OPENS.fullmatch(sentence, 0, r.start) and sentence.startswith(",", r.end):
            return 0, 0, gap  # "On Tuesday, hauliers and owners protested ... since the closure in September"
        return inside, crossed, gap

    return min(refs, key=distance)


_AND = re.compile(r"\band\b")
#: what may stand before a date that opens its sentence: a dateline or a heading ("VILNIUS, Dec 3 — ")
_OPENS = re.compile(r"(?:[^.;]*[:\u2014\u2013]\s+)?[\s\"'\u201c]*")
_SAID_ON = re.compile(r"\b(?:said|says|told\s+(?:\w+\s+){0,2}?|announced|reported|stated|added)\s+(?:(?:late\s+|early\s+)?on\s+)?$",
                      re.I)


@lru_cache(maxsize=2048)  # incidents look back over the sentences before them: each read once
def _usable_dates(sentence: str, published: date | None) -> tuple[DateRef, ...]:
    return tuple(r for r in all_dates_from_text(sentence, published) if usable_date(r, published))


def incident_date(sentences: list[Sentence], index: int, published: date | None,
                  trigger: EventType | None = None) -> tuple[DateRef | None, str | None]:
    """The date of sentence ``index``'s event, and where it came from.

    The sentence's own date expression nearest the trigger first; else the first date of one
    of the ``DATE_LOOKBACK`` sentences before it ("talks resumed on Wednesday. Officials met
    at ..."); else the last date told before it, with time precision 2 at best (an estimate);
    else none. Dates after publication (plans, schedules) never count.
    """
    ref = sentence_date(sentences[index].text, published, trigger)
    back = days_before_told(sentences[index].text, trigger.start) if ref is not None and trigger is not None else None
    if back is not None and ref.end <= back[1]:  # "died on Sunday, a day after a brawl at X": the brawl's day
        return replace(ref, date=ref.date - timedelta(back[0])), "days before"
    if ref is not None:
        return ref, "sentence"
    counted = days_after(sentences[index].text)  # "A day later, gunmen attacked Y": the date before, and a day
    for j in range(index - 1, max(-1, index - 1 - DATE_LOOKBACK), -1):
        ref = sentence_date(sentences[j].text, published)
        if ref is not None and counted is not None and (published is None or ref.date + timedelta(counted[0]) <= published):
            m = counted[1]
            return DateRef(ref.date + timedelta(counted[0]), m.group(0), m.start(), m.end(), ref.precision), "days after"
        if ref is not None:
            return ref, "previous sentence"
    # "soldiers later clashed ...": the story's last date before it, as an estimate
    for j in range(index - 1 - DATE_LOOKBACK, -1, -1):
        ref = sentence_date(sentences[j].text, published)
        if ref is not None:
            return replace(ref, precision=max(ref.precision, 2)), "earlier in the article"
    return None, None
