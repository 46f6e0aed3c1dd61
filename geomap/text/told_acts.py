"""An act told by its own subject and past verb in an "after" clause ("demanded protection after
smugglers shot and wounded two fishermen", "urged the government to act after a patrol boat opened
fire on rigs"): the clause reports what happened, so the demand, appeal or protest of the main
clause, which only reacts to it, neither makes it hypothetical nor merely recalled ("following
renewed fighting", "after the reported attack": a noun, told before, is still background)."""

from __future__ import annotations

import re

__all__ = ["act_told_after"]

#: "after|since|when|because", a subject of one to four words, up to the trigger
_OPENING = re.compile(r"\b(?:after|since|when|because)\s+(?P<subject>(?:[\w'\u2019-]+\s+){1,4})$", re.I)

#: a past-tense verb of an act (regular "-ed", or an irregular one writers use for violence)
_PAST_VERB = re.compile(r"\b(?:[a-z]{3,}ed|shot|struck|hit|stole|took|threw|blew|burnt|fought|overran|slew|beat|"
                        r"set\s+(?:fire|ablaze|alight)|broke\s+into|drove\s+off|made\s+off)\b", re.I)

#: a subject that is no subject: a determiner or adjective run ending in a past form ("after the reported")
_NOT_A_SUBJECT = re.compile(r"^(?:the|a|an|this|that|these|those|its|their|his|her)\s+$", re.I)


def act_told_after(sentence: str, start: int, trigger: str) -> int | None:
    """Where the "after" clause that tells the act at ``start`` (``trigger``, its words) opens,
    when the act is told by a subject and a past verb inside the trigger, else None."""
    m = _OPENING.search(sentence, max(0, start - 60), start)
    if m is None or _NOT_A_SUBJECT.match(m.group("subject")):
        return None
    verb = _PAST_VERB.search(trigger)
    if verb is None:
        return None
    # the verb is the trigger's own (its first words), not a participle deep inside a noun phrase
    return m.start() if verb.start() <= 16 else None
