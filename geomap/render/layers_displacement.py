"""The "Displacement" layer: areas people fled from, shaded by the number displaced, and areas
they went to (``direction`` "to"), drawn in another hue with a dotted outline."""
from __future__ import annotations

from geomap.render.data import collection_sources, compact_geometry, displacement_props, iter_features
from geomap.render.elements import DataLayer
from geomap.render.style import DISPLACED_KNOWN_STYLE, DISPLACED_TO_STYLE, DISPLACED_UNKNOWN_STYLE

NAME = "Displacement"


def _simplify(geom: dict) -> dict:
    """Simplify big polygons (~1 km) so extracted admin-1 shapes stay small."""
    import shapely
    from shapely.geometry import mapping, shape

    g = shape(geom)
    if shapely.get_num_coordinates(g) > 200:
        g = g.simplify(0.01, preserve_topology=True)
    return mapping(g)


def add_displacement_layer(m, collections: list[dict]) -> DataLayer | None:
    features = [
        {"type": "Feature", "geometry": compact_geometry(_simplify(f["geometry"])),
         "properties": displacement_props(f["properties"], ci)}
        for ci, f in iter_features(collections, "displacement")
    ]
    if not features:
        return None
    config = {"known": DISPLACED_KNOWN_STYLE, "unknown": DISPLACED_UNKNOWN_STYLE, "to": DISPLACED_TO_STYLE,
              "sources": collection_sources(collections)}
    layer = DataLayer("displacement", {"type": "FeatureCollection", "features": features}, name=NAME, config=config)
    layer.add_to(m)
    return layer
