"""Days counted from the event told before ("a day later", "the next day", "two days later").

Reports tell a sequence of events by counting from the one before: "Gunmen raided X on Sunday.
A day later, they attacked a police post in Y." Such a phrase is no date of its own (it needs the
date told before), so ``geomap.text.dates`` leaves it; this finds it and how many days it adds.
They count back too: "a driver died on Sunday, a day after a brawl at X" dates the brawl a day
before the death (``days_before_told``). An event told "hours after" or "a day after" the
sentence's own is an event of its own, not the same one told again (``gap_before``).
"""

from __future__ import annotations

import re

__all__ = ["days_after", "days_before_told", "gap_before"]

_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5,
           "6": 6}
_AFTER = re.compile(r"\b(?:(?P<n>a|one|two|three|four|five|six|[2-6])\s+days?\s+later"
                    r"|(?:the\s+)?(?:next|following)\s+(?:day|morning|night|evening|afternoon)"
                    r"|the\s+day\s+after(?!\s+(?:tomorrow|next))|the\s+same\s+(?P<same>day|night|morning|evening))\b", re.I)


def days_after(sentence: str) -> tuple[int, re.Match] | None:
    """(days after the date told before, the phrase), or None when the sentence counts none."""
    m = _AFTER.search(sentence)
    if m is None:
        return None
    if m.group("same"):
        return 0, m
    return _COUNTS.get((m.group("n") or "a").lower(), 1), m


_BEFORE_EVENT = re.compile(r"\b(?P<n>a|one|two|three|four|five|six|[2-6])\s+days?\s+after\s+(?:[\w'\u2019-]+\s+){0,4}$", re.I)


def days_before_told(sentence: str, start: int) -> tuple[int, int] | None:
    """(days, where the phrase starts) when the event at ``start`` is told as "a day after" the
    sentence's date ("died on Sunday, two days after a brawl at X"), else None."""
    m = _BEFORE_EVENT.search(sentence, max(0, start - 60), start)
    return None if m is None else (_COUNTS.get(m.group("n").lower(), 1), m.start())


_GAP = re.compile(r"\b(?:(?:(?:a\s+few|several|some|a|one|two|three|four|five|six|[2-6]|\d+)\s+)?(?:hours|minutes|days?)"
                  r"|shortly|moments|soon|just)\s+after\s+(?!(?:the|this|that|these|those|its|their|his|her)\s)"
                  r"(?:[\w'\u2019-]+\s+){0,6}$", re.I)  # ("hours after the attack": the one told before)
# (up to six words of subject: "a day after about 300 farmers and hauliers protested at X")


def gap_before(sentence: str, start: int) -> int | None:
    """Where "hours after", "a day after", "shortly after" opens the clause of the event at ``start``
    ("a drone exploded near X, hours after drones struck a plant in Y": a second event, at Y), else None;
    not "hours after the attack", an event told before."""
    m = _GAP.search(sentence, max(0, start - 70), start)
    if m is None and _PAST_VERB.match(sentence, start):  # "two days after the Guatemalan navy detained nine crew"
        m = _GAP_SUBJECT.search(sentence, max(0, start - 70), start)
    return None if m is None else m.start()


#: "days after the navy detained": a clause whose subject has "the" (not "hours after the attack")
_GAP_SUBJECT = re.compile(_GAP.pattern.replace(r"(?!(?:the|this|that|these|those|its|their|his|her)\s)(?:[\w'\u2019-]+\s+){0,6}$",
                                               r"(?:the|its|their)\s+(?:[\w'\u2019-]+\s+){1,3}$"), re.I)
_PAST_VERB = re.compile(r"(?-i:[a-z])\w+ed\b|(?:shot|struck|hit|fought|threw|seized|stormed|took|beat|burnt|set)\b", re.I)
