"""The nearest name of one country to a name spelt otherwise, without reading or scoring them all.

The spelling step asks, for a capitalised name the index lacks, which of a country's names is
nearest by rapidfuzz's ``fuzz.ratio`` (the first such name in index order on a tie), and keeps
it only when it starts with the same character and is at most two characters longer or
shorter. Reading all 65,000 names of the United States from the index, then scoring them all
with ``process.extractOne`` for every such name, took most of the reading time.

So the index keeps a table of each country's names grouped by first character (``write_table``,
at build time), and a query reads and scores only the group of its own first character. Only
when a name there passes does it read the other groups, to confirm that no name starting
otherwise scores higher (or as high, earlier): the answer is the one ``extractOne`` over all
the country's names gives. A group's names are stored shortest first, so that only those of a
length that can reach the cutoff are split and scored (``fuzz.ratio`` of lengths a and b is at
most ``200 * min(a, b) / (a + b)``): about a quarter of them. A long text, naming many
countries, asks about each of its unknown names in each of them.
"""
from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Callable

from rapidfuzz import fuzz, process

__all__ = ["CountryNames", "TABLE", "write_table"]

#: how many characters the nearest name's length may differ from the name asked about
MAX_LENGTH_DIFFERENCE = 2
_TIE = 1e-6  # ratios this close are equal

#: one row per country and first character: the names (folded, distinct; by length, then in
#: index order) joined by newlines, each one's rank among all the country's names, and where
#: each length starts ("length:position:character ...", then "count:characters")
TABLE = """
CREATE TABLE spellings (iso2 TEXT, head TEXT, names TEXT, ranks TEXT, lengths TEXT, PRIMARY KEY (iso2, head));
"""


def write_table(con) -> None:
    """Fill ``spellings`` from the ``names`` and ``entries`` tables of a new index. A country's
    names are ranked by first appearance in the ``names`` table (the order of its rows)."""
    countries: dict[str, dict[str, None]] = {}
    for iso2, key in con.execute("SELECT e.iso2, n.key FROM names n JOIN entries e ON e.id = n.entry "
                                 "WHERE e.iso2 != '' ORDER BY n.rowid"):
        if key:
            countries.setdefault(iso2, {})[key] = None
    rows = []
    for iso2, keys in countries.items():
        heads: dict[str, tuple[list[str], list[str]]] = {}
        for rank, key in enumerate(keys):
            names, ranks = heads.setdefault(key[0], ([], []))
            names.append(key)
            ranks.append(str(rank))
        for head, (names, ranks) in heads.items():
            order = sorted(range(len(names)), key=lambda i: len(names[i]))  # stable: index order within a length
            starts: dict[int, tuple[int, int]] = {}
            chars = 0
            for at, i in enumerate(order):
                starts.setdefault(len(names[i]), (at, chars))
                chars += len(names[i]) + 1
            text = "\n".join(names[i] for i in order)
            rows.append((iso2, head, text, " ".join(ranks[i] for i in order),
                         " ".join([*(f"{n}:{at}:{c}" for n, (at, c) in starts.items()), f"{len(names)}:{len(text) + 1}"])))
    con.executemany("INSERT INTO spellings VALUES (?,?,?,?,?)", rows)


def _lengths(n: int, cutoff: float) -> tuple[int, float]:
    """The lengths (lowest, highest) a name must have for its ratio to a name of ``n``
    characters to reach ``cutoff``, with a margin over rounding (a length too many only costs
    its scoring)."""
    low = cutoff - 1.0
    if low <= 0:
        return 0, math.inf
    return math.floor(low * n / (200.0 - low)), math.ceil(n * (200.0 - low) / low)


class _Group:
    """The names of one country starting with one character, in index order."""

    def __init__(self, names: str, ranks: str, lengths: str) -> None:
        self._text = names  # split when first asked: most groups never are
        self._ranks_text = ranks
        self._ranks: list[int] | None = None
        numbers = list(map(int, lengths.replace(":", " ").split()))  # n, position, character, ..., count, characters
        self._lengths = numbers[0:-2:3]
        self._starts = numbers[1:-2:3] + [numbers[-2]]
        self._names: list[str] | None = None  # split once when first asked (windows are slices of it)

    def rank(self, i: int) -> int:
        """Rank of ``names[i]`` among all the country's names (read when first asked)."""
        if self._ranks is None:
            self._ranks = [int(r) for r in self._ranks_text.split()]
        return self._ranks[i]

    def best(self, key: str, cutoff: float) -> tuple[str, float, int] | None:
        """extractOne's (name, ratio, position) over the names in index order: the first of
        the highest ratios, scoring only the names of a length that can reach ``cutoff``."""
        lowest, highest = _lengths(len(key), cutoff)
        i, j = bisect_left(self._lengths, lowest), bisect_right(self._lengths, highest)
        a = self._starts[i]
        if self._names is None:  # one list per group: windows kept apart duplicated names, growing with the batch
            self._names, self._text = self._text.split("\n"), ""
        names = self._names[a:self._starts[j]]
        # every name reaching the cutoff in one call (extractOne, then a second call for its
        # ties, scored the window twice): names of two lengths can tie (1 - 5/55 = 1 - 6/66),
        # and the first of the highest in index order wins
        passed = process.extract(key, names, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None)
        if not passed:
            return None
        top = max(t[1] for t in passed)
        name, score, i = min((t for t in passed if t[1] == top), key=lambda t: self.rank(a + t[2]))
        return name, score, a + i


#: answers of ``CountryNames.nearest`` kept per country (then forgotten all at once)
_KEPT_ANSWERS = 20_000


class CountryNames:
    """One country's names, read one first character at a time through ``rows(head)``, which
    gives (head, names, ranks, lengths) rows of the ``spellings`` table (every head when None)."""

    def __init__(self, rows: Callable[[str | None], list[tuple[str, str, str]]]) -> None:
        self._rows = rows
        self._groups: dict[str, _Group | None] = {}
        self._complete = False

    def _group(self, head: str) -> _Group | None:
        if head not in self._groups:
            got = self._rows(head)
            self._groups[head] = _Group(*got[0][1:]) if got else None
        return self._groups[head]

    def _all_groups(self) -> dict[str, _Group | None]:
        if not self._complete:
            for head, names, ranks, lengths in self._rows(None):
                if self._groups.get(head) is None:
                    self._groups[head] = _Group(names, ranks, lengths)
            self._complete = True
        return self._groups

    def nearest(self, key: str, cutoff: float) -> tuple[str, float] | None:
        """(name, ratio) of the name ``process.extractOne(key, names, scorer=fuzz.ratio,
        score_cutoff=cutoff)`` finds among all the country's names, when it starts like ``key``
        and its length is within ``MAX_LENGTH_DIFFERENCE``; else None. Answers are kept (a
        long article asks about the same capitalised words again and again)."""
        asked = self.__dict__.setdefault("_answers", {})
        if (key, cutoff) not in asked:
            if len(asked) >= _KEPT_ANSWERS:
                asked.clear()
            asked[key, cutoff] = self._nearest(key, cutoff)
        return asked[key, cutoff]

    def _nearest(self, key: str, cutoff: float) -> tuple[str, float] | None:
        group = self._group(key[0]) if key else None
        found = group.best(key, cutoff) if group else None
        if found is None:  # the nearest name of the country, if any, starts otherwise
            return None
        name, score, i = found
        if self._rival_before(key, score, group.rank(i)):
            return None  # extractOne's answer is a name starting otherwise
        if abs(len(name) - len(key)) > MAX_LENGTH_DIFFERENCE:
            return None
        return name, score

    def _rival_before(self, key: str, score: float, rank: int) -> bool:
        """Whether a name starting otherwise scores above ``score``, or as much and ranks before
        ``rank`` (extractOne keeps the first of equals)."""
        for head, group in self._all_groups().items():
            if group is None or head == key[0]:
                continue
            # a cutoff at or just under ``score`` may reject ``score`` itself (rapidfuzz rounds it)
            rival = group.best(key, score - 0.5)
            if rival is not None and (rival[1] > score + _TIE or (rival[1] >= score - _TIE
                                                                  and group.rank(rival[2]) < rank)):
                return True
        return False
