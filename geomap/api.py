"""geomap's Python API: as small as the command line.

>>> import geomap
>>> r = geomap.read("article.txt", published="2025-07-24")   # doctest: +SKIP
>>> r.incidents                       # a GeoDataFrame (EPSG:4326, SPEC columns)  # doctest: +SKIP
>>> r                                 # in Jupyter: the map, inline  # doctest: +SKIP
>>> r.to_file("layers.gpkg")          # or .geojson, .parquet, .csv (ACLED columns)  # doctest: +SKIP
>>> (r + geomap.read_file("acled.csv")).explore()   # both on one map  # doctest: +SKIP

Nothing heavy is imported here at module level: the reading pipeline, geopandas and
folium load when a function needs them.
"""
from __future__ import annotations

import json
import logging
import re
from datetime import date
from pathlib import Path
from typing import Any, Iterable, Iterator

from geomap.exceptions import InputError

log = logging.getLogger(__name__)

__all__ = ["Result", "read", "read_many", "read_file"]

#: Extensions read as data (not as an article) by :func:`read` and :func:`read_file`.
DATA_SUFFIXES = {".geojson", ".json", ".csv", ".gpkg", ".parquet", ".geoparquet", ".jsonl"}
ARTICLE_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".text"}
_LAYERS = ("places", "incidents", "displacement", "frontier")
_LOOKS_LIKE_PATH = re.compile(r"^[^\s<>]*\.(?:txt|md|markdown|html?|text|geojson|json|jsonl|csv|gpkg|g?e?o?parquet)$",
                              re.I)


class Result:
    """What geomap read: the four layers as GeoDataFrames, the map, and exports.

    A Result holds SPEC FeatureCollections (one per document) and shows them the way
    pandas and geopandas users expect: layer frames as attributes, an inline map in
    Jupyter, ``explore()``, ``to_file()``, ``+`` to merge.

    Parameters
    ----------
    collections : dict or iterable of dict
        SPEC FeatureCollections (``geomap extract`` output, :func:`geomap.io.acled.read_acled`).
    errors : list of (id, message), optional
        Documents that could not be read (see :func:`read_many`).

    Attributes
    ----------
    places, incidents, displacement, frontier : geopandas.GeoDataFrame
        One row per feature of the layer; EPSG:4326; SPEC.md columns first, then
        ``document`` (which input the row came from), then geomap's extra fields.
        Empty layers are empty frames with the SPEC columns.
    collections : list of dict
        The SPEC FeatureCollections, as read.
    errors : list of (id, message)
        Documents skipped by ``read_many(..., errors="skip")``.

    Examples
    --------
    >>> r = geomap.read("Shelling hit Kantharalak in Sisaket province on 24 July 2025.")  # doctest: +SKIP
    >>> r.incidents[["event_type", "date", "location"]]  # doctest: +SKIP
    """

    __slots__ = ("_collections", "errors", "_frames")

    def __init__(self, collections: dict | Iterable[dict] = (), *, errors: list | None = None) -> None:
        if isinstance(collections, dict):
            collections = [collections]
        cols = []
        for i, fc in enumerate(collections):
            if not isinstance(fc, dict) or fc.get("type") != "FeatureCollection" \
                    or not isinstance(fc.get("features"), list):
                raise InputError(f"collection {i + 1} is not a GeoJSON FeatureCollection")
            cols.append(fc)
        self._collections: tuple[dict, ...] = tuple(cols)
        self.errors: list = list(errors or [])
        self._frames: dict | None = None

    # ------------------------------------------------------------------ data
    @property
    def collections(self) -> list[dict]:
        """The SPEC FeatureCollections, one per document read."""
        return list(self._collections)

    def _layers(self) -> dict:
        if self._frames is None:
            from geomap.layers import frames

            self._frames = frames(self._collections)
        return self._frames

    @property
    def places(self):
        """Place mentions (GeoDataFrame, Points): mention, start, end, name, place_type, iso2, iso3, admin1, confidence, gazetteer_id."""
        return self._layers()["places"]

    @property
    def incidents(self):
        """Incidents (GeoDataFrame, Points or lines along a frontier): event_type, sub_event_type, date, date_text, fatalities, fatalities_text, location, iso3, admin1, geo_precision, source_sentence."""
        return self._layers()["incidents"]

    @property
    def displacement(self):
        """Areas people fled (GeoDataFrame, Polygons): name, admin1, iso3, displaced, displaced_text, source_sentence."""
        return self._layers()["displacement"]

    @property
    def frontier(self):
        """Frontiers the texts are about (GeoDataFrame, lines): iso3_a, iso3_b, length_km, stated_length_km."""
        return self._layers()["frontier"]

    @property
    def layers(self) -> dict:
        """``{"places": gdf, "incidents": gdf, "displacement": gdf, "frontier": gdf}``."""
        return dict(self._layers())

    def __getitem__(self, layer: str):
        """``r["incidents"]`` is ``r.incidents`` (singular SPEC names work too)."""
        from geomap.layers import LAYER_FRAMES

        name = LAYER_FRAMES.get(layer, layer)
        if name not in _LAYERS:
            raise KeyError(f"{layer!r}: layers are {', '.join(_LAYERS)}")
        return self._layers()[name]

    def __len__(self) -> int:
        """The number of documents."""
        return len(self._collections)

    def __iter__(self) -> Iterator[Result]:
        """One Result per document."""
        for fc in self._collections:
            yield Result([fc])

    def to_frame(self):
        """Every layer in one GeoDataFrame with a leading ``layer`` column."""
        from geomap.io.writers import to_frame

        return to_frame(list(self._collections))

    def to_geojson(self) -> dict:
        """One SPEC FeatureCollection (dict) with every feature.

        With one document this is its collection (``title``, ``source``, ``published``
        kept); with several, features carry a ``document`` property naming their input.
        """
        if len(self._collections) == 1:
            return json.loads(json.dumps(self._collections[0]))
        from geomap.layers import document_label

        fc: dict[str, Any] = {"type": "FeatureCollection"}
        titles = [c.get("title") for c in self._collections if c.get("title")]
        if titles:
            fc["title"] = titles[0]
        fc["features"] = [
            {**f, "properties": {"document": document_label(c, i), **(f.get("properties") or {})}}
            for i, c in enumerate(self._collections) for f in c.get("features") or []]
        return json.loads(json.dumps(fc))

    # ------------------------------------------------------------------ maps
    def to_map(self, *, offline: bool = False, title: str | None = None, m=None, boundaries=None,
               tiles: bool = True):
        """The folium map of every layer (for customising, saving, or showing).

        Parameters
        ----------
        offline : bool
            Inline every script and use vector boundaries instead of web tiles, so the
            map shows with no network.
        title : str, optional
            Map title (default: the first document's title).
        m : folium.Map, optional
            Draw onto this map (like ``GeoDataFrame.explore(m=...)``).
        boundaries : optional
            Boundary data (``geomap.boundaries.load_boundaries()``), or False for none.
        tiles : bool
            Online base maps when not offline.

        Returns
        -------
        folium.Map
        """
        from geomap.render.mapbuild import build_map

        return build_map(list(self._collections), offline=offline, title=title, m=m, boundaries=boundaries,
                         tiles=tiles)

    def explore(self, m=None, **kwargs):
        """Like ``GeoDataFrame.explore``: the interactive folium map (see :meth:`to_map`).

        Parameters
        ----------
        m : folium.Map, optional
            Draw onto this map.
        **kwargs
            ``offline``, ``title``, ``boundaries``, ``tiles`` as in :meth:`to_map`.

        Returns
        -------
        folium.Map
        """
        return self.to_map(m=m, **kwargs)

    def _repr_html_(self) -> str:
        """Jupyter shows the map inline; offline (scripts inlined) so it works without network."""
        return self.to_map(offline=True)._repr_html_()

    def save_map(self, path: str | Path, *, offline: bool = False, title: str | None = None,
                 png: str | None = None) -> Path:
        """Write the map as an HTML page (and optionally a PNG), like ``geomap map -o``."""
        from geomap.render.mapbuild import write_map

        return write_map(list(self._collections), path, offline=offline, title=title, png=png)

    # ------------------------------------------------------------------ files
    def to_file(self, path: str | Path, format: str | None = None) -> Path:
        """Write every layer to a file, atomically.

        Parameters
        ----------
        path : str or pathlib.Path
            ``.geojson`` (SPEC), ``.gpkg`` (one layer per geomap layer), ``.parquet``
            (GeoParquet, one file, a ``layer`` column) or ``.csv`` (incidents with
            ACLED's columns).
        format : {"geojson", "gpkg", "parquet", "csv"}, optional
            Overrides the extension.

        Returns
        -------
        pathlib.Path
        """
        from geomap.io.writers import write_collection

        return write_collection(self.to_geojson(), path, format)

    # ------------------------------------------------------------------ merging
    def __add__(self, other: Result) -> Result:
        if not isinstance(other, Result):
            return NotImplemented
        return Result(self._collections + other._collections, errors=self.errors + other.errors)

    def __radd__(self, other):
        if other == 0:  # sum(results)
            return self
        return NotImplemented

    @classmethod
    def concat(cls, results: Iterable[Result]) -> Result:
        """One Result with the documents of several, in order (``sum`` works too)."""
        out = cls()
        for r in results:
            out = out + r
        return out

    def __repr__(self) -> str:
        counts = self.counts()
        docs = len(self._collections)
        parts = [f"{docs} document{'s' if docs != 1 else ''}"] + [f"{counts[k]} {k}" for k in _LAYERS]
        if self.errors:
            parts.append(f"{len(self.errors)} error{'s' if len(self.errors) != 1 else ''}")
        return f"<geomap.Result: {', '.join(parts)}>"

    def counts(self) -> dict[str, int]:
        """Number of features per layer, without building the frames."""
        from geomap.layers import LAYER_FRAMES

        out = dict.fromkeys(_LAYERS, 0)
        for fc in self._collections:
            for f in fc.get("features") or []:
                name = LAYER_FRAMES.get((f.get("properties") or {}).get("layer"))
                if name:
                    out[name] += 1
        return out


# ---------------------------------------------------------------------- reading

def _is_path(source: Any) -> bool:
    if isinstance(source, Path):
        return True
    if not isinstance(source, str) or "\n" in source or len(source) > 1024 or not source.strip():
        return False
    if source == "-":
        return True
    try:
        if Path(source).is_file():
            return True
    except OSError:
        return False
    return bool(_LOOKS_LIKE_PATH.match(source.strip()))


def read(source: str | Path | dict, *, published: date | str | None = None, title: str | None = None,
         geocoder=None, events: bool = True) -> Result:
    """Read one article (text or file) or one data file into a :class:`Result`.

    Parameters
    ----------
    source : str, pathlib.Path or dict
        Article text; or a path to an article (``.txt``, ``.md``, ``.html``) or to data
        (``.geojson``, ACLED ``.csv``, ``.gpkg``, ``.parquet``, read with
        :func:`read_file`); or a FeatureCollection dict; or a ``{"text": ...}`` record.
    published : datetime.date or str, optional
        Publication date (``YYYY-MM-DD``): relative dates in the text ("on Thursday")
        are resolved against it.
    title : str, optional
        The article's title (default: its first line).
    geocoder : geopy Geocoder, optional
        Default: geomap's offline gazetteer (:class:`geomap.geocoders.OfflineGeocoder`).
    events : bool
        Read incidents, displacement and the frontier too (default), or places only.

    Returns
    -------
    Result

    Raises
    ------
    geomap.exceptions.InputError
        A missing, empty, binary or undecodable file, or a bad date.

    Examples
    --------
    >>> r = geomap.read("news/clash.txt", published="2025-07-24")  # doctest: +SKIP
    >>> r.places.head()  # doctest: +SKIP
    """
    if isinstance(source, dict):
        if source.get("type") == "FeatureCollection":
            return Result([source])
        return _read_record(source, published=published, geocoder=geocoder, events=events)
    if _is_path(source):
        path = Path(source)
        if str(source) != "-" and path.suffix.lower() in DATA_SUFFIXES:
            return read_file(path)
        from geomap.reading.pipeline import extract_file

        return Result([extract_file(source, published=published, title=title, geocoder=geocoder, events=events)])
    if not isinstance(source, str):
        raise InputError(f"cannot read a {type(source).__name__}: give text, a path or a dict")
    from geomap.reading.pipeline import extract_text

    return Result([extract_text(source, published=published, title=title, geocoder=geocoder, events=events)])


def _read_record(rec: dict, *, published=None, geocoder=None, events: bool = True) -> Result:
    from geomap.io.articles import article_from_text
    from geomap.reading.pipeline import extract_article

    if not isinstance(rec.get("text"), str) or not rec["text"].strip():
        raise InputError(f"document {rec.get('id', '')!r}: no 'text'".replace(" ''", ""))
    article = article_from_text(rec["text"], id=rec.get("id"), title=rec.get("title"), source=rec.get("source"),
                                published=rec.get("published") or published, kind=rec.get("format", "auto"))
    return Result([extract_article(article, geocoder=geocoder, events=events)])


def _items(sources) -> Iterator[tuple[Any, Any]]:
    """(label, item) for each input of read_many; a .jsonl path expands to its lines."""
    if isinstance(sources, (str, Path)) or (isinstance(sources, dict) and "text" in sources):
        sources = [sources]
    for i, item in enumerate(sources, 1):
        if isinstance(item, (str, Path)) and _is_path(item) and str(item).lower().endswith(".jsonl"):
            from geomap.io.articles import read_batch

            for n, doc_id, art in read_batch(item):
                yield doc_id, art
            continue
        label = item.get("id", i) if isinstance(item, dict) else (str(item) if _is_path(item) else i)
        yield label, item


def read_many(sources, *, published: date | str | None = None, geocoder=None, events: bool = True,
              errors: str = "raise", progress: bool = False) -> Result:
    """Read several documents into one :class:`Result` (one collection each, in order).

    Parameters
    ----------
    sources : iterable
        Article texts, paths (articles, data files, or a ``.jsonl`` batch whose lines are
        ``{"id", "text", "published", "title"}``), ``{"text": ...}`` dicts or
        FeatureCollections, mixed freely. A single ``.jsonl`` path works too.
    published : datetime.date or str, optional
        Publication date for documents that do not give their own.
    geocoder : geopy Geocoder, optional
        Default: geomap's offline gazetteer.
    events : bool
        Read incidents, displacement and frontier too (default).
    errors : {"raise", "skip"}
        On a document that cannot be read: stop with its InputError, or skip it and list it
        in ``Result.errors`` (as ``geomap extract`` does for batches).
    progress : bool
        Show a progress bar (rich) on standard error.

    Returns
    -------
    Result

    Examples
    --------
    >>> r = geomap.read_many(["a.txt", "b.txt", "ACLED.csv"])  # doctest: +SKIP
    >>> r = geomap.read_many("examples/corpus/corpus.jsonl", errors="skip")  # doctest: +SKIP
    """
    if errors not in ("raise", "skip"):
        raise ValueError("errors must be 'raise' or 'skip'")
    from geomap.io.articles import Article
    from geomap.reading.pipeline import extract_article

    items = list(_items(sources))
    bar = None
    if progress and len(items) > 1:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        bar = Progress(TextColumn("geomap read"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                       console=Console(stderr=True))
        bar.start()
        task = bar.add_task("docs", total=len(items))
    collections: list[dict] = []
    failed: list[tuple[Any, str]] = []
    try:
        for label, item in items:
            try:
                if isinstance(item, InputError):
                    raise item
                if isinstance(item, Article):
                    if published and not item.published:
                        from geomap.io.articles import parse_date

                        item = Article(item.text, item.id, item.title, item.source, parse_date(published))
                    r = Result([extract_article(item, geocoder=geocoder, events=events)])
                else:
                    r = read(item, published=published, geocoder=geocoder, events=events)
                collections += r.collections
            except InputError as e:
                if errors == "raise":
                    raise
                log.warning("skipped %s: %s", label, e)
                failed.append((label, str(e)))
            finally:
                if bar is not None:
                    bar.advance(task)
    finally:
        if bar is not None:
            bar.stop()
    return Result(collections, errors=failed)


def read_file(path: str | Path, *, layer: str | None = None) -> Result:
    """Read data geomap (or ACLED) wrote: GeoJSON, ACLED CSV, GeoPackage, GeoParquet, JSONL.

    Parameters
    ----------
    path : str or pathlib.Path
        ``.geojson``/``.json``: a SPEC FeatureCollection, or GeoJSON of ACLED records
        (features without ``properties.layer`` are read as incidents).
        ``.csv``: an ACLED-style export (:func:`geomap.io.acled.read_acled`).
        ``.gpkg`` / ``.parquet``: files written by :meth:`Result.to_file`.
        ``.jsonl``: ``geomap extract`` batch output (one collection per line; error lines
        are listed in ``Result.errors``).
    layer : str, optional
        Read only this layer (``places``, ``incidents``, ...).

    Returns
    -------
    Result
    """
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix in (".geojson", ".json", ".csv"):
        from geomap.io.acled import read_acled

        if suffix == ".csv":
            result = Result([read_acled(path)])
        else:
            result = Result([_read_geojson(path)])
    elif suffix == ".jsonl":
        result = _read_jsonl(path)
    elif suffix == ".gpkg":
        result = Result([_read_gpkg(path)])
    elif suffix in (".parquet", ".geoparquet"):
        result = Result([_read_parquet(path)])
    else:
        raise InputError(f"{path}: not a data file geomap reads (.geojson, .csv, .gpkg, .parquet, .jsonl); "
                         f"use geomap.read() for articles")
    if layer:
        from geomap.layers import FRAME_LAYERS

        keep = FRAME_LAYERS.get(layer, layer)
        result = Result([{**fc, "features": [f for f in fc["features"] if f["properties"].get("layer") == keep]}
                         for fc in result.collections], errors=result.errors)
    return result


def _read_geojson(path: Path) -> dict:
    from geomap.io.acled import read_acled

    fc = read_acled(path)  # SPEC features kept, ACLED records become incidents
    data = json.loads(path.read_text(encoding="utf-8-sig"))
    for k in ("title", "source", "published", "id"):
        if data.get(k) is not None:
            fc[k] = data[k]
    return fc


def _read_jsonl(path: Path) -> Result:
    collections, failed = [], []
    with open(path, encoding="utf-8-sig") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except ValueError:
                raise InputError(f"{path} line {n}: not JSON") from None
            if obj.get("error"):
                failed.append((obj.get("id", n), obj["error"]))
            elif obj.get("type") == "FeatureCollection":
                collections.append(obj)
            else:
                raise InputError(f"{path} line {n}: not a FeatureCollection (an article batch? use read_many)")
    return Result(collections, errors=failed)


def _read_gpkg(path: Path) -> dict:
    import pyogrio

    from geomap.layers import collection_from_frames

    names = {str(row[0]) for row in pyogrio.list_layers(path)}
    layers = {name: pyogrio.read_dataframe(path, layer=name) for name in _LAYERS if name in names}
    if not layers:
        raise InputError(f"{path}: no geomap layers ({', '.join(_LAYERS)}) in this GeoPackage")
    return collection_from_frames(title=path.name, source=str(path), json_text=True,
                                  **{k: _drop_empty(v, k) for k, v in layers.items()})


def _read_parquet(path: Path) -> dict:
    import geopandas as gpd

    from geomap.layers import collection_from_frames

    gdf = gpd.read_parquet(path)
    if "layer" not in gdf.columns:
        raise InputError(f"{path}: no 'layer' column: not a geomap GeoParquet file")
    layers = {}
    for name, singular in (("places", "place"), ("incidents", "incident"), ("displacement", "displacement"),
                           ("frontier", "frontier")):
        part = gdf[gdf["layer"] == singular].drop(columns="layer")
        layers[name] = _drop_empty(part, name)
    return collection_from_frames(title=path.name, source=str(path), json_text=True, **layers)


def _drop_empty(gdf, layer: str):
    """Non-SPEC columns that are empty in every row dropped (the union of layers leaves many)."""
    from geomap.layers import FRAME_LAYERS, SPEC_COLUMNS

    spec = set(SPEC_COLUMNS[FRAME_LAYERS[layer]])
    keep = [c for c in gdf.columns if c == gdf.geometry.name or c in spec or gdf[c].notna().any()]
    return gdf[keep]
