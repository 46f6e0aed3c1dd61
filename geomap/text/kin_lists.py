"""The dead told as one person and their kin: "a trader and his wife were killed", "gunmen
killed a teacher, his wife and their two sons", "a farmer, his wife and their three children
were killed".

Each member of the list counts: a kinsman told in the singular is one ("his wife"), a plural
with its number is that number ("their two sons"), "his parents" two. A plural told with no
number ("and their children") leaves the list uncounted here: its size is not told.
"""

from __future__ import annotations

import re

from geomap.text.count_words import NUM, PERSON, value_of

__all__ = ["kin_list_hits", "uncounted_kin_lists"]

_KIN_ONE = (r"(?:wife|husband|son|daughter|mother|father|brother|sister|child|baby|infant|grandson|granddaughter"
            r"|grandmother|grandfather|nephew|niece|cousin|uncle|aunt|fianc[ée]e?|son-in-law|daughter-in-law)")
_KIN_MANY = r"(?:wives|sons|daughters|children|brothers|sisters|grandchildren|nephews|nieces|cousins|relatives)"
_ITEM = (r"(?:his|her|their)\s+(?:(?P<nK#>" + NUM.replace("(?P<num>", "(?:").replace("(?P", "(?:") + r")\s+)?(?:[a-z-]+\s+)?"
         r"(?P<wK#>parents|" + _KIN_MANY + r"|" + _KIN_ONE + r")")
_HEAD = r"(?:a|an|one|the|my|our)\s+(?:[\w-]+\s+){0,2}?(?:" + PERSON + r"|" + _KIN_ONE + r")"
#: up to four members: "a farmer, his wife, his mother and their three children"
_LIST = (_HEAD + r"(?:\s*,\s*" + _ITEM.replace("K#", "1") + r")?(?:\s*,\s*" + _ITEM.replace("K#", "2") + r")?(?:\s*,\s*"
         + _ITEM.replace("K#", "3") + r")?\s*,?\s+and\s+" + _ITEM.replace("K#", "4") + r"\b")
_ACTIVE = re.compile(r"\b(?:killing|killed|kills|kill|shot\s+dead|shooting\s+dead|murdered|murdering|massacred)\s+" + _LIST,
                     re.I)
_PASSIVE = re.compile(r"\b" + _LIST + r"\s+(?:were|have\s+been|had\s+been)\s+(?:all\s+)?(?:killed|shot\s+dead|murdered"
                      r"|found\s+dead|burned\s+to\s+death|burnt\s+to\s+death)\b", re.I)
_DIED = re.compile(r"\b" + _LIST + r"\s+(?:all\s+)?died\b", re.I)


def _member(m: re.Match, k: int) -> int | None:
    """How many the k-th member of a list counts: one kinsman, a told number, "parents" two."""
    word, num = m.group(f"w{k}"), m.group(f"n{k}")
    if word is None:
        return 0
    if num:
        return value_of(num)
    if word.lower() == "parents":
        return 2
    return 1 if re.fullmatch(_KIN_ONE, word, re.I) else None


def kin_list_hits(sentence: str) -> list[tuple[int, int, int]]:
    """(start, end, value) of the dead told as one person and their kin, counted member by member."""
    if not re.search(r"\b(?:his|her|their)\s", sentence):
        return []
    hits = []
    for rx in (_ACTIVE, _PASSIVE, _DIED):
        for m in rx.finditer(sentence):
            members = [_member(m, k) for k in (1, 2, 3, 4)]
            if None not in members:
                hits.append((m.start(), m.end(), 1 + sum(members)))
    return hits


def uncounted_kin_lists(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of the lists whose size is not told ("killed a chief, his wife and their
    children"): the one person at their head is not the toll."""
    if not re.search(r"\b(?:his|her|their)\s", sentence):
        return []
    return [(m.start(), m.end()) for rx in (_ACTIVE, _PASSIVE, _DIED) for m in rx.finditer(sentence)
            if None in [_member(m, k) for k in (1, 2, 3, 4)]]
