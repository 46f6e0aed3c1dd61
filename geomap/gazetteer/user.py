"""The user's own gazetteer entries, from CSV or GeoJSON.

CSV columns: ``name, lat, lon`` required; ``alt_names`` ('|'-separated), ``kind``
(temple, crossing, city, admin1, water, region, ...), ``iso2`` or ``country``, ``admin1``,
``population``, ``id`` optional. GeoJSON: Point features with the same properties.
A row that cannot be read stops the load with a message naming the file and line:
silently dropping a place the user wrote would misplace events without a trace.
"""
from __future__ import annotations

import csv
import io
import json
import math
from pathlib import Path

from geomap.exceptions import InputError
from geomap.gazetteer.entry import GazetteerEntry
from geomap.gazetteer.normalize import fold

_TYPES = {"country": "country", "admin1": "admin1", "province": "admin1", "state": "admin1",
          "city": "city", "town": "city", "village": "city", "water": "water", "river": "water",
          "lake": "water", "sea": "water", "region": "region", "valley": "landmark"}


def _number(value, what: str, name: str, where: str) -> float:
    try:
        f = float(value)
    except (TypeError, ValueError):
        raise InputError(f"{where}: {name!r} has no valid {what} ({str(value)[:30]!r})") from None
    if not math.isfinite(f):
        raise InputError(f"{where}: {name!r} has no valid {what} ({value!r})")
    return f


def _text(value) -> str:
    return "" if value is None else str(value).strip()


def _entry(props: dict, lat, lon, where: str) -> GazetteerEntry:
    if not isinstance(props, dict):
        raise InputError(f"{where}: properties are not an object")
    name = _text(props.get("name"))
    if not name:
        raise InputError(f"{where}: a gazetteer entry needs a name")
    if lat in (None, "") or lon in (None, ""):
        raise InputError(f"{where}: {name!r} has no valid lat/lon")
    lat, lon = _number(lat, "lat/lon", name, where), _number(lon, "lat/lon", name, where)
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise InputError(f"{where}: {name!r} has coordinates out of range ({lat}, {lon})")
    population = props.get("population")
    population = 0 if population in (None, "") else _number(population, "population", name, where)
    if population < 0 or population > 1e10:
        raise InputError(f"{where}: {name!r} has no valid population ({props.get('population')!r})")
    kind = _text(props.get("kind") or "landmark").lower()
    iso2 = _text(props.get("iso2") or props.get("country")).upper()[:2]
    alts = props.get("alt_names") or ""
    alts = [_text(a) for a in alts] if isinstance(alts, list) else [a.strip() for a in str(alts).split("|")]
    gid = _text(props.get("id")) or f"user:{fold(name).replace(' ', '-')}"
    return GazetteerEntry(gid, name, lat, lon, _TYPES.get(kind, "landmark"),
                          "user" if kind in ("city", "town", "village") else kind,
                          iso2, _text(props.get("iso3")), _text(props.get("admin1")) or None,
                          int(population), tuple(a for a in alts if a))


def read_user_entries(path: str | Path) -> list[GazetteerEntry]:
    """Entries from a user CSV or GeoJSON file.

    Raises
    ------
    geomap.exceptions.InputError
        For a missing or unreadable file, or a row that cannot be read (named by file and line).
    """
    path = Path(path)
    if not path.exists():
        raise InputError(f"gazetteer file not found: {path}")
    if path.is_dir():
        raise InputError(f"gazetteer file {path}: is a folder")
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise InputError(f"gazetteer file {path}: cannot read ({e.strerror or e})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: not UTF-8 text (byte {e.start})") from None
    if "\x00" in text:
        raise InputError(f"{path}: looks like a binary file, not a gazetteer")
    if path.suffix.lower() in (".geojson", ".json"):
        return _geojson_entries(text, path)
    try:
        rows = list(csv.DictReader(io.StringIO(text, newline="")))
    except csv.Error as e:
        raise InputError(f"{path}: not a readable CSV ({e})") from None
    if rows and not {"name", "lat", "lon"} <= {k for k in rows[0] if k}:
        raise InputError(f"{path}: a gazetteer CSV needs name, lat and lon columns")
    return [_entry(r, r.get("lat"), r.get("lon"), f"{path}: line {i + 2}") for i, r in enumerate(rows)]


def _geojson_entries(text: str, path: Path) -> list[GazetteerEntry]:
    try:
        data = json.loads(text)
    except ValueError as e:
        raise InputError(f"{path}: not valid GeoJSON ({e})") from None
    if not isinstance(data, dict) or not isinstance(data.get("features") or [], list):
        raise InputError(f"{path}: not a GeoJSON FeatureCollection")
    out = []
    for i, f in enumerate(data.get("features") or []):
        g = f.get("geometry") if isinstance(f, dict) else None
        coords = g.get("coordinates") if isinstance(g, dict) else None
        if not isinstance(g, dict) or g.get("type") != "Point" or not isinstance(coords, list) or len(coords) < 2:
            raise InputError(f"{path}: feature {i} is not a Point")
        lon, lat = coords[:2]
        if isinstance(lat, (bool, list, dict)) or isinstance(lon, (bool, list, dict)):
            raise InputError(f"{path}: feature {i} has no valid coordinates")
        out.append(_entry(f.get("properties") or {}, lat, lon, f"{path}: feature {i}"))
    return out
