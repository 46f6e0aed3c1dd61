"""A batch's layers written to GeoPackage or GeoParquet a chunk of rows at a time, and its
incidents to the ACLED-style CSV a row at a time, so the memory a batch takes stays flat
however many documents it has.

The in-memory writers (:mod:`geomap.io.writers`) decide each column's type from all its
values at once: whole numbers or decimals, text, true/false, or lists written as JSON text.
Here a first pass over the batch's collections (one JSON text each, in order: the spool of
:class:`geomap.io.batch_output.BatchOutput`) takes the same decisions from a small summary
of each column (:class:`_Col`); then each layer is read again and written
``settings.BATCH_WRITE_ROWS`` rows at a time with those types: GeoPackage layers appended
with pyogrio, GeoParquet row groups with pyarrow's ``ParquetWriter``, the GeoParquet ``geo``
metadata (geometry types, bounding box) completed when the last group is written. The files
hold the same layers, rows, columns and types as the in-memory writers' (tested).
"""
from __future__ import annotations

import json
import math
from typing import Any, Callable, Iterable, Iterator

from geomap import settings
from geomap.io import atomic
from geomap.layers import FLOAT_COLUMNS, INTEGER_COLUMNS, LAYER_FRAMES, SPEC_COLUMNS, document_label

__all__ = ["write_gpkg", "write_parquet", "write_csv"]

#: A function giving the collections' JSON texts again, from the first (one per pass).
Lines = Callable[[], Iterable[str]]

_NUMERIC = INTEGER_COLUMNS | FLOAT_COLUMNS


def _kind(v: Any) -> str | None:
    """What a value is for the writers' column typing (None: missing)."""
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return None
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, int):
        return "int"
    if isinstance(v, float):
        return "float"
    return "str" if isinstance(v, str) else "other"


def _number(v: Any) -> float | None | bool:
    """A numeric column's value as :func:`geomap.layers.frame` reads it (None: missing;
    False: not a number, so the column stays text)."""
    if v is None or isinstance(v, bool) or v == "":
        return None
    try:
        f = float(v)
    except (TypeError, ValueError):
        return False
    return f if math.isfinite(f) else None


class _Col:
    """What one column of one layer holds: enough to type it as the in-memory writers do."""

    __slots__ = ("n", "numeric_ok", "whole", "has_number", "kinds", "missing")

    def __init__(self) -> None:
        self.n, self.numeric_ok, self.whole, self.has_number = 0, True, True, False
        self.kinds: set[str] = set()
        self.missing = False

    def add(self, v: Any, numeric: bool) -> None:
        self.n += 1
        if numeric and self.numeric_ok:
            f = _number(v)
            if f is False:
                self.numeric_ok = False
            elif f is not None:
                self.has_number = True
                self.whole = self.whole and f.is_integer()
        k = _kind(v)
        if k is None:
            self.missing = True
        else:
            self.kinds.add(k)

    def frame_dtype(self, col: str) -> str:
        """The dtype :func:`geomap.layers.frame` gives the column: Int64, float64 or object."""
        if col in _NUMERIC and self.numeric_ok:
            return "Int64" if col in INTEGER_COLUMNS and self.whole else "float64"
        return "object"


def _object_kind(kinds: set[str], missing: bool) -> str:
    """How ``writers._flat_columns`` writes an object column holding values of these kinds."""
    if not kinds:
        return "none"
    if kinds == {"str"}:
        return "str"
    if kinds == {"bool"}:
        return "bool"
    if kinds <= {"int", "float"}:
        return "int64" if kinds == {"int"} and not missing else "float64"
    return "mixed"


class _Layer:
    """One layer's rows seen in the first pass: columns in order, and each one's summary."""

    def __init__(self, layer: str) -> None:
        self.layer = layer
        self.rows = 0
        self.cols: dict[str, _Col] = {c: _Col() for c in (*SPEC_COLUMNS[layer], "document")}
        self.geom_types: set[str] = set()
        #: GeoParquet's names of the geometry types (" Z" when 3-D) and the bounding box.
        self.parquet_types: set[str] = set()
        self.bbox = [math.inf, math.inf, -math.inf, -math.inf]

    def _extent(self, geometry: dict) -> None:
        coords = geometry.get("coordinates")
        if geometry.get("type") == "Point" and isinstance(coords, list) and len(coords) >= 2:
            x, y, z = coords[0], coords[1], len(coords) > 2
            b = (x, y, x, y)
            self.parquet_types.add("Point Z" if z else "Point")
        else:
            from shapely.geometry import shape

            g = shape(geometry)
            if g.is_empty:
                self.parquet_types.add(g.geom_type + (" Z" if g.has_z else ""))
                return
            b = g.bounds
            self.parquet_types.add(g.geom_type + (" Z" if g.has_z else ""))
        self.bbox = [min(self.bbox[0], b[0]), min(self.bbox[1], b[1]), max(self.bbox[2], b[2]),
                     max(self.bbox[3], b[3])]

    def add(self, row: dict, geometry: dict | None, extent: bool = False) -> None:
        self.rows += 1
        for k, v in row.items():
            if k == "geometry":
                continue
            col = self.cols.get(k)
            if col is None:
                col = self.cols[k] = _Col()
            col.add(v, k in _NUMERIC)
        if geometry:
            self.geom_types.add(geometry.get("type"))
            if extent:
                self._extent(geometry)

    def finish(self) -> None:
        for col in self.cols.values():
            if col.n < self.rows:  # rows without the property hold None there
                col.missing = True


def _rows(lines: Iterable[str], layers: tuple[str, ...]) -> Iterator[tuple[str, dict, dict | None]]:
    """(layer, row, geometry) of each feature of ``layers``, as :func:`geomap.layers.frame`
    makes them from the merged batch (``document`` naming each row's collection), in order."""
    tags = [f'"layer": "{layer}"' for layer in layers]
    for i, line in enumerate(lines):
        if not any(tag in line for tag in tags):  # most documents hold no incident, displacement or frontier
            continue
        fc = json.loads(line)
        doc = document_label(fc, i)
        for feat in fc.get("features") or []:
            props = feat.get("properties") or {}
            layer = props.get("layer")
            if layer not in layers:
                continue
            row = {"document": doc, **{k: v for k, v in props.items() if k != "layer"}}
            if row.get("document") is None:
                row["document"] = doc
            yield layer, row, feat.get("geometry")


def scan(lines: Lines, extent: bool = False) -> dict[str, _Layer]:
    """The first pass (each collection read once): every layer's columns and what they hold
    (with ``extent``, its geometry types and bounding box too)."""
    out = {layer: _Layer(layer) for layer in SPEC_COLUMNS}
    for layer, row, geom in _rows(lines(), tuple(out)):
        out[layer].add(row, geom, extent)
    for summary in out.values():
        summary.finish()
    return out


def _chunks(lines: Lines, layer: str) -> Iterator[list[tuple[dict, Any]]]:
    """The layer's (row, shapely geometry) in chunks of ``settings.BATCH_WRITE_ROWS`` rows or
    ``settings.BATCH_WRITE_COORDS`` coordinates (a frontier line holds thousands), whichever
    comes first; geometries are made shapely at once (compact, unlike GeoJSON's lists)."""
    import shapely
    from shapely.geometry import shape

    chunk: list = []
    coords = 0
    for _, row, g in _rows(lines(), (layer,)):
        geom = shape(g) if g else None
        chunk.append((row, geom))
        coords += 0 if geom is None else int(shapely.get_num_coordinates(geom))
        if len(chunk) >= settings.BATCH_WRITE_ROWS or coords >= settings.BATCH_WRITE_COORDS:
            yield chunk
            chunk, coords = [], 0
    if chunk:
        yield chunk


def _column(values: list, kind: str):
    """A column of a chunk, typed as the whole column is (``kind``)."""
    import numpy as np
    import pandas as pd

    if kind in ("Int64", "Float64"):
        return pd.array([None if v is None else (int(v) if kind == "Int64" else float(v)) for v in values],
                        dtype=kind)
    if kind == "float64":
        return np.array([math.nan if v is None else float(v) for v in values], dtype="float64")
    if kind == "int64":
        return np.array(values, dtype="int64")
    if kind == "bool":
        return pd.array(values, dtype="boolean")
    if kind == "none":
        return pd.Series([None] * len(values), dtype=object)
    if kind == "mixed":  # made text, with the dtype pandas infers for text (its "str" from pandas 3)
        return pd.Series([None if _kind(v) is None else v if isinstance(v, str)
                          else json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict, tuple)) else str(v)
                          for v in values], dtype=pd.Series(["text"]).dtype)
    return pd.Series(values, dtype=object)


def _framed(v: Any, dtype: str) -> Any:
    """A raw value as the layer's frame holds it (numbers read as the column's type)."""
    if dtype == "object":
        return v
    f = _number(v)
    return None if f is None or f is False else (int(f) if dtype == "Int64" else f)


def _gdf(chunk: list, columns: dict[str, tuple[str, str]], geometry=None):
    """A GeoDataFrame of a chunk: ``columns`` maps each column to (its dtype in the layer's
    frame, its written kind)."""
    import geopandas as gpd
    import pandas as pd

    data = {c: _column([_framed(row.get(c), fd) for row, _ in chunk], kind) for c, (fd, kind) in columns.items()}
    df = pd.DataFrame(data, columns=list(columns))
    geoms = geometry if geometry is not None else [g for _, g in chunk]
    return gpd.GeoDataFrame(df, geometry=gpd.GeoSeries(geoms, crs="EPSG:4326"), crs="EPSG:4326")


# ---------------------------------------------------------------------- GeoPackage

def write_gpkg(lines: Lines, path) -> None:
    """The batch's GeoPackage (the layers and columns of :func:`geomap.io.writers.to_geopackage`)."""
    import pyogrio

    from geomap.io.writers import GPKG_GEOMETRY_TYPES, _midpoint, _promote, gpkg_layers

    summary = scan(lines)
    empty = gpkg_layers({"type": "FeatureCollection", "features": []})
    with atomic.atomic_path(path) as tmp:
        def put(name: str, gdf, gtype: str) -> None:
            pyogrio.write_dataframe(gdf, tmp, layer=name, driver="GPKG", geometry_type=gtype,
                                    append=tmp.exists(), promote_to_multi=False)

        for layer, name in (*LAYER_FRAMES.items(), ("incident", "incident_points")):
            s = summary[layer]
            if not s.rows:
                put(name, empty[name], "Point" if name == "incidents" else GPKG_GEOMETRY_TYPES[name])
                continue
            columns = {c: (col.frame_dtype(c), col.frame_dtype(c) if col.frame_dtype(c) != "object"
                           else _object_kind(col.kinds, col.missing)) for c, col in s.cols.items()}
            if name == "incidents":
                gtype = "Point" if s.geom_types <= {"Point"} else "Unknown"
            else:
                gtype = GPKG_GEOMETRY_TYPES[name]
            for chunk in _chunks(lines, layer):
                if name == "incident_points":
                    shapes = [g for _, g in chunk]
                    gdf = _gdf(chunk, columns, [_midpoint(g) for g in shapes])
                    types = [None if g is None else g.geom_type for g in shapes]
                    gdf.insert(len(gdf.columns) - 1, "geometry_type",
                               _column(types, "str" if s.geom_types else "none"))
                else:
                    gdf = _gdf(chunk, columns)
                    if name in ("displacement", "frontier"):
                        gdf = _promote(gdf, gtype)
                put(name, gdf, gtype)


# ---------------------------------------------------------------------- GeoParquet

def _parquet_kinds(summary: dict[str, _Layer]) -> dict[str, str]:
    """Each column's written kind in the one GeoParquet table (all layers one after the
    other, as ``writers.to_frame`` concatenates them, then ``_flat_columns``)."""
    columns: dict[str, None] = {"layer": None}
    for s in summary.values():
        columns.update(dict.fromkeys(s.cols))
    parts = [s for s in summary.values() if s.rows]
    out = {"layer": "str"}
    for c in columns:
        if c == "layer":
            continue
        dtypes, kinds, missing = set(), set(), False
        for s in parts:
            col = s.cols.get(c)
            fd = col.frame_dtype(c) if col is not None else "object"
            has = col is not None and (col.has_number if fd != "object" else bool(col.kinds))
            if not has:  # a column all missing in a layer is cast to object before the concatenation
                dtypes.add("object")
                missing = True
                continue
            dtypes.add(fd)
            missing = missing or col.missing
            kinds |= col.kinds if fd == "object" else {"int" if fd == "Int64" else "float"}
        if dtypes == {"Int64"} or dtypes == {"float64"}:
            out[c] = dtypes.pop()
        elif dtypes == {"Int64", "float64"}:
            out[c] = "Float64"
        else:
            out[c] = _object_kind(kinds, missing)
    return out


_ARROW_TYPES = {"str": "string", "mixed": "large_string", "none": "null", "bool": "bool_", "Int64": "int64",
                "int64": "int64", "float64": "float64", "Float64": "float64"}


def write_parquet(lines: Lines, path) -> None:
    """The batch's GeoParquet file (the table of :func:`geomap.io.writers.to_geoparquet`),
    written a row group at a time."""
    import pyarrow.parquet as pq
    from geopandas.io.arrow import _geopandas_to_arrow

    summary = scan(lines, extent=True)
    kinds = _parquet_kinds(summary)
    writer, schema = None, None
    with atomic.atomic_path(path) as tmp:
        try:
            for layer, s in summary.items():
                if not s.rows:
                    continue
                columns = {c: ("object" if c == "layer" else s.cols[c].frame_dtype(c) if c in s.cols else "object",
                               kind) for c, kind in kinds.items()}
                for chunk in _chunks(lines, layer):
                    for row, _ in chunk:
                        row["layer"] = layer
                    table = _geopandas_to_arrow(_gdf(chunk, columns), index=False)
                    if writer is None:
                        schema = _schema(table.schema, kinds, summary)
                        writer = pq.ParquetWriter(tmp, schema, compression="snappy")
                    writer.write_table(table if table.schema.equals(schema, check_metadata=False)
                                       else table.cast(schema))  # a copy of the chunk only when needed
            if writer is None:  # no rows at all: the in-memory writer makes the empty table
                from geomap.io.writers import to_geoparquet

                to_geoparquet({"type": "FeatureCollection", "features": []}, tmp)
        finally:
            if writer is not None:
                writer.close()


def _schema(first, kinds: dict[str, str], summary: dict[str, _Layer]):
    """The file's schema: the first chunk's, with every column of the type the whole batch
    gives it (a column all missing in the first chunk is still text when later rows hold
    text), and the whole batch's geometry types and bounding box in the ``geo`` metadata."""
    import pyarrow as pa

    fields = [f if f.name not in kinds else f.with_type(getattr(pa, _ARROW_TYPES[kinds[f.name]])())
              for f in first]
    meta = dict(first.metadata)
    pandas = json.loads(meta[b"pandas"])
    for col in pandas["columns"]:
        if kinds.get(col["name"]) == "str":
            col["pandas_type"] = "unicode"
    meta[b"pandas"] = json.dumps(pandas).encode()
    geo = json.loads(meta[b"geo"])
    col = geo["columns"][geo["primary_column"]]
    col["geometry_types"] = sorted(set().union(*(s.parquet_types for s in summary.values())))
    bbox = [min(s.bbox[i] for s in summary.values()) for i in (0, 1)] + \
           [max(s.bbox[i] for s in summary.values()) for i in (2, 3)]
    if all(math.isfinite(v) for v in bbox):
        col["bbox"] = bbox
    else:
        col.pop("bbox", None)
    meta[b"geo"] = json.dumps(geo).encode()
    return pa.schema(fields, metadata=meta)


# ---------------------------------------------------------------------- ACLED-style CSV

_INCIDENT = '"layer": "incident"'


def _incidents(lines: Iterable[str]) -> Iterator[dict]:
    """The incident features of the merged batch (:func:`geomap.layers.merge` with
    ``documents``), in order; only the collections that hold one are decoded."""
    for i, line in enumerate(lines):
        if _INCIDENT not in line:
            continue
        fc = json.loads(line)
        doc = document_label(fc, i)
        for feat in fc.get("features") or []:
            props = feat.get("properties") or {}
            if props.get("layer") == "incident":
                yield {**feat, "properties": {"document": doc, **props}}


def _default_source(lines: Iterable[str]) -> str | None:
    """The merged batch's title, else its one source: what ``writers.acled_rows`` gives an
    incident that names neither its source nor its document."""
    title, sources = None, {}
    for line in lines:
        fc = json.loads(line)
        title = title or fc.get("title")
        if fc.get("source"):
            sources.setdefault(fc["source"], None)
    return title or (next(iter(sources)) if len(sources) == 1 else None)


def write_csv(lines: Lines, path) -> None:
    """The batch's ACLED-style CSV: the bytes :func:`geomap.io.writers.to_acled_csv` writes
    for the merged batch, from two passes (the extra columns any row fills come first in
    the header, so the rows are made once to learn them and again to write them)."""
    from geomap.io.writers import AcledRows, write_acled_csv

    first, orphan = AcledRows(), False
    for feat in _incidents(lines()):
        first.add(feat)
        orphan = orphan or feat["properties"].get("document") is None
    default = _default_source(lines()) if orphan else None
    skipped = sum(line.count('"layer": "') for line in lines()) - first.n
    table = AcledRows(default)
    rows = (row for row in map(table.add, _incidents(lines())) if row is not None)
    write_acled_csv(first.columns(), rows, path, skipped=skipped)
