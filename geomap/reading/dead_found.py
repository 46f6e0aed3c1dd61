"""People's deaths told alone, at a place and on a day of their own: "Three bodies were found in X
on Sunday", "Four people died in Y on Saturday", "Two villagers were killed near Z on Tuesday".
The sentence has no event word, yet a report of a conflict tells an incident there (ACLED: people
killed by an unnamed side, violence against civilians). The armed men's twin is deaths_told.
Not when it points back ("two more bodies", "also died", "among the dead"), nor when a violent
event told in the sentence just before is on the same day or undated (then these are its dead),
nor when the sentence tells a cause (an accident, an illness, a "when ..." clause), nor in a report
that tells a disaster or an accident anywhere (its dead, found later, are not a violent event's)."""

from __future__ import annotations

import re
from datetime import date

from geomap.reading.deaths_told import new_on_a_day_of_their_own
from geomap.text.count_words import CORE
from geomap.text.event_words import EventType
from geomap.text.literals import prefiltered
from geomap.text.part_events import TYPED_PLACE

__all__ = ["dead_found_alone"]

_PEOPLE = (r"(?:people|persons|civilians|villagers|residents|farmers|herders|herdsmen|traders|men|women|children"
           r"|bodies|corpses)")
_VERB = (r"(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:killed|found(?:\s+dead)?|discovered|recovered)"
         r"|died|were\s+found\s+dead)")
# ("three died in Y", "two were killed near Z": the count alone says people)
_WORDS = (r"\b(?:" + CORE + r")\s+(?:(?:[\w-]+\s+){0,2}?" + _PEOPLE + r"\s+" + _VERB
          + r"|(?:died|were\s+killed))\s+(?:in|near|at|outside|around)\s+(?:the\s+)?" + TYPED_PLACE)
# asked of every sentence: run only where a death's or a body's word (the gate) occurs
_DEAD = prefiltered(re.compile(_WORDS + r"(?=(?-i:[A-Z]))", re.I),
                    gate=re.compile(r"killed|died|found|discovered|recovered"))
# a cause told (an accident, an illness, or any "when/after/because" clause: an event word there would
# have told the event already, so what is left explains the deaths otherwise)
_CAUSE = re.compile(r"\b(?:accident|crash|collision|drown\w*|flood\w*|illness|disease|cholera|heat|cold|hunger"
                    r"|starvation|natural\s+causes|landslide|fire|blaze|when|after|because|while|of|from)\b", re.I)


#: a disaster or an accident anywhere in the report: bodies found may be its dead
_DISASTER = re.compile(r"\b(?:floods?|flooding|flooded|drown\w*|landslides?|mudslides?|storms?|cyclones?|hurricanes?"
                       r"|typhoons?|earthquakes?|capsiz\w*|shipwrecks?|collapsed?|accidents?|crash(?:ed|es)?|epidemic|outbreak)\b", re.I)


def dead_found_alone(sentences: list, i: int, events: dict, published: date | None) -> list[EventType]:
    """[an attack on civilians whose trigger is the deaths' words] for sentence ``i``, else []
    (``events``: the events of the sentences before it, by index)."""
    text = sentences[i].text
    m = _DEAD.search(text)
    if m is None or _CAUSE.search(text) or not new_on_a_day_of_their_own(sentences, i, m.end(), events, published):
        return []
    if any(_DISASTER.search(s.text) for s in sentences):
        return []  # "Three bodies were recovered near X on Sunday" in a flood's report: the flood's dead
    return [EventType("Violence against civilians", "Attack", m.group(0).strip(), m.start(), m.end())]
