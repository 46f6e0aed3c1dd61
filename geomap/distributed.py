"""Beyond one machine: a JSONL corpus read on a Dask cluster into partitioned GeoParquet.

``geomap extract corpus.jsonl --engine dask [--scheduler ADDRESS] -o OUTDIR`` and
:func:`extract_corpus` split the corpus into ranges of lines; each task reads its own range
from the file (so the file must be where the workers can read it: a shared or local disk),
reads the documents with the same pipeline as ``geomap extract`` and returns one
GeoDataFrame per layer. The layers are ``dask_geopandas`` GeoDataFrames written as
GeoParquet datasets, one file per partition, in input order::

    OUTDIR/places/part.0.parquet ...   OUTDIR/incidents/   OUTDIR/displacement/
    OUTDIR/frontier/                   OUTDIR/errors/      (documents that could not be read)

Every worker opens the gazetteer index read-only once (and loads the boundaries once): a
:class:`GeomapWorker` plugin does it when the worker starts, and the reading code keeps them
per process. A task carries only a file name, a byte range, two flags and where to cache.

Like ``geomap extract``, the corpus uses the per-document result cache
(:mod:`geomap.batch_cache`; ``--no-cache`` or ``cache=False`` to skip it): each worker opens it
once and writes each document's entry atomically as it is read, so a corpus run again after a
kill, or with documents added, reads only the documents it had not read.

Each layer's rows have ``document`` (the document's id), ``line`` (its line in the corpus),
``feature`` (the feature's position in the document's collection), the SPEC columns of the
layer, ``properties`` (geomap's other properties as JSON text) and ``geometry``; every
partition has the same schema. :func:`collections_from_parquet` turns them back into SPEC
FeatureCollections.

Dask is imported only here, and only when these functions run (the ``dask`` extra:
``pip install "geomap[dask]"``).
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from geomap.exceptions import InputError
from geomap.layers import FLOAT_COLUMNS, INTEGER_COLUMNS, LAYER_FRAMES, SPEC_COLUMNS

log = logging.getLogger(__name__)

__all__ = ["extract_corpus", "GeomapWorker", "collections_from_parquet", "read_layers"]

#: Documents per task (a partition of every layer).
DOCS_PER_PARTITION = 64
#: Output folders: the four layers, then the documents that could not be read.
FOLDERS = (*LAYER_FRAMES.values(), "errors")


def _require():
    try:
        import dask  # noqa: F401
        import dask_geopandas  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as e:
        raise InputError(f"--engine dask needs dask[distributed] and dask-geopandas "
                         f"(pip install \"geomap[dask]\"): {e}") from None


def _plugin_class():
    from distributed.diagnostics.plugin import WorkerPlugin

    class GeomapWorkerPlugin(WorkerPlugin):
        """Opens the gazetteer index (read-only) and loads the boundaries once per worker."""

        name = "geomap"

        def __init__(self, events: bool = True, quiet: bool = False) -> None:
            self.events, self.quiet = events, quiet

        def setup(self, worker) -> None:
            if self.quiet:  # a cluster geomap started logs no more than the caller's process, and
                # its scheduler lives in the caller: a heartbeat it misses is geomap closing it
                logging.getLogger("distributed").setLevel(logging.WARNING)
                logging.getLogger("distributed.worker").addFilter(_not_a_closing_heartbeat)
            warm_up(self.events)

    return GeomapWorkerPlugin


def _not_a_closing_heartbeat(record: logging.LogRecord) -> bool:
    return not str(record.msg).startswith("Failed to communicate with scheduler during heartbeat")


def GeomapWorker(events: bool = True, quiet: bool = False):  # noqa: N802 - a class made on demand
    """A ``distributed`` worker plugin that loads geomap's data once per worker."""
    return _plugin_class()(events, quiet)


def warm_up(events: bool = True) -> None:
    """Load what every document needs, once per process: the gazetteer index, the reading
    code, (with events) the boundaries, and geopandas for the partitions' frames.

    geopandas is imported here, before any task runs, because importing it for the first time
    in a task thread while the worker's own thread touches pandas can fail half-way
    ("partially initialized module"): seen once in CI on a two-worker LocalCluster."""
    import geopandas  # noqa: F401
    import pandas  # noqa: F401

    from geomap.gazetteer.lookup import get_gazetteer
    from geomap.reading import pipeline  # noqa: F401

    get_gazetteer()
    if events:
        from geomap.reading.borders import default_borders

        default_borders().boundaries


# ---------------------------------------------------------------------- one partition

def _ranges(path: Path, per_part: int) -> list[tuple[int, int, int]]:
    """(start byte, end byte, first line number) of each run of ``per_part`` lines."""
    out, start, n0, n, pos = [], 0, 1, 0, 0
    with open(path, "rb") as f:
        for raw in f:
            n += 1
            pos += len(raw)
            if n - n0 + 1 >= per_part:
                out.append((start, pos, n0))
                start, n0 = pos, n + 1
    if pos > start:
        out.append((start, pos, n0))
    return out


def _parse(raw: bytes, n: int, name: str, published):
    """(id, Article or InputError) of one JSONL line, as ``geomap extract`` reads it."""
    from geomap.io.articles import article_from_text, decode

    doc_id = n
    try:
        obj = json.loads(decode(raw, f"{name} line {n}"))
        if not isinstance(obj, dict):
            raise InputError(f"line {n}: expected a JSON object")
        doc_id = obj.get("id", n)
        if not isinstance(obj.get("text"), str) or not obj["text"].strip():
            raise InputError(f"line {n}: no 'text'")
        art = article_from_text(obj["text"], id=doc_id, title=obj.get("title"), source=obj.get("source") or name,
                                published=obj.get("published"), kind=obj.get("format", "auto"))
        if published and not art.published:
            from geomap.io.articles import Article

            art = Article(art.text, art.id, art.title, art.source, published)
        return doc_id, art
    except InputError as e:
        return doc_id, e
    except ValueError as e:
        return doc_id, InputError(f"line {n}: not JSON ({e.__class__.__name__}: {e})")


#: The result caches this process opened, by folder ("" for the default one).
_CACHES: dict = {}


def _result_cache(cache):
    """The worker's :class:`~geomap.batch_cache.ResultCache` for ``cache`` (True: its own
    default folder; a path: that folder), opened once per process; None without a cache."""
    if not cache:
        return None
    from geomap.batch_cache import ResultCache

    key = "" if cache is True else str(cache)
    if key not in _CACHES:
        _CACHES[key] = ResultCache.open(None if cache is True else cache)
    return _CACHES[key]


def _read_doc(article, events: bool, store) -> tuple[Any, bool]:
    """(collection or InputError, whether it came from the cache) of one article."""
    from geomap.batch import _extract_one
    from geomap.batch_cache import DocText, ResultCache

    path = store.path(article, events) if store is not None else None
    # a worker has no batch start: an entry unused for a day is marked used now, so a later
    # batch's pruning (BATCH_CACHE_DAYS) keeps what cluster runs still read
    hit = ResultCache.load(path, time.time() - 86400.0)
    if hit is not None:
        return hit.collection(), True
    fc = _extract_one(article, None, events, True)
    if path is not None and not isinstance(fc, InputError):
        ResultCache.store(path, DocText.of(fc, article.id))
    return fc, False


def read_part(path: str, start: int, end: int, first_line: int, events: bool = True, published=None,
              cache=None) -> dict:
    """Read the documents of one byte range of a JSONL corpus: ``{layer: GeoDataFrame,
    "errors": DataFrame}`` with the schema of :func:`empty_part`, and ``"cached"``: how many
    came from the result cache (runs on a worker; ``cache`` as :func:`extract_corpus` has it)."""
    rows: dict[str, list] = {name: [] for name in FOLDERS}
    name = Path(path).name
    store = _result_cache(cache)
    n_cached = 0
    with open(path, "rb") as f:
        f.seek(start)
        data = f.read(end - start)
    for n, raw in enumerate(data.splitlines(keepends=True), first_line):
        if not raw.strip():
            continue
        doc_id, item = _parse(raw, n, name, published)
        fc = item
        if not isinstance(item, InputError):
            fc, hit = _read_doc(item, events, store)
            n_cached += hit
        if isinstance(fc, InputError):
            rows["errors"].append({"document": str(doc_id), "line": n, "error": str(fc)})
            continue
        for i, feat in enumerate(fc["features"]):
            props = feat.get("properties") or {}
            frame = LAYER_FRAMES.get(props.get("layer"))
            if frame:
                rows[frame].append((str(doc_id), n, i, props, feat.get("geometry")))
    return {**{name: _frame(name, rows[name]) for name in FOLDERS}, "cached": n_cached}


def _frame(name: str, rows: list):
    import geopandas as gpd
    import pandas as pd
    from shapely.geometry import shape

    if name == "errors":
        return pd.DataFrame({"document": pd.Series([r["document"] for r in rows], dtype="string"),
                             "line": pd.Series([r["line"] for r in rows], dtype="int64"),
                             "error": pd.Series([r["error"] for r in rows], dtype="string")})
    layer = {v: k for k, v in LAYER_FRAMES.items()}[name]
    spec = SPEC_COLUMNS[layer]
    data: dict[str, Any] = {"document": pd.Series([r[0] for r in rows], dtype="string"),
                            "line": pd.Series([r[1] for r in rows], dtype="int64"),
                            "feature": pd.Series([r[2] for r in rows], dtype="int64")}
    cells = [[_cell(col, r[3].get(col)) for col in spec] for r in rows]
    for j, col in enumerate(spec):
        values = [c[j] for c in cells]
        dtype = "Int64" if col in INTEGER_COLUMNS else "Float64" if col in FLOAT_COLUMNS else "string"
        data[col] = pd.array(values, dtype=dtype)
    data["properties"] = pd.array([json.dumps(_rest(spec, r[3], c), ensure_ascii=False)
                                   for r, c in zip(rows, cells)], dtype="string")
    geoms = gpd.GeoSeries([shape(r[4]) if r[4] else None for r in rows], crs="EPSG:4326")
    return gpd.GeoDataFrame(pd.DataFrame(data), geometry=geoms, crs="EPSG:4326")


def _cell(col: str, v):
    """A property as its column holds it: whole numbers, decimals or text (None if it cannot)."""
    if v is None or isinstance(v, bool):
        return None
    if col in INTEGER_COLUMNS:
        return v if isinstance(v, int) else None
    if col in FLOAT_COLUMNS:
        return float(v) if isinstance(v, (int, float)) else None
    return v if isinstance(v, str) else None


def _rest(spec, props: dict, cells: list) -> dict:
    """Properties the SPEC columns do not hold exactly (geomap's extras, and any SPEC value
    whose type its column changes, such as 817 in a column of decimals), kept as JSON."""
    out = {k: v for k, v in props.items() if k not in spec and k != "layer"}
    for col, cell in zip(spec, cells):
        v = props.get(col)
        if v is not None and (cell is None or type(cell) is not type(v)):
            out[col] = v
    return out


def empty_part(name: str):
    """The schema (an empty frame) of one output folder's partitions."""
    return _frame(name, [])


# ---------------------------------------------------------------------- the corpus

def extract_corpus(path: str | Path, outdir: str | Path, *, scheduler: str | None = None,
                   n_workers: int | None = None, events: bool = True, published=None,
                   docs_per_partition: int | None = None, client=None, cache=False) -> dict:
    """Read a JSONL corpus on a Dask cluster and write each layer as partitioned GeoParquet.

    Parameters
    ----------
    path : str or pathlib.Path
        The corpus: one ``{"id", "text", "published", "title"}`` per line (as ``geomap
        extract``). Every worker must be able to read it at this path.
    outdir : str or pathlib.Path
        Gets ``places/``, ``incidents/``, ``displacement/``, ``frontier/`` and ``errors/``;
        written beside it first and moved into place when complete (an existing ``outdir``
        is replaced only then).
    scheduler : str, optional
        Address of a running scheduler (``tcp://host:8786``). Default: a LocalCluster of
        ``n_workers`` processes (one thread each), closed at the end.
    n_workers : int, optional
        Workers of the LocalCluster (default: the machine's cores).
    events : bool
        Incidents, displacement and frontier too (default), or places only.
    published : datetime.date, optional
        Date for documents that give none.
    docs_per_partition : int, optional
        Documents per task and per GeoParquet file (default: about four tasks per worker,
        at most :data:`DOCS_PER_PARTITION`).
    client : distributed.Client, optional
        Use this client (then ``scheduler`` and ``n_workers`` are not used).
    cache : bool or str or pathlib.Path
        Reuse and store each document's result, as ``geomap extract`` does: True, in each
        worker's own batch cache (:func:`geomap.settings.batch_cache_dir` on its machine); a
        folder, there (a disk the workers share). A corpus run again after a kill reads only
        the documents it had not read.

    Returns
    -------
    dict
        ``{"documents": n, "errors": n, "partitions": n, "cached": n, "places": n, ...}``
        (rows per layer; ``cached``: documents taken from the cache).
    """
    _require()
    import dask
    import dask.dataframe as dd
    import dask_geopandas  # noqa: F401  (registers the GeoDataFrame collections)
    from distributed import Client, LocalCluster

    path, outdir = Path(path).resolve(), Path(outdir).resolve()
    if not path.exists():
        raise InputError(f"{path}: no such file")
    n_docs = sum(1 for _ in _nonblank(path))
    cluster = None
    own_client = client is None
    if own_client:
        logging.getLogger("distributed").setLevel(max(logging.WARNING, logging.getLogger().level))
        if scheduler:
            client = Client(scheduler)
        else:
            cluster = LocalCluster(n_workers=n_workers or os.cpu_count() or 1, threads_per_worker=1,
                                   processes=True, dashboard_address=None)
            client = Client(cluster)
    outdir.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(dir=outdir.parent, prefix=f".{outdir.name}.partial-"))
    try:
        if docs_per_partition is None:  # a few tasks per worker, so they share the work evenly
            n_workers_now = max(1, len(client.scheduler_info().get("workers", {})))
            docs_per_partition = max(1, min(DOCS_PER_PARTITION, -(-n_docs // (4 * n_workers_now))))
        ranges = _ranges(path, max(1, int(docs_per_partition)))
        client.register_plugin(GeomapWorker(events, quiet=cluster is not None))
        if cache and cache is not True:
            cache = str(Path(cache).resolve())
        parts = [dask.delayed(read_part, pure=True)(str(path), a, b, n0, events, published, cache or None)
                 for a, b, n0 in ranges]
        writes = []
        for name in FOLDERS:
            pieces = [dask.delayed(dict.__getitem__)(p, name) for p in parts] or [dask.delayed(empty_part)(name)]
            ddf = dd.from_delayed(pieces, meta=empty_part(name), verify_meta=False)
            writes.append(ddf.to_parquet(str(work / name), write_index=False, compute=False))
        n_cached = dask.delayed(sum)([dask.delayed(dict.__getitem__)(p, "cached") for p in parts])
        *_, n_cached = dask.compute(*writes, n_cached)
        counted = {name: _rows(work / name) for name in FOLDERS}
        _replace_dir(work, outdir)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    finally:
        if own_client:
            client.close()
            if cluster is not None:
                cluster.close()
    return {"documents": n_docs, "partitions": len(ranges), "cached": n_cached, **counted}


def _rows(folder: Path) -> int:
    """Rows of a GeoParquet dataset, from its files' metadata."""
    import pyarrow.parquet as pq

    return sum(pq.read_metadata(p).num_rows for p in folder.glob("*.parquet"))


def _nonblank(path: Path):
    with open(path, "rb") as f:
        yield from (line for line in f if line.strip())


def _replace_dir(new: Path, target: Path) -> None:
    """Move a finished output folder into place (the old one, if any, goes only then)."""
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        os.replace(target, old)
    os.replace(new, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


# ---------------------------------------------------------------------- reading it back

def read_layers(outdir: str | Path) -> dict:
    """The layers of an :func:`extract_corpus` output as ``dask_geopandas`` GeoDataFrames
    (``errors`` as a dask DataFrame)."""
    _require()
    import dask.dataframe as dd
    import dask_geopandas

    outdir = Path(outdir)
    out = {name: dask_geopandas.read_parquet(str(outdir / name)) for name in LAYER_FRAMES.values()}
    out["errors"] = dd.read_parquet(str(outdir / "errors"))
    return out


def collections_from_parquet(outdir: str | Path) -> dict[str, dict]:
    """``{document id: SPEC FeatureCollection}`` from an :func:`extract_corpus` output, each
    collection's features in their original order (for checks and small corpora)."""
    import geopandas as gpd
    import pandas as pd
    from shapely.geometry import mapping

    feats: dict[str, list] = {}
    for name in LAYER_FRAMES.values():
        layer = {v: k for k, v in LAYER_FRAMES.items()}[name]
        gdf = gpd.read_parquet(Path(outdir) / name)
        for rec in gdf.to_dict("records"):
            geom = rec.pop("geometry")
            props = {"layer": layer}
            for col in SPEC_COLUMNS[layer]:
                v = rec[col]
                props[col] = None if pd.isna(v) else int(v) if col in INTEGER_COLUMNS else \
                    float(v) if col in FLOAT_COLUMNS else str(v)
            props.update(json.loads(rec["properties"]))
            g = json.loads(json.dumps(mapping(geom))) if geom is not None else None
            feats.setdefault(rec["document"], []).append((int(rec["feature"]), {"type": "Feature", "geometry": g,
                                                                               "properties": props}))
    return {doc: {"type": "FeatureCollection", "features": [f for _, f in sorted(fs, key=lambda t: t[0])]}
            for doc, fs in feats.items()}
