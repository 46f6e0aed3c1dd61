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
