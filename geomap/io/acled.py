"""ACLED-style data in: CSV exports (and GeoJSON of ACLED records) as SPEC incidents.

An ACLED export read here becomes the same ``incident`` features geomap reads from
articles, so both can be drawn on one map with the same layers and popups::

    geomap map acled_export.csv article.txt -o map.html

What is read (column names are matched case-insensitively):

=================  ==========================================================
ACLED column        SPEC incident property
=================  ==========================================================
event_date          ``date`` (``2023-02-16`` or ``16 February 2023``), ``date_text``
event_type          ``event_type``
sub_event_type      ``sub_event_type``
fatalities          ``fatalities`` (blank -> null)
location            ``location``
country / iso       ``iso3`` (from the country name, else the numeric ISO code)
admin1              ``admin1``
geo_precision       ``geo_precision``
notes               ``source_sentence`` and ``notes``
source              ``source``
latitude/longitude  Point geometry
=================  ==========================================================

Other ACLED columns (actors, ``event_id_cnty``, ``time_precision``, ...) are kept as
properties. Extra columns written by :mod:`geomap.io.writers` (``date_text``,
``fatalities_text``, ``source_sentence``, ``geometry_wkt`` for incidents along a stretch of
frontier, ...) are read back, so a geomap CSV round-trips.
"""
from __future__ import annotations

import csv
import io
import json
import logging
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

from geomap.exceptions import InputError

log = logging.getLogger(__name__)

__all__ = ["read_acled", "ACLED_COLUMNS", "parse_acled_date", "incident_from_record"]

#: The 31 columns of an ACLED export (since March 2023), in order.
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)

#: Columns read as whole numbers.
_INTEGER = {"year", "time_precision", "geo_precision", "fatalities", "timestamp", "start", "end",
            "mention_start", "mention_end", "sentence_start", "sentence_index"}
#: ACLED columns consumed into other properties (not copied as they are).
_CONSUMED = {"event_date", "latitude", "longitude", "geometry_wkt", "iso", "country", "year"}

_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%d-%B-%Y", "%d-%b-%Y", "%B %d, %Y", "%b %d, %Y",
                 "%Y/%m/%d", "%d.%m.%Y")
_ISO_PREFIX = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$")


def parse_acled_date(text: Any) -> date | None:
    """A date from ACLED's ``event_date``: ``2023-02-16``, ``16 February 2023``, ``16-Feb-2023``.

    Parameters
    ----------
    text : str
        The cell's text.

    Returns
    -------
    datetime.date or None
        None for an empty or unreadable cell.
    """
    if text is None:
        return None
    s = " ".join(str(text).split())
    if not s:
        return None
    m = _ISO_PREFIX.match(s)
    if m:
        s = m.group(1)
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(s, fmt).date()
        except ValueError:
            continue
    return None


def _number(text: Any, integer: bool) -> int | float | None:
    if text is None:
        return None
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        f = float(text)
    else:
        s = str(text).strip().replace("\u00a0", "")
        if not s:
            return None
        if "," in s and "." not in s and integer is False:
            s = s.replace(",", ".")  # 14,52 from a spreadsheet in a comma-decimal locale
        s = s.replace(",", "")
        try:
            f = float(s)
        except ValueError:
            return None
    if f != f:  # NaN
        return None
    if integer:
        return int(f) if f.is_integer() else f
    return f


class _CountryCodes:
    """Country name or numeric ISO code -> ISO3, through the one country resolver, then the
    boundaries' own names (a user's boundary files may name countries the resolver lacks)."""

    def __init__(self) -> None:
        self._memo: dict[str, str | None] = {}

    def iso3(self, country: Any, numeric: Any = None) -> str | None:
        name = str(country or "").strip()
        if name:
            if name not in self._memo:
                self._memo[name] = self._by_name(name)
            if self._memo[name]:
                return self._memo[name]
        n = _number(numeric, integer=True)
        if isinstance(n, int):
            return self._by_numeric(n)
        return None

    @staticmethod
    def _by_name(name: str) -> str | None:
        from geomap.gazetteer import countries

        found = countries.iso3_of(name)
        if found:
            return found
        if len(name) == 3 and name.isalpha() and name.isupper():
            return name
        try:
            from geomap.boundaries import load_boundaries

            code = load_boundaries().country(name)["iso3"]
            return code or None
        except Exception as e:  # noqa: BLE001 - an unknown country leaves iso3 empty
            log.debug("boundaries have no country %r (%s)", name, e)
        return None

    @staticmethod
    def _by_numeric(n: int) -> str | None:
        from geomap.gazetteer import countries

        return countries.iso3_of_numeric(n)


def incident_from_record(record: dict, geometry: dict | None = None, *, codes: _CountryCodes | None = None) -> dict:
    """A SPEC ``incident`` feature from one ACLED record (a CSV row or GeoJSON properties).

    Parameters
    ----------
    record : dict
        Column name -> value; names are matched case-insensitively.
    geometry : dict, optional
        A GeoJSON geometry; by default the point at ``longitude``/``latitude`` (or the
        ``geometry_wkt`` column geomap writes for incidents along a frontier).
    codes : optional
        Country-code lookup to reuse across records.

    Returns
    -------
    dict
        A GeoJSON Feature with ``properties.layer == "incident"``.
    """
    codes = codes or _CountryCodes()
    rec = {str(k).strip().lower().lstrip("\ufeff"): (v.strip() if isinstance(v, str) else v)
           for k, v in record.items() if k is not None}
    rec = {k: v for k, v in rec.items() if v not in (None, "")}
    props: dict[str, Any] = {"layer": "incident"}
    raw_date = rec.get("event_date", rec.get("date"))
    d = parse_acled_date(raw_date)
    if raw_date is not None and d is None:
        log.warning("unreadable event_date %r (expected 2023-02-16 or 16 February 2023)", raw_date)
    props["event_type"] = rec.get("event_type")
    props["sub_event_type"] = rec.get("sub_event_type")
    props["date"] = d.isoformat() if d else None
    props["date_text"] = rec.get("date_text", None if raw_date is None else str(raw_date))
    props["fatalities"] = _number(rec.get("fatalities"), integer=True)
    props["fatalities_text"] = rec.get("fatalities_text")
    props["location"] = rec.get("location")
    props["iso3"] = rec.get("iso3") or codes.iso3(rec.get("country"), rec.get("iso"))
    props["admin1"] = rec.get("admin1")
    gp = _number(rec.get("geo_precision"), integer=True)
    props["geo_precision"] = gp
    props["source_sentence"] = rec.get("source_sentence", rec.get("notes"))
    for k, v in rec.items():
        if k in props or k in _CONSUMED or k == "layer" or k == "iso3":
            continue
        if k in _INTEGER:
            v = _number(v, integer=True)
        elif isinstance(v, str) and v[:1] in "[{" and k != "notes":
            try:
                v = json.loads(v)
            except ValueError:
                pass
        props[k] = v
    if rec.get("country"):
        props["country"] = rec["country"]
    if geometry is None:
        geometry = _geometry(rec)
    return {"type": "Feature", "geometry": geometry, "properties": props}


def _geometry(rec: dict) -> dict | None:
    wkt = rec.get("geometry_wkt")
    if wkt:
        try:
            from shapely import wkt as shapely_wkt
            from shapely.geometry import mapping

            geometry = json.loads(json.dumps(mapping(shapely_wkt.loads(wkt))))
        except Exception as e:  # noqa: BLE001 - fall back to latitude/longitude
            log.warning("unreadable geometry_wkt %r: %s", str(wkt)[:40], e)
        else:
            check_geometry(geometry, "geometry_wkt")
            return geometry
    lat = _number(rec.get("latitude"), integer=False)
    lon = _number(rec.get("longitude"), integer=False)
    if lat is None or lon is None:
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise InputError(f"latitude/longitude out of range: {lat}, {lon}")
    return {"type": "Point", "coordinates": [lon, lat]}


def check_geometry(geometry: Any, where: str) -> None:
    """Refuse (one line) a GeoJSON geometry shapely cannot read or whose points lie off the globe."""
    if geometry is None:
        return
    try:
        from shapely.geometry import shape

        bounds = shape(geometry).bounds
    except Exception:  # noqa: BLE001 - shapely raises many kinds for malformed geometries
        raise InputError(f"{where}: unreadable geometry {json.dumps(geometry, default=str)[:60]}") from None
    if bounds and all(b == b for b in bounds) and not (
            -180 <= bounds[0] <= bounds[2] <= 180 and -90 <= bounds[1] <= bounds[3] <= 90):
        raise InputError(f"{where}: coordinates off the globe {tuple(round(b, 3) for b in bounds)}")


def _read_text(path: Path) -> str:
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a file")
    data = path.read_bytes()
    if not data.strip():
        raise InputError(f"{path}: the file is empty")
    from geomap.io.articles import _BOMS, decode

    if any(data.startswith(bom) for bom, _ in _BOMS):  # Excel's "Unicode text" is UTF-16
        return decode(data, str(path))
    if b"\x00" in data[:4096]:
        raise InputError(f"{path}: looks like a binary file, not CSV")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")  # spreadsheets saved as "CSV" on Windows
        except UnicodeDecodeError:
            raise InputError(f"{path}: not UTF-8 text") from None


def read_acled_csv(text: str, *, name: str = "input") -> list[dict]:
    """Incident features of an ACLED-style CSV given as text."""
    first = text.split("\n", 1)[0]
    try:
        dialect = csv.Sniffer().sniff(first, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
    header = {str(h).strip().lower().lstrip("\ufeff") for h in (reader.fieldnames or [])}
    missing = {"latitude", "longitude"} - header
    if missing and "geometry_wkt" not in header:
        raise InputError(f"{name}: not an ACLED-style CSV (no {' or '.join(sorted(missing))} column)")
    if "event_type" not in header:
        raise InputError(f"{name}: not an ACLED-style CSV (no event_type column)")
    codes = _CountryCodes()
    out = []
    undrawn = []  # line numbers of rows without a readable position
    for n, row in enumerate(reader, 2):
        if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
            continue
        try:
            feature = incident_from_record(row, codes=codes)
        except InputError as e:
            raise InputError(f"{name} line {n}: {e}") from None
        if feature["geometry"] is None:
            undrawn.append(n)
        out.append(feature)
    if undrawn:
        _warn_undrawn(name, undrawn, "line")
    return out


def _warn_undrawn(name: str, where: list, unit: str) -> None:
    """One warning naming the records kept without a position (read, counted, but not drawn)."""
    shown = ", ".join(map(str, where[:10])) + (f" and {len(where) - 10} more" if len(where) > 10 else "")
    log.warning("%s: %d record%s without a readable latitude/longitude, kept but not drawn (%s%s %s)",
                name, len(where), "s" if len(where) != 1 else "", unit, "s" if len(where) != 1 else "", shown)


def read_acled(path: str | Path, *, kind: str | None = None) -> dict:
    """Read an ACLED export (CSV) or a GeoJSON of ACLED records as SPEC incidents.

    Parameters
    ----------
    path : str or pathlib.Path
        A ``.csv`` (comma, semicolon or tab separated; UTF-8 with or without a byte-order
        mark) with ACLED's column names, or a ``.geojson``/``.json`` whose features carry
        ACLED's (or SPEC's) property names.
    kind : {"csv", "geojson"}, optional
        What the file holds, when its content says more than its extension
        (:func:`geomap.io.sniff.input_kind`); default: from the extension.

    Returns
    -------
    dict
        A FeatureCollection of ``incident`` features, with ``title`` (the file name) and
        ``source`` (the path).

    Raises
    ------
    geomap.exceptions.InputError
        A missing, empty or binary file, or one without ACLED's columns.

    Examples
    --------
    >>> fc = read_acled("2023-acled-export.csv")  # doctest: +SKIP
    >>> fc["features"][0]["properties"]["event_type"]  # doctest: +SKIP
    'Battles'
    """
    path = Path(path)
    text = _read_text(path)
    if kind is None:
        kind = "geojson" if path.suffix.lower() in (".geojson", ".json") else "csv"
    if kind == "geojson":
        features = _read_geojson_records(text, path)
    else:
        features = read_acled_csv(text, name=str(path))
    return {"type": "FeatureCollection", "title": path.name, "source": str(path), "features": features}


def _read_geojson_records(text: str, path: Path) -> list[dict]:
    try:
        data = json.loads(text)
    except ValueError as e:
        raise InputError(f"{path}: not valid JSON ({e})") from None
    if not isinstance(data, dict) or not isinstance(data.get("features"), list):
        raise InputError(f"{path}: not a GeoJSON FeatureCollection")
    codes = _CountryCodes()
    out = []
    undrawn = []
    for i, feat in enumerate(data["features"]):
        if not isinstance(feat, dict) or not isinstance(feat.get("properties") or {}, dict):
            raise InputError(f"{path}: feature {i} is not a GeoJSON Feature")
        props = feat.get("properties") or {}
        check_geometry(feat.get("geometry"), f"{path}: feature {i}")
        if props.get("layer"):
            out.append(feat)  # already geomap's (SPEC layers, or others such as the frontier command's admin1)
        else:
            try:
                feature = incident_from_record(props, feat.get("geometry") or _geometry(
                    {str(k).lower(): v for k, v in props.items()}), codes=codes)
            except InputError as e:
                raise InputError(f"{path} feature {i}: {e}") from None
            if feature["geometry"] is None:
                undrawn.append(i)
            out.append(feature)
    if undrawn:
        _warn_undrawn(str(path), undrawn, "feature")
    return out
