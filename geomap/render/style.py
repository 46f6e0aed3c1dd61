"""Colours, symbols and line styles shared by the layers, the legend and the static PNG.

This module is the single source of every symbol's look: the layers pass these dicts to
geomap.js as Leaflet path options, and the legend draws its swatches from the same dicts,
so the map and its legend cannot drift apart (tests compare them in the browser).
"""
from __future__ import annotations

import math

#: ACLED event type -> (colour, symbol). Symbols are drawn on the canvas by geomap.js.
EVENT_STYLE: dict[str, dict[str, str]] = {
    "Battles": {"color": "#d62728", "shape": "circle"},
    "Explosions/Remote violence": {"color": "#ff7f0e", "shape": "diamond"},
    "Violence against civilians": {"color": "#9467bd", "shape": "triangle"},
    "Protests": {"color": "#1f77b4", "shape": "square"},
    "Riots": {"color": "#8c564b", "shape": "triangle-down"},
    "Strategic developments": {"color": "#2ca02c", "shape": "ring"},
}
#: Any other or missing event type.
OTHER_EVENT_STYLE = {"color": "#7f7f7f", "shape": "circle"}
OTHER_EVENT_LABEL = "Other / unknown"
#: Outline of the filled incident symbols.
SYMBOL_STROKE = "#222222"
#: Incidents placed only "along the border": one symbol on the frontier (not the whole line
#: painted, which reads as fighting along all of it), outlined with dashes so it is not read
#: as a precise place; the popup states the extent.
INCIDENT_ALONG = {"weight": 2, "dashArray": "3 2"}

FRONTIER_COLOR = "#111111"
DISPUTED_COLOR = "#c2185b"
PLACE_COLOR = "#555555"
GOVERNMENT_COLOR = "#2f4b7c"
UNLISTED_COLOR = "#d95f02"
BOUNDARY_COLOR = "#8a8a8a"
LAND_COLOR = "#f4f1ea"
SEA_COLOR = "#dde8f0"

FRONTIER_STYLE = {"color": FRONTIER_COLOR, "weight": 4, "opacity": 0.9}
#: A frontier at sea (two coasts facing each other): the frontier's colour, dashed, thinner,
#: since the line is only the shortest crossing between the coasts, not a drawn boundary.
SEA_FRONTIER_STYLE = {"color": FRONTIER_COLOR, "weight": 3, "opacity": 0.9, "dashArray": "2 7"}
DISPUTED_STYLE = {"color": DISPUTED_COLOR, "weight": 3, "opacity": 0.9, "dashArray": "8 5"}
BOUNDARY_COUNTRY_STYLE = {"color": BOUNDARY_COLOR, "weight": 1, "opacity": 0.9}
BOUNDARY_ADMIN1_STYLE = {"color": BOUNDARY_COLOR, "weight": 0.6, "opacity": 0.7, "dashArray": "3 3"}

#: Places mentioned, by the ``role`` of the mention: quiet dots for places, hollow
#: markers for a capital named as its government and for a dateline.
PLACE_STYLES: dict[str, dict] = {
    "place": {"radius": 3, "color": PLACE_COLOR, "weight": 1, "opacity": 0.9, "fill": True,
              "fillColor": PLACE_COLOR, "fillOpacity": 0.75},
    "government": {"radius": 5, "color": GOVERNMENT_COLOR, "weight": 2, "opacity": 0.9, "fill": False},
    "dateline": {"radius": 5, "color": PLACE_COLOR, "weight": 1.5, "opacity": 0.9, "fill": False, "dashArray": "2 2"},
    # a name the gazetteer lacks (``in_gazetteer`` false), drawn at the unit the text gives:
    # a hollow dashed orange ring, so it is never taken for a geocoded point
    "unlisted": {"radius": 6, "color": UNLISTED_COLOR, "weight": 2, "opacity": 0.95, "fill": True,
                 "fillColor": "#ffffff", "fillOpacity": 0.6, "dashArray": "3 2"},
}
PLACE_ROLE_LABELS = {
    "place": "place named in the text",
    "government": "capital named as the government",
    "dateline": "dateline (where the report was filed)",
    "unlisted": "place not in the gazetteer (drawn at the area the text puts it in)",
}
#: Words the tooltips and popups use for a mention's role.
PLACE_ROLE_WORDS = {"government": "named as the government", "dateline": "dateline",
                    "unlisted": "not in the gazetteer: drawn at the area the text puts it in"}

#: Displacement classes: (lower bound, colour); unknown numbers are drawn dashed.
DISPLACED_CLASSES: list[tuple[int, str]] = [
    (0, "#fde0c5"),
    (1_000, "#facba6"),
    (10_000, "#f59e72"),
    (100_000, "#e4683f"),
    (1_000_000, "#b7352c"),
]
DISPLACED_UNKNOWN_COLOR = "#b7352c"
DISPLACED_EDGE_COLOR = "#7a2a1a"
#: Light enough that the incident symbols drawn above them stay the first thing one sees.
DISPLACED_KNOWN_STYLE = {"color": DISPLACED_EDGE_COLOR, "weight": 1, "opacity": 0.7, "fillOpacity": 0.35}
DISPLACED_UNKNOWN_STYLE = {"color": DISPLACED_UNKNOWN_COLOR, "weight": 2, "opacity": 0.9, "dashArray": "6 4",
                           "fillColor": DISPLACED_UNKNOWN_COLOR, "fillOpacity": 0.07}
#: Areas people went to (``direction`` "to": camps, shelters, the other side of the border):
#: another hue (blue, not the reds of areas people fled) and a dotted outline, whatever the number.
DISPLACED_TO_COLOR = "#2166ac"
DISPLACED_TO_STYLE = {"color": DISPLACED_TO_COLOR, "weight": 2.5, "opacity": 0.95, "dashArray": "2 5",
                      "fillColor": "#67a9cf", "fillOpacity": 0.22}

#: Fatalities shown by symbol radius (pixels): base radius plus a sqrt scale, capped.
RADIUS_MIN = 6.0
RADIUS_MAX = 22.0


def event_style(event_type: str | None) -> dict[str, str]:
    """Colour and symbol of an event type (grey circle for unknown types)."""
    return EVENT_STYLE.get(event_type or "", OTHER_EVENT_STYLE)


def place_role(role) -> str:
    """'place', 'government' or 'dateline' (anything else is a place)."""
    return role if role in PLACE_STYLES else "place"


def radius_for(fatalities) -> float:
    """Symbol radius in pixels for a number of fatalities (None -> smallest)."""
    try:
        f = max(float(fatalities), 0.0)
    except (TypeError, ValueError):
        return RADIUS_MIN
    if not math.isfinite(f):
        return RADIUS_MIN
    return min(RADIUS_MIN + 2.2 * math.sqrt(f), RADIUS_MAX)


def radius_for_reports(report_count) -> float:
    """Symbol radius in pixels of a fused event told by ``report_count`` documents."""
    try:
        n = max(float(report_count), 1.0)
    except (TypeError, ValueError):
        return RADIUS_MIN
    if not math.isfinite(n):
        return RADIUS_MIN
    return min(RADIUS_MIN + 3.5 * (math.sqrt(n) - 1.0), RADIUS_MAX)


def displaced_color(displaced) -> str | None:
    """Fill colour for a number of displaced people, None when unknown."""
    if displaced is None:
        return None
    try:
        n = float(displaced)
    except (TypeError, ValueError):
        return None
    colour = DISPLACED_CLASSES[0][1]
    for lower, c in DISPLACED_CLASSES:
        if n >= lower:
            colour = c
    return colour
