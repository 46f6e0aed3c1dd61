"""The four geomap layers: SPEC GeoJSON to GeoDataFrames and back, and the one merge.

The layers (``places``, ``incidents``, ``displacement``, ``frontier``) are the hand-off
between reading and showing (DESIGN.md). Each frame is in EPSG:4326 and starts with the
SPEC.md columns of its layer, in SPEC order, then a ``document`` column (which input the
row came from), then any extra properties geomap or the input carried, in order of first
appearance, then ``geometry``. An empty layer is an empty frame with the SPEC columns.

geopandas and shapely are imported inside the functions: ``import geomap`` stays light.
"""
from __future__ import annotations

import json
import math
from typing import Any, Iterable

#: Layer name in a feature's ``properties.layer`` -> frame name.
LAYER_FRAMES = {"place": "places", "incident": "incidents", "displacement": "displacement",
                "frontier": "frontier"}
FRAME_LAYERS = {v: k for k, v in LAYER_FRAMES.items()}

#: SPEC.md columns of each layer, in SPEC order.
SPEC_COLUMNS: dict[str, tuple[str, ...]] = {
    "place": ("mention", "start", "end", "name", "place_type", "iso2", "iso3", "admin1", "confidence",
              "gazetteer_id"),
    "incident": ("event_type", "sub_event_type", "date", "date_text", "fatalities", "fatalities_text",
                 "location", "iso3", "admin1", "geo_precision", "source_sentence"),
    "displacement": ("name", "admin1", "iso3", "direction", "displaced", "displaced_text", "source_sentence"),
    "frontier": ("iso3_a", "iso3_b", "length_km", "stated_length_km"),
}

#: Columns holding whole numbers (nullable Int64 when every value is whole).
INTEGER_COLUMNS = {"start", "end", "fatalities", "geo_precision", "displaced", "time_precision",
                   "mention_start", "mention_end", "sentence_start", "sentence_index"}
#: Columns holding decimals.
FLOAT_COLUMNS = {"confidence", "length_km", "stated_length_km"}

CRS = "EPSG:4326"


def document_label(fc: dict, index: int) -> Any:
    """What identifies a collection in the ``document`` column: id, source, title or index."""
    for key in ("id", "source", "title"):
        if fc.get(key) not in (None, ""):
            return fc[key]
    return index


def merge(collections: Iterable[dict], *, title: str | None = None, documents: bool | None = None) -> dict:
    """One FeatureCollection with the features of several (the only merge geomap has).

    Parameters
    ----------
    collections : iterable of dict
        SPEC FeatureCollections, in order.
    title : str, optional
        The merged collection's title (default: the first collection's title).
    documents : bool, optional
        Give every feature a ``document`` property naming its collection
        (:func:`document_label`; a feature's own ``document`` is kept). Default: when
        there are several collections, so merged features can be traced to their input.

    Returns
    -------
    dict
        ``type``, ``title``, ``source`` (one source) or ``sources`` (several, each once),
        ``features``. Features are the input objects, not copies.
    """
    collections = list(collections)
    if documents is None:
        documents = len(collections) > 1
    merged: dict[str, Any] = {"type": "FeatureCollection"}
    t = title or next((fc.get("title") for fc in collections if fc.get("title")), None)
    if t:
        merged["title"] = t
    sources = list(dict.fromkeys(fc.get("source") for fc in collections if fc.get("source")))
    if len(sources) == 1:
        merged["source"] = sources[0]
    elif sources:
        merged["sources"] = sources
    if documents:
        merged["features"] = [
            {**f, "properties": {"document": document_label(fc, i), **(f.get("properties") or {})}}
            for i, fc in enumerate(collections) for f in fc.get("features") or []]
    else:
        merged["features"] = [f for fc in collections for f in fc.get("features") or []]
    return merged


def _numeric(values: list, integer: bool):
    import pandas as pd

    nums = []
    for v in values:
        if v is None or isinstance(v, bool) or v == "":
            nums.append(None)
            continue
        try:
            f = float(v)
        except (TypeError, ValueError):
            return pd.Series(values, dtype=object)  # text such as "dozens": keep as it is
        nums.append(f if math.isfinite(f) else None)
    if integer and all(n is None or float(n).is_integer() for n in nums):
        return pd.array([None if n is None else int(n) for n in nums], dtype="Int64")
    return pd.array([math.nan if n is None else n for n in nums], dtype="float64")


def frame(collections: Iterable[dict], layer: str):
    """One layer of some FeatureCollections as a GeoDataFrame.

    Parameters
    ----------
    collections : iterable of dict
        SPEC FeatureCollections.
    layer : str
        ``place``, ``incident``, ``displacement`` or ``frontier`` (or the plural frame
        names ``places``, ``incidents``).

    Returns
    -------
    geopandas.GeoDataFrame
        EPSG:4326; the SPEC columns, ``document``, extra properties, ``geometry``.
    """
    import geopandas as gpd
    import pandas as pd
    from shapely.geometry import shape

    layer = FRAME_LAYERS.get(layer, layer)
    if layer not in SPEC_COLUMNS:
        raise ValueError(f"unknown layer {layer!r}: use one of {', '.join(LAYER_FRAMES.values())}")
    rows, geoms = [], []
    extra: dict[str, None] = {}
    for i, fc in enumerate(collections):
        doc = document_label(fc, i)
        for feat in fc.get("features") or []:
            props = feat.get("properties") or {}
            if props.get("layer") != layer:
                continue
            row = {k: v for k, v in props.items() if k != "layer"}
            if row.get("document") is None:  # a merged batch already names each feature's document
                row["document"] = doc
            for k in row:
                if k not in SPEC_COLUMNS[layer] and k != "document":
                    extra.setdefault(k, None)
            rows.append(row)
            g = feat.get("geometry")
            geoms.append(shape(g) if g else None)
    columns = list(SPEC_COLUMNS[layer]) + ["document"] + [k for k in extra if k != "geometry"]
    data = {}
    for col in columns:
        values = [r.get(col) for r in rows]
        if col in INTEGER_COLUMNS or col in FLOAT_COLUMNS:
            data[col] = _numeric(values, integer=col in INTEGER_COLUMNS)
        else:
            data[col] = pd.Series(values, dtype=object)
    df = pd.DataFrame(data, columns=columns)
    return gpd.GeoDataFrame(df, geometry=gpd.GeoSeries(geoms, crs=CRS), crs=CRS)


def frames(collections: Iterable[dict]) -> dict:
    """All four layers: ``{"places": gdf, "incidents": gdf, "displacement": gdf, "frontier": gdf}``."""
    collections = list(collections)
    return {name: frame(collections, layer) for layer, name in LAYER_FRAMES.items()}


def _plain(value: Any) -> Any:
    """A JSON-ready Python value from a pandas cell (NaN/NA -> None, numpy -> Python)."""
    if value is None:
        return None
    if isinstance(value, (list, dict, tuple)):
        return value
    try:
        import pandas as pd

        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    if hasattr(value, "item"):  # numpy scalar
        value = value.item()
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return value
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10] if getattr(value, "hour", 0) == 0 else value.isoformat()
    return value


def features_from_frame(gdf, layer: str, *, json_text: bool = False) -> list[dict]:
    """SPEC features of a layer frame (the inverse of :func:`frame`, ``document`` dropped).

    With ``json_text``, text cells that hold a JSON list or object (as the GeoPackage and
    GeoParquet exports write them) become lists/dicts again.
    """
    from shapely.geometry import mapping

    layer = FRAME_LAYERS.get(layer, layer)
    if gdf.crs is not None and not gdf.crs.equals(CRS):
        gdf = gdf.to_crs(CRS)
    geom_col = gdf.geometry.name
    out = []
    for rec in gdf.to_dict("records"):
        geom = rec.pop(geom_col, None)
        rec.pop("document", None)
        rec.pop("layer", None)
        props = {"layer": layer}
        for k, v in rec.items():
            v = _plain(v)
            if json_text and isinstance(v, str) and v[:1] in "[{":
                try:
                    v = json.loads(v)
                except ValueError:
                    pass
            props[k] = v
        for k in INTEGER_COLUMNS & props.keys():
            if isinstance(props[k], float) and props[k].is_integer():
                props[k] = int(props[k])
        out.append({"type": "Feature", "geometry": mapping(geom) if geom is not None and not geom.is_empty else None,
                    "properties": props})
    for f in out:
        if f["geometry"] is not None:
            f["geometry"] = json.loads(json.dumps(f["geometry"]))  # tuples -> lists
    return out


def collection_from_frames(*, title: str | None = None, source: str | None = None, json_text: bool = False,
                           **layers) -> dict:
    """A SPEC FeatureCollection from layer frames given by name (``places=gdf, incidents=gdf``)."""
    features = []
    for name, gdf in layers.items():
        if gdf is None:
            continue
        features += features_from_frame(gdf, name, json_text=json_text)
    fc: dict[str, Any] = {"type": "FeatureCollection"}
    if title:
        fc["title"] = title
    if source:
        fc["source"] = source
    fc["features"] = features
    return fc
