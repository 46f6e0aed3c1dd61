"""When may two incident reports be one event? The rules and thresholds of event fusion.

:mod:`geomap.fusion.clustering` groups incidents into events; this module says which pairs may be
grouped: the same ACLED event type (a sub-type may be refined), dates that overlap given
their time precision, places close enough for their geo-precision, and different documents
(or one document telling one event twice). Incidents are read into :class:`Record` once, so
the rules compare plain numbers (ordinal days, lon/lat, km).

The thresholds are in :mod:`geomap.settings` (section "Event fusion", each with the reason
for its value), read when a rule runs.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Iterable

from geomap import settings

__all__ = ["Record", "incident_records", "document_features", "compatible", "told_twice", "places_compatible",
           "dates_compatible", "subtypes_compatible", "haversine_km", "km_per_degree", "reach_km", "match_score",
           "KIND_RANK", "night_words"]

_NIGHT: dict[str, re.Pattern] = {}


def night_words() -> re.Pattern:
    """``settings.FUSION_NIGHT_WORDS`` compiled (once per pattern)."""
    pat = settings.FUSION_NIGHT_WORDS
    hit = _NIGHT.get(pat)
    if hit is None:
        hit = _NIGHT[pat] = re.compile(pat, re.I)
    return hit


#: Place kinds from the most precise: a point, a province at a point, a line along a frontier.
KIND_RANK = {"point": 0, "area": 1, "line": 2}


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
    event_id: str | None = None    # the input's own event id (ACLED's event_id_cnty)
    vague: bool = False            # not both a known day and a town-level place
    outlet: str | None = None      # who published it (ACLED's source column for an ACLED row)
    acled_id: str | None = None    # the ACLED event id when the record is an ACLED row

    def __post_init__(self) -> None:
        self.vague = self.kind != "point" or self.tp != 1 or self.day is None


class _Line:
    """A frontier line in a local km frame, shared by the incidents placed on it.

    Most "along the border" incidents carry the same frontier geometry, so distances from it
    are computed once per point and kept (the benchmark's slowest step otherwise).
    """

    def __init__(self, geom: dict) -> None:
        from shapely.geometry import LineString, MultiLineString

        parts = self.parts = _line_parts(geom)
        lons = [x for part in parts for x, _ in part]
        lats = [y for part in parts for _, y in part]
        self.bbox = (min(lons), min(lats), max(lons), max(lats))
        self.lat = (self.bbox[1] + self.bbox[3]) / 2
        self.kx, self.ky = km_per_degree(self.lat)
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


def km_per_degree(lat: float) -> tuple[float, float]:
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
        return published - settings.FUSION_NULL_DATE_WINDOW_DAYS, published
    half = settings.FUSION_TIME_PRECISION_HALF_DAYS.get(tp or 1, settings.FUSION_TIME_PRECISION_HALF_DAYS[3])
    lo, hi = day - half, day + half
    if (tp or 1) == 1 and date_text and night_words().search(date_text):
        hi += 1
    return lo, hi


def document_features(inputs) -> Iterable[tuple[dict, dict]]:
    """(feature, document metadata) for a FeatureCollection, features, or a list of either.

    The metadata (``id``, ``title``, ``published``, ``source``) comes from the collection, or
    from a bare feature's ``document``, ``title``, ``published`` and ``outlet`` properties;
    a bare feature without ``document`` is a document of its own.
    """
    if isinstance(inputs, dict):
        inputs = [inputs]
    for n, item in enumerate(inputs):
        if not isinstance(item, dict):
            raise TypeError(f"cannot fuse a {type(item).__name__}: give GeoJSON features or FeatureCollections")
        if item.get("type") == "FeatureCollection":
            # not the outlet (``source``) as id: one outlet writes many articles
            doc = next((item[k] for k in ("id", "title") if item.get(k) not in (None, "")), f"collection-{n + 1}")
            meta = {"id": doc, "title": item.get("title"), "published": item.get("published"),
                    "source": item.get("source")}
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


#: Event ids geomap gives the incidents it writes to an ACLED-style CSV (``THAGM3``): such a
#: row read back is geomap's, not ACLED's.
_GEOMAP_ID = re.compile(r"^[A-Z]{3}GM\d+$")


def acled_event_id(props: dict) -> str | None:
    """The ACLED event id of a row read from an ACLED export, None for anything else.

    ACLED rows carry ``event_id_cnty`` (``THA1234``); articles carry none, and the ids geomap
    writes for its own incidents (``THAGM3``) are not ACLED's.
    """
    eid = props.get("event_id_cnty")
    if not isinstance(eid, str) or not eid.strip() or _GEOMAP_ID.match(eid.strip()):
        return None
    return eid.strip()


def incident_records(inputs) -> list[Record]:
    """The incident features of ``inputs`` as :class:`Record` (other layers are skipped)."""
    records: list[Record] = []
    lines: dict[tuple, _Line] = {}
    position = -1
    for f, meta in document_features(inputs):
        p = f.get("properties") or {}
        geom = f.get("geometry") or {}
        if p.get("layer") != "incident":
            continue
        position += 1
        if not _coords(geom):
            continue
        published = _ordinal(meta.get("published") or p.get("published"))
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
        if geom["type"] in ("LineString", "MultiLineString") and any(len(x) >= 2 for x in _line_parts(geom)):
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
                     p.get("location"), position=position, event_id=p.get("event_id_cnty") or None)
        rec.outlet = p.get("source") or meta.get("source") or meta.get("title") or (
            str(meta["id"]) if meta.get("id") is not None else None)
        rec.acled_id = acled_event_id(p)
        if kind == "line":
            key = tuple(pts)
            rec.line = lines.get(key) or lines.setdefault(key, _Line(geom))
        records.append(rec)
    return records


# --------------------------------------------------------------------------- rules
def subtypes_compatible(a: str | None, b: str | None) -> bool:
    """Equal, unknown on one side, or one refines the other (``settings.FUSION_SUBTYPE_REFINEMENTS``)."""
    if a is None or b is None or a == b:
        return True
    return b in settings.FUSION_SUBTYPE_REFINEMENTS.get(a, ()) or a in settings.FUSION_SUBTYPE_REFINEMENTS.get(b, ())


def reach_km(r: Record) -> float:
    """How far from its point (or line) the incident may have happened, in km."""
    if r.kind == "point":
        return settings.FUSION_PRECISION_RADIUS_KM.get(r.precision, settings.FUSION_PRECISION_RADIUS_KM[2])
    if r.kind == "area":
        return settings.FUSION_AREA_RADIUS_KM
    return settings.FUSION_FRONTIER_CORRIDOR_KM


def places_compatible(a: Record, b: Record) -> bool:
    """Could the two places be where one event happened, given their precision?"""
    if a.kind == "line" or b.kind == "line":
        if a.kind == "line" and b.kind == "line":
            # the same stretch of frontier, or one inside the other (not two frontiers
            # that merely touch at a tripoint)
            return (a.line.km_to(*b.line.mid) <= settings.FUSION_FRONTIER_CORRIDOR_KM
                    or b.line.km_to(*a.line.mid) <= settings.FUSION_FRONTIER_CORRIDOR_KM)
        line, other = (a, b) if a.kind == "line" else (b, a)
        reach = settings.FUSION_FRONTIER_CORRIDOR_KM + (reach_km(other) if other.kind == "point" else settings.FUSION_AREA_RADIUS_KM)
        return line.line.km_to(other.lon, other.lat) <= reach
    if a.kind == "area" or b.kind == "area":
        if a.iso3 and b.iso3 and a.iso3 != b.iso3:
            return False
        if a.admin1 and b.admin1:
            return a.admin1 == b.admin1
        return haversine_km(a.lon, a.lat, b.lon, b.lat) <= reach_km(a) + reach_km(b)
    # two points: a town on each side of a frontier may name one clash, so no country test
    return haversine_km(a.lon, a.lat, b.lon, b.lat) <= reach_km(a) + reach_km(b)


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
    """Does one document tell one event twice (same type, place and date)?

    Rows of an event dataset (an ACLED export is one document) with their own event ids
    are distinct events already.
    """
    if a.event_id and b.event_id and a.event_id != b.event_id:
        return False
    if a.doc != b.doc or a.etype != b.etype or not subtypes_compatible(a.sub, b.sub) or a.kind != b.kind:
        return False
    if a.day is None or b.day is None or a.day != b.day or a.tp != b.tp:
        return False
    if a.kind == "line":
        return a.line.km_to(*b.line.mid) <= settings.FUSION_SAME_PLACE_KM and b.line.km_to(*a.line.mid) <= settings.FUSION_SAME_PLACE_KM
    if a.kind == "area":
        return (a.iso3, a.admin1) == (b.iso3, b.admin1) and a.admin1 is not None
    km = haversine_km(a.lon, a.lat, b.lon, b.lat)
    same_name = bool(a.location and b.location and a.location.casefold() == b.location.casefold())
    # the same name placed twice ("near X", "X"), but not a place put at a distance from X
    return km <= settings.FUSION_SAME_PLACE_KM or (same_name and km <= reach_km(a) + reach_km(b))


def match_score(a: Record, b: Record) -> float:
    """Lower is a better match: distance relative to the allowed one, date gap, sub-type."""
    if a.kind == "point" and b.kind == "point":
        space = haversine_km(a.lon, a.lat, b.lon, b.lat) / (reach_km(a) + reach_km(b))
    else:
        space = 1.0 + KIND_RANK[a.kind] + KIND_RANK[b.kind]
    gap = abs(((a.lo + a.hi) / 2) - ((b.lo + b.hi) / 2)) if a.lo is not None and b.lo is not None else 5.0
    return space + 0.5 * gap + (0.0 if a.sub == b.sub else 0.25)


