"""geopy geocoders: the offline gazetteer as one more geopy backend, and opt-in online ones.

``OfflineGeocoder`` answers ``geocode``/``reverse`` like any geopy geocoder, returning geopy
``Location`` objects whose ``.raw`` is the gazetteer record, so it drops into code written
for Nominatim. Online geocoders are never the default: ``online_geocoder("nominatim", ...)``
wraps one with a request delay, retries within a time budget and an on-disk cache, for users
who have a network.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import time
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
    """Any geopy geocoder behind a minimum delay between requests, retries, and a JSON cache on disk.

    Answers are stored by (geocoder class, query); the cache is safe to delete. Only
    ``geocode`` is cached: it is what the pipeline calls once per distinct place name.

    Network failures (time-outs, refused connections, server errors) are retried with a
    growing pause until ``time_budget`` seconds have gone on failures in this run; then one
    warning says so and the run goes on without the online geocoder (the offline gazetteer
    still answers). A failure is never cached: a query that failed is asked again next run.
    (geopy's RateLimiter, used before, swallowed failures as "no result", which were then
    cached for good, and logged a traceback for each: 288 s and pages of tracebacks offline.)

    Parameters
    ----------
    geocoder : geopy Geocoder
    cache_dir : path, optional
        Default: ``settings.cache_dir() / "geocode"``.
    min_delay_seconds : float
        Pause between requests (Nominatim's usage policy asks for one second).
    time_budget, timeout : float, optional
        Seconds for retrying failures in this run, and for one request; default
        ``settings.GEOCODER_TIME_BUDGET_S`` and ``settings.GEOCODER_TIMEOUT_S``.
    """

    def __init__(self, geocoder, *, cache_dir: str | Path | None = None, min_delay_seconds: float = 1.0,
                 time_budget: float | None = None, timeout: float | None = None):
        self.geocoder = geocoder
        self.min_delay = float(min_delay_seconds)
        self.time_budget = settings.GEOCODER_TIME_BUDGET_S if time_budget is None else float(time_budget)
        self.timeout = settings.GEOCODER_TIMEOUT_S if timeout is None else float(timeout)
        self.cache_dir = Path(cache_dir or settings.cache_dir() / "geocode")
        self.unreachable = False  # set once the budget is spent: no more requests this run
        self._spent = 0.0
        self._last = -1e9
        try:
            self.cache_dir.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            log.warning("no geocoding cache at %s (%s): answers are not kept", self.cache_dir, e.strerror or e)
            self.cache_dir = None

    def _path(self, query, kwargs) -> Path | None:
        if self.cache_dir is None:
            return None
        key = json.dumps([type(self.geocoder).__name__, str(query), sorted(kwargs.items())], default=str)
        return self.cache_dir / (hashlib.sha256(key.encode()).hexdigest()[:24] + ".json")

    def _ask(self, query, kwargs):
        """The geocoder's answer, retrying network failures within the budget; raises _Unreachable."""
        from geopy import exc

        permanent = (exc.GeocoderQueryError, exc.GeocoderAuthenticationFailure,
                     exc.GeocoderInsufficientPrivileges, exc.GeocoderQuotaExceeded, exc.ConfigurationError)
        pause = settings.GEOCODER_RETRY_DELAY_S
        while True:
            wait = self._last + self.min_delay - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            started = self._last = time.monotonic()
            try:
                with _quiet_transport():
                    return self.geocoder.geocode(query, timeout=self.timeout, **kwargs)
            except permanent as e:
                self._give_up(e)
            except (exc.GeopyError, OSError) as e:  # time-outs, refused connections, 5xx, rate limits
                self._spent += time.monotonic() - started
                if isinstance(e, exc.GeocoderRateLimited) and e.retry_after:
                    pause = max(pause, float(e.retry_after))
                if self._spent + pause > self.time_budget:
                    self._give_up(e)
                log.info("online geocoder: %s; retrying in %.1f s", _one_line(e), pause)
                time.sleep(pause)
                self._spent += pause
                pause *= 2

    def _give_up(self, e: BaseException):
        self.unreachable = True
        log.warning("online geocoder %s unavailable (%s); going on with the offline gazetteer only "
                    "(failures are not cached)", type(self.geocoder).__name__, _one_line(e))
        raise _Unreachable from None

    def geocode(self, query, **kwargs):
        path = self._path(query, kwargs)
        data = None
        if path is not None and path.exists():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                data = None  # a damaged cache entry is asked again
        if data is None:
            if self.unreachable:
                return None if kwargs.get("exactly_one", True) else []
            try:
                got = self._ask(query, kwargs)
            except _Unreachable:
                return None if kwargs.get("exactly_one", True) else []
            items = got if isinstance(got, list) else ([got] if got else [])
            data = [{"address": g.address, "lat": g.latitude, "lon": g.longitude, "raw": g.raw} for g in items]
            if path is not None:
                from geomap.io import atomic

                try:
                    atomic.write_text(path, json.dumps(data))
                except OSError as e:
                    log.debug("could not cache a geocoding answer: %s", e)
        locs = [Location(d["address"], Point(d["lat"], d["lon"]), d["raw"]) for d in data]
        if kwargs.get("exactly_one", True):
            return locs[0] if locs else None
        return locs

    def reverse(self, query, **kwargs):
        return self.geocoder.reverse(query, **kwargs)


@contextlib.contextmanager
def _quiet_transport():
    """urllib3 logs a warning for each of its own retries; geomap says it once, in one line."""
    logger = logging.getLogger("urllib3.connectionpool")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


class _Unreachable(Exception):
    """The online geocoder gave up for this run (already logged)."""


def _one_line(e: BaseException) -> str:
    text = " ".join(str(e).split())
    return f"{type(e).__name__}: {text[:160]}" if text else type(e).__name__


def online_geocoder(name: str = "nominatim", *, user_agent: str = "geomap", **kwargs) -> CachedGeocoder:
    """An online geopy geocoder by name ("nominatim", ...), rate-limited, retried and cached.

    Needs a network; without one, the run goes on offline after ``settings.GEOCODER_TIME_BUDGET_S``
    (one warning) and nothing is cached.
    """
    from geopy.geocoders import get_geocoder_for_service

    try:
        cls = get_geocoder_for_service(name)
    except Exception as e:  # geopy raises its own GeocoderNotFound
        raise InputError(f"unknown geocoder {name!r}: {e}") from None
    return CachedGeocoder(cls(user_agent=user_agent, **kwargs))
