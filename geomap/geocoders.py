"""geopy geocoders: the offline gazetteer as one more geopy backend, and opt-in online ones.

``OfflineGeocoder`` answers ``geocode``/``reverse`` like any geopy geocoder, returning geopy
``Location`` objects whose ``.raw`` is the gazetteer record, so it drops into code written
for Nominatim. Online geocoders are never the default: ``online_geocoder("nominatim", ...)``
wraps one with geopy's ``RateLimiter`` and an on-disk cache, for users who have a network.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from pathlib import Path

from geopy.geocoders.base import Geocoder
from geopy.location import Location
from geopy.point import Point

from geomap import settings
from geomap.exceptions import InputError
from geomap.gazetteer import Gazetteer, GazetteerEntry, get_gazetteer

log = logging.getLogger(__name__)

__all__ = ["OfflineGeocoder", "CachedGeocoder", "online_geocoder", "entry_from_location"]


def _address(e: GazetteerEntry, country_names: dict[str, str]) -> str:
    parts = [e.name]
    country = country_names.get(e.iso2, e.iso2) if e.place_type != "country" else None
    if e.admin1 and e.admin1 not in (e.name, country):
        parts.append(e.admin1)
    if country:
        parts.append(country)
    return ", ".join(p for p in parts if p)


class OfflineGeocoder(Geocoder):
    """Geocoder over geomap's offline gazetteer (GeoNames, Natural Earth, landmarks, user entries).

    Parameters
    ----------
    gazetteer : a :class:`geomap.gazetteer.Gazetteer`; default: the shared one.
    country_bias : ISO2 codes whose places are preferred when a name is ambiguous.
    """

    def __init__(self, gazetteer: Gazetteer | None = None, *, country_bias=(), **kwargs) -> None:
        super().__init__(**kwargs)
        self.gazetteer = gazetteer or get_gazetteer()
        self.country_bias = tuple(c.upper() for c in country_bias)
        self._country_names: dict[str, str] | None = None

    def _location(self, e: GazetteerEntry, score: float | None = None) -> Location:
        if self._country_names is None:
            self._country_names = {k: v.name for k, v in self.gazetteer.countries().items()}
        raw = e.as_dict()
        if score is not None:
            raw["score"] = round(score, 3)
        return Location(_address(e, self._country_names), Point(e.lat, e.lon), raw)

    def geocode(self, query, *, exactly_one: bool = True, limit: int | None = None,
                country_codes=None, timeout=None):
        """Places named ``query``, best first; ``None`` when nothing matches.

        ``country_codes`` (ISO2 or ISO3, one or a list) keeps places of those countries,
        as in geopy's Nominatim.
        """
        if isinstance(query, dict):
            query = ", ".join(str(v) for v in query.values())
        name = str(query).split(",")[0].strip()
        if not name:
            raise InputError("empty geocoding query")
        codes = [country_codes] if isinstance(country_codes, str) else list(country_codes or [])
        entries: list[GazetteerEntry] = []
        for code in codes or [None]:
            entries += self.gazetteer.lookup(name, country=code)
        # "Tak, Thailand": a second part of the query narrows like country_codes
        rest = [p.strip() for p in str(query).split(",")[1:] if p.strip()]
        for part in rest:
            try:
                code = self.gazetteer.country_code(part)
                entries = [e for e in entries if e.iso2 == code] or entries
            except InputError:
                entries = [e for e in entries if e.admin1 and e.admin1.lower() == part.lower()] or entries
        if self.country_bias:
            entries.sort(key=lambda e: e.iso2 not in self.country_bias)
        if not entries:
            return None
        locs = [self._location(e, e.prior) for e in entries]
        if exactly_one:
            return locs[0]
        return locs[:limit] if limit else locs

    def reverse(self, query, *, exactly_one: bool = True, limit: int | None = None,
                radius_km: float = 50.0, timeout=None):
        """Gazetteer places nearest a point (``"lat, lon"``, a tuple or a geopy Point)."""
        try:
            p = Point(query)
        except (ValueError, TypeError):
            raise InputError(f"not a point: {query!r}") from None
        found = self.gazetteer.nearest(p.latitude, p.longitude, limit=limit or 10, radius_km=radius_km)
        if not found:
            return None
        locs = []
        for e, dist in found:
            loc = self._location(e)
            loc.raw["distance_km"] = round(dist, 2)
            locs.append(loc)
        return locs[0] if exactly_one else locs


def entry_from_location(loc: Location, *, name: str | None = None) -> GazetteerEntry:
    """A gazetteer entry from any geopy Location, so the resolver can weigh online answers too."""
    raw = loc.raw or {}
    if "gazetteer_id" in raw:  # one of ours
        return GazetteerEntry(raw["gazetteer_id"], raw["name"], raw["lat"], raw["lon"], raw["place_type"],
                              raw["feature"], raw["iso2"], raw["iso3"], raw.get("admin1"),
                              raw.get("population") or 0, tuple(raw.get("alt_names") or ()))
    addr = raw.get("address") or {}
    iso2 = str(addr.get("country_code") or raw.get("country_code") or "").upper()
    kind = str(raw.get("addresstype") or raw.get("type") or "").lower()
    place_type = {"country": "country", "state": "admin1", "province": "admin1", "river": "water",
                  "water": "water"}.get(kind, "city")
    feature = place_type if place_type != "city" else "city"
    osm = raw.get("osm_id") or raw.get("place_id") or hashlib.sha1(loc.address.encode()).hexdigest()[:10]
    return GazetteerEntry(f"{raw.get('osm_type', 'online')}:{osm}", name or loc.address.split(",")[0],
                          loc.latitude, loc.longitude, place_type, feature, iso2, "",
                          addr.get("state"), int(raw.get("population") or 0))


class CachedGeocoder:
    """Any geopy geocoder behind geopy's RateLimiter and a JSON cache on disk.

    Answers are stored by (geocoder class, query); the cache is safe to delete. Only
    ``geocode`` is cached: it is what the pipeline calls once per distinct place name.
    """

    def __init__(self, geocoder, *, cache_dir: str | Path | None = None, min_delay_seconds: float = 1.0):
        from geopy.extra.rate_limiter import RateLimiter

        self.geocoder = geocoder
        self._limited = RateLimiter(geocoder.geocode, min_delay_seconds=min_delay_seconds, max_retries=2)
        self.cache_dir = Path(cache_dir or settings.cache_dir() / "geocode")
        self.cache_dir.mkdir(parents=True, exist_ok=True)

    def _path(self, query, kwargs) -> Path:
        key = json.dumps([type(self.geocoder).__name__, str(query), sorted(kwargs.items())], default=str)
        return self.cache_dir / (hashlib.sha256(key.encode()).hexdigest()[:24] + ".json")

    def geocode(self, query, **kwargs):
        path = self._path(query, kwargs)
        if path.exists():
            data = json.loads(path.read_text(encoding="utf-8"))
        else:
            got = self._limited(query, **kwargs)
            items = got if isinstance(got, list) else ([got] if got else [])
            data = [{"address": g.address, "lat": g.latitude, "lon": g.longitude, "raw": g.raw} for g in items]
            fd, tmp = tempfile.mkstemp(dir=self.cache_dir)
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(data, f)
            os.replace(tmp, path)
        locs = [Location(d["address"], Point(d["lat"], d["lon"]), d["raw"]) for d in data]
        if kwargs.get("exactly_one", True):
            return locs[0] if locs else None
        return locs

    def reverse(self, query, **kwargs):
        return self.geocoder.reverse(query, **kwargs)


def online_geocoder(name: str = "nominatim", *, user_agent: str = "geomap", **kwargs) -> CachedGeocoder:
    """An online geopy geocoder by name ("nominatim", ...), rate-limited and cached. Needs a network."""
    from geopy.geocoders import get_geocoder_for_service

    try:
        cls = get_geocoder_for_service(name)
    except Exception as e:  # geopy raises its own GeocoderNotFound
        raise InputError(f"unknown geocoder {name!r}: {e}") from None
    return CachedGeocoder(cls(user_agent=user_agent, **kwargs))
