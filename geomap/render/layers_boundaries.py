"""The "Boundaries" layer: countries (simplified) and the admin-1 units of the countries
the map is about, so the map reads without any tiles."""
from __future__ import annotations

import logging

from geomap.render.data import iter_features, view_bounds
from geomap.render.elements import DataLayer
from geomap.render.style import BOUNDARY_ADMIN1_STYLE, BOUNDARY_COUNTRY_STYLE, LAND_COLOR
from geomap.render.escape import escape_text

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


#: Country labels: countries covering at least this share of the view's box are named.
LABEL_MIN_SHARE = 0.04
LABEL_MARGIN_DEG = 0.5
#: Admin-1 names are shown from this zoom on (country names at every zoom).
ADMIN1_LABEL_ZOOM = 7


def _label_point(geom, tolerance: float):
    """[lat, lon] of the point of ``geom``'s largest part farthest from its edges."""
    from shapely.ops import polylabel

    if geom is None or geom.is_empty:
        return None
    if geom.geom_type == "MultiPolygon":
        geom = max(geom.geoms, key=lambda p: p.area)
    if geom.geom_type != "Polygon":
        return None
    try:
        p = polylabel(geom, tolerance)
    except Exception:
        p = geom.representative_point()
    return [round(p.y, 3), round(p.x, 3)]


def _frontier_names(collections: list[dict]) -> dict[str, str]:
    names = {}
    for _, f in iter_features(collections, "frontier"):
        p = f["properties"]
        for k in ("a", "b"):
            if p.get(f"iso3_{k}"):
                names.setdefault(str(p[f"iso3_{k}"]), p.get(f"name_{k}") or "")
    return names


def country_labels(boundaries, collections: list[dict], focus) -> list[dict]:
    """Names of the frontier's countries (first, in bold) and of the other countries that fill a
    good part of the view, each at the point of its part of the view farthest from any edge."""
    from shapely.geometry import box

    if focus is None or boundaries is None or "iso3" not in boundaries.countries.columns:
        return []
    m = LABEL_MARGIN_DEG
    area = box(focus[0] - m, focus[1] - m, focus[2] + m, focus[3] + m)
    frontier = _frontier_names(collections)
    ours = map_countries(collections)
    frame = boundaries.countries
    if frame.crs is not None and frame.crs.to_epsg() != 4326:
        frame = frame.to_crs(4326)
    found = []
    for iso3, name, geom in zip(frame["iso3"], frame["name"] if "name" in frame.columns else frame["iso3"],
                                frame.geometry.values):
        if geom is None or not geom.intersects(area):
            continue
        part = geom.intersection(area)
        share = part.area / area.area
        if iso3 not in frontier and share < LABEL_MIN_SHARE:
            continue
        at = _label_point(part, max(area.bounds[2] - area.bounds[0], area.bounds[3] - area.bounds[1]) / 200)
        if at is None:
            continue
        rank = 0 if iso3 in frontier else (1 if iso3 in ours else 2)
        found.append((rank, -share, str(iso3), {"n": escape_text(frontier.get(iso3) or name or iso3), "at": at,
                                                "k": "c", **({"f": 1} if rank == 0 else {})}))
    return [lab for *_, lab in sorted(found, key=lambda t: t[:3])]


def admin1_labels(sub, collections: list[dict]) -> list[dict]:
    """Names of the admin-1 units drawn: the displacement areas first, then by size."""
    if sub is None or len(sub) == 0 or "name" not in sub.columns:
        return []
    if sub.crs is not None and sub.crs.to_epsg() != 4326:
        sub = sub.to_crs(4326)
    fled = {str(f["properties"].get("admin1") or f["properties"].get("name") or "").casefold()
            for _, f in iter_features(collections, "displacement")}
    found = []
    for name, geom in zip(sub["name"], sub.geometry.values):
        if not name or geom is None or geom.is_empty:
            continue
        at = _label_point(geom, 0.01)
        if at is None:
            continue
        found.append((0 if str(name).casefold() in fled else 1, -round(geom.area, 6), str(name),
                      {"n": escape_text(name), "at": at, "k": "a"}))
    return [lab for *_, lab in sorted(found, key=lambda t: t[:3])]


def _admin1_near(boundaries, iso3s: set[str], area):
    admin1 = admin1_frame(boundaries)
    if admin1 is None or not iso3s or "iso3" not in admin1.columns:
        return None
    sub = admin1[admin1["iso3"].isin(sorted(iso3s))]
    if area is not None:
        sub = sub[[g is not None and g.intersects(area) for g in sub.geometry.values]]
    return sub


def _focus_area(focus):
    from shapely.geometry import box

    if focus is None:
        return None
    m = FOCUS_MARGIN_DEG
    return box(focus[0] - m, focus[1] - m, focus[2] + m, focus[3] + m)


def boundaries_features(boundaries, iso3s: set[str], focus=None) -> list[dict]:
    """Country polygons (all; detailed near ``focus`` bounds) then the admin-1 polygons of
    ``iso3s`` that lie near ``focus`` (not all of the United States for a mediator's city)."""
    area = _focus_area(focus)

    def country_tolerance(geom):
        if area is None or geom is None or not geom.intersects(area):
            return COUNTRY_TOLERANCE
        minx, miny, maxx, maxy = geom.bounds
        large = max(maxx - minx, maxy - miny) > LARGE_COUNTRY_DEG
        return LARGE_FOCUS_TOLERANCE if large else FOCUS_TOLERANCE

    features = _features(boundaries.countries, country_tolerance, lambda row: {})
    sub = _admin1_near(boundaries, iso3s, area)
    if sub is not None:
        features += _features(sub, ADMIN1_TOLERANCE, lambda row: {"a": 1})
    return features


def add_boundaries_layer(m, collections: list[dict], boundaries, *, offline: bool) -> DataLayer | None:
    """Add the vector base layer with country and admin-1 names; offline it is filled
    (land on a sea-coloured background)."""
    if boundaries is None:
        return None
    focus = view_bounds(collections)
    iso3s = map_countries(collections)
    features = boundaries_features(boundaries, iso3s, focus)
    if not features:
        return None
    labels = country_labels(boundaries, collections, focus)
    labels += admin1_labels(_admin1_near(boundaries, iso3s, _focus_area(focus)), collections)
    config = {"country": BOUNDARY_COUNTRY_STYLE, "admin1": BOUNDARY_ADMIN1_STYLE,
              "land": LAND_COLOR if offline else None, "admin1Zoom": ADMIN1_LABEL_ZOOM}
    data = {"type": "FeatureCollection", "features": features, "labels": labels}
    layer = DataLayer("boundaries", data, name=NAME, config=config)
    layer.add_to(m)
    return layer
