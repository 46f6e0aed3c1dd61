"""Group incident records into events: a spatial and temporal index, then three passes.

Events are built in three passes so that a vague report never chains two distinct events:

1. *precise* incidents (a known day, a town or a place near one) are merged best pair
   first, a merge allowed only when every pair across the two groups is compatible
   (complete linkage, :func:`geomap.fusion.rules.compatible`) and no document is in both;
2. each *vague* incident (a province, a stretch of frontier, a week or month, no date)
   joins the one event it is compatible with, and stays alone when it fits several;
3. vague incidents that fit no event are merged among themselves the same way as in 1.

One document telling one event twice is merged first (:func:`geomap.fusion.rules.told_twice`).
Candidates come from an index keyed by (event type, day, grid cell), by (event type, day,
admin-1) and, for lines, by (event type, day): no pass compares all pairs (see
``benchmarks/bench_fusion.py``).
"""
from __future__ import annotations

import logging
import math
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from geomap import settings
from geomap.fusion.rules import KIND_RANK, Record, km_per_degree, match_score, compatible, reach_km, told_twice

__all__ = ["event_clusters"]

log = logging.getLogger(__name__)

# --------------------------------------------------------------------------- index
class _Index:
    """Where to look for an incident's candidates, so that no pass compares all pairs.

    Points by (event type, day, grid cell); province-level records by the same key in a
    grid of their own (they are looked for from farther away) and by (event type, day,
    country, admin-1); lines by (event type, day). ``candidates`` returns a superset of the
    compatible records.
    """

    def __init__(self, records: list[Record]) -> None:
        self.points: dict[tuple, list[int]] = defaultdict(list)
        self.areas: dict[tuple, list[int]] = defaultdict(list)
        self.lines: dict[tuple, list[int]] = defaultdict(list)
        self.in_admin1: dict[tuple, list[int]] = defaultdict(list)     # every record of a province
        self.admin1_areas: dict[tuple, list[int]] = defaultdict(list)  # records placed at a province
        self._line_cells: dict[tuple, list[tuple[int, int]]] = {}
        self.grid, self.area_grid = settings.FUSION_GRID_DEG, settings.FUSION_AREA_GRID_DEG
        for r in records:
            if r.lo is None:
                continue
            grid = self.points if r.kind == "point" else self.areas
            cell = _cell(r.lon, r.lat, self.grid if r.kind == "point" else self.area_grid)
            for d in range(r.lo, r.hi + 1):
                if r.kind == "line":
                    self.lines[(r.etype, d)].append(r.index)
                    continue
                grid[(r.etype, d) + cell].append(r.index)
                if r.admin1:
                    self.in_admin1[(r.etype, d, r.iso3, r.admin1)].append(r.index)
                    if r.kind == "area":
                        self.admin1_areas[(r.etype, d, r.iso3, r.admin1)].append(r.index)

    def _cells_near(self, r: Record, km: float, size: float) -> list[tuple[int, int]]:
        if r.kind != "line":
            return _cells_around(r.lon, r.lat, km, size)
        key = (id(r.line), km, size)
        hit = self._line_cells.get(key)
        if hit is None:  # a frontier is shared by many incidents: its cells are found once
            cells: set[tuple[int, int]] = set()
            for part in r.line.parts:
                for (x0, y0), (x1, y1) in zip(part, part[1:]):
                    steps = max(1, int(max(abs(x1 - x0), abs(y1 - y0)) / (size / 2)))
                    for k in range(steps + 1):
                        cells.update(_cells_around(x0 + (x1 - x0) * k / steps, y0 + (y1 - y0) * k / steps, km,
                                                   size))
            hit = self._line_cells[key] = sorted(cells)
        return hit

    def candidates(self, r: Record) -> set[int]:
        """Indexes of records sharing a day with ``r`` and lying within its reach."""
        if r.lo is None:
            return set()
        found: set[int] = set()
        point_cells = self._cells_near(r, reach_km(r) + max(settings.FUSION_PRECISION_RADIUS_KM.values()),
                                       self.grid)
        area_cells = self._cells_near(r, reach_km(r) + settings.FUSION_AREA_RADIUS_KM, self.area_grid)
        by_admin1 = self.in_admin1 if r.kind == "area" else self.admin1_areas
        for d in range(r.lo, r.hi + 1):
            found.update(self.lines.get((r.etype, d), ()))
            if r.admin1 and r.kind != "line":  # a province's towns, however far from its point
                found.update(by_admin1.get((r.etype, d, r.iso3, r.admin1), ()))
            for grid, cells in ((self.points, point_cells), (self.areas, area_cells)):
                for x, y in cells:
                    hit = grid.get((r.etype, d, x, y))
                    if hit:
                        found.update(hit)
        found.discard(r.index)
        return found


def _cell(lon: float, lat: float, size: float) -> tuple[int, int]:
    return int(math.floor(lon / size)), int(math.floor(lat / size))


def _cells_around(lon: float, lat: float, km: float, size: float) -> list[tuple[int, int]]:
    """Grid cells of ``size`` degrees within ``km`` of a point (a rectangle over the circle)."""
    kx, ky = km_per_degree(min(89.0, abs(lat) + 1.0))
    dx, dy = km / max(kx, 1.0), km / ky
    x0, y0 = _cell(lon - dx, lat - dy, size)
    x1, y1 = _cell(lon + dx, lat + dy, size)
    return [(x, y) for x in range(x0, x1 + 1) for y in range(y0, y1 + 1)]


# --------------------------------------------------------------------------- clustering
@dataclass
class _Clusters:
    records: list[Record]
    of: list[int] = field(default_factory=list)             # record index -> cluster id
    members: dict[int, list[int]] = field(default_factory=dict)
    docs: dict[int, set] = field(default_factory=dict)
    _cache: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.of = list(range(len(self.records)))
        self.members = {i: [i] for i in range(len(self.records))}
        self.docs = {i: {r.doc} for i, r in enumerate(self.records)}

    def pair_ok(self, i: int, j: int) -> bool:
        """May records i and j be in one event? (Two vague ones: the relaxed test.)"""
        key = (i, j) if i < j else (j, i)
        hit = self._cache.get(key)
        if hit is None:
            a, b = self.records[i], self.records[j]
            hit = self._cache[key] = (told_twice(a, b) if a.doc == b.doc
                                      else compatible(a, b, relaxed=a.vague and b.vague))
        return hit

    def can_merge(self, c1: int, c2: int) -> bool:
        """Complete linkage: no shared document, every cross pair compatible."""
        if c1 == c2 or self.docs[c1] & self.docs[c2]:  # fast path: pair_ok says the same
            return False
        return all(self.pair_ok(i, j) for i in self.members[c1] for j in self.members[c2])

    def merge(self, c1: int, c2: int) -> int:
        if len(self.members[c1]) < len(self.members[c2]):
            c1, c2 = c2, c1
        for i in self.members[c2]:
            self.of[i] = c1
        self.members[c1] += self.members.pop(c2)
        self.docs[c1] |= self.docs.pop(c2)
        return c1

    def merge_pairs(self, pairs: list[tuple[float, int, int]]) -> None:
        """Merge best pair first, each merge allowed by complete linkage."""
        for _s, i, j in sorted(pairs):
            c1, c2 = self.of[i], self.of[j]
            if c1 != c2 and self.can_merge(c1, c2):
                self.merge(c1, c2)


def _merge_told_twice(cl: _Clusters) -> None:
    """Pass 0: one document telling one event twice becomes one group."""
    by_doc: dict[Any, list[int]] = defaultdict(list)
    for r in cl.records:
        by_doc[r.doc].append(r.index)
    for idx in by_doc.values():
        for n, i in enumerate(idx):
            for j in idx[n + 1:]:
                c1, c2 = cl.of[i], cl.of[j]
                if c1 == c2:
                    continue
                if all(cl.pair_ok(x, y) for x in cl.members[c1] for y in cl.members[c2]):
                    cl.members[c1] += cl.members.pop(c2)
                    for x in cl.members[c1]:
                        cl.of[x] = c1
                    cl.docs.pop(c2)


def event_clusters(records: list[Record]) -> list[list[int]]:
    """Groups of record indexes, one per event (see the module docstring for the passes)."""
    cl = _Clusters(records)
    _merge_told_twice(cl)
    index = _Index(records)
    near = {r.index: index.candidates(r) for r in records}

    def vague_group(c: int) -> bool:
        return all(records[i].vague for i in cl.members[c])

    # 1. precise incidents, best pair first
    pairs = []
    for r in records:
        if r.vague:
            continue
        for j in near[r.index]:
            s = records[j]
            if j > r.index and not s.vague and s.doc != r.doc and cl.pair_ok(r.index, j):
                pairs.append((match_score(r, s), r.index, j))
    cl.merge_pairs(pairs)

    # 2. vague groups join the one event they fit
    vague = sorted({cl.of[r.index] for r in records if vague_group(cl.of[r.index])},
                   key=lambda c: min(_vagueness(records[i]) for i in cl.members[c]))
    pool = []
    for c in vague:
        if c not in cl.members:
            continue
        options = set()
        for i in cl.members[c]:
            for j in near[i]:
                other = cl.of[j]
                if other != c and other not in options and cl.pair_ok(i, j) and not vague_group(other) \
                        and cl.can_merge(c, other):
                    options.add(other)
        if len(options) == 1:
            cl.merge(c, options.pop())
        elif not options:
            pool.append(c)
        else:
            log.debug("incident group %s fits %d events: left alone", c, len(options))

    # 3. vague groups that fit no event, among themselves
    in_pool = {i for c in pool if c in cl.members for i in cl.members[c]}
    pairs = []
    for i in in_pool:
        for j in near[i]:
            if j > i and j in in_pool and cl.pair_ok(i, j):
                pairs.append((match_score(records[i], records[j]), i, j))
    cl.merge_pairs(pairs)
    return sorted((sorted(m) for m in cl.members.values()), key=lambda m: m[0])


def _vagueness(r: Record) -> tuple:
    """Order in which vague incidents look for their event: the most precise first."""
    return (r.day is None, r.tp or 9, KIND_RANK[r.kind], r.index)


