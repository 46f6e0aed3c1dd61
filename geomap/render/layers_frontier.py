"""The "Frontier" layer: the shared border the article is about, labelled with its length."""
from __future__ import annotations

from geomap.render.data import compact_geometry, frontier_props, iter_features
from geomap.render.elements import DataLayer
from geomap.render.style import FRONTIER_STYLE

NAME = "Frontier"


def add_frontier_layer(m, collections: list[dict]) -> DataLayer | None:
    features = [
        {"type": "Feature", "geometry": compact_geometry(f["geometry"]),
         "properties": frontier_props(f["properties"], ci)}
        for ci, f in iter_features(collections, "frontier")
    ]
    if not features:
        return None
    layer = DataLayer("frontier", {"type": "FeatureCollection", "features": features}, name=NAME,
                      config={"style": FRONTIER_STYLE})
    layer.add_to(m)
    return layer
