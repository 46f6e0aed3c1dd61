"""Words that the toll reader would take for counts but are not one count of the dead, blanked
(turned into spaces of the same length, so offsets hold) before it reads a sentence:

- the upper end of a range ("between four and six people were killed"): ACLED takes the lowest
  reported number, and read as a list ("four and six") the two ends would be added up;
- the day of a date ("Clashes on 3 August left four people dead", "KABUL, May 19 - ..."): a
  day number before its month is no count of anyone.
"""

from __future__ import annotations

import re

from geomap.text.count_words import value_of

__all__ = ["masked_counts"]

_WORD = r"(?:\d[\d,.]*|[A-Za-z]+(?:-[A-Za-z]+)?)"
#: "between four and six", "between 10 and 15": the two ends of a range
_BETWEEN = re.compile(r"\b(?-i:[Bb]etween)\s+(?P<low>" + _WORD + r")(?P<high>\s+and\s+(?P<top>" + _WORD + r"))\b", re.I)
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b")
#: "3 August", "on the 3rd of August": a day told before its month
_DAY_BEFORE_MONTH = re.compile(r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?-i:" + _MONTH + ")")
#: "May 19 -", "Aug. 3, 2026", "on August 3 when": a day after its month, where no noun it could count follows
_DAY_AFTER_MONTH = re.compile(r"(?-i:" + _MONTH + r")\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
                              r"(?=\s*(?:$|[,.;:()\-–—]|\s(?:\d{4}|and|to|at|in|on|when|as|after|before|the)\b))")


def masked_counts(sentence: str) -> str:
    """``sentence`` with the upper ends of "between X and Y" ranges and the days of dates
    turned into spaces (the same string, unchanged, when it holds neither)."""
    out = sentence
    if "between" in sentence.lower():
        def low(m: re.Match) -> str:
            a, b = value_of(m.group("low")), value_of(m.group("top"))
            if a is None or b is None or a > b:
                return m.group(0)
            return " " * len("between") + m.group(0)[len("between"):m.start("high") - m.start()] + " " * len(m.group("high"))

        out = _BETWEEN.sub(low, out)
    for rx in (_DAY_BEFORE_MONTH, _DAY_AFTER_MONTH):
        out = rx.sub(lambda m: m.group(0)[:m.start("day") - m.start()] + " " * len(m.group("day"))
                     + m.group(0)[m.end("day") - m.start():], out)
    return sentence if out == sentence else out
