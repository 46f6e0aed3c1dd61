"""A landmark named after the town it stands at is its own place there
(geomap.reading.named_after_town), on the real gazetteer."""
from conftest import places_by_mention


def test_a_capitalised_bridge_after_a_town_is_the_bridge_at_that_town():
    got = places_by_mention("Two fishermen drowned near the Chirundu Bridge on Monday while fleeing a Zimbabwean "
                            "patrol, Zambian police said.")
    e = got["Chirundu Bridge"][0].entry
    assert e.place_type == "landmark" and e.in_gazetteer is False and e.placed_at == "Chirundu"
    assert "Chirundu" not in got  # the town is not told on its own


def test_a_reserve_named_after_a_town_is_the_reserve_at_that_town():
    got = places_by_mention("Rangers shot two suspected poachers in the Nkhotakota Wildlife Reserve on Sunday, "
                            "Malawian officials said.")
    e = got["Nkhotakota Wildlife Reserve"][0].entry
    assert e.place_type == "landmark" and e.in_gazetteer is False and e.placed_at == "Nkhotakota"


def test_a_park_named_after_a_far_namesake_town_is_not_put_at_that_town():
    got = places_by_mention("Calgary police said a man was stabbed in Regina Park on Sunday; Edmonton police "
                            "reported no arrests.")
    assert all(p.entry.placed_at != "Regina" for p in got.get("Regina Park", []))  # not 700 km away in Regina
