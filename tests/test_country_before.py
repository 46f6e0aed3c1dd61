"""A country named right before an unlisted name says its side of the frontier
(geomap.reading.country_before), on the real gazetteer; invented sentences."""
from conftest import places_by_mention

from geomap.gazetteer import get_gazetteer


def test_a_village_told_right_after_the_country_it_was_crossed_into_is_in_that_country():
    assert not get_gazetteer().hits("hamile")
    text = ("ACCRA – Herders from Kalamon, a village in northern Ivory Coast, crossed into Ghana near Hamile on "
            "Tuesday, Ghanaian officials said.")
    got = places_by_mention(text)
    assert got["Kalamon"][0].entry.iso2 == "CI"
    hamile = got["Hamile"][0].entry
    assert hamile.in_gazetteer is False and hamile.iso2 == "GH"  # not beside Kalamon on the Ivorian side

