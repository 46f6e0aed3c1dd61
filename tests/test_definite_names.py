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


def test_a_river_the_text_types_goes_where_the_article_is_when_the_far_town_it_was_put_at_goes():
    got = places_by_mention("Two miners were killed on Tuesday when soldiers raided dredges on the Lusitu river, "
                            "the army said. The miners worked for the Chavuma gang, which also smuggles fuel. "
                            "Police in Siavonga said two more were held near Siavonga and Kariba.")
    assert "Chavuma" not in got  # "the Chavuma gang": a far town read in a name written with "the"
    assert got["Lusitu river"][0].entry.placed_at == "Siavonga"  # not dropped with it
