"""geomap's offline geocoder speaks geopy."""
import pytest
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from geomap.exceptions import InputError
from geomap.geocoders import CachedGeocoder, OfflineGeocoder, entry_from_location


@pytest.fixture(scope="module")
def geocoder():
    return OfflineGeocoder()


def test_is_a_geopy_geocoder_returning_locations(geocoder):
    assert isinstance(geocoder, Geocoder)
    loc = geocoder.geocode("Chanthaburi")
    assert isinstance(loc, Location)
    assert loc.raw["iso2"] == "TH" and loc.raw["gazetteer_id"]
    assert "Thailand" in loc.address
    assert loc.latitude == pytest.approx(12.6, abs=0.6)


def test_exactly_one_false_gives_ranked_list(geocoder):
    locs = geocoder.geocode("Georgetown", exactly_one=False, limit=3)
    assert len(locs) == 3 and locs[0].raw["iso2"] == "GY"
    assert locs[0].raw["score"] >= locs[1].raw["score"]


def test_country_codes_and_query_parts_narrow(geocoder):
    assert geocoder.geocode("Tak", country_codes="TH").raw["iso2"] == "TH"
    assert geocoder.geocode("Jermuk, Armenia").raw["iso2"] == "AM"
    assert geocoder.geocode("Surin", country_codes=["FR"]).raw["iso2"] == "FR"


def test_unknown_is_none_and_empty_is_an_error(geocoder):
    assert geocoder.geocode("Qwxzzy Vvrrk") is None
    with pytest.raises(InputError):
        geocoder.geocode("  ")


def test_reverse_gives_nearby_places(geocoder):
    loc = geocoder.reverse("12.61, 102.10")
    assert loc.raw["name"] == "Chanthaburi" and loc.raw["distance_km"] < 2
    assert geocoder.reverse((0.0, -150.0)) is None  # open Pacific
    with pytest.raises(InputError):
        geocoder.reverse("not a point")


def test_entry_from_location_keeps_our_records(geocoder):
    loc = geocoder.geocode("Bangkok")
    e = entry_from_location(loc)
    assert e.gid == loc.raw["gazetteer_id"] and e.feature == "capital"


def test_entry_from_foreign_location_reads_nominatim_style_raw():
    loc = Location("Mae Sot, Tak, Thailand", (16.71, 98.57),
                   {"osm_type": "node", "osm_id": 1, "addresstype": "town",
                    "address": {"country_code": "th", "state": "Tak"}})
    e = entry_from_location(loc, name="Mae Sot")
    assert (e.name, e.iso2, e.admin1, e.place_type) == ("Mae Sot", "TH", "Tak", "city")


class _CountingGeocoder:
    """A stand-in online geocoder that counts how often it is asked (no network)."""

    def __init__(self, inner):
        self.inner, self.calls = inner, 0

    def geocode(self, query, **kw):
        self.calls += 1
        return self.inner.geocode(query, **kw)


def test_cached_geocoder_asks_once_per_query(tmp_path, geocoder):
    counting = _CountingGeocoder(geocoder)
    cached = CachedGeocoder(counting, cache_dir=tmp_path, min_delay_seconds=0)
    first = cached.geocode("Surin", exactly_one=False)
    again = cached.geocode("Surin", exactly_one=False)
    assert counting.calls == 1
    assert [l.raw["gazetteer_id"] for l in first] == [l.raw["gazetteer_id"] for l in again]
    assert list(tmp_path.glob("*.json"))


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_online_geocoder_without_network_gives_up_within_its_budget(tmp_path, geocoder, caplog, monkeypatch):
    """It took 288 s offline, printed tracebacks, and cached each failure as "no result" for good."""
    import logging
    import time

    from geopy.geocoders import Nominatim

    from geomap import settings

    monkeypatch.setattr(settings, "GEOCODER_RETRY_DELAY_S", 0.1)

    offline = Nominatim(user_agent="geomap-test", domain=f"127.0.0.1:{_closed_port()}", scheme="http")
    cached = CachedGeocoder(offline, cache_dir=tmp_path, min_delay_seconds=0, time_budget=1.0, timeout=1)
    t0 = time.monotonic()
    with caplog.at_level(logging.INFO, logger="geomap.geocoders"):
        assert cached.geocode("Surin", exactly_one=False) == []
        assert cached.geocode("Sisaket") is None  # no more waiting once the budget is spent
    assert time.monotonic() - t0 < 5
    assert cached.unreachable
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1 and "unavailable" in warnings[0].getMessage()
    assert "\n" not in warnings[0].getMessage() and not any(r.exc_info for r in caplog.records)
    assert any("retrying" in r.getMessage() for r in caplog.records)  # it did retry
    assert list(tmp_path.iterdir()) == []  # nothing cached: the failure is no answer
    back = CachedGeocoder(_CountingGeocoder(geocoder), cache_dir=tmp_path, min_delay_seconds=0)
    assert back.geocode("Surin", exactly_one=False)  # the network is back: asked, answered
    assert back.geocoder.calls == 1


class _FlakyGeocoder:
    """Fails twice the way a dropped connection does, then answers."""

    def __init__(self, inner):
        self.inner, self.calls = inner, 0

    def geocode(self, query, **kw):
        from geopy.exc import GeocoderTimedOut

        self.calls += 1
        if self.calls <= 2:
            raise GeocoderTimedOut("read timed out")
        return self.inner.geocode(query, **kw)


def test_online_geocoder_retries_a_passing_failure(tmp_path, geocoder, monkeypatch):
    from geomap import settings

    monkeypatch.setattr(settings, "GEOCODER_RETRY_DELAY_S", 0.05)
    flaky = _FlakyGeocoder(geocoder)
    cached = CachedGeocoder(flaky, cache_dir=tmp_path, min_delay_seconds=0, time_budget=5)
    assert cached.geocode("Chanthaburi").raw["iso2"] == "TH"
    assert flaky.calls == 3 and not cached.unreachable and len(list(tmp_path.glob("*.json"))) == 1
