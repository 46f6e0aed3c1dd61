"""From geomap GeoJSON to the compact, escaped feature properties the map embeds."""
from __future__ import annotations

import math
import re
from typing import Any, Iterable, Iterator

from geomap.render.escape import escape_text, highlight_mention, highlight_words
from geomap.render.fused import fused_props, is_fused
from geomap.render.style import EVENT_STYLE, displaced_color, place_role, radius_for

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


def _same_text(a: Any, b: Any) -> bool:
    return " ".join(str(a or "").split()) == " ".join(str(b or "").split())


def actors_html(props: dict) -> str:
    """'actor1 (with assoc.) vs. actor2 (with assoc.)', escaped; '' when there are none."""
    sides = []
    for main, assoc in (("actor1", "assoc_actor_1"), ("actor2", "assoc_actor_2")):
        a = props.get(main)
        if not a:
            continue
        text = escape_text(a)
        if props.get(assoc):
            text += f' <span class="gm-words">(with {escape_text(props.get(assoc))})</span>'
        sides.append(text)
    return " vs. ".join(sides)


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
    _put(out, "ad", escape_text(props.get("admin1")))
    prec = _number(props.get("geo_precision"))
    _put(out, "p", int(prec) if prec is not None else None)
    sentence = props.get("source_sentence")
    if props.get("mention_start") is not None:
        _put(out, "q", highlight_mention(sentence, props.get("mention_start"), props.get("mention_end")))
    else:
        _put(out, "q", highlight_words(sentence, props.get("location")))
    _put(out, "a", actors_html(props))
    if not _same_text(props.get("notes"), sentence):  # ACLED notes are the quoted text already
        _put(out, "n", escape_text(props.get("notes")))
    _put(out, "src", escape_text(props.get("source")))
    _put(out, "id", escape_text(props.get("event_id_cnty")))
    if is_fused(props):  # every source is listed with its sentence instead of one quote
        out.pop("q", None)
        out.pop("src", None)
        out.pop("id", None)
        out.update(fused_props(props))
    if ci:
        out["c"] = ci
    return out


class SentenceIndex:
    """The article sentences a collection's features quote (``source_sentence`` at
    ``sentence_start``), to find the sentence of a place mention from its offsets.

    The collection need not carry the article text: only sentences already in its
    properties are used, and a mention is quoted only when its offsets fall inside one of
    them and the text there is the mention.
    """

    def __init__(self, fc: dict):
        import bisect

        self._bisect = bisect
        found: dict[int, str] = {}
        for feat in fc.get("features") or []:
            p = feat.get("properties") or {}
            s, start = p.get("source_sentence"), p.get("sentence_start")
            if isinstance(s, str) and s and isinstance(start, int) and not isinstance(start, bool) and start >= 0:
                if len(s) > len(found.get(start, "")):
                    found[start] = s
        self.starts = sorted(found)
        self.sentences = [found[k] for k in self.starts]

    def quote(self, start: Any, end: Any, mention: Any = None) -> str:
        """The escaped sentence with ``[start, end)`` marked, or '' when not available."""
        if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool) or end <= start:
            return ""
        i = self._bisect.bisect_right(self.starts, start) - 1
        if i < 0:
            return ""
        s0, sentence = self.starts[i], self.sentences[i]
        a, b = start - s0, end - s0
        if b > len(sentence):
            return ""
        if mention and sentence[a:b].casefold() != str(mention).casefold():
            return ""
        return highlight_mention(sentence, a, b)


def place_mention(props: dict, ci: int, sentences: SentenceIndex | None = None) -> dict:
    """One mention of a place: the words, their role, the quoted sentence when known."""
    out: dict[str, Any] = {}
    _put(out, "m", escape_text(props.get("mention")))
    role = place_role(props.get("role"))
    if role != "place":
        out["r"] = role
    q = ""
    own = props.get("source_sentence")
    if own:
        if props.get("mention_start") is not None:
            q = highlight_mention(own, props.get("mention_start"), props.get("mention_end"))
        else:
            q = highlight_words(own, props.get("mention"))
    elif sentences is not None:
        q = sentences.quote(props.get("start"), props.get("end"), props.get("mention"))
    _put(out, "q", q)
    if ci:
        out["c"] = ci
    return out


def place_props(props: dict, ci: int) -> dict:
    """The place itself (mentions are added by the layer, see :func:`place_mention`)."""
    out: dict[str, Any] = {}
    _put(out, "n", escape_text(props.get("name")))
    _put(out, "t", escape_text(props.get("place_type")))
    _put(out, "a", escape_text(props.get("admin1")))
    _put(out, "i", escape_text(props.get("iso3") or props.get("iso2")))
    cf = _number(props.get("confidence"))
    _put(out, "cf", cf)
    _put(out, "g", escape_text(props.get("gazetteer_id")))
    return out


def displacement_props(props: dict, ci: int) -> dict:
    out: dict[str, Any] = {}
    _put(out, "n", escape_text(props.get("name") or props.get("admin1")))
    _put(out, "a", escape_text(props.get("admin1")))
    _put(out, "i", escape_text(props.get("iso3")))
    unit = props.get("polygon_unit")  # the boundary unit drawn, when coarser than the area named
    if unit and unit not in (props.get("name"), props.get("admin1")):
        _put(out, "u", escape_text(unit))
    n = _number(props.get("displaced"))
    _put(out, "x", n if n is not None else escape_text(props.get("displaced")))
    _put(out, "xt", escape_text(props.get("displaced_text")))
    to = props.get("direction") == "to"
    _put(out, "dir", "to" if to else "from")
    _put(out, "fill", None if to else displaced_color(n))
    _put(out, "q", highlight_words(props.get("source_sentence"), props.get("displaced_text")))
    if ci:
        out["c"] = ci
    return out


def _km(value: Any) -> str | None:
    n = _number(value)
    return None if n is None else f"{n:,.0f} km"


def frontier_label(props: dict, *, short: bool = False) -> str:
    """'652 km on Natural Earth 1:10m · article: 817 km' (escaped); ``short``: '652 km · article: 817 km',
    the label on the line (the data source is in the popup)."""
    data_source = props.get("source") or props.get("length_source") or "Natural Earth 1:10m"
    parts = []
    length = _km(props.get("length_km"))
    if length:
        parts.append(length if short else f"{length} on {data_source}")
    stated = _km(props.get("stated_length_km"))
    if stated:
        parts.append(f"article: {stated}")
    return escape_text(" · ".join(parts)).replace("·", "&#183;")


def sea_frontier_label(props: dict, *, short: bool = False) -> str:
    """'at sea, ~15 km across · article: 40 km' (escaped): a frontier at sea has no land length;
    the full text says the line is only the shortest crossing between the coasts."""
    across = _km(props.get("crossing_km"))
    parts = [("at sea" if short else "at sea: the shortest crossing between the coasts (approximate), no land "
              "length") + (f", ~{across} across" if across else "")]
    stated = _km(props.get("stated_length_km"))
    if stated:
        parts.append(f"article: {stated}")
    return escape_text(" · ".join(parts)).replace("·", "&#183;")


def is_sea_frontier(props: dict) -> bool:
    """Whether a frontier feature is one at sea (drawn dashed, labelled without a land length)."""
    return props.get("frontier_kind") == "maritime"


def frontier_props(props: dict, ci: int) -> dict:
    out: dict[str, Any] = {}
    a, b = props.get("iso3_a"), props.get("iso3_b")
    sea = is_sea_frontier(props)
    _put(out, "t", escape_text(f"{a} – {b} frontier" + (" at sea" if sea else "")) if a and b else "Frontier")
    label = sea_frontier_label if sea else frontier_label
    _put(out, "label", label(props, short=True))
    _put(out, "full", label(props))
    if sea:
        out["k"] = "sea"
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


#: Displacement areas within this many degrees of the frontier line are part of the view.
VIEW_ADJACENT_DEG = 0.25


def _adjacent_to(features: list[dict], lines: list[dict], within: float) -> list[dict]:
    """The features whose geometry comes within ``within`` degrees of the ``lines``."""
    if not features or not lines:
        return []
    from shapely import union_all
    from shapely.geometry import shape

    try:
        frontier = union_all([shape(f["geometry"]) for f in lines])
    except Exception:  # a broken geometry: fall back to the frontier's box
        return []
    out = []
    for f in features:
        try:
            if shape(f["geometry"]).distance(frontier) <= within:
                out.append(f)
        except Exception:
            continue
    return out


def view_bounds(collections: list[dict]) -> tuple[float, float, float, float] | None:
    """Where the map opens (lon/lat bounds).

    With a frontier: the whole frontier, the incidents near it and the displacement areas
    that touch it (never far-away places: a mediator's capital, a government's seat).
    Without one: all incidents; else displacement areas; else places.
    """
    frontier = [f for _, f in iter_features(collections, "frontier")]
    incidents = [f for _, f in iter_features(collections, "incident")]
    displacement = [f for _, f in iter_features(collections, "displacement")]
    fb = geometry_bounds(frontier)
    if fb is not None:
        near = [f for f in incidents if _near_box(f, fb, VIEW_FRONTIER_MARGIN_DEG)]
        boxed = [f for f in displacement if _near_box(f, fb, VIEW_FRONTIER_MARGIN_DEG)]
        adjacent = _adjacent_to(boxed, frontier, VIEW_ADJACENT_DEG)
        return _pad(geometry_bounds(frontier + near + adjacent))
    for feats in (incidents, displacement, [f for _, f in iter_features(collections, "place")]):
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


#: Where the symbols of incidents drawn along the same stretch go (fractions of its length),
#: so several of them on one stretch don't hide each other.
_SPREAD = (0.5, 0.38, 0.62, 0.26, 0.74, 0.14, 0.86)


def line_anchor(geom: dict, rank: int = 0) -> list[float] | None:
    """[lon, lat] on a (Multi)LineString where its incident symbol goes: the middle of its
    longest part for the first incident of a stretch, spread along it for the next ones."""
    from shapely.geometry import shape

    try:
        g = shape(geom)
    except Exception:
        return None
    if g.is_empty:
        return None
    if g.geom_type == "MultiLineString":
        g = max(g.geoms, key=lambda p: p.length)
    elif g.geom_type != "LineString":
        p = g.representative_point()
        return [round(p.x, 5), round(p.y, 5)]
    frac = _SPREAD[rank % len(_SPREAD)]
    p = g.interpolate(frac, normalized=True)
    return [round(p.x, 5), round(p.y, 5)]


#: Where a frontier's length label may go (fractions of its longest part), middle first.
_LABEL_SPOTS = (0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8)


def frontier_label_at(geom: dict, incidents: list[tuple[float, float]]) -> list[float] | None:
    """[lon, lat] on the frontier for its length label: the middle of its longest part, or
    the spot nearest the middle that keeps clearest of the incident symbols (the label is
    drawn above them and would hide them)."""
    from shapely.geometry import Point, shape

    try:
        g = shape(geom)
    except Exception:
        return None
    if g.is_empty or g.geom_type not in ("LineString", "MultiLineString"):
        return line_anchor(geom)
    part = max(g.geoms, key=lambda p: p.length) if g.geom_type == "MultiLineString" else g
    spots = [part.interpolate(f, normalized=True) for f in _LABEL_SPOTS]
    pts = [Point(x, y) for x, y in incidents]
    if pts:
        clear = [min(s.distance(p) for p in pts) for s in spots]
        best = max(clear)
        spot = next(s for s, c in zip(spots, clear) if c >= 0.8 * best)
    else:
        spot = spots[0]
    return [round(spot.x, 5), round(spot.y, 5)]


def incident_points(collections: list[dict]) -> list[tuple[float, float]]:
    """Where the point incidents are (lon, lat)."""
    return [tuple(f["geometry"]["coordinates"][:2]) for _, f in iter_features(collections, "incident")
            if f["geometry"].get("type") == "Point"]

