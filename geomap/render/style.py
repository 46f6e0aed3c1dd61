"""Colours, symbols and sizes shared by the layers, the legend and the static PNG."""
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

FRONTIER_COLOR = "#111111"
DISPUTED_COLOR = "#c2185b"
PLACE_COLOR = "#555555"
BOUNDARY_COLOR = "#8a8a8a"
LAND_COLOR = "#f4f1ea"
SEA_COLOR = "#dde8f0"

#: Displacement classes: (lower bound, colour); unknown numbers are drawn dashed.
DISPLACED_CLASSES: list[tuple[int, str]] = [
    (0, "#fde0c5"),
    (1_000, "#facba6"),
    (10_000, "#f59e72"),
    (100_000, "#e4683f"),
    (1_000_000, "#b7352c"),
]
DISPLACED_UNKNOWN_COLOR = "#b7352c"

#: Fatalities shown by symbol radius (pixels): base radius plus a sqrt scale, capped.
RADIUS_MIN = 5.0
RADIUS_MAX = 22.0


def event_style(event_type: str | None) -> dict[str, str]:
    """Colour and symbol of an event type (grey circle for unknown types)."""
    return EVENT_STYLE.get(event_type or "", OTHER_EVENT_STYLE)


def radius_for(fatalities) -> float:
    """Symbol radius in pixels for a number of fatalities (None -> smallest)."""
    try:
        f = max(float(fatalities), 0.0)
    except (TypeError, ValueError):
        return RADIUS_MIN
    return min(RADIUS_MIN + 2.2 * math.sqrt(f), RADIUS_MAX)


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
