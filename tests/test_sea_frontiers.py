"""Frontiers across the sea and with overseas territories (round 34).

A territory's frontier is its sovereign state's (French Guiana-Brazil is France's with Brazil,
Gibraltar-Spain the United Kingdom's with Spain), measured on the boundary data's line there;
two countries that meet nowhere on land but face each other across a strait get a frontier
marked maritime, drawn as the shortest crossing between the coasts, with no land length.
Invented passages; the real gazetteer and bundled boundaries.
"""
import pytest

from sea_frontier_passages import FROZEN, TUNE, first_frontier, passage_right


@pytest.mark.parametrize("row", TUNE + FROZEN, ids=lambda r: r[0][:40])
def test_passage(row):
    assert passage_right(row), first_frontier(row[0])


def test_french_guiana_and_brazil_is_the_frontier_of_france_and_brazil():
    fr = first_frontier("Brazilian soldiers and French gendarmes patrolled the Oyapock on Monday after gold "
                        "miners clashed near Camopi, in French Guiana, officials said.")
    assert {fr["iso3_a"], fr["iso3_b"]} == {"FRA", "BRA"}
    assert fr["frontier_kind"] == "land" and fr["length_km"] > 400  # measured on the data's line there
    assert "French Guiana" in (fr.get("territory_a"), fr.get("territory_b"))


def test_a_france_brazil_story_names_french_guiana_too():
    fr = first_frontier("The border between France and Brazil is 730 km long, French officials said on "
                        "Tuesday, as Brazilian police arrested two smugglers at the frontier.")
    assert {fr["iso3_a"], fr["iso3_b"]} == {"FRA", "BRA"} and fr["stated_length_km"] == 730
    assert "French Guiana" in (fr.get("territory_a"), fr.get("territory_b"))


def test_gibraltar_and_spain_is_the_frontier_of_the_uk_and_spain():
    fr = first_frontier("British and Spanish police met on Tuesday to discuss smuggling across the "
                        "Gibraltar frontier.")
    assert {fr["iso3_a"], fr["iso3_b"]} == {"GBR", "ESP"} and 0 < fr["length_km"] < 10
    assert "Gibraltar" in (fr["territory_a"], fr["territory_b"])


def test_a_sea_frontier_is_the_shortest_crossing_with_no_land_length():
    fr = first_frontier("A Trinidad and Tobago coast guard boat was fired on in the Gulf of Paria on Monday "
                        "by a Venezuelan patrol, officials in Port of Spain said.")
    assert {fr["iso3_a"], fr["iso3_b"]} == {"TTO", "VEN"} and fr["frontier_kind"] == "maritime"
    assert fr["length_km"] is None and 5 < fr["crossing_km"] < 40


def test_a_sea_frontier_keeps_the_length_the_text_states():
    fr = first_frontier("Bahrain and Qatar agreed on Monday to patrol their 40 km maritime border together, "
                        "officials in Manama and Doha said.")
    assert fr["frontier_kind"] == "maritime" and fr["stated_length_km"] == 40 and fr["length_km"] is None


def test_countries_far_apart_get_no_sea_frontier():
    assert first_frontier("Chilean and New Zealand navy ships met off Valparaiso on Monday to discuss the "
                          "maritime border of their fishing zones.") is None


def test_a_land_pair_outranks_a_country_across_the_sea():
    fr = first_frontier("Israeli troops and Hezbollah fighters exchanged fire across the border near Metula "
                        "on Sunday, and Lebanese officials in Beirut said two people were killed. A ship from "
                        "Cyprus carried aid to Tyre.")
    assert {fr["iso3_a"], fr["iso3_b"]} == {"ISR", "LBN"} and fr["frontier_kind"] == "land"


def test_a_sea_frontier_is_never_a_second_frontier():
    from geomap.reading.pipeline import extract_text

    feats = extract_text("Turkish and Syrian troops clashed on the border near Kilis on Monday, Turkish officials "
                         "said. Cypriot and Turkish coast guards also met at sea off Kyrenia, and Cyprus said "
                         "Turkish and Syrian boats crossed its waters. Syrian officials in Damascus said Cypriot "
                         "ships were welcome.", published="2026-03-03")["features"]
    got = [(f["properties"]["frontier_kind"], {f["properties"]["iso3_a"], f["properties"]["iso3_b"]})
           for f in feats if f["properties"]["layer"] == "frontier"]
    assert got == [("land", {"TUR", "SYR"})]


def test_territories_of_a_state_are_its_own():
    from geomap.boundaries.territories import sovereign, territories_of

    assert sovereign("GUF") == "FRA" and sovereign("GIB") == "GBR" and sovereign("THA") == "THA"
    assert "GRL" in territories_of("DNK")


def test_far_territories_make_no_sea_frontier_of_their_states():
    # the US and British Virgin Islands lie 3 km apart: no frontier at sea for a US-UK story
    assert first_frontier("American and British naval officers met in London on Monday to discuss patrols, "
                          "US officials in Washington said.") is None


@pytest.mark.parametrize("text,pair,territories", [
    ("French gendarmes and Dutch police set up joint checks on the road between Marigot and Philipsburg on "
     "Saturday after a robbery on Saint Martin, officials said.", {"FRA", "NLD"}, {"St-Martin", "Sint Maarten"}),
    ("Cypriot police and British soldiers clashed with protesters at the fence of the Akrotiri base on Sunday, "
     "officials in Nicosia said.", {"GBR", "CYP"}, {"Akrotiri Sovereign Base Area", None}),
])
def test_two_territories_or_a_base_name_their_states(text, pair, territories):
    fr = first_frontier(text)
    assert {fr["iso3_a"], fr["iso3_b"]} == pair and fr["frontier_kind"] == "land" and fr["length_km"] > 0
    assert {fr["territory_a"], fr["territory_b"]} == territories


def test_a_territory_and_its_state_told_together_make_one_frontier():
    from geomap.reading.pipeline import extract_text

    feats = extract_text("Spanish police arrested two smugglers at the Gibraltar frontier on Tuesday after a chase "
                         "through La Linea, and officials in London said a British officer was hurt.",
                         published="2026-03-03")["features"]
    got = [{f["properties"]["iso3_a"], f["properties"]["iso3_b"]} for f in feats if f["properties"]["layer"] == "frontier"]
    assert got == [{"ESP", "GBR"}]
