"""A long river the gazetteer holds as one point is put at the place told beside it
(geomap.reading.river_stretch), on the real gazetteer. Invented sentences."""
from conftest import places_by_mention

from geomap.gazetteer import haversine_km


def test_a_river_is_at_the_town_named_beside_it_in_every_mention():
    got = places_by_mention("Smugglers shot on the Amur River\n\nChinese police said two smugglers were shot on the Amur River "
                            "near Heihe on Tuesday, and a Russian patrol boat was seen off Blagoveshchensk.")
    heihe = got["Heihe"][0].entry
    assert len(got["Amur River"]) == 2
    for p in got["Amur River"]:
        assert p.entry.place_type == "water" and haversine_km(p.entry.lat, p.entry.lon, heihe.lat, heihe.lon) < 1


def test_a_lake_keeps_its_own_point():
    got = places_by_mention("Congolese fishermen were arrested on Lake Kivu near Goma on Monday.")
    kivu = got["Lake Kivu"][0].entry
    assert (round(kivu.lat, 2), round(kivu.lon, 2)) == (-2.0, 29.15)
