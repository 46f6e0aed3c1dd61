"""geomap.boundaries.model: point lookup, frontiers and the units along them, on the bundled Natural Earth data."""
from __future__ import annotations

import pytest
import shapely
import shapely.ops
from pyproj import Geod

from geomap.boundaries import Frontier
from geomap.exceptions import NotFoundError

THAI_SIDE = {"Surin", "Si Sa Ket", "Sa Kaeo", "Chanthaburi", "Trat"}
# Natural Earth's spellings of Oddar Meanchey, Banteay Meanchey, Pailin, Battambang.
CAMBODIAN_SIDE = {"Otdar Mean Chey", "Bântéay Méanchey", "Krong Pailin", "Batdâmbâng"}


@pytest.fixture(scope="module")
def b(ne_boundaries):
    return ne_boundaries


def _km_between(geom_a, geom_b) -> float:
    pa, pb = shapely.ops.nearest_points(geom_a, geom_b)
    return Geod(ellps="WGS84").inv(pa.x, pa.y, pb.x, pb.y)[2] / 1000


def test_build_fixes_are_in_the_data(b):
    assert b.country("Kosovo")["iso3"] == "XKX"
    assert b.country("TK")["iso3"] == "TKL"
    assert b.country("Northern Cyprus")["iso3"] == "CYN"  # Natural Earth's code: no ISO code exists
    # Baykonur belongs to Kazakhstan again (it was a hole filled by the "-1" row).
    assert b.locate(63.3, 45.9)[0] == "KAZ"
    assert b.admin1("Sa Kaeo")["iso3"] == "THA"
    assert b.admin1("Western Equatoria")["iso3"] == "SSD"  # Natural Earth says SDS


def test_locate_bangkok_and_sea(b):
    assert b.locate(100.50, 13.75) == ("THA", "Bangkok Metropolis")
    assert b.locate(102.10, 12.60) == ("THA", "Chanthaburi")
    assert b.locate(-30.0, 0.0) == (None, None)


def test_locate_many_matches_locate(b):
    lons, lats = [100.50, 104.92, -30.0, 102.10], [13.75, 11.56, 0.0, 12.60]
    frame = b.locate_many(lons, lats)
    assert list(frame["iso3"]) == ["THA", "KHM", None, "THA"]
    assert list(frame["admin1"]) == [b.locate(x, y)[1] for x, y in zip(lons, lats)]
    assert frame["admin1"].iat[1] == "Phnom Penh"


def test_frontier_tha_khm(b, tha_khm):
    assert isinstance(tha_khm, Frontier)
    assert (tha_khm.iso3_a, tha_khm.iso3_b) == ("THA", "KHM")
    assert (tha_khm.name_a, tha_khm.name_b) == ("Thailand", "Cambodia")
    assert 660 * 0.85 <= tha_khm.length_km <= 660 * 1.15
    assert abs(tha_khm.length_km - 652) < 5  # the figure in shapefiles/README.md
    assert tha_khm.geometry.geom_type == "LineString"  # one continuous line, merged
    assert tha_khm.source == b.source
    # Both ends of the frontier lie on both countries' outlines.
    assert _km_between(tha_khm.geometry, b.country("KHM").geometry.boundary) < 0.1
    reverse = b.frontier("Cambodia", "Thailand")
    assert (reverse.iso3_a, reverse.iso3_b) == ("KHM", "THA")
    assert reverse.length_km == pytest.approx(tha_khm.length_km)


@pytest.mark.parametrize("a, b_, low, high", [
    ("RUS", "UKR", 1400, 2300), ("TUR", "SYR", 650, 950), ("ERI", "ETH", 750, 1100),
    ("PRK", "KOR", 170, 260), ("THA", "MMR", 1500, 2500),
])
def test_frontier_lengths_plausible(b, a, b_, low, high):
    assert low <= b.frontier(a, b_).length_km <= high


@pytest.mark.parametrize("a, b_", [("THA", "FRA"), ("Japan", "China"), ("THA", "THA")])
def test_no_frontier_raises(b, a, b_):
    with pytest.raises(NotFoundError):
        b.frontier(a, b_)


def test_neighbours(b):
    assert b.neighbours("THA") == ["KHM", "LAO", "MMR", "MYS"]
    assert "UKR" in b.neighbours("Russia") and "USA" not in b.neighbours("RUS")


def test_admin1_along_tha_khm(b, tha_khm):
    along = b.admin1_along(tha_khm)
    assert list(along.columns) == ["name", "iso3", "country", "fips", "side", "shared_km",
                                   "distance_km", "geometry"]
    thai = along[along["side"] == "THA"]
    khmer = along[along["side"] == "KHM"]
    assert THAI_SIDE <= set(thai["name"])
    assert CAMBODIAN_SIDE <= set(khmer["name"])
    assert list(along["side"]) == sorted(along["side"], key=["THA", "KHM"].index)
    # Each side's stretches add up to the frontier (exact shared edges, no overlap).
    for side in (thai, khmer):
        assert side["shared_km"].sum() == pytest.approx(tha_khm.length_km, rel=0.01)
    # Sorted along the line: Trat (south end) before Si Sa Ket (north-east).
    names = list(thai["name"])
    assert names.index("Trat") < names.index("Chanthaburi") < names.index("Sa Kaeo") < names.index("Si Sa Ket")
    assert (along["shared_km"] > 0).all()


def test_admin1_along_within_km(b, tha_khm):
    near = b.admin1_along(tha_khm, within_km=40)
    added = near[near["shared_km"] == 0]
    assert "Nakhon Ratchasima" in set(added["name"])
    assert (added["distance_km"] > 0).all() and (added["distance_km"] <= 40).all()
    assert "Nakhon Ratchasima" not in set(b.admin1_along(tha_khm)["name"])


def test_frontier_stretch(b, tha_khm):
    stretch = b.frontier_stretch(tha_khm, "Chanthaburi")
    length = Geod(ellps="WGS84").geometry_length(stretch) / 1000
    assert 50 < length < 80
    assert b.frontier_stretch(tha_khm, "Bangkok Metropolis") is None


@pytest.mark.parametrize("unit, iso3", [("Chanthaburi", "THA"), ("Battambang", "KHM"), ("Otdar Mean Chey", "KHM")])
def test_point_on_stretch_lies_inside_and_near(b, tha_khm, unit, iso3):
    point = b.point_on_stretch(tha_khm, unit, inward_km=2.0)
    polygon = b.admin1(unit, iso3).geometry
    assert polygon.contains(point)
    assert b.locate(point.x, point.y)[0] == iso3
    km = _km_between(point, tha_khm.geometry)
    assert 1.0 < km < 10.0


def test_point_on_stretch_rejects_unit_off_frontier(b, tha_khm):
    with pytest.raises(NotFoundError):
        b.point_on_stretch(tha_khm, "Bangkok Metropolis")


def test_disputed_near(b, tha_khm):
    near = b.disputed_near(b.frontier("IND", "PAK"), within_km=50)
    assert {"Indian claim", "Pakistani claim"} <= set(near["name"])
    assert (near["distance_km"] <= 50).all()
    assert list(near["distance_km"]) == sorted(near["distance_km"])
    assert "Chinese claim" in set(b.disputed_near(b.frontier("IND", "CHN"))["name"])
    assert b.disputed_near(tha_khm).empty


def test_fuzzy_admin1_equals_difflib_over_every_key_of_the_country(b):
    """The per-country key table and difflib's quick bounds find what comparing the name with
    every admin-1 key of the country finds."""
    import difflib

    from geomap.boundaries.names import fold, fold_keys
    from geomap.settings import FUZZY_CUTOFF

    def plain(name, iso3):
        target, short = fold(name).replace(" ", ""), min(fold_keys(name), key=len)
        best = {}
        for key, entries in b._admin1_keys.items():
            for _, pos in entries:
                if " " in key or b.admin1_units["iso3"].iat[pos] != iso3:
                    continue
                score = max(difflib.SequenceMatcher(None, t, key).ratio() for t in {target, short})
                if score >= FUZZY_CUTOFF and score > best.get(pos, 0.0):
                    best[pos] = score
        top = max(best.values(), default=None)
        return {(2, p) for p, s in best.items() if s == top}

    for name, iso3 in [("Oddar Meanchey", "KHM"), ("Banteay Mean Chey", "KHM"), ("Sisaket", "THA"),
                       ("Gedaref", "SDN"), ("Nord Kivu", "COD"), ("Kharkov", "UKR"), ("Donetsk Oblast", "UKR"),
                       ("Khyber Pakhtunkwa", "PAK"), ("Zzzz", "THA"), ("Tigrai", "ETH")]:
        assert b._admin1_fuzzy(name, iso3) == plain(name, iso3), name
    assert b._admin1_fuzzy("Oddar Meanchey", "KHM")


def test_somaliland_is_part_of_somalia_for_frontiers(b):
    # Natural Earth draws Somaliland as a country; news counts it as part of Somalia.
    assert "SOM" in b.neighbours("DJI") and "SOM" in b.neighbours("ETH")
    assert b.frontier("DJI", "SOM").length_km > 50
    assert b.frontier("ETH", "SOM").length_km > 1400  # the northern stretch too
    assert b.locate(44.06, 9.56)[0] == "SOM"  # Hargeisa
    assert b.admin1("Somaliland")["iso3"] == "SOM"  # still a region a text can name
    with pytest.raises(NotFoundError):
        b.country("SOL")
