"""The "Places mentioned" layer: quiet small markers for every resolved place mention."""
from __future__ import annotations

from .data import collection_sources, compact_geometry, iter_features, place_props
from .elements import DataLayer
from .style import PLACE_COLOR

NAME = "Places mentioned"


def add_places_layer(m, collections: list[dict]) -> DataLayer | None:
    """Add the place mentions (deduplicated by name and position); None if there are none."""
    seen = set()
    features = []
    for ci, f in iter_features(collections, "place"):
        geom = compact_geometry(f["geometry"])
        props = place_props(f["properties"], ci)
        key = (props.get("n"), props.get("m"), repr(geom["coordinates"]) if "coordinates" in geom else "")
        if key in seen:
            continue
        seen.add(key)
        features.append({"type": "Feature", "geometry": geom, "properties": props})
    if not features:
        return None
    config = {"color": PLACE_COLOR, "sources": collection_sources(collections)}
    layer = DataLayer("place", {"type": "FeatureCollection", "features": features}, name=NAME, config=config)
    layer.add_to(m)
    return layer
