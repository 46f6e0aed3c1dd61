"""The length of a border a text states ("the 817 kilometer (508 mile) border" -> 817 km).

A frontier feature shows it beside the length measured on the boundary data. Split from
``quantities`` (counts of people) because it is a different reading: a number tied to a
border word, not to a death or a flight, and never a distance ("30 km from the border").
"""
from __future__ import annotations

import re

from geomap.text.anchored import first_match
from geomap.text.quantities import Count

__all__ = ["stated_length_km"]

_KM_PER_MILE = 1.609344
_LEN_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
_LEN_UNIT = r"(?P<unit>kilomet(?:er|re)s?|kms?|miles?|mi)\b"
# between the number and its unit: a hyphen, or a round figure's "odd"/"plus" ("the 4,000-odd km border")
_LEN_SEP = r"(?:\s*-?\s*(?:odd|plus))?\s*-?\s*"
_ABOUT = (r"(?:(?:for|over|across|some|about|around|roughly|nearly|almost|more\s+than|approximately"
          r"|an\s+estimated|a\s+total\s+of|just\s+under|just\s+over)\s+)*")
_BORDER = (  # (the lookahead: its words begin so; then a long text's other letters are passed over fast)
    r"(?=[abcdfgl][adeiloru])(?P<border>border|frontier|boundary|borderline|line\s+of\s+control|line\s+of\s+actual\s+control"
    r"|line\s+of\s+contact|LoC|LAC|demarcation\s+line|ceasefire\s+line|front\s*line"
    r"|Blue\s+Line|Green\s+Line|Durand\s+Line|armistice\s+line|(?:administrative\s+)?boundary\s+line)\b"
)
_ADJ_GAP = (
    r"(?:\s+(?!(?:from|away|inside|into|of|off|north|south|east|west|along|to|beyond|behind|across"
    r"|within|near|stretch|section|strip|zone|area|radius|corridor|buffer|road|highway|trench|wall"
    r"|fence)\b)[A-Za-z][\w-]*){0,3}?"
)
_PAREN = r"(?:\s*\((?P<paren>[^)]{0,40})\))?"
_LENGTH_BEFORE = re.compile(
    r"(?=\d)\b" + _LEN_NUM + _LEN_SEP + _LEN_UNIT + r"(?:\s*-?\s*long)?" + _PAREN + _ADJ_GAP + r"\s+" + _BORDER,
    re.I,
)
# "the frontier between the Republic of Congo and Gabon, which stretches ...": the countries
# named after the border word (capitalised words, "of"/"the"/"and" between them) before the length
_BETWEEN = (r"(?:\s+(?:between|with|separating)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*"
            r"(?:\s+(?:(?:and|of|the|de)\s+|d['’])*(?-i:[A-Z])[\w'’-]*)*,?)?")
_LENGTH_AFTER = re.compile(
    _BORDER + _BETWEEN + r",?(?:\s+[\w,-]+){0,4}?\s+(?:stretches|stretching|runs|running|spans|spanning|extends"
    r"|extending|measures|measuring|is|covers|covering)\s+(?:(?:for|over|across|some|about|around"
    r"|roughly|nearly|almost|more\s+than|over|approximately|an\s+estimated|a\s+total\s+of)\s+)*"
    + _LEN_NUM + _LEN_SEP + _LEN_UNIT + _PAREN
    + r"(?!\s*(?:from|away|inside|into|north|south|east|west|beyond|off|of)\b)",
    re.I,
)
# "a (land) border of about 1,000 km", "the frontier, 740 km long,"
_LENGTH_OF = re.compile(
    _BORDER + _BETWEEN + r"(?:\s+(?:of|is|was|that\s+is|which\s+is)|\s*,)\s+(?:(?:some|about|around|roughly|nearly|almost"
    r"|more\s+than|over|approximately|an\s+estimated|a\s+total\s+of|just\s+under|just\s+over)\s+)*"
    + _LEN_NUM + _LEN_SEP + _LEN_UNIT + r"(?:\s*-?\s*long)?" + _PAREN
    + r"(?!\s*(?:from|away|inside|into|north|south|east|west|beyond|off|of|wide|deep|radius|to|within|inland|behind|across)\b)",
    re.I,
)
# "a border more than 1,000 km long"
_LENGTH_LONG = re.compile(_BORDER + _BETWEEN + r"\s+" + _ABOUT + _LEN_NUM + _LEN_SEP + _LEN_UNIT + _PAREN
                          + r"\s*-?\s*long\b", re.I)
# "they share 1,000 km of frontier", "Mali has some 1,600 km of porous border" (the countries'
# whole line: not "a wall along 300 km of border", nor "within 30 km of the border")
_VERB_HEAD = r"(?=[shSH][hH]?[aA])\b"
_LENGTH_OF_BORDER = re.compile(_VERB_HEAD + r"(?:share[sd]?|sharing|ha[sd]|have|having)\s+" + _ABOUT + _LEN_NUM
                               + _LEN_SEP + _LEN_UNIT + _PAREN
                               + r"\s+of\s+(?:(?:land|common|shared|porous|desert|mountainous|international)\s+)*"
                               r"(?:border|frontier)s?\b", re.I)
_KM_IN = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*-?\s*(?:kilomet(?:er|re)s?|kms?)\b", re.I)
# Every stated length has a number and its unit ("817 kilometer"): the patterns above are
# tried only before those (``first_match``), not over a whole article.
_LENGTH_GATE = re.compile(r"\d" + _LEN_SEP + _LEN_UNIT, re.I)
_PATTERNS = (_LENGTH_BEFORE, _LENGTH_AFTER, _LENGTH_OF, _LENGTH_LONG, _LENGTH_OF_BORDER)
assert all(_LEN_NUM + _LEN_SEP + _LEN_UNIT in rx.pattern for rx in _PATTERNS)
_LENGTH_SEARCHES = [(rx, re.compile(head, re.I)) for rx, head in (  # each with where it can start
    (_LENGTH_BEFORE, r"(?=\d)"), (_LENGTH_AFTER, _BORDER[:_BORDER.index("(?P")]), (_LENGTH_OF, _BORDER[:_BORDER.index("(?P")]),
    (_LENGTH_LONG, _BORDER[:_BORDER.index("(?P")]), (_LENGTH_OF_BORDER, _VERB_HEAD))]
assert all(rx.pattern.startswith(head.pattern) for rx, head in _LENGTH_SEARCHES)


def stated_length_km(text: str) -> Count | None:
    """The border length a text states, in kilometres, or None.

    Parameters
    ----------
    text : str
        A sentence or a whole article.

    Returns
    -------
    Count or None
        "the 817 kilometer (508 mile) border" → 817; "the 500-mile border" → 805 (miles are
        converted); only lengths tied to border/frontier/boundary/line of control words count,
        never distances ("30 km from the border", "a 20-km stretch of the frontier").
    """
    m = first_match(text, _LENGTH_GATE, _LENGTH_SEARCHES)  # tried only before each number and unit
    if m is None:
        return None
    number = float(m.group("num").replace(",", ""))
    if m.group("unit").lower().startswith("mi"):
        km = _KM_IN.search(m.group("paren") or "")
        number = float(km.group(1).replace(",", "")) if km else number * _KM_PER_MILE
    return Count(int(round(number)), m.group(0), m.start(), m.end())
