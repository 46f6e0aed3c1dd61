"""The SPEC `frontier` features of one article: the chosen pairs of countries, each measured on
the boundary data (a land line, a territory's line, or the crossing at sea between two coasts),
with the length the text states beside the first.

Kept apart from the incident reading (``geomap.reading.events``) because it owns one step: which
line is drawn for a pair and what is said of its length.
"""
from __future__ import annotations

from geomap.reading.placement import Frontier
from geomap.reading.sea_frontiers import held_apart, sea_frontier, territory_frontier, territory_names
from geomap.text.border_length import stated_length_km

__all__ = ["frontier_features"]


def frontier_features(text: str, pairs: list[tuple[str, str, float]], borders, claimed=None
                      ) -> tuple[list[dict], list[Frontier]]:
    """SPEC `frontier` features for the chosen pairs (the stated length goes on the first); ``claimed``:
    the features at sea the story names, by the pair of states that dispute them."""
    feats, frontiers = [], []
    stated = stated_length_km(text) if pairs else None
    for k, (a, b, score) in enumerate(pairs):
        fr = borders.frontier(a, b)
        if fr is None or held_apart(fr.iso3_a, fr.iso3_b):  # a territory's (Gibraltar-Spain is the UK's), at sea
            other = territory_frontier(a, b, borders)
            feat = other[0] if other is not None else sea_frontier(a, b, borders, (claimed or {}).get(frozenset((a, b))))
            if feat is None or _told(feats, feat):  # Gibraltar-Spain and UK-Spain are one frontier
                continue
            if other is not None:
                frontiers.append(other[1])
            feat["properties"].update(stated_length_km=stated.value if stated and k == 0 else None,
                                      stated_length_text=stated.text if stated and k == 0 else None,
                                      score=round(score, 2))
            feats.append({"type": "Feature", **feat})
            continue
        m = borders.measured(a, b)
        frontiers.append(Frontier(fr.iso3_a, fr.iso3_b, fr.name_a, fr.name_b))
        props = {
            "layer": "frontier", "iso3_a": fr.iso3_a, "iso3_b": fr.iso3_b, "name_a": fr.name_a,
            "name_b": fr.name_b, "name": frontiers[-1].label, "length_km": round(m["length_km"], 1),
            "stated_length_km": stated.value if stated and k == 0 else None,
            "stated_length_text": stated.text if stated and k == 0 else None,
            "source": m["source"], "score": round(score, 2), "frontier_kind": "land",
        }
        territories = territory_names(fr.iso3_a, fr.iso3_b, m.get("parts"), borders)
        if any(territories):  # France's line with Brazil is French Guiana's
            props.update(territory_a=territories[0], territory_b=territories[1])
        if m["source"] != fr.source:  # measured on detailed lines: the generalised figure beside it
            props.update(length_km_generalised=round(m["length_km_polygons"], 1), generalised_source=fr.source)
        if m["status"]:
            props.update(line_status=m["status"], line_note=m["note"])
        feats.append({"type": "Feature", "geometry": m["geometry"], "properties": props})
    return feats, frontiers


def _told(feats: list[dict], feat: dict) -> bool:
    """Whether a frontier feature of the same two states is already among ``feats``."""
    pair = {feat["properties"]["iso3_a"], feat["properties"]["iso3_b"]}
    return any({f["properties"]["iso3_a"], f["properties"]["iso3_b"]} == pair for f in feats)
