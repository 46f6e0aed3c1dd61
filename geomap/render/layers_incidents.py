"""The "Incidents" layer: one symbol per ACLED event type, sized by fatalities.

Incidents placed along a stretch of frontier (LineString / MultiLineString) are drawn as a
translucent band of their type's colour under the frontier line, with their symbol at the
stretch's middle (``mid``) so they can be seen and clicked like point incidents.
"""
from __future__ import annotations

from geomap.render.data import (PRECISION_WORDS, collection_sources, compact_geometry, event_style_keys, incident_props,
                   iter_features, line_anchor)
from geomap.render.elements import DataLayer
from geomap.render.style import EVENT_STYLE, INCIDENT_BAND, OTHER_EVENT_STYLE, SYMBOL_STROKE

NAME = "Incidents"
LINE_TYPES = {"LineString", "MultiLineString"}


def line_incident_types(collections: list[dict]) -> list[str]:
    """Event types of the incidents drawn along a stretch (for the legend)."""
    out = []
    for _, f in iter_features(collections, "incident"):
        if f["geometry"].get("type") in LINE_TYPES:
            et = f["properties"].get("event_type") or ""
            if et not in out:
                out.append(et)
    return out


def add_incidents_layer(m, collections: list[dict]) -> DataLayer | None:
    """Add the incidents of every collection as one GeoJSON layer; None if there are none."""
    keys = event_style_keys(collections)
    index = {k: i for i, k in enumerate(keys)}
    other = len(keys) - 1
    features = []
    # The middle of a whole frontier carries the frontier's label: incidents along all of
    # it start beside the middle.
    stretches: dict[str, int] = {repr(compact_geometry(f["geometry"]).get("coordinates")): 1
                                 for _, f in iter_features(collections, "frontier")}
    for ci, f in iter_features(collections, "incident"):
        geom = compact_geometry(f["geometry"])
        props = incident_props(f["properties"], ci, index.get(f["properties"].get("event_type") or "", other))
        if geom["type"] in LINE_TYPES:
            key = repr(geom["coordinates"])
            rank = stretches.get(key, 0)
            stretches[key] = rank + 1
            mid = line_anchor(geom, rank)
            if mid is not None:
                props["mid"] = mid
        features.append({"type": "Feature", "geometry": geom, "properties": props})
    if not features:
        return None
    styles = [EVENT_STYLE.get(k, OTHER_EVENT_STYLE) for k in keys]
    config = {"styles": styles, "stroke": SYMBOL_STROKE, "band": INCIDENT_BAND, "precision": PRECISION_WORDS,
              "sources": collection_sources(collections)}
    layer = DataLayer("incident", {"type": "FeatureCollection", "features": features}, name=NAME, config=config)
    layer.add_to(m)
    return layer
