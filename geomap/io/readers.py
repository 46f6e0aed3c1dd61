"""Data files in: GeoJSON, JSONL batch output, GeoPackage, GeoParquet and ACLED CSV as
SPEC FeatureCollections (the API's ``read_file`` and ``geomap map`` both read through here).
"""
from __future__ import annotations

import json
from pathlib import Path

from geomap.exceptions import InputError
from geomap.io import formats
from geomap.layers import FRAME_LAYERS, LAYER_FRAMES, SPEC_COLUMNS, collection_from_frames

_LAYERS = tuple(LAYER_FRAMES.values())

__all__ = ["read_data", "read_geojson", "read_jsonl", "read_gpkg", "read_parquet"]


def read_data(path: str | Path, *, layer: str | None = None) -> tuple[list[dict], list[tuple]]:
    """(collections, errors) of a data file geomap (or ACLED) wrote; see ``geomap.read_file``.

    ``errors`` lists ``(id, message)`` for the error lines of a JSONL batch output.
    ``layer`` keeps one layer (``places``, ``incidents``, ...).
    """
    from geomap.io.sniff import KINDS, input_kind

    path = Path(path)
    kind = input_kind(path)
    errors: list[tuple] = []
    if kind == "geojson":
        collections = [read_geojson(path)]
    elif kind == "acled_csv":
        from geomap.io.acled import read_acled

        collections = [read_acled(path, kind="csv")]
    elif kind == "batch_output":
        collections, errors = read_jsonl(path)
    elif kind == "gpkg":
        collections = [read_gpkg(path)]
    elif kind == "parquet":
        collections = [read_parquet(path)]
    else:
        hint = "geomap.read_many()" if kind == "article_batch" else "geomap.read()"
        raise InputError(f"{path}: {KINDS[kind]}, not a data file geomap reads (.geojson, .csv, .gpkg, "
                         f".parquet, .jsonl output); use {hint} for articles")
    if layer:
        keep = FRAME_LAYERS.get(layer, layer)
        collections = [{**fc, "features": [f for f in fc["features"] if f["properties"].get("layer") == keep]}
                       for fc in collections]
    return collections, errors


def read_geojson(path: str | Path) -> dict:
    """A SPEC FeatureCollection from ``.geojson``/``.json``: SPEC features kept, ACLED
    records (features without ``properties.layer``) read as incidents; ``title``, ``source``,
    ``published`` and ``id`` of the file kept (title and source default to the file's)."""
    from geomap.io.acled import read_acled

    path = Path(path)
    data = _load_json(path)
    fc = read_acled(path, kind="geojson")  # SPEC features kept, ACLED records become incidents
    for k in ("title", "source", "published", "id"):
        if data.get(k) is not None:
            fc[k] = data[k]
    return fc


def _load_json(path: Path) -> dict:
    """The JSON object of a GeoJSON FeatureCollection file (InputError with one line otherwise)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror})") from None
    if not text.strip():
        raise InputError(f"{path}: empty file")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise InputError(f"{path}: not valid JSON (line {e.lineno}: {e.msg})") from None
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection" \
            or not isinstance(data.get("features"), list):
        raise InputError(f"{path}: not a GeoJSON FeatureCollection")
    return data


def read_jsonl(path: str | Path) -> tuple[list[dict], list[tuple]]:
    """(collections, errors) of ``geomap extract`` batch output: one collection or error per line."""
    path = Path(path)
    collections, failed = [], []
    with open(path, encoding="utf-8-sig") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except ValueError:
                raise InputError(f"{path} line {n}: not JSON") from None
            if not isinstance(obj, dict):
                raise InputError(f"{path} line {n}: not a JSON object")
            if "error" in obj:
                failed.append((obj.get("id", n), str(obj["error"])))
            elif obj.get("type") == "FeatureCollection":
                check_features(obj.get("features"), f"{path} line {n}")
                collections.append(obj)
            else:
                raise InputError(f"{path} line {n}: not a FeatureCollection (an article batch? use read_many)")
    return collections, failed


def check_features(features, where: str) -> None:
    """Refuse (one line) a FeatureCollection whose features are not GeoJSON Features with
    readable geometries, before they reach the map or a writer."""
    from geomap.io.acled import check_geometry

    if not isinstance(features, list):
        raise InputError(f"{where}: 'features' is not a list")
    for i, f in enumerate(features):
        if not isinstance(f, dict) or not isinstance(f.get("properties") or {}, dict):
            raise InputError(f"{where}: feature {i} is not a GeoJSON Feature")
        check_geometry(f.get("geometry"), f"{where}: feature {i}")


def read_gpkg(path: str | Path) -> dict:
    """The collection of a GeoPackage written by geomap (one table per layer)."""
    import pyogrio

    path = Path(path)
    try:
        names = {str(row[0]) for row in pyogrio.list_layers(path)}
        layers = {name: pyogrio.read_dataframe(path, layer=name) for name in _LAYERS if name in names}
    except Exception as e:  # noqa: BLE001 - GDAL's errors for damaged or foreign files
        raise InputError(f"{path}: not a readable GeoPackage ({_one_line(e)})") from None
    if not layers:
        raise InputError(f"{path}: no geomap layers ({', '.join(_LAYERS)}) in this GeoPackage")
    return collection_from_frames(title=path.name, source=str(path), json_text=True,
                                  **{k: _drop_empty(v, k) for k, v in layers.items()})


def read_parquet(path: str | Path) -> dict:
    """The collection of a GeoParquet file written by geomap (a ``layer`` column)."""
    import geopandas as gpd

    path = Path(path)
    try:
        gdf = gpd.read_parquet(path)
    except Exception as e:  # noqa: BLE001 - Arrow's errors for damaged or foreign files
        raise InputError(f"{path}: not a readable GeoParquet file ({_one_line(e)})") from None
    if "layer" not in gdf.columns:
        raise InputError(f"{path}: no 'layer' column: not a geomap GeoParquet file")
    layers = {}
    for singular, name in LAYER_FRAMES.items():
        part = gdf[gdf["layer"] == singular].drop(columns="layer")
        layers[name] = _drop_empty(part, name)
    return collection_from_frames(title=path.name, source=str(path), json_text=True, **layers)


def _drop_empty(gdf, layer: str):
    """Non-SPEC columns that are empty in every row dropped (the union of layers leaves many)."""
    spec = set(SPEC_COLUMNS[FRAME_LAYERS[layer]])
    keep = [c for c in gdf.columns if c == gdf.geometry.name or c in spec or gdf[c].notna().any()]
    return gdf[keep]


def _one_line(e: BaseException) -> str:
    text = " ".join(str(e).split())
    return text[:120] + ("..." if len(text) > 120 else "")
