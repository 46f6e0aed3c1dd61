"""Geometry helpers of build_frontier_lines.py: shared edges, side probes, slivers, lengths.

Pure functions of shapely geometries and numpy segment arrays ``(n, 4)`` = x0, y0, x1, y1
in degrees (lon/lat); lengths and areas are geodesic (``pyproj.Geod``).
"""
from __future__ import annotations

import numpy as np
import shapely
from pyproj import Geod

CLIP_PAD_DEG = 0.002      # padding of the box two polygons are clipped to before intersecting
PROBE_DEG = 5e-5          # side probes ~5 m left and right of each segment's midpoint
SLIVER_KM = 1.0           # gaps/overlaps between neighbours thinner than this are slivers
MAX_SIMPLIFY_LOSS = 0.005  # simplified length >= (1 - this) * unsimplified length
KM_PER_DEG = 111.2


def pair_box(a, b, pad: float = CLIP_PAD_DEG) -> tuple[float, float, float, float]:
    ax, bx = shapely.bounds(a), shapely.bounds(b)
    return (max(ax[0], bx[0]) - pad, max(ax[1], bx[1]) - pad,
            min(ax[2], bx[2]) + pad, min(ax[3], bx[3]) + pad)


def segments_of(lines) -> np.ndarray:
    """The segments of the line parts of a geometry as an (n, 4) array x0, y0, x1, y1."""
    out = []
    for part in shapely.get_parts(lines):
        if part.geom_type == "LineString":
            xy = shapely.get_coordinates(part)
            out.append(np.c_[xy[:-1], xy[1:]])
        elif part.geom_type in ("MultiLineString", "GeometryCollection"):
            seg = segments_of(part)
            if len(seg):
                out.append(seg)
    return np.concatenate(out) if out else np.empty((0, 4))


def shared_segments(a, b, box=None) -> tuple[np.ndarray, object, object]:
    """Segments common to the outlines of polygons ``a`` and ``b``, both clipped to ``box``.

    Edges the clipping adds along the box are dropped.
    """
    box = box or pair_box(a, b)
    ca, cb = shapely.clip_by_rect(a, *box), shapely.clip_by_rect(b, *box)
    common = shapely.intersection(shapely.boundary(ca), shapely.boundary(cb))
    seg = segments_of(common)
    if not len(seg):
        return seg, ca, cb
    x0, y0, x1, y1 = box
    on_box = (((seg[:, 0] == seg[:, 2]) & np.isin(seg[:, 0], (x0, x1)))
              | ((seg[:, 1] == seg[:, 3]) & np.isin(seg[:, 1], (y0, y1))))
    keep = (np.hypot(seg[:, 2] - seg[:, 0], seg[:, 3] - seg[:, 1]) > 0) & ~on_box
    return seg[keep], ca, cb


def frontier_mask(seg: np.ndarray, ca, cb) -> np.ndarray:
    """True where one side of a segment is in ``ca`` only and the other in ``cb`` only."""
    dx, dy = seg[:, 2] - seg[:, 0], seg[:, 3] - seg[:, 1]
    norm = np.hypot(dx, dy)
    nx, ny = -dy / norm * PROBE_DEG, dx / norm * PROBE_DEG
    mx, my = (seg[:, 0] + seg[:, 2]) / 2, (seg[:, 1] + seg[:, 3]) / 2
    shapely.prepare(ca)
    shapely.prepare(cb)
    la, lb = shapely.contains_xy(ca, mx + nx, my + ny), shapely.contains_xy(cb, mx + nx, my + ny)
    ra, rb = shapely.contains_xy(ca, mx - nx, my - ny), shapely.contains_xy(cb, mx - nx, my - ny)
    return (la & ~lb & rb & ~ra) | (lb & ~la & ra & ~rb)


def geodesic_km(seg: np.ndarray, geod: Geod) -> np.ndarray:
    """Geodesic length of each segment in km."""
    if not len(seg):
        return np.zeros(0)
    return geod.inv(seg[:, 0], seg[:, 1], seg[:, 2], seg[:, 3])[2] / 1000.0


def merge(seg: np.ndarray):
    """Segments as one merged (Multi)LineString."""
    lines = shapely.linestrings(seg.reshape(-1, 2, 2))
    return shapely.line_merge(shapely.multilinestrings(lines))


def line_km(geom, geod: Geod) -> float:
    return float(geod.geometry_length(geom)) / 1000.0 if geom is not None and not geom.is_empty else 0.0


def simplify(line, length_km: float, geod: Geod) -> tuple[object, float]:
    """The most simplified line whose length stays within ``MAX_SIMPLIFY_LOSS``, and its tolerance."""
    lo, hi = 0.0, 0.05
    best = (line, 0.0)
    for _ in range(24):
        tol = (lo + hi) / 2
        cand = shapely.simplify(line, tol, preserve_topology=False)
        if line_km(cand, geod) >= (1 - MAX_SIMPLIFY_LOSS) * length_km:
            best, lo = (cand, tol), tol
        else:
            hi = tol
    return best


def polygons_of(geom) -> list:
    """The polygons in any geometry (collections flattened)."""
    if geom is None or geom.is_empty:
        return []
    if geom.geom_type == "Polygon":
        return [geom]
    if geom.geom_type in ("MultiPolygon", "GeometryCollection"):
        return [p for part in shapely.get_parts(geom) for p in polygons_of(part)]
    return []


def geodesic_area_km2(geom, geod: Geod) -> float:
    return sum(abs(geod.geometry_area_perimeter(p)[0]) for p in polygons_of(geom)) / 1e6


def mean_width_km(poly, geod: Geod) -> float:
    """2 * area / perimeter: the width of a long thin polygon."""
    area, perimeter = geod.geometry_area_perimeter(poly)
    return 2 * abs(area) / 1e6 / max(perimeter / 1000, 1e-9)


def overlaps(ca, cb, geod: Geod) -> tuple[list, float]:
    """Thin overlaps of two polygons (slivers) and the area of the wide ones (claims) in km2."""
    try:
        both = shapely.intersection(ca, cb)
    except shapely.errors.GEOSException:
        both = shapely.intersection(shapely.make_valid(ca), shapely.make_valid(cb))
    thin, wide = [], 0.0
    for part in polygons_of(both):
        if mean_width_km(part, geod) < SLIVER_KM:
            thin.append(part)
        else:
            wide += geodesic_area_km2(part, geod)
    return thin, wide


def sliver_segments(ca, cb, regions: list) -> np.ndarray:
    """A's outline along thin regions (gaps or overlaps) that lie between A and B."""
    if not regions:
        return np.empty((0, 4))
    seg = segments_of(shapely.boundary(ca))
    mx, my = (seg[:, 0] + seg[:, 2]) / 2, (seg[:, 1] + seg[:, 3]) / 2
    on_region = np.zeros(len(seg), bool)
    for region in regions:
        x0, y0, x1, y1 = region.bounds
        near = np.flatnonzero(~on_region & (mx >= x0) & (mx <= x1) & (my >= y0) & (my <= y1))
        if len(near):
            # A's own vertices outline the region, so its segments lie on the region's edge
            # (the overlay only adds nodes where the two outlines cross).
            on_region[near] = shapely.dwithin(shapely.boundary(region), shapely.points(mx[near], my[near]), 1e-6)
    seg = seg[on_region]
    edge_b = shapely.boundary(cb)
    shapely.prepare(edge_b)
    dist = shapely.distance(edge_b, shapely.points((seg[:, 0] + seg[:, 2]) / 2, (seg[:, 1] + seg[:, 3]) / 2))
    return seg[(dist > 1e-6) & (dist < 2 * SLIVER_KM / KM_PER_DEG)]


def clip_boxes(a, b) -> list[tuple[float, float, float, float]]:
    """Disjoint boxes covering every place where a part of ``a`` meets a part of ``b``.

    Working box by box keeps clipping cheap: Russia and the United States both span
    -180..180 as wholes, but only their Bering Sea parts come near each other.
    """
    pa, pb = polygons_of(a), polygons_of(b)
    left, right = shapely.STRtree(pb).query(
        [shapely.box(*np.add(p.bounds, (-CLIP_PAD_DEG, -CLIP_PAD_DEG, CLIP_PAD_DEG, CLIP_PAD_DEG)))
         for p in pa])
    boxes = [pair_box(pa[k], pb[m]) for k, m in zip(left, right)]
    boxes = [bx for bx in boxes if bx[0] < bx[2] and bx[1] < bx[3]]
    merged = True
    while merged:
        merged, out = False, []
        for bx in boxes:
            for n, other in enumerate(out):
                if bx[0] <= other[2] and other[0] <= bx[2] and bx[1] <= other[3] and other[1] <= bx[3]:
                    out[n] = (min(bx[0], other[0]), min(bx[1], other[1]),
                              max(bx[2], other[2]), max(bx[3], other[3]))
                    merged = True
                    break
            else:
                out.append(bx)
        boxes = out
    return boxes
