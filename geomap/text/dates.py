"""Read event dates from a sentence and resolve them against the publication date.

News reports date events relative to the day they appear ("on Wednesday", "earlier this
month"), so a date is only meaningful with the article's ``published`` date. Precision follows
ACLED's ``time_precision``: 1 = the day is known, 2 = about a week (its middle day), 3 = only
the month (its middle day, or its first/last day for "early"/"late"). Past-tense sentences never
resolve a relative date to a day after publication; future-tense ones ("will", "scheduled",
"next") resolve forward.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from dataclasses import dataclass

from geomap.exceptions import InputError
from geomap.text.clause_tense import PAST_IRREGULAR as _PAST_IRREGULAR, past_verb_before
from geomap.text.literals import prefiltered

__all__ = ["DateRef", "date_from_text", "all_dates_from_text", "parse_published"]


@dataclass(frozen=True)
class DateRef:
    """A date expression found in a sentence.

    ``date`` is None when it cannot be resolved (no publication date for a relative
    expression); ``text == sentence[start:end]``; ``precision`` is ACLED's time_precision.
    """

    date: _dt.date | None
    text: str
    start: int
    end: int
    precision: int


_DAY = _dt.timedelta(days=1)

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_SMALL = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}

_FULL_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_ANY_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
# Prepositions kept in the text because they are part of how the date reads.
_PRE = r"(?i:(?:since|until|till|from|after|before|by|on|in|during)\s+)?"
_NOT_QTY = r"(?!\d|[:.]\d|\s*(?:km|kilomet|kms\b|miles?\b|mi\b|people|percent|per\b|%|-))"

_ISO = re.compile(r"\b" + _PRE + r"(?P<y>(?:19|20)\d\d)-(?P<m>0?[1-9]|1[0-2])-(?P<d>0?[1-9]|[12]\d|3[01])\b")
_DMY = re.compile(
    r"\b" + _PRE + r"(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>" + _ANY_MONTH
    + r")\b(?:(?<=\b[A-Z][a-z]{2})\.)?(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?"
)
_MDY = re.compile(
    r"\b" + _PRE + r"(?P<mon>" + _ANY_MONTH + r")\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b" + _NOT_QTY
    + r"(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?"
)
_MOD = (
    r"(?P<mod>(?i:early|mid|late|earlier\s+in|later\s+in|(?:at\s+)?the\s+(?:end|beginning|start|middle)\s+of"
    r"|end\s+of|beginning\s+of|start\s+of))"
)
_MY = re.compile(
    r"\b(?:" + _PRE + _MOD + r"[\s-]+|" + _PRE + r")(?P<mon>" + _FULL_MONTH + r")\s+(?P<y>(?:19|20)\d\d)\b"
)
_M = re.compile(
    r"\b(?:(?P<pre>(?i:since|until|till|in|during|by|from|before|after))\s+|" + _MOD + r"[\s-]+)"
    r"(?:(?i:last|this)\s+)?(?P<mon>" + _FULL_MONTH + r")\b"
)
_REL_DAY = re.compile(
    r"\b(?:(?:earlier|later)\s+)?(?P<w>the\s+day\s+before\s+yesterday|today|tonight|yesterday|tomorrow"
    r"|this\s+(?:morning|afternoon|evening)|last\s+night|overnight)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\b",
    re.I,
)
_AGO = re.compile(
    r"\b(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?P<u>days?|weeks?|months?)\s+(?:ago|earlier)\b",
    re.I,
)
_PERIOD = re.compile(
    r"\b(?:(?P<mod>early|mid|late|earlier|later|(?:at\s+)?the\s+(?:end|beginning|start|middle)\s+of"
    r"|end\s+of|beginning\s+of|start\s+of)[\s-]+)?(?:over\s+)?(?P<which>last|this|next|previous|past|the)"
    r"\s+(?P<u>week|weekend|month)\b",
    re.I,
)
_WEEKDAY = re.compile(
    r"\b(?:(?P<rel>(?i:last|this|next|on|by|until|since|from|before|after|early|late))\s+)?"
    r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['\u2019]s)?"
    r"(?:\s+(?P<part>night|morning|afternoon|evening))?\b"
)
# Weekday uses that name no particular day ("a Thursday deadline", "every Friday").
_GENERIC_BEFORE = re.compile(r"\b(?:a|an|every|each|any|one|some)\s+$", re.I)
_DEADLINE_AFTER = re.compile(r"\s*(?:['\u2019]s\s+)?(?:deadline|ultimatum)\b", re.I)

_FUTURE = re.compile(
    r"\b(?:will|won['\u2019]t|shall|would|scheduled|planned|plans?\s+to|upcoming|due\s+to|set\s+to"
    r"|expected\s+to|(?:is|are)\s+to|intend(?:s|ed)?|possible|proposed|next|tomorrow)\b",
    re.I,
)
_WORDS_BEFORE = re.compile(r"([A-Za-z']+)\W+(?:([A-Za-z']+)\W+)?$")


def parse_published(value: str) -> _dt.date:
    """Parse a ``--published`` value (``YYYY-MM-DD``) into a date.

    Raises
    ------
    InputError
        When ``value`` is not a real calendar date in that form.
    """
    text = str(value).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return _dt.date.fromisoformat(text)
        except ValueError:
            pass
    raise InputError(f"bad --published date '{value}': expected YYYY-MM-DD")


def _is_future(sentence: str, start: int) -> bool:
    """Whether the date at ``start`` refers forward in time.

    A past-tense verb right before the date ("said on Monday", "clashed on Monday") wins;
    otherwise any future marker in the sentence makes it future.
    """
    m = _WORDS_BEFORE.search(sentence, 0, start)
    if m:
        for w in m.groups():
            if w and (w.lower() in _PAST_IRREGULAR or (w.lower().endswith("ed") and len(w) > 3)):
                return False
    if past_verb_before(sentence, start):  # "met in Songkhla on Thursday to discuss ..., part of a 2024 plan to ..."
        return False
    return bool(_FUTURE.search(sentence))


def _month_end(year: int, month: int) -> _dt.date:
    return _dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(d: _dt.date, n: int) -> tuple[int, int]:
    k = d.year * 12 + d.month - 1 + n
    return k // 12, k % 12 + 1


def _mid(a: _dt.date, b: _dt.date) -> _dt.date:
    return a + _dt.timedelta(days=(b - a).days // 2)


def _month_point(year: int, month: int, mod: str | None, published: _dt.date | None,
                 future: bool) -> tuple[_dt.date, int]:
    """The representative day of a month, given "early"/"late"/"earlier in" modifiers."""
    first, last = _dt.date(year, month, 1), _month_end(year, month)
    mod = (mod or "").lower()
    if "early" in mod or "beginning" in mod or "start" in mod:
        day = first
    elif "late" in mod and "later" not in mod or "end" in mod:
        day = last
    else:
        day = first.replace(day=15)
    if published and first <= published <= last:
        if "earlier" in mod or (not future and day > published):
            day = _mid(first, published)
        elif "later" in mod and future:
            day = _mid(published, last)
    if published and not future and day > published:
        day = published
    return day, 3


def _safe_date(y: int, m: int, d: int) -> _dt.date | None:
    try:
        return _dt.date(y, m, d)
    except ValueError:
        return None


def _day_month(m: re.Match, sentence: str, published, future) -> tuple[_dt.date | None, int] | None:
    month = _MONTHS[m.group("mon").lower()]
    day = int(m.group("d"))
    if m.group("y"):
        d = _safe_date(int(m.group("y")), month, day)
        return (d, 1) if d else None
    if not 1 <= day <= 31:
        return None
    if not published:
        return None, 1
    d = _safe_date(published.year, month, day)
    if d is None:
        return None
    if not future and d > published:
        d = _safe_date(published.year - 1, month, day)
    elif future and d < published:
        d = _safe_date(published.year + 1, month, day)
    return d, 1


def _iso(m, sentence, published, future):
    d = _safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return (d, 1) if d else None


def _month_year(m, sentence, published, future):
    return _month_point(int(m.group("y")), _MONTHS[m.group("mon").lower()], m.group("mod"), None, future)


def _month_only(m, sentence, published, future):
    if not published:
        return None, 3
    month = _MONTHS[m.group("mon").lower()]
    year = published.year
    if future and month < published.month:
        year += 1
    elif not future and month > published.month:
        year -= 1
    return _month_point(year, month, m.group("mod"), published, future)


def _relative_day(m, sentence, published, future):
    if not published:
        return None, 1
    w = " ".join(m.group("w").lower().split())
    if w == "tomorrow":
        return published + _DAY, 1
    if w == "the day before yesterday":
        return published - 2 * _DAY, 1
    if w in ("yesterday", "last night", "overnight"):
        return published - _DAY, 1
    return published, 1


def _ago(m, sentence, published, future):
    if not published:
        return None, 1
    n = m.group("n").lower()
    n = int(n) if n.isdigit() else _SMALL[n]
    unit = m.group("u").lower()
    if unit.startswith("day"):
        return published - n * _DAY, 1
    if unit.startswith("week"):
        return published - 7 * n * _DAY, 2
    y, mo = _add_months(published, -n)
    return _safe_date(y, mo, min(published.day, calendar.monthrange(y, mo)[1])), 3


def _period(m, sentence, published, future):
    which = m.group("which").lower()
    unit = m.group("u").lower()
    mod = (m.group("mod") or "").lower()
    if which == "the" and unit != "weekend":
        return None
    if not published:
        return None, 2 if unit != "month" else 3
    monday = published - published.weekday() * _DAY
    if unit == "month":
        step = {"last": -1, "previous": -1, "past": -1, "next": 1}.get(which, 0)
        if which == "past":  # "the past month": the 30 days before publication
            return published - 15 * _DAY, 3
        y, mo = _add_months(published, step)
        # "later this month" is after publication whatever the verb ("have agreed to meet ... later this month")
        return _month_point(y, mo, mod, published, future or step > 0 or (mod == "later" and which == "this"))
    if unit == "weekend":
        if which == "next" or (which in ("this", "the") and future):
            sat = published + ((5 - published.weekday()) % 7 or 7) * _DAY
            return sat, 2
        back = (published.weekday() - 5) % 7 or 7
        return published - back * _DAY, 2
    # week
    if which == "past":
        return published - 3 * _DAY, 2
    if which in ("last", "previous"):
        start = monday - 7 * _DAY
        return start + 3 * _DAY, 2
    if which == "next":
        return monday + 10 * _DAY, 2
    sunday = monday + 6 * _DAY
    if "earlier" in mod or (not future and "later" not in mod):
        return _mid(monday, min(sunday, published)), 2
    return _mid(published, sunday), 2


def _weekday(m, sentence, published, future):
    start = m.start()
    if _GENERIC_BEFORE.search(sentence, 0, start) or _DEADLINE_AFTER.match(sentence, m.end()):
        return None
    if not published:
        return None, 1
    target = _WEEKDAYS[m.group("wd").lower()]
    rel = (m.group("rel") or "").lower()
    if rel == "next" or (rel != "last" and future):
        ahead = (target - published.weekday()) % 7
        if rel == "next" and ahead == 0:
            ahead = 7
        return published + ahead * _DAY, 1
    back = (published.weekday() - target) % 7
    if rel == "last" and back == 0:
        back = 7
    return published - back * _DAY, 1


# Cheap gate: a sentence without any of these has no date expression.
_DATE_GATE = re.compile(
    r"\d|day|night|week|month|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|to(?:day|night|morrow)|ago",
    re.I,
)

# Order matters only for ties at the same start: longer matches win anyway. Each rule runs only
# on a sentence holding one of the words its matches need (a month's name, a weekday's, "ago"):
# nine patterns tried on every sentence with a digit in it cost more than the words' one scan.
_RULES = tuple((prefiltered(rx), handler) for rx, handler in (
    (_ISO, _iso),
    (_DMY, _day_month),
    (_MDY, _day_month),
    (_MY, _month_year),
    (_M, _month_only),
    (_REL_DAY, _relative_day),
    (_AGO, _ago),
    (_PERIOD, _period),
    (_WEEKDAY, _weekday),
))


def all_dates_from_text(sentence: str, published: _dt.date | None = None) -> list[DateRef]:
    """Every date expression in ``sentence``, in order, without overlaps.

    Parameters
    ----------
    sentence : str
        One sentence; offsets in the result index it.
    published : datetime.date or None
        Publication date that relative expressions are resolved against; without it they
        keep their text but get ``date=None`` (explicit years still resolve).

    Returns
    -------
    list of DateRef
    """
    if not _DATE_GATE.search(sentence):
        return []
    found: list[tuple[int, int, tuple]] = []
    for rx, handler in _RULES:
        for m in rx.finditer(sentence):
            found.append((m.start(), m.end(), (m, handler)))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out: list[DateRef] = []
    last_end = -1
    for start, end, (m, handler) in found:
        if start < last_end:
            continue
        result = handler(m, sentence, published, _is_future(sentence, start))
        if result is None:
            continue
        date, precision = result
        out.append(DateRef(date, sentence[start:end], start, end, precision))
        last_end = end
    return out


def date_from_text(sentence: str, published: _dt.date | None = None) -> DateRef | None:
    """The date of the event a sentence reports, or None when it names none.

    When several dates appear, the most precise wins (ties: the first), since a day
    ("on Tuesday") usually dates the event and a month ("in July") the background.

    Parameters
    ----------
    sentence : str
        One sentence.
    published : datetime.date or None
        The article's publication date.

    Returns
    -------
    DateRef or None
    """
    refs = all_dates_from_text(sentence, published)
    if not refs:
        return None
    return min(refs, key=lambda r: (r.precision, r.start))
