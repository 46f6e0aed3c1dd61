"""The nearest name of one country to a name spelt otherwise, without scoring every name.

The spelling step asks, for a capitalised name the index lacks, which of a country's names is
nearest by rapidfuzz's ``fuzz.ratio`` (the first such name in index order on a tie), and keeps
it only when it starts with the same character and is at most two characters longer or
shorter. Scoring all 65,000 names of the United States for every such name with
``process.extractOne`` took most of the reading time. Here the names are bucketed by first
character and length, so a query scores the few names that could pass first, and scores the
others of a reachable length only when one did (to confirm none of them is nearer): the
answer is the one ``extractOne`` over all names gives.
"""
from __future__ import annotations

from rapidfuzz import fuzz, process

__all__ = ["CountryNames"]

#: how many characters the nearest name's length may differ from the name asked about
MAX_LENGTH_DIFFERENCE = 2
_TIE = 1e-6  # ratios this close are equal


class CountryNames:
    """One country's folded names (in index order) -> the ids of the entries they name."""

    def __init__(self, names: dict[str, tuple[int, ...]]) -> None:
        self.names = names
        # length -> first character -> [(order, name)], each list in index order
        self._buckets: dict[int, dict[str, list[tuple[int, str]]]] = {}
        for order, name in enumerate(names):
            if name:
                self._buckets.setdefault(len(name), {}).setdefault(name[0], []).append((order, name))

    def _lengths(self, key: str, cutoff: float) -> list[int]:
        """Lengths of the names whose ratio to ``key`` can reach ``cutoff`` (the ratio of
        lengths n and m is at most 100 * (1 - |n - m| / (n + m)))."""
        n = len(key)
        return [m for m in self._buckets if 100.0 * (1.0 - abs(n - m) / (n + m)) >= cutoff - 1e-6]

    def nearest(self, key: str, cutoff: float) -> tuple[str, float, tuple[int, ...]] | None:
        """(name, ratio, entry ids) of the name ``process.extractOne(key, names, scorer=fuzz.ratio,
        score_cutoff=cutoff)`` finds, when it starts like ``key`` and its length is within
        ``MAX_LENGTH_DIFFERENCE``; else None."""
        if not key:
            return None
        lengths = self._lengths(key, cutoff)
        alike = sorted(x for m in lengths for x in self._buckets[m].get(key[0], ()))
        found = process.extractOne(key, [name for _, name in alike], scorer=fuzz.ratio, score_cutoff=cutoff)
        if found is None:  # the nearest name overall, if any, starts otherwise
            return None
        name, score, i = found
        if self._rival_before(key, lengths, score, alike[i][0]):
            return None  # extractOne's answer is a name starting otherwise
        if abs(len(name) - len(key)) > MAX_LENGTH_DIFFERENCE:
            return None
        return name, score, self.names[name]

    def _rival_before(self, key: str, lengths: list[int], score: float, order: int) -> bool:
        """Whether a name starting otherwise scores above ``score``, or as much and comes
        before the name at ``order`` (extractOne keeps the first of equals)."""
        others = sorted(x for m in lengths for first, bucket in self._buckets[m].items() if first != key[0]
                        for x in bucket)
        # a cutoff at or just under ``score`` may reject ``score`` itself (rapidfuzz rounds it)
        rival = process.extractOne(key, [name for _, name in others], scorer=fuzz.ratio, score_cutoff=score - 0.5)
        if rival is None:
            return False
        return rival[1] > score + _TIE or (rival[1] >= score - _TIE and others[rival[2]][0] < order)
