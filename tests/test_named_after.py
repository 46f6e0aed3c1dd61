"""An event's place named at the opening of the next sentence (geomap.reading.named_after)."""

from conftest import incident_props


def incidents(text, published="2026-05-20"):
    return incident_props(text, published)


def test_the_town_named_in_the_next_sentence_is_the_place_of_the_event():
    (p,) = incidents("Shells struck the main market on Tuesday morning, killing four traders. The town, Bol, "
                     "lies on the shores of the lake.")
    assert (p["location"], p["date"], p["fatalities"], p["geo_precision"]) == ("Bol", "2026-05-19", 4, 1)


def test_a_place_told_later_in_the_next_sentence_only_says_where_the_town_lies():
    got = incidents("Shells struck the main market on Tuesday morning, killing four traders. The town lies "
                    "40 km from Bol.")
    assert all(p["location"] != "Bol" for p in got)


def test_where_the_site_or_the_event_was_told_in_the_next_sentence_is_its_place():
    (p,) = incidents("Shells hit a school on Tuesday, killing two pupils. The school, in the village of Bol, "
                     "was closed for the holidays.")
    assert (p["location"], p["geo_precision"]) == ("Bol", 1)
    (p,) = incidents("Shells hit a school on Tuesday, killing two pupils. It happened near Bol, officials said.")
    assert (p["location"], p["geo_precision"]) == ("Bol", 2)
    # where a speaker is, not where the event was
    assert incidents("Shells hit a school on Tuesday, killing two pupils. The ministry, in Bol, gave no "
                     "details.") == []
