"""Incidents told as the parts of a total: "at least 11 people have been killed, including five in
an attack on X on 10 February and three near Y on 14 February" reports two events, one at X and
one at Y, each on its own day (ACLED: one event per place and day), though the sentence's only
event word may be the total's ("killed") or none at all.

``part_events`` gives each part an ``EventType`` bound to the words of that part (its place and
date only, ``own_clause``), typed by the event noun it names ("in an attack on", "in clashes
near"), else by the part before it, else by the sentence's violent event, else as an attack on
civilians (ACLED's default for killings by unknown armed men). Each part's own count is
``part_count``.
"""

from __future__ import annotations

import re

from geomap.text.count_words import NUM_RX, value_of
from geomap.text.elided_tolls import elided_parts
from geomap.text.literals import prefiltered

__all__ = ["part_events", "part_count", "part_spans", "TYPED_PLACE"]

_NUMBER = NUM_RX.pattern
#: "the village of X": a place typed by the words before its name
TYPED_PLACE = r"(?:(?:village|town|settlement|hamlet|camp|locality|area|district|county)\s+of\s+)?"
#: a total of deaths, then the word that opens its parts
_TOTAL = prefiltered(re.compile(r"\b(?:killed|dead|died|deaths|lost\s+their\s+lives|lives)\b[^;:.]{0,80}?(?:,\s*|\s)"
                                r"(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)\s+", re.I),
                     gate=re.compile(r"including|among|of\s+(?:whom|them)"))  # (the death words alone let it run on most reports)
#: one part: a count, a place word (or an event told at a place), a capitalised name
_PART = re.compile(
    r"(?P<n>" + _NUMBER + r")\s+(?:(?:[\w-]+\s+){0,2}?)(?:(?:in|during)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
    r"(?P<noun>attacks?|raids?|ambush(?:es)?|clash(?:es)?|fighting|assaults?|shootings?|air\s*strikes?|drone\s+strikes?"
    r"|strikes?|shelling|bombings?|explosions?|blasts?)\s+(?:on|in|at|near|against|around)\s+(?:the\s+)?"
    r"|(?:in|near|at|around|outside)\s+(?:the\s+)?)" + TYPED_PLACE + r"(?=(?-i:[A-Z]))", re.I)
#: what may stand between one part and the next ("on 10 February and ", ", ")
_JOIN = re.compile(r"[^;:.]{0,60}?(?:,\s*and\s+|\s+and\s+|,\s*)$", re.I)
_KIND = [
    (re.compile(r"attack|raid|assault|shooting", re.I), ("Violence against civilians", "Attack")),
    (re.compile(r"ambush|clash|fighting", re.I), ("Battles", "Armed clash")),
    (re.compile(r"air\s*strike|drone|strike", re.I), ("Explosions/Remote violence", "Air/drone strike")),
    (re.compile(r"shelling", re.I), ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    (re.compile(r"bomb|explosion|blast", re.I), ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
]
_VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def _parts(sentence: str) -> list[re.Match]:
    """The parts after a total's "including", each joined to the one before by "and" or a comma;
    else deaths told place by place ("22 killed in X and at least nine in Y")."""
    m = _TOTAL.search(sentence)
    if m is None:
        return elided_parts(sentence)
    out = []
    p = _PART.match(sentence, m.end())
    while p is not None:
        out.append(p)
        nxt = _PART.search(sentence, p.end())
        if nxt is None or not _JOIN.fullmatch(sentence, p.end(), nxt.start()):
            break
        p = nxt
    return out


def part_events(sentence: str, told: list, event_type) -> list:
    """The events told as parts of a total in ``sentence`` (``event_type``: the EventType class;
    ``told``: the sentence's events so far, whose violent one types parts that name no event)."""
    parts = _parts(sentence)
    if len(parts) < 2:  # one part is the total's own place, or a detail of one event
        return []
    violent = [e for e in told if e.event_type in _VIOLENT]
    kind = (violent[0].event_type, violent[0].sub_event_type) if violent else ("Violence against civilians", "Attack")
    out = []
    for p in parts:
        noun = p.groupdict().get("noun")
        if noun:
            kind = next(k for rx, k in _KIND if rx.search(noun))
        out.append(event_type(kind[0], kind[1], p.group(0).strip(), p.start(), p.end(), clause_start=p.start(),
                              own_clause=True))
    return out


def part_count(trigger: str) -> int | None:
    """The count a part opens with ("five in an attack on" -> 5), else None."""
    m = NUM_RX.match(trigger)
    return value_of(m.group(0)) if m else None


def part_spans(sentence: str) -> list[tuple[int, int, int | None]]:
    """(start, end, count) of each part of a total told in ``sentence`` (none unless two or more):
    a part runs to the next one's start."""
    parts = _parts(sentence)
    if len(parts) < 2:
        return []
    ends = [p.start() for p in parts[1:]] + [len(sentence)]
    return [(p.start(), end, part_count(p.group(0))) for p, end in zip(parts, ends)]
