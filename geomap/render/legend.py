"""The legend: one group per layer, each entry shown only while its layer is on.

Every swatch is drawn from the same style dicts (style.py) the layers are drawn with.
"""
from __future__ import annotations

from geomap.render.elements import JsCall
from geomap.render.escape import escape_text
from geomap.render.style import (BOUNDARY_ADMIN1_STYLE, BOUNDARY_COUNTRY_STYLE, DISPLACED_CLASSES, DISPLACED_KNOWN_STYLE,
                    DISPLACED_TO_STYLE, DISPLACED_UNKNOWN_STYLE, DISPUTED_STYLE, EVENT_STYLE, FRONTIER_STYLE,
                    INCIDENT_ALONG, OTHER_EVENT_LABEL, OTHER_EVENT_STYLE, PLACE_ROLE_LABELS, PLACE_STYLES,
                    SEA_FRONTIER_STYLE, SYMBOL_STROKE, radius_for, radius_for_reports)


def _symbol_body(shape: str, color: str, r: float, c: float, cy: float | None = None) -> str:
    """SVG of a symbol of radius r centred at (c, cy or c)."""
    if cy is not None and cy != c:
        return f'<g transform="translate({c - cy:g} 0)">{_symbol_body(shape, color, r, cy)}</g>'
    if shape == "ring":
        return f'<circle cx="{c}" cy="{c}" r="{r}" fill="none" stroke="{color}" stroke-width="3"/>'
    if shape == "diamond":
        k = r * 1.3
        return f'<polygon points="{c},{c-k} {c+k},{c} {c},{c+k} {c-k},{c}" fill="{color}" stroke="{SYMBOL_STROKE}"/>'
    if shape == "square":
        k = r * 0.9
        return f'<rect x="{c-k}" y="{c-k}" width="{2*k}" height="{2*k}" fill="{color}" stroke="{SYMBOL_STROKE}"/>'
    if shape == "triangle":
        return (f'<polygon points="{c},{c-r*1.3} {c+r*1.15},{c+r*0.75} {c-r*1.15},{c+r*0.75}" '
                f'fill="{color}" stroke="{SYMBOL_STROKE}"/>')
    if shape == "triangle-down":
        return (f'<polygon points="{c},{c+r*1.3} {c+r*1.15},{c-r*0.75} {c-r*1.15},{c-r*0.75}" '
                f'fill="{color}" stroke="{SYMBOL_STROKE}"/>')
    return f'<circle cx="{c}" cy="{c}" r="{r}" fill="{color}" stroke="{SYMBOL_STROKE}"/>'


def symbol_svg(shape: str, color: str, r: float = 6.0) -> str:
    """Inline SVG of an incident symbol, matching what geomap.js draws on the canvas."""
    size = int(2 * r * 1.4 + 4)
    return f'<svg width="{size}" height="{size}" aria-hidden="true">{_symbol_body(shape, color, r, size / 2)}</svg>'


def _stroke_attrs(style: dict, width_scale: float = 1.0) -> str:
    d = f' stroke-dasharray="{style["dashArray"]}"' if style.get("dashArray") else ""
    return (f'stroke="{style["color"]}" stroke-width="{style["weight"] * width_scale:g}" '
            f'stroke-opacity="{style.get("opacity", 1)}"{d}')


def line_svg(style: dict) -> str:
    """A short line drawn with a Leaflet path style (color, weight, opacity, dashArray)."""
    return (f'<svg width="28" height="12" aria-hidden="true"><line x1="2" y1="6" x2="26" y2="6" '
            f'{_stroke_attrs(style)}/></svg>')


def box_svg(style: dict, fill: str) -> str:
    """A small area swatch drawn with a Leaflet polygon style and a fill colour."""
    return (f'<svg width="18" height="14" aria-hidden="true"><rect x="1" y="1" width="16" height="12" '
            f'fill="{fill}" fill-opacity="{style.get("fillOpacity", 0.2)}" {_stroke_attrs(style)}/></svg>')


def place_svg(style: dict) -> str:
    r = style["radius"]
    size = int(2 * r + 2 * style["weight"] + 2)
    fill = f'fill="{style["fillColor"]}" fill-opacity="{style["fillOpacity"]}"' if style.get("fill") else 'fill="none"'
    return (f'<svg width="{size}" height="{size}" aria-hidden="true"><circle cx="{size / 2}" cy="{size / 2}" r="{r}" '
            f'{fill} {_stroke_attrs(style)}/></svg>')


def along_svg(color: str = "#bbbbbb") -> str:
    """An incident placed only along a frontier: its symbol, dashed, on the frontier line."""
    return (f'<svg width="30" height="16" aria-hidden="true">'
            f'<line x1="1" y1="8" x2="29" y2="8" {_stroke_attrs(FRONTIER_STYLE, 0.6)}/>'
            f'<circle cx="15" cy="8" r="5" fill="{color}" stroke="{SYMBOL_STROKE}" '
            f'stroke-width="{INCIDENT_ALONG["weight"]}" stroke-dasharray="{INCIDENT_ALONG["dashArray"]}"/></svg>')


def _item(svg: str, text: str) -> str:
    return f'<div class="gm-legend-item">{svg}<span>{escape_text(text)}</span></div>'


def _group(layer: str, title: str, items: list[str]) -> str:
    return (f'<div class="gm-legend-group" data-layer="{escape_text(layer)}">'
            f'<div class="gm-legend-title">{escape_text(title)}</div>{"".join(items)}</div>')


def legend_html(*, event_types: list[str], layers: set[str], displaced_values: list,
                place_roles: set[str] | None = None, band_types: list[str] | None = None,
                fused: bool = False, displaced_to: bool = False, sea_frontier: bool = False,
                land_frontier: bool = True) -> str:
    """Legend markup for the layers present (all text is ours, escaped anyway)."""
    groups = []
    if "Incidents" in layers:
        items = []
        for et in event_types:
            st = EVENT_STYLE.get(et, OTHER_EVENT_STYLE)
            items.append(_item(symbol_svg(st["shape"], st["color"]), et if et in EVENT_STYLE else OTHER_EVENT_LABEL))
        if fused:
            sizes = "".join(symbol_svg("circle", "#bbbbbb", radius_for_reports(n) * 0.6) for n in (1, 4, 9))
            items.append(_item(sizes, "size: sources (1 / 4 / 9)"))
        else:
            sizes = "".join(symbol_svg("circle", "#bbbbbb", radius_for(n) * 0.6) for n in (0, 10, 50))
            items.append(_item(sizes, "size: fatalities (0 / 10 / 50+)"))
        if band_types:
            items.append(_item(along_svg(), "dashed: somewhere along the frontier"))
        groups.append(_group("Incidents", "Incidents (ACLED type)", items))
    if "Frontier" in layers:
        items = [_item(line_svg(FRONTIER_STYLE), "frontier (km: data · text)")] if land_frontier else []
        if sea_frontier:
            items.append(_item(line_svg(SEA_FRONTIER_STYLE), "frontier at sea (shortest crossing, approximate)"))
        groups.append(_group("Frontier", "Frontier", items))
    if "Disputed claims" in layers:
        groups.append(_group("Disputed claims", "Disputed claims", [_item(line_svg(DISPUTED_STYLE),
                                                                          "disputed line in boundary data")]))
    if "Displacement" in layers:
        items = []
        known = [v for v in displaced_values if v is not None]
        for i, (lower, colour) in enumerate(DISPLACED_CLASSES):
            upper = DISPLACED_CLASSES[i + 1][0] if i + 1 < len(DISPLACED_CLASSES) else None
            if known and not any(v >= lower and (upper is None or v < upper) for v in known):
                continue
            if not known:
                continue
            label = f"{lower:,}+ displaced" if upper is None else f"{lower:,}–{upper - 1:,} displaced"
            items.append(_item(box_svg(DISPLACED_KNOWN_STYLE, colour), label))
        if any(v is None for v in displaced_values):
            items.append(_item(box_svg(DISPLACED_UNKNOWN_STYLE, DISPLACED_UNKNOWN_STYLE["fillColor"]),
                               "people fled, number not given"))
        if displaced_to:
            items.append(_item(box_svg(DISPLACED_TO_STYLE, DISPLACED_TO_STYLE["fillColor"]),
                               "area people went to (camps, shelters, across the border)"))
        groups.append(_group("Displacement", "Displacement (areas people fled, and went to)" if displaced_to
                             else "Displacement (areas people fled)", items))
    if "Places mentioned" in layers:
        roles = [r for r in PLACE_STYLES if r in (place_roles or {"place"})]
        groups.append(_group("Places mentioned", "Places mentioned",
                             [_item(place_svg(PLACE_STYLES[r]), PLACE_ROLE_LABELS[r]) for r in roles]))
    if "Boundaries" in layers:
        groups.append(_group("Boundaries", "Boundaries (Natural Earth)", [
            _item(line_svg(BOUNDARY_COUNTRY_STYLE), "country"),
            _item(line_svg(BOUNDARY_ADMIN1_STYLE), "first-level division")]))
    return "".join(groups)


def add_legend(m, **kwargs) -> JsCall:
    """Add the legend control; geomap.js hides a group when its layer is switched off."""
    call = JsCall("legend", m, legend_html(**kwargs))
    call.add_to(m)
    return call
