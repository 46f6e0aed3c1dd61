"""The "Disputed claims" layer: boundary data's disputed lines near the frontier."""
from __future__ import annotations

import json
import logging

from geomap.render.data import compact_geometry, iter_features
from geomap.render.elements import DataLayer
from geomap.render.escape import escape_text
from geomap.render.style import DISPUTED_STYLE

NAME = "Disputed claims"
log = logging.getLogger(__name__)


def _frontier_geoms(collections: list[dict]):
    from shapely.geometry import shape

    return [shape(f["geometry"]) for _, f in iter_features(collections, "frontier")]


def add_disputed_layer(m, collections: list[dict], boundaries) -> DataLayer | None:
    """Disputed lines within 50 km of the frontier, when the boundary data has them."""
    if boundaries is None or not hasattr(boundaries, "disputed_near"):
        return None
    geoms = _frontier_geoms(collections)
    if not geoms:
        return None
    from types import SimpleNamespace

    from shapely import union_all

    try:
        # disputed_near takes a geomap.boundaries.Frontier; only its .geometry is read.
        near = boundaries.disputed_near(SimpleNamespace(geometry=union_all(geoms)), within_km=50)
    except Exception as exc:  # boundary data is another module's; the map goes on without it
        log.warning("disputed claims skipped: %s", exc)
        return None
    if near is None or len(near) == 0:
        return None
    gj = json.loads(near.to_crs(4326).to_json()) if hasattr(near, "to_json") else near
    features = []
    for f in gj.get("features", []):
        if not f.get("geometry"):
            continue
        p = f.get("properties") or {}
        features.append({"type": "Feature", "geometry": compact_geometry(f["geometry"]),
                         "properties": {"n": escape_text(p.get("name") or p.get("NAME") or "")}})
    if not features:
        return None
    layer = DataLayer("disputed", {"type": "FeatureCollection", "features": features}, name=NAME,
                      config={"style": DISPUTED_STYLE})
    layer.add_to(m)
    return layer
