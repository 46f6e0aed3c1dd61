"""Incidents at a place the gazetteer lacks go where that place's own point goes.

"... rioted at the Kasesya border post, in Kalambo district": Kasesya is not listed, so its
incident (and one told in the next sentences, placed by it) is first put at Kalambo's point, the unit the text puts it in. Once the place itself is
known to stand on the frontier (a border post, a crossing, "a border village": ``placement.
stretch_points_of_unlisted``), its place feature is moved onto that stretch of the frontier; the
incident told at it must not stay behind at the middle of the district, so it moves too.
"""

from __future__ import annotations

__all__ = ["follow_moved_places"]


def follow_moved_places(places, features: list[dict], moved: dict[int, tuple[float, float]]) -> None:
    """Move, in place, each incident placed at an unlisted place of ``moved`` (``id(place)`` ->
    (lon, lat)) from the unit's point it was given to the place's new point."""
    if not moved:
        return
    to = {}
    for p in places:
        if id(p) in moved:
            e = p.entry
            to[(e.name, round(e.lon, 5), round(e.lat, 5))] = moved[id(p)]
    for f in features:
        props, geom = f["properties"], f.get("geometry") or {}
        if props.get("layer") != "incident" or geom.get("type") != "Point":
            continue
        lon, lat = geom["coordinates"][:2]
        pt = to.get((props.get("location"), round(lon, 5), round(lat, 5)))
        if pt is not None:
            f["geometry"] = {"type": "Point", "coordinates": [round(pt[0], 5), round(pt[1], 5)]}
