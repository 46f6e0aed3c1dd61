"""Deaths of armed men told alone, at a place and on a day of their own: "Three fighters were
killed in X on 1 March", "Two soldiers were killed near Y on Tuesday night". The sentence has no
event word, yet it reports an incident there (ACLED: combatants killed by an unnamed side, an
armed clash). Not when it points back at deaths or an event told before ("two more soldiers",
"were also killed", "in the attack"), nor when a violent event told in the sentence just
before is on the same day or undated (then these are that event's dead, its toll)."""

from __future__ import annotations

import re
from datetime import date

from geomap.text.count_words import CORE
from geomap.text.dates import all_dates_from_text
from geomap.text.part_events import TYPED_PLACE
from geomap.text.event_words import EventType
from geomap.text.literals import prefiltered

__all__ = ["deaths_told_alone", "new_on_a_day_of_their_own", "told_alone"]

_ARMED = (r"(?:soldiers?|troops|fighters?|militants?|rebels?|insurgents?|jihadists?|policem[ae]n|police\s+officers?"
          r"|(?:border\s+)?guards?|gendarmes?|servicem[ae]n|militiam[ae]n|reservists?|combatants?|paramilitar(?:y|ies))")
_WORDS = (r"\b(?:" + CORE + r"|an?)\s+(?:[\w-]+\s+){0,2}?" + _ARMED
          + r"\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+killed\s+(?:in|near|at|outside|around)\s+(?:the\s+)?"
          + TYPED_PLACE)
# asked of every sentence: run only where "killed" and an armed men's word (the gate) occur
_DEATHS = prefiltered(re.compile(_WORDS + r"(?=(?-i:[A-Z]))", re.I), gate=re.compile(_ARMED))
_TRIGGER = re.compile(_WORDS, re.I)
_BACK = re.compile(r"\b(?:more|also|other|others|another|further|too|same|the\s+dead|among\s+the)\b", re.I)
_VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def _day(sentence: str, published: date | None) -> date | None:
    refs = [r for r in all_dates_from_text(sentence, published)
            if r.date is not None and r.precision == 1 and (published is None or r.date <= published)]
    return refs[0].date if refs else None


def deaths_told_alone(sentences: list, i: int, events: dict, published: date | None) -> list[EventType]:
    """[an armed clash whose trigger is the deaths' words] for sentence ``i``, else []
    (``events``: the events of the sentences before it, by index)."""
    m = _DEATHS.search(sentences[i].text)
    if m is None or not new_on_a_day_of_their_own(sentences, i, m.end(), events, published):
        return []
    return [EventType("Battles", "Armed clash", m.group(0).strip(), m.start(), m.end())]


def new_on_a_day_of_their_own(sentences: list, i: int, end: int, events: dict, published: date | None) -> bool:
    """Whether deaths told in sentence ``i`` up to ``end`` are new ones: no word points back at deaths
    told before, the sentence has its day, and no violent event of the sentence before falls on it
    (or is undated: then these are that event's dead)."""
    text = sentences[i].text
    if _BACK.search(text, 0, end):
        return False
    day = _day(text, published)
    if day is None:
        return False
    return not (any(e.event_type in _VIOLENT for e in events.get(i - 1, ()))
                and _day(sentences[i - 1].text, published) in (None, day))


def told_alone(trigger: str) -> bool:
    """Whether an incident's trigger is the words of deaths told alone."""
    return bool(_TRIGGER.fullmatch(trigger + " "))
