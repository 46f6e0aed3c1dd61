"""The "Boundaries" layer: countries (simplified) and the admin-1 units of the countries
the map is about, so the map reads without any tiles."""
from __future__ import annotations

import logging

from .data import iter_features, view_bounds
from .elements import DataLayer
from .style import BOUNDARY_COLOR, LAND_COLOR

NAME = "Boundaries"
log = logging.getLogger(__name__)

#: Countries near the map's view keep detail; the rest of the world is coarse.
COUNTRY_TOLERANCE = 0.2
FOCUS_TOLERANCE = 0.01
LARGE_FOCUS_TOLERANCE = 0.03
LARGE_COUNTRY_DEG = 20.0
ADMIN1_TOLERANCE = 0.02
#: Islands smaller than this many squared tolerances are dropped (the largest part stays).
MIN_PART_CELLS = 16
FOCUS_MARGIN_DEG = 5.0
DIGITS = 3


def load_default_boundaries():
    """``geomap.boundaries.load_boundaries()``, or None (logged) when it is unavailable."""
    try:
        from geomap.boundaries import load_boundaries

        return load_boundaries()
    except Exception as exc:  # the map is still useful without the vector base
        log.warning("boundaries unavailable, map drawn without them: %s", exc)
        return None


def map_countries(collections: list[dict]) -> set[str]:
    """ISO3 codes of the countries of the incidents, frontier and displacement areas."""
    codes: set[str] = set()
    for layer in ("incident", "displacement"):
        for _, f in iter_features(collections, layer):
            if f["properties"].get("iso3"):
                codes.add(str(f["properties"]["iso3"]))
    for _, f in iter_features(collections, "frontier"):
        for k in ("iso3_a", "iso3_b"):
            if f["properties"].get(k):
                codes.add(str(f["properties"][k]))
    return codes


def admin1_frame(boundaries):
    """The admin-1 GeoDataFrame: ``.admin1_units`` (geomap.boundaries) or a ``.admin1`` frame."""
    frame = getattr(boundaries, "admin1_units", None)
    if frame is None:
        frame = getattr(boundaries, "admin1", None)
    return frame if hasattr(frame, "geometry") and hasattr(frame, "columns") else None


def _simplify(geom, tolerance: float):
    """Simplify, drop islands smaller than ~4 tolerance cells (keeping the largest part), round."""
    import numpy as np
    import shapely
    from shapely.geometry import MultiPolygon

    if geom is None or geom.is_empty:
        return None
    g = shapely.simplify(geom, tolerance, preserve_topology=True)
    if g.geom_type == "MultiPolygon":
        parts = list(g.geoms)
        biggest = max(parts, key=lambda p: p.area)
        keep = [p for p in parts if p is biggest or p.area >= MIN_PART_CELLS * tolerance * tolerance]
        g = MultiPolygon(keep) if len(keep) > 1 else keep[0]
    digits = DIGITS if tolerance < 0.05 else DIGITS - 1
    g = shapely.transform(g, lambda c: np.round(c, digits))
    return None if g.is_empty else g


def _features(gdf, tolerance, props) -> list[dict]:
    """GeoJSON features of a GeoDataFrame; ``tolerance`` is a number or a per-row callable."""
    from shapely.geometry import mapping

    if gdf.crs is not None and gdf.crs.to_epsg() != 4326:
        gdf = gdf.to_crs(4326)
    out = []
    for (_, row), geom in zip(gdf.iterrows(), gdf.geometry.values):
        tol = tolerance(geom) if callable(tolerance) else tolerance
        g = _simplify(geom, tol)
        if g is not None:
            out.append({"type": "Feature", "geometry": mapping(g), "properties": props(row)})
    return out


def boundaries_features(boundaries, iso3s: set[str], focus=None) -> list[dict]:
    """Country polygons (all; detailed near ``focus`` bounds) then the admin-1 polygons of
    ``iso3s`` that lie near ``focus`` (not all of the United States for a mediator's city)."""
    from shapely.geometry import box

    area = None
    if focus is not None:
        m = FOCUS_MARGIN_DEG
        area = box(focus[0] - m, focus[1] - m, focus[2] + m, focus[3] + m)

    def near_focus(geom) -> bool:
        return area is None or (geom is not None and geom.intersects(area))

    def country_tolerance(geom):
        if area is None or geom is None or not geom.intersects(area):
            return COUNTRY_TOLERANCE
        minx, miny, maxx, maxy = geom.bounds
        large = max(maxx - minx, maxy - miny) > LARGE_COUNTRY_DEG
        return LARGE_FOCUS_TOLERANCE if large else FOCUS_TOLERANCE

    features = _features(boundaries.countries, country_tolerance, lambda row: {})
    admin1 = admin1_frame(boundaries)
    if admin1 is not None and iso3s and "iso3" in admin1.columns:
        sub = admin1[admin1["iso3"].isin(sorted(iso3s))]
        sub = sub[[near_focus(g) for g in sub.geometry.values]]
        features += _features(sub, ADMIN1_TOLERANCE, lambda row: {"a": 1})
    return features


def add_boundaries_layer(m, collections: list[dict], boundaries, *, offline: bool) -> DataLayer | None:
    """Add the vector base layer; offline it is filled (land on a sea-coloured background)."""
    if boundaries is None:
        return None
    features = boundaries_features(boundaries, map_countries(collections), view_bounds(collections))
    if not features:
        return None
    config = {"color": BOUNDARY_COLOR, "land": LAND_COLOR if offline else None}
    layer = DataLayer("boundaries", {"type": "FeatureCollection", "features": features}, name=NAME, config=config)
    layer.add_to(m)
    return layer
