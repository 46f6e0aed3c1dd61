"""The legend: one group per layer, each entry shown only while its layer is on."""
from __future__ import annotations

from .elements import JsCall
from .escape import escape_text
from .style import (BOUNDARY_COLOR, DISPLACED_CLASSES, DISPLACED_UNKNOWN_COLOR, DISPUTED_COLOR, EVENT_STYLE,
                    FRONTIER_COLOR, OTHER_EVENT_LABEL, OTHER_EVENT_STYLE, PLACE_COLOR, radius_for)


def symbol_svg(shape: str, color: str, r: float = 6.0) -> str:
    """Inline SVG of an incident symbol, matching what geomap.js draws on the canvas."""
    size = int(2 * r * 1.4 + 4)
    c = size / 2
    if shape == "ring":
        body = f'<circle cx="{c}" cy="{c}" r="{r}" fill="none" stroke="{color}" stroke-width="3"/>'
    elif shape == "diamond":
        k = r * 1.3
        body = f'<polygon points="{c},{c-k} {c+k},{c} {c},{c+k} {c-k},{c}" fill="{color}" stroke="#222"/>'
    elif shape == "square":
        k = r * 0.9
        body = f'<rect x="{c-k}" y="{c-k}" width="{2*k}" height="{2*k}" fill="{color}" stroke="#222"/>'
    elif shape == "triangle":
        body = (f'<polygon points="{c},{c-r*1.3} {c+r*1.15},{c+r*0.75} {c-r*1.15},{c+r*0.75}" '
                f'fill="{color}" stroke="#222"/>')
    elif shape == "triangle-down":
        body = (f'<polygon points="{c},{c+r*1.3} {c+r*1.15},{c-r*0.75} {c-r*1.15},{c-r*0.75}" '
                f'fill="{color}" stroke="#222"/>')
    else:
        body = f'<circle cx="{c}" cy="{c}" r="{r}" fill="{color}" stroke="#222"/>'
    return f'<svg width="{size}" height="{size}" aria-hidden="true">{body}</svg>'


def _line_svg(color: str, dash: str | None = None, width: float = 3) -> str:
    d = f' stroke-dasharray="{dash}"' if dash else ""
    return (f'<svg width="28" height="10" aria-hidden="true"><line x1="1" y1="5" x2="27" y2="5" '
            f'stroke="{color}" stroke-width="{width}"{d}/></svg>')


def _box_svg(fill: str, stroke: str, dash: str | None = None, opacity: float = 0.6) -> str:
    d = f' stroke-dasharray="{dash}"' if dash else ""
    return (f'<svg width="18" height="14" aria-hidden="true"><rect x="1" y="1" width="16" height="12" fill="{fill}" '
            f'fill-opacity="{opacity}" stroke="{stroke}" stroke-width="1.5"{d}/></svg>')


def _item(svg: str, text: str) -> str:
    return f'<div class="gm-legend-item">{svg}<span>{escape_text(text)}</span></div>'


def _group(layer: str, title: str, items: list[str]) -> str:
    return (f'<div class="gm-legend-group" data-layer="{escape_text(layer)}">'
            f'<div class="gm-legend-title">{escape_text(title)}</div>{"".join(items)}</div>')


def legend_html(*, event_types: list[str], layers: set[str], displaced_values: list) -> str:
    """Legend markup for the layers present (all text is ours, escaped anyway)."""
    groups = []
    if "Incidents" in layers:
        items = []
        for et in event_types:
            st = EVENT_STYLE.get(et, OTHER_EVENT_STYLE)
            items.append(_item(symbol_svg(st["shape"], st["color"]), et if et in EVENT_STYLE else OTHER_EVENT_LABEL))
        sizes = "".join(symbol_svg("circle", "#bbbbbb", radius_for(n) * 0.8) for n in (0, 10, 50))
        items.append(_item(sizes, "size: fatalities (none / 10 / 50+)"))
        groups.append(_group("Incidents", "Incidents (ACLED event type)", items))
    if "Frontier" in layers:
        groups.append(_group("Frontier", "Frontier", [_item(_line_svg(FRONTIER_COLOR, width=4),
                                                            "border in the article (km in data · in text)")]))
    if "Disputed claims" in layers:
        groups.append(_group("Disputed claims", "Disputed claims", [_item(_line_svg(DISPUTED_COLOR, "6 3"),
                                                                          "disputed line in boundary data")]))
    if "Displacement" in layers:
        items = []
        known = [v for v in displaced_values if v is not None]
        for i, (lower, colour) in enumerate(DISPLACED_CLASSES):
            upper = DISPLACED_CLASSES[i + 1][0] if i + 1 < len(DISPLACED_CLASSES) else None
            if known and not any(v >= lower and (upper is None or v < upper) for v in known):
                continue
            label = f"{lower:,}+ displaced" if upper is None else f"{lower:,}–{upper - 1:,} displaced"
            items.append(_item(_box_svg(colour, "#7a2a1a"), label))
        if any(v is None for v in displaced_values):
            items.append(_item(_box_svg(DISPLACED_UNKNOWN_COLOR, DISPLACED_UNKNOWN_COLOR, "4 2", 0.07),
                               "people fled, number not given"))
        groups.append(_group("Displacement", "Displacement (areas people fled)", items))
    if "Places mentioned" in layers:
        dot = '<svg width="10" height="10" aria-hidden="true"><circle cx="5" cy="5" r="3" fill="#fff" stroke="%s"/></svg>' % PLACE_COLOR
        groups.append(_group("Places mentioned", "Places mentioned", [_item(dot, "place named in the text")]))
    if "Boundaries" in layers:
        groups.append(_group("Boundaries", "Boundaries (Natural Earth)", [
            _item(_line_svg(BOUNDARY_COLOR, width=1.5), "country"),
            _item(_line_svg(BOUNDARY_COLOR, "3 3", 1), "first-level division")]))
    return "".join(groups)


def add_legend(m, **kwargs) -> JsCall:
    """Add the legend control; geomap.js hides a group when its layer is switched off."""
    call = JsCall("legend", m, legend_html(**kwargs))
    call.add_to(m)
    return call
