"""Close spellings of a first-level division within one country ("Oddar Meanchey" → "Otdar
Mean Chey"), for a name no folded key matches.

Split from ``geomap.boundaries.model`` (whose ``Boundaries._admin1_fuzzy`` calls it) so that
fuzzy name matching is one module's job, apart from the spatial queries.
"""
from __future__ import annotations

import difflib
import logging
from typing import Iterable, Sequence

from geomap.boundaries.names import fold, fold_keys
from geomap.settings import FUZZY_CUTOFF

__all__ = ["spaceless_keys", "fuzzy_matches"]

log = logging.getLogger(__name__)


def spaceless_keys(admin1_keys: dict[str, list[tuple[int, int]]],
                   codes: Sequence[str]) -> dict[str, list[tuple[str, list[int]]]]:
    """ISO3 -> [(spaceless folded key, unit positions)]: the fuzzy match compares a name with
    one country's keys, not every key of the world (95 ms a call)."""
    table: dict[str, dict[str, list[int]]] = {}
    for key, entries in admin1_keys.items():
        if " " in key:
            continue
        for _, pos in entries:
            table.setdefault(codes[pos], {}).setdefault(key, []).append(pos)
    return {iso3: list(keys.items()) for iso3, keys in table.items()}


def fuzzy_matches(name: str, iso3: str, country_keys: Iterable[tuple[str, list[int]]],
                  names: Sequence[str]) -> set[tuple[int, int]]:
    """The units of one country (``country_keys``: its spaceless keys) whose name is closest to
    ``name``, as (rank 2, position).

    Compares spaceless folded names with difflib; a ratio of at least ``FUZZY_CUTOFF`` counts,
    and only the best-scoring units are returned. ``names`` (the layer's names) are for the log.
    """
    target = fold(str(name)).replace(" ", "")
    short = min(fold_keys(name), key=len)
    best: dict[int, float] = {}
    matchers = [difflib.SequenceMatcher(None, "", t) for t in {target, short}]
    for key, positions in country_keys:
        score = 0.0
        for matcher in matchers:
            # difflib's ratio is SequenceMatcher(None, t, key).ratio() either way round;
            # its quick bounds skip the keys that cannot reach the cutoff
            matcher.set_seq1(key)
            if matcher.real_quick_ratio() >= FUZZY_CUTOFF and matcher.quick_ratio() >= FUZZY_CUTOFF:
                score = max(score, difflib.SequenceMatcher(None, matcher.b, key).ratio())
        if score >= FUZZY_CUTOFF:
            for pos in positions:
                if score > best.get(pos, 0.0):
                    best[pos] = score
    if not best:
        return set()
    top = max(best.values())
    found = {(2, pos) for pos, score in best.items() if score == top}
    log.debug("admin-1 %r in %s matched fuzzily (%.2f): %s", name, iso3, top, [names[p] for _, p in found])
    return found
