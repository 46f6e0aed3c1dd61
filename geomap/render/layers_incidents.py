"""The "Incidents" layer: one symbol per ACLED event type, sized by fatalities."""
from __future__ import annotations

from .data import PRECISION_WORDS, collection_sources, compact_geometry, event_style_keys, incident_props, iter_features
from .elements import DataLayer
from .style import EVENT_STYLE, OTHER_EVENT_STYLE

NAME = "Incidents"


def add_incidents_layer(m, collections: list[dict]) -> DataLayer | None:
    """Add the incidents of every collection as one GeoJSON layer; None if there are none."""
    keys = event_style_keys(collections)
    index = {k: i for i, k in enumerate(keys)}
    other = len(keys) - 1
    features = [
        {"type": "Feature", "geometry": compact_geometry(f["geometry"]),
         "properties": incident_props(f["properties"], ci, index.get(f["properties"].get("event_type") or "", other))}
        for ci, f in iter_features(collections, "incident")
    ]
    if not features:
        return None
    styles = [EVENT_STYLE.get(k, OTHER_EVENT_STYLE) for k in keys]
    config = {"styles": styles, "precision": PRECISION_WORDS, "sources": collection_sources(collections)}
    layer = DataLayer("incident", {"type": "FeatureCollection", "features": features}, name=NAME, config=config)
    layer.add_to(m)
    return layer
