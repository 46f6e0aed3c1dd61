"""Which events a sentence tells as incidents of its own, and which owns its toll.

History years back ("clashes between 2008 and 2011 killed 28") and plans (every date after
publication) give none; civilians killed in a battle, or by a blast told with no other actor,
are that event's victims, not a separate attack; an evacuation beside fighting is part of that
story; the deaths belong to the trigger just before them (not to burning or looting told beside
violence), else to the event of their own clause.
"""

from __future__ import annotations

import re
from datetime import date

from geomap.text import cues
from geomap.text.dates import all_dates_from_text
from geomap.text.event_words import EventType

__all__ = ["is_past_background", "is_planned", "toll_owner", "civilians_in_battle", "minor_developments_dropped",
           "recalled_since"]


# "held since 1966" is a state, not a date; "since 2016, when troops occupied X" dates an event
_YEAR = re.compile(r"\b(?<!since\s)(?<!Since\s)(?:1[89]|20)\d\d\b|\b(?:1[89]|20)\d\d(?=,?\s+when\b)")


def is_past_background(sentence: str, published: date | None) -> bool:
    """A sentence about events years before publication ("clashes between 2008 and 2011
    killed 28"): history the article recalls, not an incident it reports."""
    if published is None:
        return False
    years = [int(y) for y in _YEAR.findall(sentence)]
    if not years or max(years) >= published.year - 1:
        return False
    recent = [r for r in all_dates_from_text(sentence, published)
              if r.date is not None and (published - r.date).days < 366]
    return not recent


def is_planned(sentence: str, published: date | None) -> bool:
    """A sentence whose every date lies after publication ("talks are due in Mogadishu next
    week", "ministers will meet on Saturday") tells a plan: its meetings and agreements have
    not happened (fighting told beside the plan has)."""
    if published is None:
        return False
    refs = [r for r in all_dates_from_text(sentence, published) if r.date is not None]
    return bool(refs) and all(r.date > published for r in refs)


#: the sub-event of damage to property, which a toll told beside a violent event is not
_DAMAGE = "Looting/property destruction"


def toll_owner(evs: list[EventType], fat, main: EventType, sentence: str = "") -> EventType:
    """The event a sentence's deaths belong to: the trigger just before the toll ("shells
    landed in X, killing a woman, as fighting raged in Y": the shelling), else the main one."""
    if fat is None or fat.start is None:
        return main
    before = [e for e in evs if e.start < fat.start]
    # "gunmen attacked X and burned 40 houses; the toll from that attack has risen to eight": burning
    # or looting kills no one when a violent event is told beside it
    before = [e for e in before if e.sub_event_type != _DAMAGE] or before
    if before:
        return max(before, key=lambda e: e.start)
    # "two soldiers were killed when their truck hit a landmine, as troops pressed an offensive":
    # the deaths' own clause tells what killed them
    cs, ce = cues.clause_span(sentence, fat.start, fat.end) if sentence else (0, 0)
    own = [e for e in evs if cs <= e.start < ce]
    return main if not own or main in own else min(own, key=lambda e: e.start)


def civilians_in_battle(events: list[EventType], sentence: str = "") -> list[EventType]:
    """ACLED: civilians killed in a battle, or by shelling or a strike told in the same clause,
    are that event's victims, not a separate attack on civilians ("forces exchanged fire,
    killing four civilians" is one armed clash; "shelling killed three civilians" one shelling,
    which ACLED flags as civilian targeting)."""
    if any(e.event_type == "Battles" for e in events):
        return [e for e in events if e.event_type != "Violence against civilians" or _own_act_after(events, e, sentence)]
    blasts = [cues.clause_span(sentence, e.start, e.end) for e in events
              if e.event_type == "Explosions/Remote violence"]
    # "shelling of X, which they call Y, killed three civilians": the killing has no actor but the blast
    told = [e.end for e in events if e.event_type == "Explosions/Remote violence"]
    return [e for e in events if e.event_type != "Violence against civilians"
            or not (any(a <= e.start < b for a, b in blasts) or (_BARE_KILLING.match(e.trigger) and any(
                end <= e.start and not _OWN_ACTOR.search(sentence, end, e.start) for end in told)))]


def _own_act_after(events: list[EventType], e: EventType, sentence: str) -> bool:
    """"Troops clashed with rebels near X on Monday, and on Tuesday gunmen killed five villagers in
    Y": an attack told after the battle in a coordinate clause of its own, with its own actor; or the same
    force's next act told after ", before" or ", then" (not a bare killing: "..., before killing two")."""
    battles = [b.end for b in events if b.event_type == "Battles" and b.end <= e.start]
    if not battles or not sentence:
        return False
    join = None
    for join in _COORDINATE.finditer(sentence, max(battles), e.start):
        pass
    if join is not None and bool(_ACTOR.search(sentence, join.end(), e.end)):
        return True
    # "... clashed with rebels near X, before crossing into Y and raiding a village near Z": the same force's next act
    return bool(_SEQUEL.search(sentence, max(battles), e.start)) and not _BARE_KILLING.match(e.trigger)


_COORDINATE = re.compile(r",\s*(?:and|while|whereas)\b|;", re.I)
_SEQUEL = re.compile(r",\s*(?:before|and\s+then|then|and\s+later|later)\b", re.I)
_BARE_KILLING = re.compile(r"(?:killed|killing|wounded|wounding|injured|injuring)\b", re.I)
_ACTORS = (r"\b(?:gunmen|militants|rebels|insurgents|fighters|soldiers|troops|forces|police|attackers"
           r"|assailants|militia\w*|bandits|men|guards)\b")
_ACTOR = re.compile(_ACTORS, re.I)
_OWN_ACTOR = re.compile(_ACTORS + r"|[;.]", re.I)


def minor_developments_dropped(events: list[EventType]) -> list[EventType]:
    """An evacuation or closure told in the same sentence as fighting is part of that story
    (the displacement layer keeps the evacuation), not a separate "Other" development."""
    if any(e.event_type != "Strategic developments" for e in events):
        return [e for e in events if e.sub_event_type != "Other"]
    return events


#: "the deadliest since January, when 12 people were killed in X": an earlier event recalled to
#: compare, not reported
_SINCE_WHEN = re.compile(r"\b(?:since|than\s+(?:at\s+any\s+time\s+)?since)\s+(?:(?:early|late|mid|the\s+start\s+of|the\s+end\s+of"
                         r"|last|early\s+last)\s+)?(?:January|February|March|April|May|June|July|August|September"
                         r"|October|November|December|(?:1[89]|20)\d\d|year|month|spring|summer|autumn|winter)"
                         r"(?:\s+(?:1[89]|20)\d\d)?\s*,?\s+when\b")


def recalled_since(events: list[EventType], sentence: str) -> list[EventType]:
    """``events`` without those told in a "since <date>, when ..." clause."""
    if not events:  # (most sentences: nothing to drop, no search)
        return events
    m = _SINCE_WHEN.search(sentence)
    return events if m is None else [e for e in events if e.start < m.end()]
