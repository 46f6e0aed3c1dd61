"""Reading boundary files into the three normalised layers, once per process: ``load_boundaries``.

The bundled data are the shapefiles in ``shapefiles/`` (Natural Earth 1:10m v4.1.0 as
generalised by QGIS; see ``shapefiles/README.md``). Other boundary files (GADM,
geoBoundaries, OCHA COD-AB, ...) load through a column mapping. Everything is turned to
EPSG:4326 and to the columns :class:`~geomap.boundaries.model.Boundaries` documents, then
kept as shapely-only layers (``geomap.boundaries.layer``): reading a file uses geopandas and
pyogrio, answering questions about it does not.
"""
from __future__ import annotations

import functools
import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Mapping, Sequence

from geomap.gazetteer.swapped_units import unswapped_names
from geomap.boundaries.layer import Layer
from geomap.boundaries.model import Boundaries
from geomap.boundaries.names import fold
from geomap.exceptions import DataError

if TYPE_CHECKING:  # heavy imports stay inside functions
    import geopandas as gpd
    import pandas as pd

__all__ = ["boundaries_key", "load_boundaries"]

log = logging.getLogger(__name__)

#: Column candidates for each normalised field, tried in order; the first present wins.
#: The Natural Earth names come first, then GADM, geoBoundaries and OCHA COD-AB.
_COUNTRY_COLUMNS: dict[str, tuple[str, ...]] = {
    "iso3": ("ISO_A3", "iso_a3", "GID_0", "shapeGroup", "ADM0_ISO3", "ISO3", "iso3"),
    "iso2": ("iso_a2", "ISO_A2", "ISO2", "iso2"),
    "name": ("NAME", "name", "COUNTRY", "NAME_0", "shapeName", "ADM0_EN", "ADMIN", "admin"),
    "fips": ("FIPS_10_", "FIPS_10", "fips"),
    "adm0": ("ADM0_A3", "adm0_a3"),
}
_ADMIN1_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("name", "NAME_1", "shapeName", "ADM1_EN", "NAME"),
    "iso2": ("iso_a2", "ISO_A2", "iso2"),
    "iso3": ("iso_a3", "GID_0", "shapeGroup", "ADM0_ISO3", "ISO3", "iso3"),
    "country": ("admin", "COUNTRY", "NAME_0", "ADM0_EN", "country"),
    "fips": ("fips", "FIPS"),
    "gn_name": ("gn_name",),
    "woe_name": ("woe_name",),
    "alt": ("VARNAME_1", "alt_names"),
}
_DISPUTED_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("name", "NAME"),
    "iso3_left": ("iso_a3_l", "adm0_a3_l", "iso3_left"),
    "iso3_right": ("iso_a3_r", "adm0_a3_r", "iso3_right"),
}
#: Units Natural Earth draws as countries of their own that news counts as part of another
#: country: they join that country for frontier finding and lengths (Djibouti–Somalia is
#: Djibouti–Somaliland otherwise), while the admin-1 unit of the same name stays a region
#: of the country a text can still name.
_PART_OF = {"SOL": "SOM"}  # Somaliland in Somalia
#: Codes that mean "no code" in Natural Earth and elsewhere.
_NO_CODE = {"", "-99", "-1", "-9", "nan", "none", "null"}

def _code(value: Any) -> str | None:
    """A code column value, or None when it means "no code"."""
    if value is None:
        return None
    text = str(value).strip()
    return None if text.casefold() in _NO_CODE else text.upper()


def _text(value: Any) -> str | None:
    """A text column value, or None for missing values (a float NaN; never a name that reads
    like one: Thailand's province "Nan")."""
    if value is None or isinstance(value, float) and value != value:
        return None
    return str(value).strip() or None


def _pick(frame: pd.DataFrame, field: str, candidates: tuple[str, ...],
          mapping: Mapping[str, str]) -> str | None:
    """The column of ``frame`` that holds ``field``: the user's mapping first, then known names."""
    wanted = mapping.get(field)
    if wanted and wanted in frame.columns:
        return wanted
    for column in candidates:
        if column in frame.columns:
            return column
    return None


def _read(path: Path, kind: str) -> gpd.GeoDataFrame:
    import pyogrio

    if not Path(path).exists():
        raise DataError(f"{kind} boundary file not found: {path}")
    try:
        frame = pyogrio.read_dataframe(path, use_arrow=True)
    except Exception as exc:  # pyogrio raises several GDAL error types
        raise DataError(f"cannot read {kind} boundary file {path}: {exc}") from exc
    if frame.crs is None:
        log.warning("%s has no CRS; assuming EPSG:4326", path)
        frame = frame.set_crs("EPSG:4326")
    elif not frame.crs.equals("EPSG:4326"):
        frame = frame.to_crs("EPSG:4326")
    return frame


def _column(frame: pd.DataFrame, column: str | None, clean: Any) -> list[Any]:
    """Cleaned values of one column (all None when ``column`` is None)."""
    if column is None:
        return [None] * len(frame)
    return [clean(v) for v in frame[column].tolist()]


def _objects(values: Sequence[Any]) -> pd.Series:
    """An object Series, so that missing text stays None (pandas 3 would make it NaN)."""
    import pandas as pd

    return pd.Series(list(values), dtype=object)


def _normalise_countries(raw: gpd.GeoDataFrame, mapping: Mapping[str, str]) -> gpd.GeoDataFrame:
    import geopandas as gpd

    cols = {f: _pick(raw, f, c, mapping) for f, c in _COUNTRY_COLUMNS.items()}
    if mapping.get("name") not in raw.columns and mapping.get("country") in raw.columns:
        cols["name"] = mapping["country"]
    if cols["iso3"] is None and cols["name"] is None:
        raise DataError(f"countries file has neither an iso3 nor a name column: {list(raw.columns)}")
    iso3 = _column(raw, cols["iso3"], _code)
    adm0 = _column(raw, cols["adm0"], _code)
    iso3 = [i or a for i, a in zip(iso3, adm0)]  # Somaliland etc.: Natural Earth's own code
    joined = [code in _PART_OF for code in iso3]
    frame = gpd.GeoDataFrame({
        "iso2": _objects(None if j else c for j, c in zip(joined, _column(raw, cols["iso2"], _code))),
        "iso3": _objects(_PART_OF.get(code, code) for code in iso3),
        "name": _objects(None if j else n for j, n in zip(joined, _column(raw, cols["name"], _text))),
    }, geometry=raw.geometry.values, crs="EPSG:4326")
    frame = frame.iloc[sorted(range(len(frame)), key=joined.__getitem__)].reset_index(drop=True)
    frame["name"] = _objects([n or i for n, i in zip(frame["name"], frame["iso3"])])
    frame = frame[~frame.geometry.is_empty & frame.geometry.notna()]
    if frame["iso3"].duplicated().any() and frame["iso3"].notna().all():
        frame = frame.dissolve("iso3", as_index=False, aggfunc="first")[["iso2", "iso3", "name", "geometry"]]
    return frame.reset_index(drop=True)


def _normalise_admin1(raw: gpd.GeoDataFrame, mapping: Mapping[str, str],
                      countries: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    import geopandas as gpd
    import pandas as pd

    cols = {f: _pick(raw, f, c, mapping) for f, c in _ADMIN1_COLUMNS.items()}
    if cols["name"] is None:
        raise DataError(f"admin-1 file has no name column (map one with name=COLUMN): {list(raw.columns)}")
    names = _column(raw, cols["name"], _text)
    alt_columns = [_column(raw, cols[f], _text) for f in ("gn_name", "woe_name", "alt") if cols[f]]
    if cols["gn_name"]:  # (Natural Earth's Guyana: names dealt to the wrong polygons)
        given = names
        names = unswapped_names(_column(raw, cols["iso3"], _code), names, alt_columns[0])
        # the name a polygon wrongly carried (also its woe_name) is no other name of it
        wrong = {fold(g) for g, n in zip(given, names) if g != n}
        alt_columns = [[None if fold(v or "") in wrong else v for v in column] for column in alt_columns]
    alts = []
    for pos, name in enumerate(names):
        seen = {fold(name)} if name else set()
        extra = []
        for column in alt_columns:
            for value in (column[pos] or "").split("|"):
                value = value.strip()
                key = fold(value)
                if key and key not in seen:
                    seen.add(key)
                    extra.append(value)
        alts.append("|".join(extra))
    frame = gpd.GeoDataFrame({
        "name": _objects(names),
        "iso2": _objects(_column(raw, cols["iso2"], _code)),
        "iso3": _objects(_column(raw, cols["iso3"], _code)),
        "country": _objects(_column(raw, cols["country"], _text)),
        "fips": _objects(_column(raw, cols["fips"], _text)),
        "alt_names": _objects(alts),
    }, geometry=raw.geometry.values, crs="EPSG:4326")
    frame = frame[~frame.geometry.is_empty & frame.geometry.notna()].reset_index(drop=True)
    # Fill what the file lacks from the countries layer.
    by_iso2 = {r.iso2: r for r in countries.itertuples() if r.iso2}
    by_iso3 = {r.iso3: r for r in countries.itertuples() if r.iso3}
    missing = frame["iso3"].isna()
    if missing.any():
        from_iso2 = frame.loc[missing, "iso2"].map(lambda c: by_iso2[c].iso3 if c in by_iso2 else None)
        frame.loc[missing, "iso3"] = from_iso2
    missing = frame["iso3"].isna()
    if missing.any():  # spatial join on a point inside each unit
        points = frame.loc[missing].geometry.representative_point()
        idx_pt, idx_c = countries.sindex.query(points.values, predicate="intersects")
        hit = pd.Series(countries["iso3"].to_numpy()[idx_c], index=points.index[idx_pt])
        frame.loc[hit.index[~hit.index.duplicated()], "iso3"] = hit[~hit.index.duplicated()]
    frame["iso3"] = _objects([i3 if isinstance(i3, str) else None for i3 in frame["iso3"]])
    frame["iso2"] = _objects([i2 or (by_iso3[i3].iso2 if i3 in by_iso3 else None)
                              for i2, i3 in zip(frame["iso2"], frame["iso3"])])
    frame["country"] = _objects([c or (by_iso3[i3].name if i3 in by_iso3 else None)
                                 for c, i3 in zip(frame["country"], frame["iso3"])])
    return frame


def _normalise_disputed(raw: gpd.GeoDataFrame, mapping: Mapping[str, str]) -> gpd.GeoDataFrame:
    import geopandas as gpd

    cols = {f: _pick(raw, f, c, mapping) for f, c in _DISPUTED_COLUMNS.items()}
    return gpd.GeoDataFrame({
        "name": _objects(_column(raw, cols["name"], _text)),
        "iso3_left": _objects(_column(raw, cols["iso3_left"], _code)),
        "iso3_right": _objects(_column(raw, cols["iso3_right"], _code)),
    }, geometry=raw.geometry.values, crs="EPSG:4326")


def _empty_disputed() -> gpd.GeoDataFrame:
    import geopandas as gpd

    return gpd.GeoDataFrame({"name": [], "iso3_left": [], "iso3_right": []},
                            geometry=gpd.GeoSeries([], crs="EPSG:4326"), crs="EPSG:4326")


_NE_SOURCE = "Natural Earth 1:10m v4.1.0 (QGIS world_map)"
_NE_FILES = {"ne_countries.shp", "ne_admin1.shp", "ne_disputed.shp"}


def _describe(countries: Path, admin1: Path, disputed: Path | None) -> str:
    """Human description of the data: the bundled set by name, user files by file name."""
    names = [_NE_SOURCE if path.name in _NE_FILES else path.name
             for path in (countries, admin1, disputed) if path is not None and path.exists()]
    return " + ".join(dict.fromkeys(names))


def _prepare(countries: str, admin1: str, disputed: str | None, columns: tuple[tuple[str, str], ...]
             ) -> tuple[Layer, Layer, Layer, tuple]:
    """The three layers read and normalised, and their name keys (what geomap.boundaries.cache
    keeps between runs)."""
    mapping = dict(columns)
    raw_countries = _read(Path(countries), "countries")
    raw_admin1 = _read(Path(admin1), "admin-1")
    countries_frame = _normalise_countries(raw_countries, mapping)
    admin1_frame = _normalise_admin1(raw_admin1, mapping, countries_frame)
    if disputed and Path(disputed).exists():
        disputed_frame = _normalise_disputed(_read(Path(disputed), "disputed"), mapping)
    else:
        disputed_frame = _empty_disputed()
    layers = [Layer.from_frame(frame) for frame in (countries_frame, admin1_frame, disputed_frame)]
    made = Boundaries(*layers, source="")
    return (*layers, (made._country_keys, made._admin1_keys))


@functools.lru_cache(maxsize=8)
def _load(countries: str, admin1: str, disputed: str | None,
          columns: tuple[tuple[str, str], ...]) -> Boundaries:
    from geomap.boundaries.cache import cache_key, prepared

    started = time.perf_counter()
    if disputed and not Path(disputed).exists():
        log.warning("disputed-lines file %s not found; continuing without it", disputed)
    for path, kind in ((countries, "countries"), (admin1, "admin-1")):
        if not Path(path).exists():  # checked here too: the cache must not hide a missing file
            raise DataError(f"{kind} boundary file not found: {path}")
    key = cache_key((countries, admin1, disputed), columns, _prepare)
    country_layer, admin1_layer, disputed_layer, keys = prepared(
        (countries, admin1, disputed), columns, _prepare, countries, admin1, disputed, columns, key=key)
    source = _describe(Path(countries), Path(admin1), Path(disputed) if disputed else None)
    boundaries = Boundaries(country_layer, admin1_layer, disputed_layer, source=source, _keys=keys)
    boundaries.cache_key = key
    log.info("loaded %r in %.3f s", boundaries, time.perf_counter() - started)
    return boundaries


def load_boundaries(countries: str | Path | None = None, admin1: str | Path | None = None,
                    disputed: str | Path | None = None,
                    columns: Mapping[str, str] | None = None) -> Boundaries:
    """Load the boundary layers once per process and return them.

    Parameters
    ----------
    countries, admin1, disputed : str or Path, optional
        Boundary files in any format GDAL reads. Default: ``settings.boundary_file(kind)``
        (the bundled Natural Earth shapefiles unless ``GEOMAP_COUNTRIES`` etc. are set).
        A missing ``disputed`` file is allowed (no claim lines).
    columns : mapping, optional
        For user files (GADM, geoBoundaries, OCHA COD-AB): geomap field → file column,
        for the fields ``iso3``, ``iso2``, ``name`` (the country's name in the countries
        file, the unit's name in the admin-1 file), ``country`` (the admin-1 unit's
        country name; also the countries file's name column when ``name`` is absent there),
        ``fips``, and for the disputed file ``iso3_left``/``iso3_right``. A mapped column
        that a file lacks is ignored for that file. Unmapped fields fall back to known
        column names (Natural Earth, GADM ``GID_0``/``NAME_1``/``COUNTRY``,
        geoBoundaries ``shapeGroup``/``shapeName``, COD-AB ``ADM1_EN``); an admin-1 unit
        without a country code gets the country its interior point lies in. Default:
        ``settings.boundary_columns()`` (``GEOMAP_COLUMNS``).

    Returns
    -------
    Boundaries
        The same object for the same arguments within a process.

    Raises
    ------
    DataError
        When a file is missing, unreadable or lacks the columns needed.
    """
    return _load(*_arguments(countries, admin1, disputed, columns))


def _arguments(countries, admin1, disputed, columns) -> tuple[str, str, str, tuple[tuple[str, str], ...]]:
    """The files (resolved) and the column mapping (sorted) ``load_boundaries`` reads."""
    from geomap import settings

    paths = {}
    for kind, given in (("countries", countries), ("admin1", admin1), ("disputed", disputed)):
        path = Path(given) if given is not None else settings.boundary_file(kind)
        paths[kind] = str(path.expanduser().resolve())
    mapping = dict(settings.boundary_columns() if columns is None else columns)
    return paths["countries"], paths["admin1"], paths["disputed"], tuple(sorted(mapping.items()))


def boundaries_key(countries: str | Path | None = None, admin1: str | Path | None = None,
                   disputed: str | Path | None = None, columns: Mapping[str, str] | None = None) -> str:
    """The ``cache_key`` of what ``load_boundaries`` (same arguments) returns, without loading
    anything: it names the files, column mapping, code and libraries the layers come from."""
    from geomap.boundaries.cache import cache_key

    countries, admin1, disputed, mapping = _arguments(countries, admin1, disputed, columns)
    return cache_key((countries, admin1, disputed), mapping, _prepare)
