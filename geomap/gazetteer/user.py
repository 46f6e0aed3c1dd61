"""The user's own gazetteer entries, from CSV or GeoJSON.

CSV columns: ``name, lat, lon`` required; ``alt_names`` ('|'-separated), ``kind``
(temple, crossing, city, admin1, water, region, ...), ``iso2`` or ``country``, ``admin1``,
``population``, ``id`` optional. GeoJSON: Point features with the same properties.
A row that cannot be read stops the load with a message naming the file and line:
silently dropping a place the user wrote would misplace events without a trace.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

from geomap.exceptions import InputError
from geomap.gazetteer.entry import GazetteerEntry
from geomap.gazetteer.normalize import fold

_TYPES = {"country": "country", "admin1": "admin1", "province": "admin1", "state": "admin1",
          "city": "city", "town": "city", "village": "city", "water": "water", "river": "water",
          "lake": "water", "sea": "water", "region": "region", "valley": "landmark"}


def _entry(props: dict, lat, lon, where: str) -> GazetteerEntry:
    name = str(props.get("name") or "").strip()
    if not name:
        raise InputError(f"{where}: a gazetteer entry needs a name")
    try:
        lat, lon = float(lat), float(lon)
    except (TypeError, ValueError):
        raise InputError(f"{where}: {name!r} has no valid lat/lon") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise InputError(f"{where}: {name!r} has coordinates out of range ({lat}, {lon})")
    kind = str(props.get("kind") or "landmark").strip().lower()
    iso2 = str(props.get("iso2") or props.get("country") or "").strip().upper()[:2]
    alts = props.get("alt_names") or ""
    alts = alts if isinstance(alts, list) else [a.strip() for a in str(alts).split("|")]
    gid = props.get("id") or f"user:{fold(name).replace(' ', '-')}"
    return GazetteerEntry(str(gid), name, lat, lon, _TYPES.get(kind, "landmark"),
                          "user" if kind in ("city", "town", "village") else kind,
                          iso2, str(props.get("iso3") or ""), props.get("admin1") or None,
                          int(float(props.get("population") or 0)), tuple(a for a in alts if a))


def read_user_entries(path: str | Path) -> list[GazetteerEntry]:
    """Entries from a user CSV or GeoJSON file."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"gazetteer file not found: {path}")
    if path.suffix.lower() in (".geojson", ".json"):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as e:
            raise InputError(f"{path}: not valid GeoJSON ({e})") from None
        out = []
        for i, f in enumerate(data.get("features") or []):
            g = f.get("geometry") or {}
            if g.get("type") != "Point":
                raise InputError(f"{path}: feature {i} is not a Point")
            lon, lat = g["coordinates"][:2]
            out.append(_entry(f.get("properties") or {}, lat, lon, f"{path}: feature {i}"))
        return out
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    return [_entry(r, r.get("lat"), r.get("lon"), f"{path}: line {i + 2}") for i, r in enumerate(rows)]
