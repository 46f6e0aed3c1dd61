"""Frontier features for the pairs a plain land-border look-up misses: a territory's frontier,
and a frontier across the sea.

1. Territories. A story about French Guiana and Brazil, or France and Brazil, is about one
   frontier, France's with Brazil, which runs through French Guiana; Gibraltar's with Spain is
   the United Kingdom's. The feature names the two SOVEREIGN states (``iso3_a``/``iso3_b``) and
   keeps the territory on its side (``territory_a``/``territory_b``); the line and its length
   are the boundary data's there (``Borders.land_codes`` says under which codes).
2. The sea. Two countries that meet nowhere on land but whose coasts come within
   ``MAX_SEA_FRONTIER_KM`` (Trinidad and Venezuela, Bahrain and Qatar, Argentina and the
   Falklands) get a feature marked ``frontier_kind: "maritime"``, drawn as the shortest crossing
   between the coasts; ``length_km`` stays null (a sea frontier has no measured land length) and
   ``crossing_km`` says how wide the water is there. The map draws it dashed.
"""
from __future__ import annotations

from geomap.boundaries.territories import sovereign
from geomap.reading.placement import Frontier

__all__ = ["held_apart", "territory_frontier", "sea_frontier", "territory_names"]


def held_apart(x: str, y: str) -> bool:
    """Whether a frontier the data draw between ``x`` and ``y`` is one of a territory with another
    state (Gibraltar-Spain): then the feature names the two sovereign states. A territory's line
    with its own state (Hong Kong-China) stays as drawn."""
    return (sovereign(x) != x or sovereign(y) != y) and sovereign(x) != sovereign(y)


def _country_name(code: str, borders) -> str:
    """A state's or territory's name: the boundary data's, else the gazetteer's, else the code."""
    try:
        return borders.boundaries.country(code)["name"]
    except Exception:  # noqa: BLE001 - NotFoundError, or a row without a name
        pass
    from geomap.gazetteer import countries

    c = countries.country(code)
    return c.name if c is not None else code


def territory_names(x: str, y: str, parts: str | None, borders) -> tuple[str | None, str | None]:
    """The territory on each side of a frontier drawn under data codes ``x`` and ``y``: the code's
    own when it is a territory (Gibraltar), else the territory the frontier-lines data name for
    that side (``parts``, e.g. "BRA-GUF": France's line with Brazil is French Guiana's)."""
    listed = [p for p in (parts or "").split("-") if p]
    out = []
    for code in (x, y):
        if sovereign(code) != code:
            out.append(_country_name(code, borders))
            continue
        inside = [p for p in listed if p != code and sovereign(p) == code]
        out.append(_country_name(inside[0], borders) if inside else None)
    return out[0], out[1]


def territory_frontier(a: str, b: str, borders) -> tuple[dict, Frontier] | None:
    """(properties without the stated length and score, the Frontier the reading steps use, under
    the data's codes) of the land frontier between ``a``'s and ``b``'s states through a territory,
    or None."""
    codes = borders.land_codes(a, b)
    if codes is None:
        return None
    x, y = codes
    fr = borders.frontier(x, y)
    m = borders.measured(x, y)
    if fr is None or m is None:
        return None
    ta, tb = territory_names(x, y, m.get("parts"), borders)
    sa, sb = sovereign(x), sovereign(y)
    name_a, name_b = _country_name(sa, borders), _country_name(sb, borders)
    props = {"layer": "frontier", "iso3_a": sa, "iso3_b": sb, "name_a": name_a, "name_b": name_b,
             "name": Frontier(sa, sb, name_a, name_b).label, "length_km": round(m["length_km"], 1),
             "frontier_kind": "land", "territory_a": ta, "territory_b": tb, "source": m["source"]}
    if m["source"] != fr.source:
        props.update(length_km_generalised=round(m["length_km_polygons"], 1), generalised_source=fr.source)
    if m["status"]:
        props.update(line_status=m["status"], line_note=m["note"])
    return {"geometry": m["geometry"], "properties": props}, Frontier(fr.iso3_a, fr.iso3_b, fr.name_a, fr.name_b)


def sea_frontier(a: str, b: str, borders, over=None) -> dict | None:
    """The maritime frontier feature (without the stated length and score) of two states whose
    coasts face each other, or that dispute a feature at sea the story names (``over``, a
    gazetteer entry: the line runs through it), else None."""
    crossing = borders.sea_crossing(a, b)
    drawn = "drawn as the shortest crossing between the two coasts"
    if crossing is None and over is not None:
        from geomap.reading.claimed_features import through_feature

        crossing = through_feature(a, b, borders, over)
        drawn = f"over {over.name}, drawn from one coast through it to the other"
    if crossing is None:
        return None
    x, y = crossing["codes"]
    sa, sb = sovereign(x), sovereign(y)
    ta, tb = territory_names(x, y, None, borders)
    name_a, name_b = _country_name(sa, borders), _country_name(sb, borders)
    props = {"layer": "frontier", "iso3_a": sa, "iso3_b": sb, "name_a": name_a, "name_b": name_b,
             "name": f"{name_a}\u2013{name_b} frontier at sea", "length_km": None,
             "frontier_kind": "maritime", "crossing_km": crossing["km"],
             "length_note": f"a frontier at sea: {drawn} (approximate), no land length",
             "territory_a": ta, "territory_b": tb, "source": getattr(borders.boundaries, "source", None)}
    return {"geometry": crossing["geometry"], "properties": props}
