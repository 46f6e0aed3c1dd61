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
    """Tune 5/5 incidents and 1/1 toll (2/5, 0/1 before), frozen 3/4 and 1/1 (2/4, 1/1 before; the
    arrest "police in Katsina said they had arrested" is read at the sentence's Jibia)."""
    for half, least, tolls in (("tune", 5, 1), ("frozen", 3, 1)):
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


def test_seat_town_of_a_name_two_countries_give_their_provinces():
    """"in Beja" in a Portuguese story: Beja is a Portuguese district and a Tunisian governorate; the
    Portuguese district's namesake seat is as near the story's places as its district, not a village
    that merely shares a province's name."""
    got = _places("Portuguese police arrested four Spanish men in Beja on Tuesday after a chase from the "
                  "border at Rosal de la Frontera, the GNR said.")
    assert ("Beja", "city", "Beja") in got, got


def test_a_town_named_after_part_of_its_unit_or_another_is_no_seat():
    """Only a town spelt like its unit is its namesake seat: "Rio Grande do Sul" stays the state (Rio
    Grande is a city inside it), "Maranhão" the state (not its capital São Luís, matched by another name)."""
    got = _places("Two Uruguayan men were shot dead on Saturday in Rio Grande do Sul, a few hundred metres "
                  "from the border, Brazilian police said.")
    assert ("Rio Grande do Sul", "admin1", "Rio Grande do Sul") in got, got
    got = _places("Suriname's army said Brazilian gold miners had crossed from Pará and Maranhão into the south "
                  "of the country.")
    assert ("Maranhão", "admin1", "Maranhão") in got, got
