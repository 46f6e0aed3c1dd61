"""Where a country or admin-1 unit stands: its bisecting centre, or the conventional point."""
import pyogrio
import pytest
import shapely

from geomap import settings
from geomap.gazetteer import get_gazetteer, haversine_km
from geomap.gazetteer.build import _read_csv
from geomap.gazetteer.points import CONVENTIONAL_POINT_KM, country_point


@pytest.fixture(scope="module")
def countries():
    df = pyogrio.read_dataframe(settings.boundary_file("countries"))
    col = next(c for c in df.columns if c.lower() == "iso_a2")
    return {iso2: geom for iso2, geom in zip(df[col], df.geometry) if isinstance(iso2, str) and len(iso2) == 2}


@pytest.fixture(scope="module")
def conventional():
    return {r["iso2"]: (float(r["lat"]), float(r["lon"])) for r in _read_csv("country_points.csv")}


def test_every_country_point_lies_in_its_country(countries, conventional):
    # Israel's centre falls in the West Bank hole of its polygon; archipelagos' in the sea
    for iso2, geom in countries.items():
        lat, lon = country_point(geom, conventional.get(iso2))
        assert geom.contains(shapely.Point(lon, lat)), iso2


def test_a_compact_country_stands_at_its_centre(countries, conventional):
    lat, lon = country_point(countries["US"], conventional["US"])
    # the geographic centre of the contiguous states is near Lebanon, Kansas (39.8, -98.6)
    assert haversine_km(lat, lon, 39.83, -98.58) < 100
    # Alaska and Hawaii do not pull it; the Factbook's rounded (38, -97) is not used
    assert haversine_km(lat, lon, 38, -97) > 150


def test_a_long_or_scattered_country_takes_the_conventional_point(countries, conventional):
    for iso2 in ("CA", "ID", "CL"):
        lat, lon = country_point(countries[iso2], conventional[iso2])
        assert (round(lat, 3), round(lon, 3)) == conventional[iso2], iso2


def test_an_archipelago_is_centred_among_its_islands(countries):
    # New Zealand between its two main islands, not in the South Island's middle
    lat, lon = country_point(countries["NZ"], None)
    assert haversine_km(lat, lon, -41.3, 174.0) < 200


def test_the_threshold_is_what_the_docstring_says():
    assert 161 < CONVENTIONAL_POINT_KM < 1000


def test_the_index_uses_these_points():
    gaz = get_gazetteer()
    indonesia = gaz.lookup("Indonesia")[0]
    assert (indonesia.lat, indonesia.lon) == (-5.0, 120.0)
    russia = gaz.lookup("Russia")[0]  # its bisecting centre, not the Arctic-pulled centre of mass
    assert haversine_km(russia.lat, russia.lon, 60, 100) < 161
    quebec = [e for e in gaz.lookup("Quebec") if e.place_type == "admin1"][0]
    assert quebec.lat > 50  # the province's middle, not Quebec City on the St Lawrence (46.8)
