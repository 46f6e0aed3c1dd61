"""Who a count is of, read from the grammar around it, for ``quantities``' toll reader.

- a group carried by the one who died is not the dead: "A man driving a van with eleven migrants
  was shot dead" is one (a plural count before a singular verb is no subject; the singular
  person told before it is; ``lone_subject``);
- a toll told as already risen counts the late deaths in it: "shot dead three herders, a toll
  that rose overnight when a wounded man died" is three, not four (``inside_risen_toll``);
- one named person's death: "announced the death of Chief Sergeant X, killed during an attack"
  is one (``named_deaths``), when the sentence tells a violent death;
- one person and a number of their kin: "killed a farmer and his two sons" is three (``one_and_kin``);
- one person told as known ("its driver, who later died in hospital", "The driver, 45, died of gunshot
  wounds", "killing the driver") is one (``the_one``);
- deaths told as what an event is about ("marched ... over the deaths of two young men", "to protest
  against the killing of two shepherds") are another event's, not a count of this one (``told_as_cause``);
  so is a death told after the event's own count as what set it off: "One person died when traders
  rioted at X, after a trader died in police custody" is one (``set_off_by``);
- a count told beside an unknown one: "Four soldiers and an unknown number of militants were
  killed" is four, the lowest the text gives (``with_untold``).
"""

from __future__ import annotations

import re

from geomap.text.count_words import A_PERSON, NUM, PERSON, value_of

__all__ = ["lone_subject", "inside_risen_toll", "named_deaths", "with_untold", "one_and_kin", "the_one", "told_as_cause",
           "cause_hits", "set_off_by", "past_tellers"]

#: a singular verb between a count and its death word ("eleven migrants was shot dead")
_SINGULAR = re.compile(r"\b(?:was|has\s+been)\b", re.I)
_PLURAL = re.compile(r"\b(?:were|have|are)\b", re.I)
_A_PERSON = re.compile(A_PERSON, re.I)
#: "one of the eleven migrants was killed": one of a group
_ONE_OF = re.compile(r"\bone\s+of\s+(?:the|them|those|its|their)\b", re.I)


def lone_subject(sentence: str, start: int, num_end: int | None, word_start: int, value: int) -> int | None:
    """For a count greater than one before a singular verb ("with eleven migrants was shot dead"):
    the start of the one person told before it in its clause ("A man driving a van with ..."), or
    -1 when none is told (the count is no toll); None when the verb agrees (the count is the subject)."""
    if value <= 1 or num_end is None:
        return None
    between = sentence[num_end:word_start]
    if not _SINGULAR.search(between) or _PLURAL.search(between):
        return None
    lo = max((m.end() for m in re.finditer(r"[,;:\u2013\u2014]", sentence[:start])), default=0)
    one = _ONE_OF.search(sentence, lo, start) or _A_PERSON.search(sentence, lo, start)
    return one.start() if one else -1


#: "a toll that rose overnight when ", "a toll which climbed to four after ": the deaths told next are in it
_RISEN_TOLL = re.compile(r"\btoll\s+(?:that|which)\s+(?:later\s+|has\s+|had\s+|then\s+)?(?:rose|risen|climbed|grew|grown"
                         r"|increased|went\s+up)\b[^.;,]{0,60}?\b(?:when|after|as|once)\s+$", re.I)


def inside_risen_toll(sentence: str, start: int) -> bool:
    """Whether the count at ``start`` tells how a toll told before it rose ("three herders, a toll
    that rose overnight when a wounded man died"): already in that toll."""
    return bool(_RISEN_TOLL.search(sentence, max(0, start - 120), start))


#: "the death of Chief Sergeant Rodrigue Houenou", "the killing of Modou Seck": one named person
_NAMED = re.compile(r"\b[Tt]he\s+(?:death|killing|murder)\s+of\s+(?:(?-i:[A-Z])[\w.'\u2019-]*\s+){1,5}?(?-i:[A-Z])[\w'\u2019-]+"
                    r"(?=\s*(?:[,;.()]|\s(?:and|who|in|on|at|near|was|during|after|while)\b))")
#: a death told as violent in the sentence ("killed", "shot", "an attack")
_VIOLENT = re.compile(r"\b(?:killed|shot|attack\w*|ambush\w*|stabbed|gunned|murder\w*|killing|slain|beaten|lynched"
                      r"|assassinat\w*|exploded|explosion|blast)\b", re.I)


def named_deaths(sentence: str) -> list[tuple[int, int, int]]:
    """(start, end, 1) of each named person's death in a sentence that tells a violent death
    ("regrets to announce the death of Corporal X, killed in an ambush")."""
    if "of " not in sentence or not _VIOLENT.search(sentence):
        return []
    return [(m.start(), m.end(), 1) for m in _NAMED.finditer(sentence)]


#: "Four soldiers and an unknown number of militants were killed"
_WITH_UNTOLD = re.compile(r"\b" + NUM + r"(?:\s+[\w-]+){1,3}?\s+and\s+(?:an?\s+)?(?:unknown|undisclosed|unspecified|uncertain"
                          r"|unconfirmed)\s+number\s+of\s+(?:[\w-]+\s+){1,2}?(?:(?:were|have\s+been|had\s+been)\s+killed"
                          r"|(?:have\s+|had\s+)?died)\b", re.I)


def with_untold(sentence: str) -> list[tuple[int, int, int]]:
    """(start, end, value) of a count told with an unknown number of other dead ("Four soldiers and
    an unknown number of militants were killed"): the count told."""
    if "number" not in sentence:
        return []
    return [(m.start(), m.end(), v) for m in _WITH_UNTOLD.finditer(sentence) if (v := value_of(m.group("num"))) is not None]


#: "killed a farmer and his two sons", "killing the chief and her three children"
_ONE_AND_KIN = re.compile(r"\b(?:killing|killed|kills|shot\s+dead|shooting\s+dead)\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}?[a-z]+\s+and\s+"
                          r"(?:his|her|their)\s+" + NUM + r"\s+(?:[a-z-]+\s+)?(?:children|sons|daughters|brothers|sisters|wives"
                          r"|relatives|companions|colleagues|grandchildren|nephews|cousins)\b", re.I)


def one_and_kin(sentence: str) -> list[tuple[int, int, int]]:
    """(start, end, 1 + N) of one person killed with N of their kin ("killed a farmer and his two sons")."""
    return [(m.start(), m.end(), 1 + v) for m in _ONE_AND_KIN.finditer(sentence) if (v := value_of(m.group("num"))) is not None]


#: "wounding its driver, who later died", "The driver, 45, died of gunshot wounds", "the guard was killed"
_THE_ONE = re.compile(r"\b(?:the|its|his|her|their)\s+(?:[\w-]+\s+)?" + PERSON + r"\b(?:\s*,\s*(?:\d{1,2}|aged\s+\d{1,2}"
                      r"|an?\s+[\w-]+(?:\s+[\w-]+){0,3}?)\s*,)?(?:\s*,\s*who)?\s+(?:later\s+|subsequently\s+|then\s+|also\s+)?"
                      r"(?:died|succumbed|was\s+killed|was\s+shot\s+dead)\b", re.I)


#: "killing the driver", "killed its commander": one known person as the object of the killing
_KILLING_THE_ONE = re.compile(r"\b(?:killing|killed|kills)\s+(?:the|its|his|her|their)\s+(?:[\w-]+\s+)?" + PERSON
                              + r"\b(?!['’]s|\s+of\b|\s*,?\s+and\s+(?!(?:wounding|injuring|wounded|injured|seriously|leaving)\b))",
                              re.I)  # (not "the driver and two passengers": a group told after, read elsewhere)


def the_one(sentence: str) -> list[tuple[int, int, int]]:
    """(start, end, 1) of one known person who died ("wounding its driver, who later died in hospital",
    "a mine exploded under a truck, killing the driver")."""
    return [(m.start(), m.end(), 1) for rx in (_THE_ONE, _KILLING_THE_ONE) for m in rx.finditer(sentence)]


#: what an event is told to be about, just before its deaths: "protested over the deaths of", "condemning the killing of"
_CAUSE_BEFORE = re.compile(r"\b(?:over|against|about|for|at|protest(?:ing|ed|s)?|condemn\w*|denounc\w*|decry\w*|decried)"
                           r"\s+$", re.I)
_DEATH_NOUN = re.compile(r"(?:the\s+)?(?:deaths?|killings?|murders?)\s+of\b", re.I)


def told_as_cause(sentence: str, start: int) -> bool:
    """Whether the count at ``start`` tells deaths as what an event is about ("demanding answers over
    the deaths of two young men"): those deaths are another event's."""
    return bool(_DEATH_NOUN.match(sentence, start)) and bool(_CAUSE_BEFORE.search(sentence, max(0, start - 30), start))


def cause_hits(sentence: str, hits: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The hits that read deaths told as an event's cause: those starting at such deaths ("over the
    killing of a herder"), starting inside them ("a herder ..."), or running over them ("Hundreds
    marched ... over the deaths")."""
    spans = [(a, b) for a, b, _v in hits if told_as_cause(sentence, a)]
    if not spans:
        return []
    return [h for h in hits if any(a <= h[0] < b or h[0] < a < h[1] for a, b in spans)]


#: what opens a clause telling an earlier death that set the event off: ", after a trader died in custody"
_SET_OFF_BEFORE = re.compile(r"(?:,\s*|\s)(?:after|following|because)\s+$", re.I)


def set_off_by(sentence: str, hits: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The hits told after another count as the death that set the event off ("One person died
    ... when traders rioted at X, after a Zambian trader died in the custody of police"): an
    earlier event's dead, not added to the event's own. A count told alone after "after" is left
    (it may be the only toll the sentence has)."""
    first = min((h[0] for h in hits), default=None)
    return [h for h in hits if h[0] != first and _SET_OFF_BEFORE.search(sentence, max(0, h[0] - 16), h[0])]


#: a verb of telling between a lone person and a death word ("a chief said four people died"): the person told
_SAID_BETWEEN = re.compile(r"\b(?:said|says|say|told|tells|reported|reports|added|confirmed|stated|claimed|estimated)\b"
                           r"(?:\s+(?:that|on\s+\w+))?\s*", re.I)


def past_tellers(rx, sentence: str):
    """The matches of a count-before-death pattern ``rx`` in ``sentence``, a lone person who only
    tells the deaths passed over ("a chief said four people died": four, not the chief): the search
    starts again after the verb of telling."""
    pos = 0
    while pos <= len(sentence) and (m := rx.search(sentence, pos)) is not None:
        said = _SAID_BETWEEN.search(sentence, m.start(), m.start("word")) if m.group("one") else None
        if said is not None:
            pos = said.end()
            continue
        yield m
        pos = max(m.end(), pos + 1)

