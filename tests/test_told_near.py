"""A known name the text puts near or in a place none of its namesakes is near
(geomap.reading.told_near), on the real gazetteer."""
from conftest import places_by_mention

from geomap.gazetteer import haversine_km


def test_a_name_told_near_a_town_far_from_all_its_namesakes_stands_at_that_town():
    got = places_by_mention("Migrants leave Turbo, in Colombia’s Antioquia department, for Panama. Clinics at "
                            "San Vicente, near Metetí, are full.")
    e, town = got["San Vicente"][0].entry, got["Metetí"][0].entry
    assert e.iso2 == "PA" and haversine_km(e.lat, e.lon, town.lat, town.lon) < 100


def test_a_name_told_in_a_unit_that_holds_none_of_its_namesakes_is_no_far_namesake():
    e = places_by_mention("Air strikes hit positions around Léré, in the Timbuktu region, Mali said.")["Léré"][0].entry
    assert e.iso2 == "ML" and e.in_gazetteer is False  # not Lere in Nigeria, 1,500 km away


def test_a_name_told_at_the_border_in_a_district_is_the_namesake_in_that_district():
    got = places_by_mention("Guards shot two smugglers at the Shibganj border in Chapainawabganj on Tuesday, "
                            "Bangladesh said.")
    e, district = got["Shibganj"][0].entry, got["Chapainawabganj"][0].entry
    assert e.in_gazetteer and haversine_km(e.lat, e.lon, district.lat, district.lon) < 60  # not Bogra's Shibganj
