"""The "Places mentioned" layer: quiet small markers, one per place, listing its mentions.

A capital named as its government (``role`` "government") and a dateline ("dateline")
get hollow markers, and a name the gazetteer lacks (``in_gazetteer`` false) a dashed orange
ring at the unit the text puts it in; each mention is quoted in its sentence when the collection's
features carry that sentence (see :class:`geomap.render.data.SentenceIndex`).
"""
from __future__ import annotations

from geomap.render.data import SentenceIndex, collection_sources, compact_geometry, iter_features, place_mention, place_props
from geomap.render.elements import DataLayer
from geomap.render.style import PLACE_ROLE_WORDS, PLACE_STYLES, place_role

NAME = "Places mentioned"
#: Mentions listed in one popup (the rest are counted).
MAX_MENTIONS = 6


def marker_role(roles: set[str]) -> str:
    """A name the gazetteer lacks is drawn as such; else a place mentioned as a place at least
    once is a place; else government, else dateline."""
    for r in ("unlisted", "place", "government", "dateline"):
        if r in roles:
            return r
    return "place"


def _role(props: dict) -> str:
    return "unlisted" if props.get("in_gazetteer") is False else place_role(props.get("role"))


def place_roles(collections: list[dict]) -> set[str]:
    """Marker roles drawn (for the legend)."""
    groups: dict = {}
    for _, f in iter_features(collections, "place"):
        key = (f["properties"].get("name"), repr(f["geometry"].get("coordinates")))
        groups.setdefault(key, set()).add(_role(f["properties"]))
    return {marker_role(r) for r in groups.values()}


def add_places_layer(m, collections: list[dict]) -> DataLayer | None:
    """Add one marker per place (same name and position), its mentions in order; None if none."""
    index: dict = {}
    features = []
    sentences = [None] * len(collections)
    for ci, f in iter_features(collections, "place"):
        geom = compact_geometry(f["geometry"])
        props = place_props(f["properties"], ci)
        key = (props.get("n"), repr(geom.get("coordinates")))
        if sentences[ci] is None:
            sentences[ci] = SentenceIndex(collections[ci])
        mention = place_mention(f["properties"], ci, sentences[ci])
        if key not in index:
            index[key] = len(features)
            features.append({"type": "Feature", "geometry": geom, "properties": {**props, "ms": [], "roles": set()}})
        p = features[index[key]]["properties"]
        p["roles"].add("unlisted" if f["properties"].get("in_gazetteer") is False else mention.get("r", "place"))
        if len(p["ms"]) < MAX_MENTIONS and mention not in p["ms"]:
            p["ms"].append(mention)
        elif mention not in p["ms"]:
            p["more"] = p.get("more", 0) + 1
    if not features:
        return None
    for f in features:
        p = f["properties"]
        roles = p.pop("roles")
        p["r"] = marker_role(roles)
        other = [r for r in ("unlisted", "government", "dateline") if r in roles]
        if other:
            p["rw"] = [PLACE_ROLE_WORDS[r] for r in other]
    config = {"styles": PLACE_STYLES, "roles": PLACE_ROLE_WORDS, "sources": collection_sources(collections)}
    layer = DataLayer("place", {"type": "FeatureCollection", "features": features}, name=NAME, config=config)
    layer.add_to(m)
    return layer
