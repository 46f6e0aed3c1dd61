"""A new total an event's toll is told to have reached, in words of its own.

Later paragraphs and live-blog updates raise a toll without telling the deaths again as a
count of their own: "The toll from the attack there is now two", "bringing the number of
soldiers killed in the Esendere attack to three", "taking the death toll from the blast to
four", "The number killed there is now three". The total is the event's whole toll (ACLED
keeps the latest, all deaths of the event). A total of a period or of many events ("the toll
this year now stands at 40", "since the fighting began", "in all", "along the frontier") is
no one event's.

Also here: a count told as an earlier, since corrected report ("The first reports spoke of two
dead", "Initial reports had put the dead at one"), which is no event's toll once a later one is
told, and a count of the dead of a whole fight since it began ("at least 30 people have been
killed in the wider governorate since the fighting began"), which no incident carries; and the
other side's dead told as "N of them" after a sentence opening on them ("The attackers were
repelled. Three of them were killed"), which ACLED adds to the fight's toll.
"""

from __future__ import annotations

import re

from geomap.text.count_words import NUM, value_of
from geomap.text.toll_forms import OTHER_SIDE

__all__ = ["stated_total", "earlier_report", "since_it_began", "them_the_other_side"]

_TOTAL_WORD = (r"(?:(?:death\s+)?toll|number\s+(?:of\s+(?:[\w-]+\s+){0,2}?)?(?:killed|dead|deaths|victims)"
               r"|number\s+of\s+(?:dead|deaths|victims))")
#: "the toll from the attack (there) is now two", "the number killed there now stands at three"
_NOW = re.compile(r"\b" + _TOTAL_WORD + r"\b[^.;:]{0,60}?\b(?:(?:is|was|stands\s+at|stood\s+at)\s+now(?:\s+at)?"
                  r"|now\s+(?:is|stands\s+at|stood\s+at))\s+" + NUM, re.I)
#: "bringing the number of soldiers killed in the X attack to three", "taking the death toll from the blast to four"
_BROUGHT = re.compile(r"\b(?:bringing|brought|raising|raised|taking|took|pushing|pushed)\s+(?:the\s+)?"
                      + _TOTAL_WORD + r"\b[^.;:]{0,80}?\bto\s+" + NUM, re.I)
#: a total of a period or of many events, not one event's
_WHOLE = re.compile(r"\b(?:overall|cumulative|combined|in\s+all|altogether|so\s+far|this\s+(?:year|month|week)"
                    r"|since\s+(?:the\s+|\d|last\b|(?-i:[A-Z]))|(?:along|across)\s+the\s+(?:frontier|border|region|country)"
                    r"|conflict|war\b|insurgency|campaign)", re.I)


def stated_total(sentence: str) -> tuple[int, int, int] | None:
    """(value, start, end) of a new total toll a sentence gives an event told before ("The toll
    from the attack there is now two"), else None; totals of a period or of many events are none."""
    for rx in (_NOW, _BROUGHT):
        m = rx.search(sentence)
        if m is None or _WHOLE.search(m.group(0)):
            continue
        value = value_of(m.group("num"))
        if value:
            return value, m.start(), m.end()
    return None


#: "the first reports spoke of two dead", "initial reports put the toll at one", "earlier reports had said"
_EARLIER = re.compile(r"\b(?:the\s+)?(?:first|initial|earlier|previous|preliminary)\s+(?:reports?|accounts?|figures?|counts?)"
                      r"\b(?:\s*,[^,;.]{1,40},|(?:\s+[\w-]+){0,4}?)\s+(?:had\s+)?(?:spoke|spoken|speak|put|puts|gave|given|said|says|reported"
                      r"|told|mentioned|listed)\b", re.I)


def earlier_report(sentence: str) -> bool:
    """Whether a sentence tells a count as that of first or earlier reports ("The first reports,
    on Tuesday evening, spoke of one local man and one worker dead"): a count since corrected,
    the event's old figure, never another incident's toll."""
    return bool(_EARLIER.search(sentence))


#: "have been killed ... since the fighting began", "since the clashes erupted", "since the unrest started"
_SINCE_BEGAN = re.compile(r"\bsince\s+(?:the\s+)?(?:[\w-]+\s+)?(?:fighting|clashes|violence|unrest|conflict|war|hostilities"
                          r"|offensive|crisis|insurgency|attacks|raids)\s+(?:first\s+)?(?:began|begun|started|erupted"
                          r"|broke\s+out|flared|resumed|escalated)\b", re.I)


def since_it_began(sentence: str) -> bool:
    """Whether a sentence counts deaths since a fight began ("at least 30 people have been killed
    in the wider governorate since the fighting began"): a running count no incident carries."""
    return bool(_SINCE_BEGAN.search(sentence))


#: "Two of them were killed": a part of the group the sentence before told
_OF_THEM = re.compile(r"(?:[\w-]+\s+){1,3}?of\s+them\b", re.I)
#: the sentence before opens on the other side: "The attackers, who arrived on motorbikes, were repelled"
_SIDE_SUBJECT = re.compile(r"\s*(?:[\w:.-]+\s+-\s+)?(?:the|these|those)\s+(?:[\w-]+\s+)?" + OTHER_SIDE + r"\b", re.I)


def them_the_other_side(sentence: str, start: int, previous: str | None) -> str | None:
    """The other side ("attackers") when a count "N of them" opens on the group the sentence
    before opens on, and that group is the other side of the fight ("The attackers were repelled
    after a two-hour firefight. Three of them were killed"), else None."""
    if previous is None or not _OF_THEM.match(sentence, start):
        return None
    m = _SIDE_SUBJECT.match(previous)
    return m.group(0).split()[-1].lower() if m else None
