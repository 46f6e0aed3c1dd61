"""Whether an event trigger tells an event that happened, for ``event_words``.

A trigger phrase is not yet a report: it may be called for, hoped for or denied ("called on X
to declare a truce", "no fighting was reported"), recalled as the background of the sentence's
news ("following renewed fighting"), or part of a dispute's history ("fought two wars"). These
tests read the words around a trigger, within its clause, and know nothing of the event types:
the rules that find triggers stay in ``event_words``, which asks these filters of each of them.
"""

from __future__ import annotations

import re

from geomap.text.cues import subordinate_opening
from geomap.text.dates import all_dates_from_text
from geomap.text.days_after import gap_before
from geomap.text.literals import prefiltered
from geomap.text.statement_occasion import statement_after
from geomap.text.told_acts import act_told_after

__all__ = ["HISTORY", "HYPO", "clause_start", "is_background", "is_history", "is_hypothetical", "told_in_subclause"]

# Clause boundaries: hypothetical markers do not reach across them.
_BOUNDARY = re.compile(
    r"[;:]|,\s*(?:and|but|while|whereas|with|as|after|following|since|amid|despite|which|who|where)\b|\b(?:but|while|whereas)\b"
    r"|\s[-\u2013\u2014]\s|[\"\u201c\u201d]",
    re.I,
)
_BACKGROUND = re.compile(
    r"\b(?:after|following|since|amid|despite|in\s+the\s+wake\s+of|in\s+response\s+to|in\s+retaliation\s+for"
    r"|because\s+of|due\s+to|sparked\s+by|triggered\s+by|prompted\s+by|ahead\s+of)\b"
    # "families who fled the fighting in X": the event told before, fled from
    r"|\b(?:fled|fleeing|flee|escaped|escaping|escape)\s+(?:from\s+)?(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?$",
    re.I,
)
HYPO = re.compile(
    r"\b(?:would|could|might|may|should|must|can|will|shall|if|unless|whether|call(?:ed|s|ing)?\s+(?:on|for|upon)"
    r"|urg(?:ed|es|ing)|demand(?:ed|s|ing)?|ask(?:ed|s|ing)?|appeal(?:ed|s|ing)?|hop(?:e|ed|es|eful|ing)"
    r"|aim(?:s|ed|ing)?\s+to|seek(?:s|ing)?|sought|want(?:s|ed)?|plan(?:s|ned|ning)?\s+(?:to|on)|intend(?:s|ed)?"
    r"|propos(?:ed|al|es|ing)|offer(?:ed|s)?\s+to|threaten(?:ed|s|ing)?|warn(?:ed|s|ing)?\s+(?:of|against)"
    r"|vow(?:ed|s)?|pledg(?:ed|es)|prepare\s+the\s+ground|possible|potential|prospects?\s+of|expected"
    # "officials expect further attacks in X", "the ministry forecasts new raids": a forecast, no event yet
    r"|expect(?:s|ing)?|anticipat(?:e|es|ing)|forecasts?|foresee(?:s|ing)?"
    r"|likely|in\s+order\s+to|to\s+secure|try(?:ing)?\s+to|tried\s+to|commitment\s+to|committed\s+to"
    r"|ready\s+to|willing\s+to|push(?:ed|ing)?\s+for|press(?:ed|ing)?\s+for|efforts?\s+to|bid\s+to|optimistic"
    r"|fears?\s+of|(?<!in\s)fear(?:s|ed|ing)?(?=\s+(?:that\s+)?(?:[\w-]+\s+){0,3}$)|risk\s+of|avoid|prevent|to\s+(?:declare|implement|sign|hold|resume|reach|agree|allow|end|withdraw|pull\s+back|deploy)"
    r"|implementing|allow|prospective|planned|scheduled|upcoming)\b",
    re.I,
)
_NEG = re.compile(  # "denied that its police had fired on herders": the denied act
    r"\b(?:(?:no|not|never|nobody|none|without|den(?:ied|ies|y|ying)|n't|rejected|ruled\s+out|nor|any)\s+(?:\w+\s+){0,2}"
    r"|(?:den(?:ied|ies|y|ying)|rejected|dismissed)\s+(?:[\w-]+\s+){0,2}?that\s+(?:[\w'-]+\s+){0,5})$", re.I)
_HYPO_AFTER = re.compile(
    r"^(?:\s+[\w'-]+){0,2}?\s+(?:would|could|might|may(?!\s+\d)|should|will|can|must|(?:is|are|were|was)\s+(?:intended|expected"
    r"|planned|scheduled|due|set(?!\s+(?:on\s+fire|ablaze|alight))|meant|aimed|likely|unlikely)|scheduled|planned|expected|due\s+to|set\s+to|intended"
    r"|aimed|proposed)\b",
    re.I,
)
HISTORY = prefiltered(re.compile(
    r"\b(?:stems?\s+from|dates?\s+back|decades-old|centuries-old|long-running|long-standing|longstanding"
    r"|for\s+decades|colonial-era|since\s+independence|(?:fought|waged)\s+(?:\w+\s+){0,4}?wars?|historically"
    r"|has\s+long\s+been|have\s+long\s+been|(?:are|is|remain|remains)\s+(?:\w+\s+)?(?:common|commonplace|frequent"
    r"|routine|rare|a\s+regular\s+occurrence))\b",
    re.I,
))


def clause_start(sentence: str, pos: int) -> tuple[int, int]:
    """Start and end of the last clause boundary before ``pos`` ((0, 0) if none)."""
    bounds = (0, 0)
    for m in _BOUNDARY.finditer(sentence, 0, pos):
        bounds = (m.start(), m.end())
    return bounds


def is_background(sentence: str, clause: int, start: int) -> bool:
    """Whether a backgrounding phrase ("following", "amid") leads to the trigger at ``start``
    inside its clause (which begins at ``clause``)."""
    # The boundary itself may be the backgrounding word (", following renewed fighting").
    lead = sentence[max(clause, start - 60):start]
    return bool(_BACKGROUND.search(lead))


#: a time clause opening the sentence, up to its comma ("When police tried to clear the road,")
_FRONTED = re.compile(r"^\W*(?:when|as|while|once|before|after)\s[^,;:.]{3,120}?,\s", re.I)


def is_hypothetical(sentence: str, clause: int, start: int, end: int) -> bool:
    """Whether the trigger ``sentence[start:end]`` is called for, hoped for, planned or denied
    (the words before it are read from ``clause`` on)."""
    if statement_after(sentence, start):  # "X will open in 2028, officials said on Tuesday after talks in Y"
        return False
    lo = max(clause, start - 100)
    # "When the officers tried to stop the group, its members threw stones": the attempt is the
    # fronted clause's, not the act of the main clause after its comma
    fronted = _FRONTED.match(sentence)
    if fronted is not None and fronted.end() <= start:
        lo = max(lo, fronted.end())
    before = sentence[lo:start]
    for m in HYPO.finditer(before):
        if m.group(0) != "May":  # the month, not the modal
            return True
    # ("denied reports that Malawian soldiers had fired on ...": the denial reaches over its "that" clause)
    if _NEG.search(sentence, max(clause, start - 100), start):
        return True
    after = sentence[end:end + 60]
    return bool(_HYPO_AFTER.match(after))


def is_history(sentence: str) -> bool:
    """Whether a sentence tells a dispute's history ("stems from", "fought two wars") and dates
    nothing to a day or a week."""
    if not HISTORY.search(sentence):
        return False
    return not any(r.precision <= 2 for r in all_dates_from_text(sentence, None))


_TOLD_VERB_END = re.compile(r"\b(?:hit|struck|landed|fell|killed|wounded|injured|destroyed|damaged|razed)$", re.I)
_TOLD_VERB_AFTER = re.compile(
    r"^(?:\s+[\w'\u2019-]+){0,8}?\s+(?:had\s+|have\s+|has\s+)?(?:reached|hit|struck|landed|fell|killed|wounded"
    r"|injured|destroyed|damaged|spread|engulfed|forced|drove|displaced|levelled|leveled|razed)\b", re.I)


def told_in_subclause(sentence: str, e) -> bool:  # (e: an ``event_words.EventType``)
    """"since fighting reached X", "after shells fired ... landed in Y": an event that opens a
    subordinate clause and is told with what it did is reported there, not only recalled
    (unlike "following renewed fighting"); a hypothetical in the main clause ("demanded a
    ceasefire after shells landed in X") does not reach into it."""
    if statement_after(sentence, e.start):  # "officials said on Friday after talks in X": the talks are reported
        return True
    opening = subordinate_opening(sentence, e.start)
    told_after = act_told_after(sentence, e.start, e.trigger)
    if told_after is not None and is_hypothetical(sentence, 0, e.start, e.end) \
            and not is_hypothetical(sentence, told_after, e.start, e.end):
        return True  # "demanded protection after smugglers shot and wounded two fishermen": the demand stops at "after"
    gap = gap_before(sentence, e.start)
    if gap is not None:  # "hours after drones struck Y", "two days after the Guatemalan navy detained"
        return not is_hypothetical(sentence, gap if opening is None else opening, e.start, e.end)
    if opening is None or not (_TOLD_VERB_AFTER.match(sentence[e.end:e.end + 90]) or _TOLD_VERB_END.search(e.trigger)):
        return False
    return not is_hypothetical(sentence, opening, e.start, e.end)
