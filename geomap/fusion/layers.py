"""Fuse the displacement and frontier layers of many documents (the area layers of a corpus).

Displacement figures are stocks, not events: "12,000 have fled Si Sa Ket" on Tuesday and
"about 18,000 remain displaced" on Friday describe one area at two times, and the later
report is the current figure even when it is lower (people return). So for each area and
direction (``from``: people fled it; ``to``: people went there) the latest report that gives
a figure wins; the earlier ones are kept in ``displaced_history``. A report is dated by the
feature's own ``date`` when it has one, else by its document's publication date. Two
figures for one area on the same day: the lower wins (SPEC: ``displaced`` is a lower bound).

Frontier features are claims about which border a text is about: one per pair of countries
is kept, with the border length most texts state.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

__all__ = ["fuse_displacement", "fuse_frontiers", "DEFAULT_DIRECTION"]

#: Direction of a displacement feature that does not say (SPEC: people fled the area).
DEFAULT_DIRECTION = "from"


def _features(inputs, layer: str):
    """(feature, document metadata) of one layer (see :func:`geomap.fusion.rules.document_features`)."""
    from geomap.fusion.rules import document_features

    for f, meta in document_features(inputs):
        if (f.get("properties") or {}).get("layer") == layer and f.get("geometry"):
            yield f, meta


def _figure(value) -> int | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return int(value)


def fuse_displacement(inputs) -> list[dict]:
    """One ``displacement`` feature per (country, area, direction): the latest figure wins.

    Parameters
    ----------
    inputs : dict or list of dict
        FeatureCollections (with their document's ``id``, ``title``, ``published``) or
        features whose properties carry ``document``, ``title`` and ``published``.

    Returns
    -------
    list of dict
        GeoJSON features with the SPEC displacement properties of the winning report, plus
        ``direction``, ``displaced_as_of`` (its date), ``displaced_history`` (every report of
        the area, oldest first: ``{"date", "displaced", "displaced_text", "document",
        "title", "sentence"}``), ``report_count`` and ``sources``.
    """
    groups: dict[tuple, list[tuple[dict, dict]]] = defaultdict(list)
    for f, meta in _features(inputs, "displacement"):
        p = f["properties"]
        # a division by the boundary data's name: reports spell it their own way ("Ratanakiri", "Rattanakiri")
        area = p.get("admin1") if p.get("area_level") == "division" and p.get("admin1") else p.get("name") or p.get("admin1")
        key = (p.get("iso3"), area, p.get("direction") or DEFAULT_DIRECTION)
        groups[key].append((f, meta))
    out = []
    for (iso3, name, direction), items in groups.items():
        history = []
        for n, (f, meta) in enumerate(items):
            p = f["properties"]
            history.append({"date": (p.get("date") or meta.get("published") or None),
                            "displaced": _figure(p.get("displaced")), "displaced_text": p.get("displaced_text"),
                            "document": meta.get("id"), "title": meta.get("title"),
                            "sentence": p.get("source_sentence"), "_n": n})
        # undated reports sort first: they cannot be shown to be the latest
        history.sort(key=lambda h: (h["date"] or "", h["_n"]))
        with_figure = [h for h in history if h["displaced"] is not None]
        win = max(with_figure, key=lambda h: (h["date"] or "", -h["displaced"])) if with_figure else history[-1]
        feature = items[win["_n"]][0]
        props = dict(feature["properties"])
        props.pop("document", None)
        props.update({
            "layer": "displacement", "name": props.get("name") or name, "iso3": iso3, "direction": direction,
            "displaced": win["displaced"], "displaced_text": win["displaced_text"] if with_figure else None,
            "displaced_as_of": win["date"] if with_figure else None,
            "displaced_history": [{k: v for k, v in h.items() if k != "_n"} for h in history],
            "report_count": len({h["document"] for h in history}),
            "sources": [{"document": h["document"], "title": h["title"], "date": h["date"], "sentence": h["sentence"]}
                        for h in history],
        })
        out.append({"type": "Feature", "geometry": feature["geometry"], "properties": props})
    out.sort(key=lambda f: (f["properties"]["iso3"] or "", f["properties"]["name"] or "",
                            f["properties"]["direction"]))
    return out


def fuse_frontiers(inputs) -> list[dict]:
    """One ``frontier`` feature per pair of countries, with the length most texts state."""
    groups: dict[tuple, list[tuple[dict, Any]]] = defaultdict(list)
    for f, meta in _features(inputs, "frontier"):
        p = f["properties"]
        groups[tuple(sorted((str(p.get("iso3_a")), str(p.get("iso3_b")))))].append((f, meta.get("id")))
    out = []
    for _pair, items in sorted(groups.items()):
        f = items[0][0]
        props = dict(f["properties"])
        props.pop("document", None)
        stated = Counter(x[0]["properties"].get("stated_length_km") for x in items
                         if x[0]["properties"].get("stated_length_km") is not None)
        props["stated_length_km"] = stated.most_common(1)[0][0] if stated else None
        props["stated_lengths_km"] = sorted(stated)
        props["report_count"] = len({doc for _f, doc in items})
        out.append({"type": "Feature", "geometry": f["geometry"], "properties": props})
    return out
