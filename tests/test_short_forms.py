"""A name the article shortens after giving it in full (geomap.reading.short_forms), on the
real gazetteer."""
from conftest import places_by_mention


def test_a_short_form_after_the_full_name_is_that_place():
    got = places_by_mention("Protesters marched in Santa Elena de Uairén, near the border with Brazil, on Monday. "
                            "By Tuesday, shops in Santa Elena had reopened, Brazilian officials said.")
    assert got["Santa Elena"][0].entry.gid == got["Santa Elena de Uairén"][0].entry.gid  # not Santa Helena, Paraná


def test_a_country_named_like_the_start_of_a_region_stays_the_country():
    got = places_by_mention("Militants attacked oil wells in the Niger Delta on Monday. Niger closed its border.")
    assert got["Niger"][0].entry.place_type == "country"
