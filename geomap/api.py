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
from datetime import date
from pathlib import Path
from typing import Any, Iterable, Iterator

from geomap.exceptions import InputError
from geomap.io import formats

log = logging.getLogger(__name__)

__all__ = ["Result", "read", "read_many", "read_file"]

_LAYERS = ("places", "incidents", "displacement", "frontier")


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
        from geomap.layers import merge

        return json.loads(json.dumps(merge(self._collections)))

    def merged(self, *, title: str | None = None) -> Result:
        """One document holding every feature (:func:`geomap.layers.merge`), e.g. to write one file."""
        from geomap.layers import merge

        return Result([merge(self._collections, title=title)], errors=self.errors)

    def fuse(self, *, title: str | None = None) -> Result:
        """One event per incident told by several documents (and ACLED rows): a new Result.

        Incidents of compatible type, place and date from different documents become one
        ``incident`` feature with ``sources`` (each report's title, date and sentence),
        ``report_count``, ``date_start``/``date_end``, the toll by ACLED's rule and
        ``in_acled``; displacement keeps the latest figure per area (see
        :mod:`geomap.fusion` and the README's "Many reports, one picture").

        Parameters
        ----------
        title : str, optional
            Title of the fused collection (shown on its map).

        Returns
        -------
        Result
            One collection holding the fused layers (``errors`` carried over).

        Examples
        --------
        >>> events = geomap.read_many(["a.txt", "b.txt", "acled.csv"]).fuse()  # doctest: +SKIP
        >>> events.incidents[["event_type", "date", "report_count", "in_acled"]]  # doctest: +SKIP
        """
        from geomap.fusion import fuse

        return Result([fuse(self._collections, title=title)], errors=self.errors)

    # ------------------------------------------------------------------ maps
    def to_map(self, *, offline: bool = True, title: str | None = None, m=None, boundaries=None,
               tiles: bool = True):
        """The folium map of every layer (for customising, saving, or showing).

        Parameters
        ----------
        offline : bool
            True (the default): every script inlined and the bundled boundaries as the
            base map, so the map shows with no network. False: the small variant that loads
            Leaflet from a CDN and web tiles (it says so on the page when it cannot).
        title : str, optional
            Map title (default: the first document's title).
        m : folium.Map, optional
            Draw onto this map (like ``GeoDataFrame.explore(m=...)``).
        boundaries : optional
            Boundary data (``geomap.boundaries.load_boundaries()``), or False for none.
        tiles : bool
            Online base maps when ``offline=False``.

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
        """Jupyter shows the map inline, self-contained (scripts inlined) so it works without network."""
        return self.to_map(offline=True)._repr_html_()

    def save_map(self, path: str | Path, *, offline: bool = True, title: str | None = None,
                 png: str | None = None) -> Path:
        """Write the map as an HTML page (and optionally a PNG), like ``geomap map -o``;
        self-contained unless ``offline=False`` (``geomap map --cdn``)."""
        from geomap.mapfiles import write_map

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
    return bool(formats.LOOKS_LIKE_PATH.match(source.strip()))


def read(source: str | Path | dict, *, published: date | str | None = None, title: str | None = None,
         geocoder=None, events: bool = True) -> Result:
    """Read one article (text or file) or one data file into a :class:`Result`.

    Parameters
    ----------
    source : str, pathlib.Path or dict
        Article text; or a path to an article (``.txt``, ``.md``, ``.html``) or to data
        (``.geojson``, ACLED ``.csv``, ``.gpkg``, ``.parquet``, read with
        :func:`read_file`); or a FeatureCollection dict; or a ``{"text": ...}`` record.
        A file is read as what its content and extension say it is
        (:func:`geomap.io.sniff.input_kind`): a JSONL batch of articles is read with
        :func:`read_many` (bad lines listed in ``Result.errors``), never as one article.
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
        from geomap.io.sniff import DATA_KINDS, input_kind

        path = Path(source)
        kind = input_kind(path)  # by content and extension: JSON lines are never read as prose
        if kind in DATA_KINDS:
            return read_file(path)
        if kind == "article_batch":
            return read_many([path], published=published, geocoder=geocoder, events=events, errors="skip")
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


def _is_article_batch(path) -> bool:
    from geomap.io.sniff import input_kind

    try:
        return input_kind(path) == "article_batch"
    except InputError:
        return False  # read() names the problem, in the batch's order


def _items(sources) -> Iterator[tuple[Any, Any]]:
    """(label, item) for each input of read_many; a .jsonl path expands to its lines."""
    if isinstance(sources, (str, Path)) or (isinstance(sources, dict) and "text" in sources):
        sources = [sources]
    for i, item in enumerate(sources, 1):
        if isinstance(item, (str, Path)) and _is_path(item) and str(item) != "-" and _is_article_batch(item):
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
    from geomap.batch import ProgressBar, run_batch
    from geomap.io.articles import parse_date

    items = list(_items(sources))
    with ProgressBar(len(items), "geomap read", show=progress and len(items) > 1) as bar:
        done = run_batch(items, published=parse_date(published), geocoder=geocoder, events=events,
                         progress=bar.advance, internal_errors=False, stop_on_error=errors == "raise",
                         read_other=lambda item: read(item, published=published, geocoder=geocoder,
                                                      events=events).collections)
    collections: list[dict] = []
    failed: list[tuple[Any, str]] = []
    for label, outcome in done.outcomes:
        if isinstance(outcome, InputError):
            log.warning("skipped %s: %s", label, outcome)
            failed.append((label, str(outcome)))
        else:
            collections += outcome
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
    from geomap.io.readers import read_data

    collections, failed = read_data(path, layer=layer)
    return Result(collections, errors=failed)
