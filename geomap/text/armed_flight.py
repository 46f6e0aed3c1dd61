"""Armed men told as the ones who fled: "The attackers, thought to be from X, looted the boats
and fled east towards Y", "Smugglers fired on a patrol before fleeing into X".

``displacement_counts.is_armed_flight`` catches the armed noun told just before the flight word ("43
soldiers who fled"); writers as often name the attackers as the clause's subject and tell the
flight at the end of a long clause. Those people are not displaced, so the sentence gives no
displacement area (neither where they came from nor where they went).
"""

from __future__ import annotations

import re

from geomap.text.group_words import ARMED
from geomap.text.displacement_counts import displacement_spans

__all__ = ["armed_subject_fled"]

#: where a clause's subject begins: the sentence's start, after ";" or ":", a dateline's dash, or "said (that)"
_SUBJECT = re.compile(r"(?:^|[;:]\s*|\s[—–-]\s+|\b(?:said|says|say|added|reported|told\s+\w+)\s+(?:that\s+)?)\W*"
                      r"(?:(?:the|some|suspected|armed|heavily|unidentified|unknown|fleeing|[A-Z][\w'’-]*)\s+){0,3}?"
                      r"(?P<armed>" + ARMED.pattern.removeprefix(r"\b") + r")", re.I)
#: people who may flee between the armed subject and the flight word: another group moves
_CIVILIANS = re.compile(r"\b(?:people|persons|residents|families|households|villagers|civilians|refugees|inhabitants"
                        r"|women|children|thousands|hundreds|dozens|herders|farmers|traders|fishermen|locals|population)\b",
                        re.I)


def armed_subject_fled(sentence: str) -> bool:
    """Whether every flight word of the sentence is told of armed men named as its clause's subject."""
    spans = displacement_spans(sentence)
    if not spans:
        return False
    subjects = [m.end("armed") for m in _SUBJECT.finditer(sentence)]
    for a, _ in spans:
        subject = max((e for e in subjects if e <= a), default=None)
        if subject is None or _CIVILIANS.search(sentence, subject, a) or ";" in sentence[subject:a]:
            return False
    return True
