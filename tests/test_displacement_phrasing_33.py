"""Displacement areas and figures of session 33, from the ways set 12's writers (who never saw the
code) told displacement the reader still missed: the people a household count makes up told
between dashes ("eleven families — about forty people —"), a move inside one province told "left
<a long description of A> for B", people expelled or deported counted before the verb ("1,850
Filipinos deported from Sabah"), the whole country they were expelled from, a group arriving that
is described by its flight ("700 migrants expelled from X arrived at Y": Y is where they came),
a destination told as where most went (", most to X": a share, no figure), a further group told
with a plain movement verb ("some 400 more had gone to relatives in X"), a group that "moved south
towards X", a vague amount the sentence itself says is uncounted ("no count is available yet"), and a
group told travelling ("250 people travelled by boat downstream to X") on the bullet after the flight;
a section heading ("DISPLACEMENT") is no group told just before a flight whose area was told earlier;
a group that "had crossed since" a time, and a counted share "taken on to" a camp
(geomap.text.displacement_counts, geomap.reading.country_figures, geomap.text.arrival_groups,
geomap.text.origin_words, geomap.text.unknown_figures, geomap.reading.told_origin, geomap.reading.origin_told_before).

The sentences are invented for these tests; each test fails when its rule is taken out. The
passages of tests/fixtures/displacement_passages_33.json keep the floors they reached (see the
test at the end).
"""

import pytest
from conftest import displaced_figures, displacement_areas, displacement_passages_total

areas, figures = displacement_areas, displaced_figures


def test_the_people_a_household_count_makes_up_are_the_figure():
    from geomap.text.displacement_counts import displaced_from_text

    assert displaced_from_text("About 20 families — some 90 people — left the island for the mainland.").value == 90
    assert displaced_from_text("Twelve households from the hill hamlets – about 70 people – have moved in with relatives.").value == 70
    assert displaced_from_text("Twelve households from the hill hamlets, about 70 people, have moved in with relatives.").value == 70
    assert displaced_from_text("Some 300 families fled to the town on Sunday.").value == 300  # no people told: the families


def test_a_move_from_a_long_described_place_for_a_named_one():
    from geomap.text.displacement_counts import displaced_from_text, is_displacement_sentence

    s = "About 45 people left the flooded rice farms south of Kilombero for Ifakara on Monday."
    assert displaced_from_text(s).value == 45 and is_displacement_sentence(s)
    assert is_displacement_sentence("The families left the flooded rice farms south of Kilombero for Ifakara.")
    assert not is_displacement_sentence("The minister left the talks in the capital on Monday for Geneva.")


def test_people_expelled_or_deported_are_counted_before_the_verb():
    from geomap.text.displacement_counts import displaced_from_text

    assert displaced_from_text("Some 640 Afghans deported from Iran crossed back at Islam Qala.").value == 640
    assert displaced_from_text("More than 300 migrants expelled by Tunisia were left in the desert.").value == 300
    assert displaced_from_text("Two Russian diplomats expelled from Warsaw left on Monday.") is None


def test_a_country_people_were_expelled_from_keeps_their_figure():
    got = figures(areas("Red Crescent volunteers in Islam Qala said some 640 Afghans deported from Iran had arrived "
                        "over the weekend.", "2026-12-07"))
    assert got.get(("Iran", "from")) == 640, got
    fled = figures(areas("Some 640 Afghans fled from Iran over the weekend.", "2026-12-07"))
    assert fled.get(("Iran", "from")) is None, fled  # a flight from a country: its areas are told elsewhere


def test_an_arriving_group_described_by_its_flight_arrived_at_the_place():
    from geomap.text.arrival_groups import described_flight_blanked

    s = "about 650 Peruvians fleeing the clashes had arrived since Sunday"
    assert "fleeing" not in described_flight_blanked(s) and len(described_flight_blanked(s)) == len(s)
    assert "fled" in described_flight_blanked("650 Peruvians fled to Ecuador and arrived in Macará")
    got = figures(areas("In Dori, about 900 herders fleeing the raids near Seytenga arrived at the livestock market this "
                        "week, the prefect said.", "2026-12-07"))
    assert got.get(("Séno", "to")) == 900, got  # (Dori's unit in the boundary data)


def test_arrivals_told_by_local_witnesses_described_by_their_flight():
    got = figures(areas("Clashes near Memot went on for a third day. Local officials in Tay Ninh province said about 650 "
                        "Cambodians fleeing the shelling had arrived since Sunday.", "2026-12-07"))
    assert got.get(("Tay Ninh", "to")) == 650, got


def test_a_destination_told_as_where_most_went_has_no_figure():
    from geomap.text.origin_words import share_before

    assert share_before("2,600 residents of A had been moved away from the riverbank, most to ")
    assert not share_before("2,600 residents of A had been moved to ")
    got = figures(areas("About 1,500 residents of Mchinji district were moved away from the border after the clashes, "
                        "most to Lilongwe and to Dedza.", "2026-12-07"))
    assert got.get(("Lilongwe", "to")) is None and got.get(("Dedza", "to")) is None, got
    assert 1500 in {v for (n, d), v in got.items() if d == "from"}, got


def test_a_further_group_told_with_a_plain_movement_verb():
    from geomap.text.displacement_counts import displaced_from_text

    assert displaced_from_text("; some 400 more had gone to relatives in Kasungu.").value == 400
    assert displaced_from_text("Another 250 went on to Mzuzu.").value == 250


def test_a_group_that_moved_towards_a_named_place_is_displacement():
    from geomap.text.displacement_counts import is_displacement_sentence

    from geomap.text.displacement_counts import displaced_from_text

    assert is_displacement_sentence("Villagers from the river settlements have moved west towards Mongu.")
    assert displaced_from_text("Some 300 villagers have moved west towards Mongu.").value == 300
    assert not is_displacement_sentence("The storm has moved west towards Mongu.")
    got = areas("Floods swept through villages of Sesheke district on Monday. Several hundred villagers from the river "
                "settlements have moved north towards Mongu and are staying with relatives.", "2026-12-07")
    assert ("Western", "to") in got, got


def test_a_vague_amount_the_sentence_says_is_uncounted_has_no_figure():
    from geomap.text.unknown_figures import says_uncounted

    assert says_uncounted("Several hundred people have moved to X; no count is available yet.")
    assert says_uncounted("They resettled several hundred households, though no official figure was published.")
    assert not says_uncounted("Several hundred people have moved to X.")
    got = figures(areas("Floods swept through villages of Sesheke district on Monday. Several hundred villagers from the river "
                        "settlements have moved north towards Mongu; no figure has yet been released.", "2026-12-07"))
    assert got.get(("Western", "to"), "absent") is None, got


def test_a_group_travelling_on_the_bullet_after_a_flight_is_a_move():
    from geomap.text.displacement_counts import displaced_from_text

    s = "• Some 80 people, mostly fishing families, made their way by canoe upstream to Kasane."
    assert displaced_from_text(s, told_flight=True).value == 80
    assert displaced_from_text(s) is None  # a trip, unless the flight was told just before
    text = ("FLASH UPDATE\n\n• About 600 people have fled villages near Katima Mulilo since Monday.\n"
            "• Some 80 people, mostly fishing families, made their way by canoe upstream to Kasane, a journey of two days.")
    got = figures(areas(text, "2026-12-07"))
    assert got.get(("North-West", "to")) == 80, got  # (Kasane's unit in the boundary data)


def test_a_heading_is_no_group_told_before_the_flight():
    text = ("SECURITY\n• On 2 May, gunmen attacked a border post near Mongu, killing a guard.\n\nDISPLACEMENT\n"
            "• About 800 people have been displaced from eleven villages.")
    got = figures(areas(text, "2026-12-07"))
    assert got.get(("Western", "from")) == 800, got


def test_a_group_that_crossed_since_a_time_is_counted():
    from geomap.text.displacement_counts import displaced_from_text

    assert displaced_from_text("Officials said some 900 Burundians had crossed since the shelling began.").value == 900
    assert displaced_from_text("Three farmers had crossed since morning to graze cattle.") is None  # no flight, no foreigners


def test_a_counted_share_taken_on_is_counted_where_it_went():
    text = ("More than 600 Angolans fleeing the fighting near Luau have crossed into Zambia since Tuesday. About 200 of "
            "them had since been taken on to a transit camp near Solwezi.")
    got = figures(areas(text, "2026-12-07"))
    assert got.get(("Solwezi", "to")) == 200 or got.get(("North-Western", "to")) == 200, got


@pytest.mark.parametrize("half,floor", [("tune", 14), ("frozen", 4)])
def test_passages_33_keep_their_floor(half, floor):
    right, wrong = displacement_passages_total("displacement_passages_33.json", half)
    assert wrong == [] and right >= floor, (right, wrong)
