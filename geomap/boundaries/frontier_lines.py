"""Detailed land-frontier lines (OpenStreetMap): load the bundled file and look pairs up.

One job: read ``shapefiles/frontiers_osm.parquet`` (built by
``scripts/build_frontier_lines.py``) once per process and answer "which line do these two
countries share, how long is it, and what does the data say about it". The file is small
(a few hundred rows) and read whole with pyarrow, once: its rows are kept in the user cache
(``geomap.boundaries.cache``), so a fresh process neither reads the file nor imports pyarrow.
Geometries stay WKB until a pair is asked for, and geopandas is never imported.

Data © OpenStreetMap contributors, ODbL 1.0 (see ``shapefiles/README.md``).
"""
from __future__ import annotations

import functools
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geomap.exceptions import DataError

log = logging.getLogger(__name__)

FILE_NAME = "frontiers_osm.parquet"


def default_path() -> Path:
    """The bundled file, in the folder ``GEOMAP_SHAPEFILES`` points to (else ``shapefiles/``)."""
    from geomap import settings

    return settings.shapefiles_dir() / FILE_NAME


@dataclass(frozen=True)
class FrontierLines:
    """All pairs of one frontier-lines file, keyed by sorted ISO3 pairs.

    Attributes
    ----------
    path : Path
        The file read.
    source : str
        Where the data come from, for "measured on ..." captions.
    rows : dict
        ``(iso3_a, iso3_b) -> {column: value}``, ``iso3_a < iso3_b``; ``geometry`` is WKB.
    """

    path: Path
    source: str
    rows: dict[tuple[str, str], dict[str, Any]]
    _geoms: dict[tuple[str, str], Any] = field(default_factory=dict, repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.rows)

    def __contains__(self, pair: object) -> bool:
        return isinstance(pair, tuple) and len(pair) == 2 and _key(*pair) in self.rows

    def get(self, iso3_a: str, iso3_b: str) -> tuple[Any, float, dict[str, Any]] | None:
        """The shared line of two countries, its length in km and its other columns.

        Parameters
        ----------
        iso3_a, iso3_b : str
            ISO 3166-1 alpha-3 codes (Kosovo ``XKX``), in either order, any case.

        Returns
        -------
        tuple or None
            ``(geometry, length_km, meta)``: a shapely (Multi)LineString in lon/lat
            (EPSG:4326), the geodesic length of that line, and a dict of the remaining
            columns (``iso3_a``, ``iso3_b``, ``length_unsimplified_km``, ``land_km``,
            ``water_bridged_km``, ``status``, ``note``, ``source`` ...). None when the file
            has no land frontier for the pair.
        """
        key = _key(iso3_a, iso3_b)
        row = self.rows.get(key)
        if row is None:
            return None
        if key not in self._geoms:
            import shapely

            self._geoms[key] = shapely.from_wkb(row["geometry"])
        meta = {k: v for k, v in row.items() if k not in ("geometry", "length_km")}
        return self._geoms[key], float(row["length_km"]), meta

    def neighbours(self, iso3: str) -> list[str]:
        """ISO3 codes of the countries sharing a frontier with ``iso3`` in this file, sorted."""
        code = iso3.strip().upper()
        return sorted(b if a == code else a for a, b in self.rows if code in (a, b))


def _key(a: str, b: str) -> tuple[str, str]:
    a, b = a.strip().upper(), b.strip().upper()
    return (a, b) if a <= b else (b, a)


@functools.lru_cache(maxsize=4)
def _load(path: str, mtime_ns: int) -> FrontierLines:
    """Read the file once per (path, modification time): from the cache when it holds it."""
    from geomap.boundaries.cache import prepared

    source, rows = prepared((path,), (), _read, path, kind="frontier_lines")
    log.debug("%d frontier lines from %s", len(rows), path)
    return FrontierLines(Path(path), source, rows)


def _read(path: str) -> tuple[str, dict[tuple[str, str], dict[str, Any]]]:
    """The file's source caption and its rows by sorted ISO3 pair."""
    import pyarrow.parquet as pq

    try:
        # ParquetFile.read, not read_table: read_table imports pyarrow.dataset (~250 ms cold).
        table = pq.ParquetFile(path).read(use_threads=False)
    except Exception as exc:  # pyarrow raises several types for unreadable files
        raise DataError(f"cannot read frontier lines from {path}: {exc}") from exc
    columns = table.column_names
    missing = {"iso3_a", "iso3_b", "length_km", "geometry"} - set(columns)
    if missing:
        raise DataError(f"{path} lacks the columns {sorted(missing)}")
    data = table.to_pydict()
    rows = {}
    for i in range(table.num_rows):
        row = {c: data[c][i] for c in columns}
        rows[_key(row["iso3_a"], row["iso3_b"])] = row
    meta = table.schema.metadata or {}
    info = json.loads(meta.get(b"geomap", b"{}"))
    source = info.get("source") or (data["source"][0] if "source" in data and rows else str(path))
    return source, rows


def load_frontier_lines(path: str | Path | None = None) -> FrontierLines:
    """The frontier lines of ``path`` (default: the bundled file), read once and cached.

    Parameters
    ----------
    path : str or Path, optional
        A GeoParquet file with the columns of ``shapefiles/frontiers_osm.parquet``.

    Returns
    -------
    FrontierLines

    Raises
    ------
    DataError
        When the file is missing or unreadable.
    """
    p = Path(path) if path is not None else default_path()
    try:
        mtime = p.stat().st_mtime_ns
    except OSError as exc:
        raise DataError(f"no frontier-lines file at {p} (rebuild it with "
                        f"scripts/build_frontier_lines.py)") from exc
    return _load(str(p.resolve()), mtime)


def frontier_line(iso3_a: str, iso3_b: str, *, path: str | Path | None = None
                  ) -> tuple[Any, float, dict[str, Any]] | None:
    """The detailed shared line of two countries: ``(geometry, length_km, meta)`` or None.

    See :meth:`FrontierLines.get`; ``path`` as in :func:`load_frontier_lines`.
    """
    return load_frontier_lines(path).get(iso3_a, iso3_b)
