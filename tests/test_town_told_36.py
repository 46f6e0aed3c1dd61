"""A town that shares its name with its district, region or province (round 36): told bare where an
incident happens ("near Tadjourah", "in Kitgum", "Satun's pier") it is the town, not the unit's
middle, also when the text names the unit with its word elsewhere ("Kitgum district officials");
the unit's seat town spelt otherwise than the unit (Tadjoura in Tadjourah) is still its namesake.
Invented passages in tests/fixtures/incident_passages_36t.json (``tune`` and ``frozen``).

Run ``python tests/test_town_told_36.py`` for both halves' scores.
"""
from __future__ import annotations

from incident_passages import load_passages, passage_scores

PASSAGES = load_passages("incident_passages_36t.json")

if __name__ == "__main__":
    for half in ("tune", "frozen"):
        print(half, passage_scores(PASSAGES, half))


def _places(text):
    from geomap.reading.pipeline import extract_text
    fc = extract_text(text, published="2026-10-01")
    return [(f["properties"]["mention"], f["properties"]["place_type"], f["properties"]["name"])
            for f in fc["features"] if f["properties"]["layer"] == "place"]


def test_passages_tune_and_frozen_found():
    """Tune 3/3 incidents and 1/1 toll (1/3, 0/1 before), frozen 2/3 and 1/1 (1/3, 1/1 before; the
    arrest "police in Katsina said they had arrested" is read at the sentence's Jibia)."""
    for half, least, tolls in (("tune", 3, 1), ("frozen", 2, 1)):
        found, got_tolls, false = passage_scores(PASSAGES, half)
        assert found >= least and got_tolls >= tolls and not false, (half, found, got_tolls, false)


def test_near_a_seat_spelt_otherwise_is_the_town():
    """"near Tadjourah": Tadjoura, the town GeoNames spells otherwise and does not mark as the region's
    capital, is the region's namesake seat: the town, not the region's middle 40 km away."""
    got = _places("Coastguards detained 14 migrants near Tadjourah on Sunday, Djibouti's interior ministry said.")
    assert ("Tadjourah", "city", "Tadjoura") in got, got


def test_bare_town_keeps_its_reading_beside_the_unit_told_with_its_word():
    """"Kitgum district officials ... a bus in Kitgum": the district stays the district, the bare name
    the town (not the district's reading copied to every mention of the name)."""
    got = _places("Kitgum district officials said the border road had reopened.\n\n"
                  "On Monday gunmen ambushed a passenger bus in Kitgum, killing three people, police said.")
    assert ("Kitgum district", "admin1", "Kitgum") in got and ("Kitgum", "city", "Kitgum") in got, got


def test_a_displacement_area_told_by_the_bare_name_stays_an_area():
    """People who fled "Kitgum" fled an area: the displacement layer keeps an area's polygon."""
    from geomap.reading.pipeline import extract_text
    fc = extract_text("Kitgum district officials said on Tuesday that some 3,000 people had fled Kitgum since "
                      "rebels from South Sudan raided villages near the border.", published="2026-10-01")
    areas = [f for f in fc["features"] if f["properties"]["layer"] == "displacement"]
    assert any(f["properties"]["name"] == "Kitgum" and f["geometry"]["type"] == "Polygon" for f in areas), areas
