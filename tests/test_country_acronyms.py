"""A country's acronym is a place only written in capitals (geomap.reading.country_acronyms), on
the real gazetteer. Invented sentences."""
from conftest import places_by_mention


def test_car_in_capitals_is_the_central_african_republic_and_car_the_word_is_not():
    got = places_by_mention("Gunmen from CAR crossed the Mbomou river into Congo on Sunday, the army said.")
    assert got["CAR"][0].entry.iso2 == "CF" and got["CAR"][0].entry.place_type == "country"
    got = places_by_mention("Car bombs hit the market in Bangui on Sunday.")
    assert "Car" not in got and got["Bangui"][0].entry.iso2 == "CF"
    got = places_by_mention("CAR BOMB KILLS TWO IN MARKET.\n\nA car bomb killed two people in Kabul on Sunday.")
    assert "CAR" not in got
