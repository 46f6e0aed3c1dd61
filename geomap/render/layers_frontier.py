"""The "Frontier" layer: the shared border the article is about, labelled with its length on the line
(a frontier at sea dashed, labelled "at sea")."""
from __future__ import annotations

from geomap.render.data import compact_geometry, frontier_label_at, frontier_props, incident_points, iter_features
from geomap.render.elements import DataLayer
from geomap.render.style import FRONTIER_STYLE, SEA_FRONTIER_STYLE

NAME = "Frontier"


def add_frontier_layer(m, collections: list[dict]) -> DataLayer | None:
    features = []
    points = incident_points(collections)
    for ci, f in iter_features(collections, "frontier"):
        geom = compact_geometry(f["geometry"])
        props = frontier_props(f["properties"], ci)
        at = frontier_label_at(geom, points)  # on the line, clear of the incidents
        if at is not None:
            props["at"] = at
        features.append({"type": "Feature", "geometry": geom, "properties": props})
    if not features:
        return None
    layer = DataLayer("frontier", {"type": "FeatureCollection", "features": features}, name=NAME,
                      config={"style": FRONTIER_STYLE, "sea": SEA_FRONTIER_STYLE})
    layer.add_to(m)
    return layer
