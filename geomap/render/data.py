"""From geomap GeoJSON to the compact, escaped feature properties the map embeds."""
from __future__ import annotations

import math
import re
from typing import Any, Iterable, Iterator

from .escape import escape_text, highlight_mention, highlight_words
from .style import EVENT_STYLE, OTHER_EVENT_STYLE, displaced_color, radius_for

LAYERS = ("place", "incident", "displacement", "frontier")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

PRECISION_WORDS = {
    1: "at the named town or landmark",
    2: "near it, or part of a region",
    3: "a region or a stretch of frontier",
}


def iter_features(collections: Iterable[dict], layer: str) -> Iterator[tuple[int, dict]]:
    """(collection index, feature) for every feature of ``layer`` that has a geometry."""
    for ci, fc in enumerate(collections):
        for feat in fc.get("features") or []:
            props = feat.get("properties") or {}
            if props.get("layer") == layer and feat.get("geometry"):
                yield ci, feat


def round_coords(coords: Any, ndigits: int = 5) -> Any:
    """Round nested GeoJSON coordinates."""
    if isinstance(coords, (int, float)):
        return round(float(coords), ndigits)
    return [round_coords(c, ndigits) for c in coords]


def compact_geometry(geom: dict, ndigits: int = 5) -> dict:
    """A GeoJSON geometry with rounded coordinates (collections recurse)."""
    if geom.get("type") == "GeometryCollection":
        return {"type": "GeometryCollection",
                "geometries": [compact_geometry(g, ndigits) for g in geom.get("geometries", [])]}
    return {"type": geom["type"], "coordinates": round_coords(geom["coordinates"], ndigits)}


def _number(value: Any) -> int | float | None:
    """A finite number from a property (int when whole), else None."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    if not math.isfinite(f):
        return None
    return int(f) if f.is_integer() else round(f, 2)


def _put(out: dict, key: str, value: Any) -> None:
    if value not in (None, ""):
        out[key] = value


def valid_date(value: Any) -> str | None:
    """``YYYY-MM-DD`` strings only (the time slider compares them as text)."""
    return value if isinstance(value, str) and _DATE.match(value) else None


def event_style_keys(collections: list[dict]) -> list[str]:
    """Event types used by the incidents, in the palette's order, then 'other' last."""
    present = {(f["properties"].get("event_type") or "") for _, f in iter_features(collections, "incident")}
    return [k for k in EVENT_STYLE if k in present] + ["__other__"]


def incident_props(props: dict, ci: int, style_index: int) -> dict:
    """Compact escaped properties of an incident (keys read by geomap.js)."""
    out: dict[str, Any] = {"k": style_index, "r": round(radius_for(props.get("fatalities")), 1)}
    _put(out, "e", escape_text(props.get("event_type")))
    _put(out, "s", escape_text(props.get("sub_event_type")))
    date = props.get("date")
    _put(out, "d", valid_date(date) or escape_text(date))
    _put(out, "dt", escape_text(props.get("date_text")))
    fat = _number(props.get("fatalities"))
    _put(out, "f", fat if fat is not None else escape_text(props.get("fatalities")))
    _put(out, "ft", escape_text(props.get("fatalities_text")))
    _put(out, "l", escape_text(props.get("location")))
    prec = _number(props.get("geo_precision"))
    _put(out, "p", int(prec) if prec is not None else None)
    sentence = props.get("source_sentence")
    if props.get("mention_start") is not None:
        _put(out, "q", highlight_mention(sentence, props.get("mention_start"), props.get("mention_end")))
    else:
        _put(out, "q", highlight_words(sentence, props.get("location")))
    actors = [a for a in (props.get("actor1"), props.get("actor2")) if a]
    _put(out, "a", " &#8211; ".join(escape_text(a) for a in actors))
    _put(out, "n", escape_text(props.get("notes")))
    _put(out, "src", escape_text(props.get("source")))
    if ci:
        out["c"] = ci
    return out


def place_props(props: dict, ci: int) -> dict:
    out: dict[str, Any] = {}
    _put(out, "n", escape_text(props.get("name")))
    _put(out, "m", escape_text(props.get("mention")))
    _put(out, "t", escape_text(props.get("place_type")))
    _put(out, "a", escape_text(props.get("admin1")))
    _put(out, "i", escape_text(props.get("iso3") or props.get("iso2")))
    cf = _number(props.get("confidence"))
    _put(out, "cf", cf)
    _put(out, "g", escape_text(props.get("gazetteer_id")))
    if ci:
        out["c"] = ci
    return out


def displacement_props(props: dict, ci: int) -> dict:
    out: dict[str, Any] = {}
    _put(out, "n", escape_text(props.get("name") or props.get("admin1")))
    _put(out, "a", escape_text(props.get("admin1")))
    _put(out, "i", escape_text(props.get("iso3")))
    n = _number(props.get("displaced"))
    _put(out, "x", n if n is not None else escape_text(props.get("displaced")))
    _put(out, "xt", escape_text(props.get("displaced_text")))
    _put(out, "fill", displaced_color(n))
    _put(out, "q", highlight_words(props.get("source_sentence"), props.get("displaced_text")))
    if ci:
        out["c"] = ci
    return out


def _km(value: Any) -> str | None:
    n = _number(value)
    return None if n is None else f"{n:,.0f} km"


def frontier_label(props: dict) -> str:
    """'652 km on Natural Earth 1:10m · article: 817 km' (escaped)."""
    data_source = props.get("source") or props.get("length_source") or "Natural Earth 1:10m"
    parts = []
    length = _km(props.get("length_km"))
    if length:
        parts.append(f"{length} on {data_source}")
    stated = _km(props.get("stated_length_km"))
    if stated:
        parts.append(f"article: {stated}")
    return escape_text(" · ".join(parts)).replace("·", "&#183;")


def frontier_props(props: dict, ci: int) -> dict:
    out: dict[str, Any] = {}
    a, b = props.get("iso3_a"), props.get("iso3_b")
    _put(out, "t", escape_text(f"{a} – {b} frontier") if a and b else "Frontier")
    _put(out, "label", frontier_label(props))
    if ci:
        out["c"] = ci
    return out


def collection_sources(collections: list[dict]) -> list[dict]:
    """Escaped title / source / published of each collection (popups show them)."""
    out = []
    for fc in collections:
        src = {}
        _put(src, "title", escape_text(fc.get("title")))
        _put(src, "source", escape_text(fc.get("source")))
        _put(src, "published", escape_text(fc.get("published")))
        out.append(src)
    return out


def incident_dates(collections: list[dict]) -> list[str]:
    """Sorted distinct valid dates of the incidents."""
    return sorted({d for _, f in iter_features(collections, "incident")
                   if (d := valid_date(f["properties"].get("date")))})


def merge_collections(collections: list[dict], *, title: str | None = None) -> dict:
    """One FeatureCollection with every feature (raw, unescaped) for ``--geojson``."""
    features = [f for fc in collections for f in (fc.get("features") or [])]
    merged: dict[str, Any] = {"type": "FeatureCollection"}
    t = title or next((fc.get("title") for fc in collections if fc.get("title")), None)
    if t:
        merged["title"] = t
    sources = [fc.get("source") for fc in collections if fc.get("source")]
    if len(sources) == 1:
        merged["source"] = sources[0]
    elif sources:
        merged["sources"] = sources
    merged["features"] = features
    return merged


#: Smallest extent (degrees) the view is fitted to, so one incident doesn't zoom to a street.
MIN_SPAN_DEG = 0.5


#: With a frontier on the map, incidents farther than this (degrees) from its box are
#: drawn but left out of the initial view (talks in a faraway capital, a mediator's city).
VIEW_FRONTIER_MARGIN_DEG = 3.0


def _near_box(feature: dict, box: tuple[float, float, float, float], margin: float) -> bool:
    b = geometry_bounds([feature])
    if b is None:
        return False
    return not (b[2] < box[0] - margin or b[0] > box[2] + margin or b[3] < box[1] - margin or b[1] > box[3] + margin)


def _pad(b: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    minx, miny, maxx, maxy = b
    if maxx - minx < MIN_SPAN_DEG:
        cx = (minx + maxx) / 2
        minx, maxx = cx - MIN_SPAN_DEG / 2, cx + MIN_SPAN_DEG / 2
    if maxy - miny < MIN_SPAN_DEG:
        cy = (miny + maxy) / 2
        miny, maxy = cy - MIN_SPAN_DEG / 2, cy + MIN_SPAN_DEG / 2
    return minx, miny, maxx, maxy


def view_bounds(collections: list[dict]) -> tuple[float, float, float, float] | None:
    """Where the map opens (lon/lat bounds): the frontier and the incidents near it, or
    all incidents when there is no frontier; else displacement areas; else places."""
    frontier = [f for _, f in iter_features(collections, "frontier")]
    incidents = [f for _, f in iter_features(collections, "incident")]
    fb = geometry_bounds(frontier)
    if fb is not None:
        near = [f for f in incidents if _near_box(f, fb, VIEW_FRONTIER_MARGIN_DEG)]
        return _pad(geometry_bounds(frontier + near))
    for feats in (incidents, [f for _, f in iter_features(collections, "displacement")],
                  [f for _, f in iter_features(collections, "place")]):
        b = geometry_bounds(feats)
        if b is not None:
            return _pad(b)
    return None


def geometry_bounds(features: Iterable[dict]) -> tuple[float, float, float, float] | None:
    """(minx, miny, maxx, maxy) of the features' geometries, None when there are none."""
    minx = miny = math.inf
    maxx = maxy = -math.inf

    def walk(c):
        nonlocal minx, miny, maxx, maxy
        if c and isinstance(c[0], (int, float)):
            x, y = float(c[0]), float(c[1])
            minx, maxx = min(minx, x), max(maxx, x)
            miny, maxy = min(miny, y), max(maxy, y)
        else:
            for cc in c:
                walk(cc)

    def geom(g):
        if g.get("type") == "GeometryCollection":
            for gg in g.get("geometries", []):
                geom(gg)
        else:
            walk(g.get("coordinates") or [])

    for f in features:
        if f.get("geometry"):
            geom(f["geometry"])
    if minx == math.inf:
        return None
    return minx, miny, maxx, maxy
