"""The "Incidents" layer: one symbol per ACLED event type, sized by fatalities (or, for fused
events, by the number of reports).

An incident placed only "along the border" (a LineString / MultiLineString: the text names
no place on it) is drawn as **one** symbol on the frontier, not as the frontier itself: a
line painted in the incident's colour reads as fighting along the entire border. The symbol
goes where the report's other places are (the point of the line nearest their centroid; the
middle of the line when there are none), outlined with dashes, and its popup states the
extent ("along the 652 km frontier").
"""
from __future__ import annotations

import math

from geomap.render.data import (PRECISION_WORDS, collection_sources, compact_geometry, event_style_keys,
                                frontier_label_at, incident_points, incident_props, iter_features, line_anchor)
from geomap.render.elements import DataLayer
from geomap.render.escape import escape_text
from geomap.render.style import EVENT_STYLE, INCIDENT_ALONG, OTHER_EVENT_STYLE, SYMBOL_STROKE

NAME = "Incidents"
LINE_TYPES = {"LineString", "MultiLineString"}
#: Other places farther than this (degrees) from a frontier's box are not "where the report is".
NEAR_LINE_DEG = 1.5
#: Symbols on one stretch keep this share of the stretch's length apart (and from its label).
SPREAD_SHARE = 0.06


def line_incident_types(collections: list[dict]) -> list[str]:
    """Event types of the incidents placed along a frontier (for the legend)."""
    out = []
    for _, f in iter_features(collections, "incident"):
        if f["geometry"].get("type") in LINE_TYPES:
            et = f["properties"].get("event_type") or ""
            if et not in out:
                out.append(et)
    return out


def line_km(geom: dict) -> float:
    """Length of a (Multi)LineString in km (great circle between vertices)."""
    parts = [geom["coordinates"]] if geom["type"] == "LineString" else geom["coordinates"]
    km = 0.0
    for part in parts:
        for (x0, y0, *_), (x1, y1, *_) in zip(part, part[1:]):
            p0, p1 = math.radians(y0), math.radians(y1)
            h = (math.sin((p1 - p0) / 2) ** 2
                 + math.cos(p0) * math.cos(p1) * math.sin(math.radians(x1 - x0) / 2) ** 2)
            km += 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, h)))
    return km


def _points_near(points: list[tuple[float, float]], geom: dict) -> list[tuple[float, float]]:
    from shapely.geometry import shape

    minx, miny, maxx, maxy = shape(geom).bounds
    d = NEAR_LINE_DEG
    return [(x, y) for x, y in points if minx - d <= x <= maxx + d and miny - d <= y <= maxy + d]


def along_anchor(geom: dict, others: list[tuple[float, float]], rank: int = 0,
                 label_at: list[float] | None = None) -> list[float] | None:
    """[lon, lat] on the line for the symbol of an incident along it.

    The point nearest the centroid of ``others`` (the report's places near the line), else
    the middle of the longest part; kept clear of the frontier's label (``label_at``,
    default the middle) and, for the ``rank``-th incident of one stretch, spread along it.
    """
    from shapely.geometry import Point, shape

    try:
        g = shape(geom)
    except Exception:
        return None
    if g.is_empty or g.geom_type not in LINE_TYPES:
        return line_anchor(geom, rank)
    parts = list(g.geoms) if g.geom_type == "MultiLineString" else [g]
    longest = max(parts, key=lambda p: p.length)
    near = _points_near(others, geom)
    if near:
        c = Point(sum(x for x, _ in near) / len(near), sum(y for _, y in near) / len(near))
        part = min(parts, key=lambda p: p.distance(c))
        pos = part.project(c)
    else:
        part, pos = longest, longest.length / 2
    gap = SPREAD_SHARE * part.length
    label = part.project(Point(label_at)) if label_at and part is longest else (
        part.length / 2 if part is longest else None)
    if label is not None and abs(pos - label) < gap:  # the frontier's label sits there
        pos = label + (gap if pos >= label else -gap)
    step = (rank + 1) // 2 * (1 if rank % 2 else -1)
    pos = min(max(pos + step * gap, 0.0), part.length)
    p = part.interpolate(pos)
    return [round(p.x, 5), round(p.y, 5)]


def _extent(geom: dict, frontier_km: dict[str, float]) -> str:
    km = frontier_km.get(repr(geom["coordinates"]))
    if km is None:
        km = line_km(geom)
    return escape_text(f"along the {km:,.0f} km frontier")


def add_incidents_layer(m, collections: list[dict]) -> DataLayer | None:
    """Add the incidents of every collection as one GeoJSON layer; None if there are none."""
    keys = event_style_keys(collections)
    index = {k: i for i, k in enumerate(keys)}
    other = len(keys) - 1
    features = []
    frontier_km: dict[str, float] = {}
    label_at: dict[str, list[float] | None] = {}
    spots = incident_points(collections)
    for _, f in iter_features(collections, "frontier"):
        geom = compact_geometry(f["geometry"])
        km = f["properties"].get("length_km")
        if isinstance(km, (int, float)) and not isinstance(km, bool):
            frontier_km[repr(geom["coordinates"])] = float(km)
        label_at[repr(geom["coordinates"])] = frontier_label_at(geom, spots)  # as the Frontier layer puts it
    points: dict[int, list[tuple[float, float]]] = {}
    for layer in ("incident", "place"):
        for ci, f in iter_features(collections, layer):
            if f["geometry"].get("type") == "Point":
                points.setdefault(ci, []).append(tuple(f["geometry"]["coordinates"][:2]))
    stretches: dict[str, int] = {}
    for ci, f in iter_features(collections, "incident"):
        geom = compact_geometry(f["geometry"])
        props = incident_props(f["properties"], ci, index.get(f["properties"].get("event_type") or "", other))
        if geom["type"] in LINE_TYPES:
            key = repr(geom["coordinates"])
            rank = stretches.get(key, 0)
            stretches[key] = rank + 1
            mid = along_anchor(geom, points.get(ci, []), rank, label_at.get(key))
            if mid is not None:
                props["mid"] = mid
            props["ext"] = _extent(geom, frontier_km)
        features.append({"type": "Feature", "geometry": geom, "properties": props})
    if not features:
        return None
    styles = [EVENT_STYLE.get(k, OTHER_EVENT_STYLE) for k in keys]
    config = {"styles": styles, "stroke": SYMBOL_STROKE, "along": INCIDENT_ALONG, "precision": PRECISION_WORDS,
              "sources": collection_sources(collections),
              "acled": any(f["properties"].get("ia") for f in features)}
    layer = DataLayer("incident", {"type": "FeatureCollection", "features": features}, name=NAME, config=config)
    layer.add_to(m)
    return layer
