"""Frontiers at sea told by a feature the two states dispute.

Two states whose coasts lie too far apart for a crossing (``MAX_SEA_FRONTIER_KM``) still meet at
sea over the shoals, reefs and cays they both claim: a story of Chinese coast guard ships at
Second Thomas Shoal is about China's frontier at sea with the Philippines, one of a Colombian
patrol at Serranilla Bank about Colombia's with Jamaica. When the article names such a feature
(``geomap.gazetteer.sea_features``), its two parties are a pair at sea, and the frontier is drawn
from one coast through the feature to the other (approximate; no land length).
"""
from __future__ import annotations

from itertools import combinations

from geomap.gazetteer.sea_features import parties_of

__all__ = ["claimed_pairs", "through_feature"]


def claimed_pairs(places) -> dict[frozenset[str], object]:
    """{pair of ISO3 codes: the first gazetteer entry of a feature at sea they dispute} over the
    article's places."""
    out: dict[frozenset[str], object] = {}
    for p in places:
        e = p.entry
        if e.place_type != "landmark":
            continue
        for a, b in combinations(parties_of(e.name, e.iso2), 2):
            out.setdefault(frozenset((a, b)), e)
    return out


def through_feature(a: str, b: str, borders, feature) -> dict | None:
    """(GeoJSON line, km, data codes) from ``a``'s coast through ``feature`` to ``b``'s coast, or
    None when either state has no outline in the boundary data."""
    import shapely
    from shapely.ops import nearest_points

    from geomap.boundaries.geodesy import geodesic_km
    from geomap.reading.borders import geojson

    x, y = borders.data_code(a), borders.data_code(b)
    if x is None or y is None:
        return None
    ga, gb = borders.boundaries._country_outline(x), borders.boundaries._country_outline(y)
    if ga is None or gb is None or ga.is_empty or gb.is_empty:
        return None
    at = shapely.Point(feature.lon, feature.lat)
    line = shapely.LineString([nearest_points(ga, at)[0], at, nearest_points(gb, at)[0]])
    return {"geometry": geojson(line), "km": round(geodesic_km(line), 1), "codes": (x, y)}
