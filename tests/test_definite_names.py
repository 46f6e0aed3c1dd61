"""A far small town read in a name written with "the" is dropped (geomap.reading.definite_names),
on the real gazetteer."""
from conftest import places_by_mention


def test_a_river_written_with_the_is_not_a_far_town_of_its_name():
    got = places_by_mention("Two fishermen drowned near Chirundu on Monday while fleeing a patrol on the Zambezi, "
                            "Zambian police said.")
    assert "Chirundu" in got  # the gazetteer's Zambezi is a town 700 km upstream
    assert all(not p.entry.in_gazetteer or p.entry.name != "Zambezi" for p in got.get("Zambezi", []))


def test_a_town_near_the_others_keeps_its_reading_even_after_the():
    got = places_by_mention("Police said smugglers were held at the Chirundu crossing and in Siavonga on Sunday.")
    assert got["Chirundu"][0].entry.in_gazetteer
