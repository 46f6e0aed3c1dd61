"""The first match of a few patterns in a long text, trying only the starts near their anchors.

A stated border length ("the 817 km border", "the frontier runs for 500 miles") always holds a
number and its unit, and the words from where a match starts up to that number are letters,
digits, spaces, commas, hyphens and apostrophes only ("the frontier with Côte d'Ivoire, 600 km
long"). Searching a 1 MB article with each pattern scanned it all for border words (about 0.1 s)
though it names a unit a few dozen times. So the anchors
(number-and-unit hits of a gate pattern) are found first, and each pattern is tried (``match``,
which sees the whole text around it) only at the starts before an anchor that its opening
lookahead allows: the same match ``search`` finds, the leftmost, with the earlier pattern
winning a tie, as ``min`` over the patterns' own searches gave.
"""
from __future__ import annotations

import re

__all__ = ["first_match"]

_NUMBER_CHARS = frozenset("0123456789,.")


def _between(c: str) -> bool:
    """A character the words before a number may hold: ``[\\w\\s,'’-]`` as ``re`` reads them."""
    return c.isalnum() or c.isspace() or c in "_,-'’"


def _run_start(text: str, digit: int) -> int:
    """Where a match holding the number ending at ``digit`` can start at the earliest: back over
    the number's digits, commas and points, then over ``[\\w\\s,'’-]``."""
    i = digit
    while i > 0 and text[i - 1] in _NUMBER_CHARS:
        i -= 1
    while i > 0 and _between(text[i - 1]):
        i -= 1
    return i


def first_match(text: str, anchors: re.Pattern, patterns: list[tuple[re.Pattern, re.Pattern]]) -> re.Match | None:
    """The match with the lowest start among ``pattern.search(text)`` of the patterns (the
    first pattern on a tie). Each pattern comes with its head, a zero-width pattern true
    wherever the pattern can start; every match must hold an ``anchors`` hit starting at a
    number's last digit, with only ``[\\w\\s,'’-]`` between the match's start and that number."""
    done = 0  # positions before this were tried
    for hit in anchors.finditer(text):
        low, high = max(_run_start(text, hit.start()), done), hit.start() + 1
        if low >= high:
            continue
        starts = sorted((h.start(), k) for k, (_, head) in enumerate(patterns)
                        for h in head.finditer(text, low, min(high + 1, len(text))) if h.start() < high)
        for at, k in starts:
            m = patterns[k][0].match(text, at)
            if m:
                return m
        done = high
    return None
