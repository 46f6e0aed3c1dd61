"""Fuse the incidents that several articles report into events (many reports, one picture).

An analyst's corpus tells most events several times: a wire story, two local papers and a
ministry statement describe the same shelling with other words, spellings, dates and tolls.
:func:`fuse` turns the SPEC ``incident`` features of many documents into one ``incident``
feature per event, with every source kept, and keeps the latest displacement figure of
each area (:mod:`geomap.fusion_layers`).

Two incidents may be one event when (:func:`compatible`)

- they come from different documents (one article telling one event twice is merged
  first, and only when place, type and date agree: :func:`told_twice`);
- they have the same ACLED ``event_type``, and their sub-event types are equal or one
  refines the other (:data:`SUBTYPE_REFINEMENTS`);
- their dates overlap once each is widened by its time precision (a night spans two
  dates; an undated incident happened in the days before its report was published);
- their places are close for their precision: two towns within a few km, a town and the
  district or "near" place that holds it, a town and the province named for it (same
  admin-1), a point and the stretch of frontier it lies on.

Events are built in three passes so that a vague report never chains two distinct events:

1. *precise* incidents (a known day, a town or a place near one) are merged best pair
   first, a merge allowed only when every pair across the two groups is compatible
   (complete linkage) and no document is in both;
2. each *vague* incident (a province, a stretch of frontier, a week or month, no date)
   joins the one event it is compatible with, and stays alone when it fits several;
3. vague incidents that fit no event are merged among themselves the same way as in 1.

Candidates come from an index keyed by (event type, day, grid cell) plus one of lines per
(event type, day): no pass compares all pairs (10,000 incidents in about a second; see
``benchmarks/bench_fusion.py``).

The fused feature's ``fatalities`` follow ACLED's rule: the most conservative figure, i.e.
the lowest one any source gives; every figure stays in ``fatalities_reported``.
"""
from __future__ import annotations

import logging
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterable

__all__ = ["fuse", "fuse_incidents", "event_clusters", "compatible", "told_twice", "incident_records",
           "SUBTYPE_REFINEMENTS"]

log = logging.getLogger(__name__)

# --------------------------------------------------------------------------- thresholds
# (to move into geomap.settings; each says why it has its value)

#: How far (km) from its point an incident of geo_precision 1 / 2 may have happened. A named
#: town or landmark covers a few km; "near X" or a district placed at its seat about 10 km.
#: Two points match when they are within the sum of their radii: towns 10 km, a town and a
#: "near"/district place 15 km, two "near" places 20 km. Two villages 25-30 km apart never
#: match, and a district seat still matches the towns of a typical district.
PRECISION_RADIUS_KM = {1: 5.0, 2: 10.0}
#: An incident placed at a province (geo_precision 3 at a point) matches points of the same
#: province (iso3 + admin1); when a side lacks admin1 the province is taken as a disc of
#: this radius (a mid-sized first-level division).
AREA_RADIUS_KM = 60.0
#: An incident placed along a frontier (a line) matches incidents within this distance of
#: the line: "fighting along the border" happens in the border districts.
FRONTIER_CORRIDOR_KM = 30.0
#: One article telling one event twice: same place means within this distance (the same
#: town from two gazetteer entries, a town and its landmark).
SAME_PLACE_KM = 2.0
#: An undated incident happened on one of this many days before its report's publication
#: day (or that day): news reports events of the last few days.
NULL_DATE_WINDOW_DAYS = 3
#: Half-width in days of ACLED's time precisions: 1 the day, 2 a week around the middle
#: day, 3 a month around it.
TIME_PRECISION_HALF_DAYS = {1: 0, 2: 3, 3: 15}
#: Words by which a date names a night, which spans two calendar dates ("overnight" in a
#: morning paper is the night before; another outlet dates the same shells the next day).
NIGHT_WORDS = re.compile(r"\b(?:overnight|night)\b", re.I)
#: Sub-event types that a more specific one may refine (ACLED's codebook): one outlet's
#: "clash" is another's "troops retook the post". Other differing sub-types are distinct
#: events (shelling and an air strike on one day are two events in ACLED's coding).
SUBTYPE_REFINEMENTS = {
    "Armed clash": {"Government regains territory", "Non-state actor overtakes territory"},
    "Peaceful protest": {"Protest with intervention", "Excessive force against protesters"},
}
#: Grid cell size (degrees) of the spatial index.
GRID_DEG = 0.25

_KIND_RANK = {"point": 0, "area": 1, "line": 2}


# --------------------------------------------------------------------------- records
@dataclass(eq=False)
class Record:
    """One incident feature as the fusion rules see it."""

    index: int
    feature: dict
    doc: Any
    title: str | None
    published: int | None          # ordinal day of the report's publication
    etype: str | None
    sub: str | None
    day: int | None                # ordinal day of the incident's date
    lo: int | None                 # first and last day it may have happened
    hi: int | None
    tp: int | None                 # time precision of ``day`` (None: no date)
    kind: str                      # point, area (a province at a point) or line
    precision: int
    lon: float
    lat: float
    iso3: str | None
    admin1: str | None
    location: str | None
    line: _Line | None = None      # lines only
    position: int = 0              # n-th incident feature of the input (0-based)
    vague: bool = False            # not both a known day and a town-level place

    def __post_init__(self) -> None:
        self.vague = self.kind != "point" or self.tp != 1 or self.day is None


class _Line:
    """A frontier line in a local km frame, shared by the incidents placed on it.

    Most "along the border" incidents carry the same frontier geometry, so distances from it
    are computed once per point and kept (the benchmark's slowest step otherwise).
    """

    def __init__(self, geom: dict) -> None:
        from shapely.geometry import LineString, MultiLineString

        parts = _line_parts(geom)
        lons = [x for part in parts for x, _ in part]
        lats = [y for part in parts for _, y in part]
        self.bbox = (min(lons), min(lats), max(lons), max(lats))
        self.lat = (self.bbox[1] + self.bbox[3]) / 2
        self.kx, self.ky = _km_frame(self.lat)
        km = [[(x * self.kx, y * self.ky) for x, y in part] for part in parts if len(part) >= 2]
        self.geom = MultiLineString(km) if len(km) > 1 else LineString(km[0])
        mid = self.geom.interpolate(0.5, normalized=True)
        self.mid = (mid.x / self.kx, mid.y / self.ky)
        self._km: dict[tuple[float, float], float] = {}

    def km_to(self, lon: float, lat: float) -> float:
        """Distance in km from a lon/lat point to the line."""
        hit = self._km.get((lon, lat))
        if hit is None:
            from shapely import Point

            hit = self._km[(lon, lat)] = self.geom.distance(Point(lon * self.kx, lat * self.ky))
        return hit


def _ordinal(value) -> int | None:
    if isinstance(value, date):
        return value.toordinal()
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10]).toordinal()
        except ValueError:
            return None
    return None


def _km_frame(lat: float) -> tuple[float, float]:
    """km per degree of longitude and latitude at ``lat`` (equirectangular, for short distances)."""
    return 111.32 * math.cos(math.radians(lat)), 110.57


def haversine_km(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


def _coords(geom: dict) -> list[tuple[float, float]]:
    t, c = geom.get("type"), geom.get("coordinates")
    if t == "Point":
        return [tuple(c[:2])]
    if t == "LineString":
        return [tuple(p[:2]) for p in c]
    if t == "MultiLineString":
        return [tuple(p[:2]) for part in c for p in part]
    if t == "Polygon":
        return [tuple(p[:2]) for p in c[0]]
    if t == "MultiPolygon":
        return [tuple(p[:2]) for poly in c for p in poly[0]]
    return []


def _line_parts(geom: dict) -> list[list[tuple[float, float]]]:
    if geom["type"] == "LineString":
        return [[tuple(p[:2]) for p in geom["coordinates"]]]
    return [[tuple(p[:2]) for p in part] for part in geom["coordinates"]]


def _date_span(day: int | None, tp: int | None, date_text: str | None, published: int | None):
    """(lo, hi) days the incident may have happened on; (None, None) when nothing says."""
    if day is None:
        if published is None:
            return None, None
        return published - NULL_DATE_WINDOW_DAYS, published
    half = TIME_PRECISION_HALF_DAYS.get(tp or 1, TIME_PRECISION_HALF_DAYS[3])
    lo, hi = day - half, day + half
    if (tp or 1) == 1 and date_text and NIGHT_WORDS.search(date_text):
        hi += 1
    return lo, hi


def _iter_features(inputs) -> Iterable[tuple[dict, dict]]:
    """(feature, document metadata) for a FeatureCollection, features, or a list of either."""
    if isinstance(inputs, dict):
        inputs = [inputs]
    for n, item in enumerate(inputs):
        if not isinstance(item, dict):
            raise TypeError(f"cannot fuse a {type(item).__name__}: give GeoJSON features or FeatureCollections")
        if item.get("type") == "FeatureCollection":
            meta = {"id": item.get("id", item.get("source", item.get("title", f"collection-{n + 1}"))),
                    "title": item.get("title"), "published": item.get("published"), "source": item.get("source")}
            for f in item.get("features") or []:
                yield f, meta
        elif item.get("type") == "Feature":
            p = item.get("properties") or {}
            doc = p.get("document", p.get("document_id"))
            meta = {"id": doc if doc not in (None, "") else f"feature-{n + 1}",
                    "title": p.get("document_title", p.get("title")),
                    "published": p.get("published", p.get("document_published")),
                    "source": p.get("outlet", p.get("source"))}
            yield item, meta


def incident_records(inputs) -> list[Record]:
    """The incident features of ``inputs`` as :class:`Record` (other layers are skipped)."""
    records: list[Record] = []
    lines: dict[tuple, _Line] = {}
    position = -1
    for f, meta in _iter_features(inputs):
        p = f.get("properties") or {}
        geom = f.get("geometry") or {}
        if p.get("layer") != "incident":
            continue
        position += 1
        if not _coords(geom):
            continue
        published = _ordinal(meta.get("published"))
        day = _ordinal(p.get("date"))
        tp = p.get("time_precision") or (1 if day is not None else None)
        try:
            tp = int(tp) if tp is not None else None
        except (TypeError, ValueError):
            tp = 1
        lo, hi = _date_span(day, tp, p.get("date_text"), published)
        precision = p.get("geo_precision")
        try:
            precision = int(precision) if precision is not None else 2
        except (TypeError, ValueError):
            precision = 2
        pts = _coords(geom)
        if geom["type"] in ("LineString", "MultiLineString"):
            kind = "line"
        elif precision >= 3 or geom["type"] != "Point":
            kind = "area"
        else:
            kind = "point"
        if kind == "point":
            lon, lat = pts[0]
        else:
            lon, lat = sum(x for x, _ in pts) / len(pts), sum(y for _, y in pts) / len(pts)
        rec = Record(len(records), f, meta.get("id"), meta.get("title"), published, p.get("event_type"),
                     p.get("sub_event_type") or None, day, lo, hi, tp if day is not None else None, kind,
                     min(max(precision, 1), 3), float(lon), float(lat), p.get("iso3"), p.get("admin1"),
                     p.get("location"), position=position)
        if kind == "line":
            key = tuple(pts)
            rec.line = lines.get(key) or lines.setdefault(key, _Line(geom))
        records.append(rec)
    return records


# --------------------------------------------------------------------------- rules
def subtypes_compatible(a: str | None, b: str | None) -> bool:
    """Equal, unknown on one side, or one refines the other (:data:`SUBTYPE_REFINEMENTS`)."""
    if a is None or b is None or a == b:
        return True
    return b in SUBTYPE_REFINEMENTS.get(a, ()) or a in SUBTYPE_REFINEMENTS.get(b, ())


def _radius(r: Record) -> float:
    if r.kind == "point":
        return PRECISION_RADIUS_KM.get(r.precision, PRECISION_RADIUS_KM[2])
    if r.kind == "area":
        return AREA_RADIUS_KM
    return FRONTIER_CORRIDOR_KM


def places_compatible(a: Record, b: Record) -> bool:
    """Could the two places be where one event happened, given their precision?"""
    if a.kind == "line" or b.kind == "line":
        if a.kind == "line" and b.kind == "line":
            # the same stretch of frontier, or one inside the other (not two frontiers
            # that merely touch at a tripoint)
            return (a.line.km_to(*b.line.mid) <= FRONTIER_CORRIDOR_KM
                    or b.line.km_to(*a.line.mid) <= FRONTIER_CORRIDOR_KM)
        line, other = (a, b) if a.kind == "line" else (b, a)
        reach = FRONTIER_CORRIDOR_KM + (_radius(other) if other.kind == "point" else AREA_RADIUS_KM)
        return line.line.km_to(other.lon, other.lat) <= reach
    if a.kind == "area" or b.kind == "area":
        if a.iso3 and b.iso3 and a.iso3 != b.iso3:
            return False
        if a.admin1 and b.admin1:
            return a.admin1 == b.admin1
        return haversine_km(a.lon, a.lat, b.lon, b.lat) <= _radius(a) + _radius(b)
    # two points: a town on each side of a frontier may name one clash, so no country test
    return haversine_km(a.lon, a.lat, b.lon, b.lat) <= _radius(a) + _radius(b)


def dates_compatible(a: Record, b: Record, *, relaxed: bool = False) -> bool:
    """Do the date spans overlap?

    An undated incident (spanning the days before its report) is linked to an event only
    through a town-level place on both sides; ``relaxed`` drops that demand, for two vague
    members of one event that are each linked to its precise core.
    """
    if a.lo is None or b.lo is None:
        return False
    if not relaxed and (a.day is None or b.day is None) and (a.kind != "point" or b.kind != "point"):
        return False
    return a.lo <= b.hi and b.lo <= a.hi


def compatible(a: Record, b: Record, *, relaxed: bool = False) -> bool:
    """Could incidents ``a`` and ``b`` of two different documents be one event?"""
    if a.doc == b.doc or a.etype != b.etype or not subtypes_compatible(a.sub, b.sub):
        return False
    return dates_compatible(a, b, relaxed=relaxed) and places_compatible(a, b)


def told_twice(a: Record, b: Record) -> bool:
    """Does one document tell one event twice (same type, place and date)?"""
    if a.doc != b.doc or a.etype != b.etype or not subtypes_compatible(a.sub, b.sub) or a.kind != b.kind:
        return False
    if a.day is None or b.day is None or a.day != b.day or a.tp != b.tp:
        return False
    if a.kind == "line":
        return a.line.km_to(*b.line.mid) <= SAME_PLACE_KM and b.line.km_to(*a.line.mid) <= SAME_PLACE_KM
    if a.kind == "area":
        return (a.iso3, a.admin1) == (b.iso3, b.admin1) and a.admin1 is not None
    same_name = a.location and b.location and a.location.casefold() == b.location.casefold()
    return bool(same_name) or haversine_km(a.lon, a.lat, b.lon, b.lat) <= SAME_PLACE_KM


def _score(a: Record, b: Record) -> float:
    """Lower is a better match: distance relative to the allowed one, date gap, sub-type."""
    if a.kind == "point" and b.kind == "point":
        space = haversine_km(a.lon, a.lat, b.lon, b.lat) / (_radius(a) + _radius(b))
    else:
        space = 1.0 + _KIND_RANK[a.kind] + _KIND_RANK[b.kind]
    gap = abs(((a.lo + a.hi) / 2) - ((b.lo + b.hi) / 2)) if a.lo is not None and b.lo is not None else 5.0
    return space + 0.5 * gap + (0.0 if a.sub == b.sub else 0.25)


# --------------------------------------------------------------------------- index
class _Index:
    """Records by (event type, day, grid cell), lines by (event type, day)."""

    def __init__(self, records: list[Record]) -> None:
        self.cells: dict[tuple, list[int]] = defaultdict(list)
        self.lines: dict[tuple, list[int]] = defaultdict(list)
        for r in records:
            if r.lo is None:
                continue
            for d in range(r.lo, r.hi + 1):
                if r.kind == "line":
                    self.lines[(r.etype, d)].append(r.index)
                else:
                    self.cells[(r.etype, d, int(math.floor(r.lon / GRID_DEG)),
                                int(math.floor(r.lat / GRID_DEG)))].append(r.index)

    def candidates(self, r: Record) -> set[int]:
        """Indexes of records sharing a day and lying within reach of ``r`` (a superset)."""
        if r.lo is None:
            return set()
        reach = max(PRECISION_RADIUS_KM[2], AREA_RADIUS_KM) + FRONTIER_CORRIDOR_KM
        if r.kind == "line":
            west, south, east, north = r.line.bbox
        else:
            west, south, east, north = r.lon, r.lat, r.lon, r.lat
        lat_max = min(89.0, max(abs(south), abs(north)) + 1.0)
        kx, ky = _km_frame(lat_max)
        dx, dy = (reach + _radius(r)) / max(kx, 1.0), (reach + _radius(r)) / ky
        x0, x1 = int(math.floor((west - dx) / GRID_DEG)), int(math.floor((east + dx) / GRID_DEG))
        y0, y1 = int(math.floor((south - dy) / GRID_DEG)), int(math.floor((north + dy) / GRID_DEG))
        found: set[int] = set()
        cells, lines = self.cells, self.lines
        for d in range(r.lo, r.hi + 1):
            found.update(lines.get((r.etype, d), ()))
            for x in range(x0, x1 + 1):
                for y in range(y0, y1 + 1):
                    hit = cells.get((r.etype, d, x, y))
                    if hit:
                        found.update(hit)
        found.discard(r.index)
        return found


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
        if c1 == c2 or self.docs[c1] & self.docs[c2]:
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
        for _score_, i, j in sorted(pairs):
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
                pairs.append((_score(r, s), r.index, j))
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
                pairs.append((_score(records[i], records[j]), i, j))
    cl.merge_pairs(pairs)
    return sorted((sorted(m) for m in cl.members.values()), key=lambda m: m[0])


def _vagueness(r: Record) -> tuple:
    """Order in which vague incidents look for their event: the most precise first."""
    return (r.day is None, r.tp or 9, _KIND_RANK[r.kind], r.index)


# --------------------------------------------------------------------------- output
def _most_common(values: list, default=None):
    values = [v for v in values if v not in (None, "")]
    if not values:
        return default
    counts = Counter(values)
    best = max(counts.values())
    return next(v for v in values if counts[v] == best)


def _iso(day: int | None) -> str | None:
    return date.fromordinal(day).isoformat() if day is not None else None


def _event_feature(records: list[Record]) -> dict:
    """One fused ``incident`` feature from the records of one event."""
    rep = min(records, key=lambda r: (r.precision, _KIND_RANK[r.kind], r.tp or 9, r.index))
    same_place = [r for r in records if (r.precision, r.kind) == (rep.precision, rep.kind)]
    name = _most_common([r.location for r in same_place])
    rep = next((r for r in same_place if r.location == name), rep)
    props = dict(rep.feature.get("properties") or {})
    dated = [r for r in records if r.day is not None]
    best_tp = min((r.tp or 9 for r in dated), default=None)
    day = None
    if dated:
        days = sorted(r.day for r in dated if (r.tp or 9) == best_tp)
        counts = Counter(days)
        day = max(days, key=lambda d: (counts[d], -d))
    day_rec = next((r for r in dated if r.day == day and (r.tp or 9) == best_tp), None)
    figures = [(r.feature["properties"].get("fatalities"), r) for r in records]
    figures = [(int(v), r) for v, r in figures if isinstance(v, (int, float)) and not isinstance(v, bool)]
    low = min(figures, key=lambda t: (t[0], t[1].index)) if figures else None
    subs = [r.sub for r in records if r.sub]
    refined = [s for s in subs if any(s in finer for finer in SUBTYPE_REFINEMENTS.values())]
    sources = []
    for r in sorted(records, key=lambda r: (r.published or 0, str(r.doc), r.index)):
        p = r.feature.get("properties") or {}
        sources.append({"document": r.doc, "title": r.title, "date": _iso(r.published), "incident": r.position,
                        "sentence": p.get("source_sentence"), "event_date": p.get("date"),
                        "location": p.get("location"), "fatalities": p.get("fatalities"),
                        "fatalities_text": p.get("fatalities_text")})
    props.update({
        "layer": "incident",
        "event_type": rep.etype,
        "sub_event_type": _most_common(refined) or _most_common(subs),
        "date": _iso(day),
        "date_text": (day_rec.feature["properties"].get("date_text") if day_rec else None),
        "time_precision": best_tp if day is not None else None,
        "date_start": _iso(min((r.day for r in dated), default=None)),
        "date_end": _iso(max((r.day for r in dated), default=None)),
        "fatalities": low[0] if low else None,
        "fatalities_text": low[1].feature["properties"].get("fatalities_text") if low else None,
        "fatalities_reported": [v for v, _ in figures],
        "location": rep.location,
        "actor1": _most_common([r.feature["properties"].get("actor1") for r in records]),
        "actor2": _most_common([r.feature["properties"].get("actor2") for r in records]),
        "report_count": len({r.doc for r in records}),
        "sources": sources,
    })
    props.pop("document", None)
    return {"type": "Feature", "geometry": rep.feature["geometry"], "properties": props}


def fuse_incidents(inputs) -> list[dict]:
    """Fused ``incident`` features (one per event) from features or FeatureCollections.

    Parameters
    ----------
    inputs : dict or list of dict
        SPEC FeatureCollections (each with its document's ``id``, ``title``, ``published``),
        or incident features whose properties carry ``document``, ``title`` and
        ``published``, or a list mixing both. Features of other layers are ignored.

    Returns
    -------
    list of dict
        GeoJSON features, sorted by date and place; each has the SPEC incident properties
        of its most precisely placed source, plus ``event_id``, ``date_start``,
        ``date_end``, ``fatalities_reported``, ``report_count`` and ``sources`` (one
        ``{"document", "title", "date", "sentence", "incident", ...}`` per incident fused;
        ``date`` is the report's publication date, ``incident`` the position of the incident
        among the incident features of ``inputs``).
    """
    records = incident_records(inputs)
    events = [_event_feature([records[i] for i in group]) for group in event_clusters(records)]
    events.sort(key=lambda f: (f["properties"]["date_start"] or "9999", f["properties"]["location"] or "",
                               f["properties"]["event_type"] or ""))
    for n, f in enumerate(events, 1):
        f["properties"]["event_id"] = f"E{n:05d}"
    return events


def fuse(inputs) -> dict:
    """Fuse many documents into one FeatureCollection: events, displacement, frontiers.

    ``incident`` features are fused into events (:func:`fuse_incidents`); ``displacement``
    features keep one feature per area and direction, the latest figure winning
    (:func:`geomap.fusion_layers.fuse_displacement`); ``frontier`` features keep one
    per pair of countries. Place mentions are not carried over.
    """
    from .fusion_layers import fuse_displacement, fuse_frontiers

    if isinstance(inputs, dict):
        inputs = [inputs]
    inputs = list(inputs)
    features = fuse_incidents(inputs) + fuse_displacement(inputs) + fuse_frontiers(inputs)
    return {"type": "FeatureCollection", "features": features}
