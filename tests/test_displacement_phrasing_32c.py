"""Displacement figures of session 32c, from the ways set 11's writers (who never saw the code)
told figures the reader still missed: a whole country's figure ("some 8,100 people have crossed
into Chad"), a second share told in the next clause with a bare number ("5,400 of them are staying
in X; 2,700 have settled near Y"), a share on the bullet after the count it refers to, workers or
traders taken, flown or bussed out of a place, a riot as the danger travellers were taken out of,
the fighting named with who fought ("since clashes between farmers and guards near X"), a unit
told with its type word before its division ("X department, in Y region"), and a group that
moved from one named place to another ("650 Nigerien fishing families moved from A to B"),
people registered entering a unit ("1,100 Yemeni nationals were registered ... entering Dhofar")
and people who moved in with relatives (geomap.reading.country_figures, geomap.text.plain_moves,
geomap.text.displacement_counts, geomap.reading.area_units, geomap.text.further_shares,
geomap.reading.told_origin, geomap.text.ordinary_travel, geomap.text.movement_cues).

The sentences are invented for these tests; each test fails when its rule is taken out. The
passages of tests/fixtures/displacement_passages_32c.json keep the floors they reached (see the
test at the end).
"""

import pytest
from conftest import displaced_figures, displacement_areas, displacement_passages_total

areas, figures = displacement_areas, displaced_figures


def test_a_country_reached_whole_keeps_the_groups_figure():
    got = figures(areas("Some 1,400 people have crossed into Senegal since the clashes in Guinea-Bissau's Cacheu region, "
                        "officials in Ziguinchor said.", "2026-12-07"))
    assert got.get(("Senegal", "to")) == 1400 and got.get(("Cacheu", "from")) == 1400, got
    # a finer area told on the same side carries the figure; the country stays without
    finer = figures(areas("Some 1,400 people have crossed into Senegal's Sédhiou region since the clashes in "
                          "Guinea-Bissau's Cacheu region.", "2026-12-07"))
    assert finer.get(("Senegal", "to")) is None and finer.get(("Sédhiou", "to")) == 1400, finer
    vague = figures(areas("Clashes in Guinea-Bissau's Cacheu region drove thousands of people into Senegal.", "2026-12-07"))
    assert vague.get(("Senegal", "to")) is None, vague  # "thousands" is no country's figure
    flow = figures(areas("Some 1,400 people crossed from Guinea-Bissau into Senegal over the weekend, most of them from "
                         "villages around São Domingos.", "2026-12-07"))
    assert flow.get(("Senegal", "to")) is None, flow  # a flow from one country into another: the frontier's
    points = figures(areas("Monitors observed 3,100 people crossing from Guinea-Bissau into Senegal through the São "
                           "Domingos and Mpack crossing points in Cacheu region.", "2026-12-07"))
    assert points.get(("Senegal", "to")) is None, points  # crossings counted at the border: no group the country took in


def test_a_second_share_in_the_next_clause_has_its_own_figure():
    from geomap.text.further_shares import further_share

    assert further_share("; 1,200 have settled in schools near Gulistan").value == 1200
    assert further_share(", while 300 are staying with relatives in Y").value == 300
    assert further_share("; 1,200 were children") is None
    got = figures(areas("Some 2,000 people have crossed into Bolivia from Peru's Puno region since Sunday. About 1,300 of "
                        "them are staying in schools in Copacabana, in La Paz department; 700 have settled near Cobija in "
                        "Pando.", "2026-12-07"))
    assert got.get(("La Paz", "to")) == 1300 and got.get(("Pando", "to")) == 700, got


def test_a_counted_share_refers_to_the_bullet_before():
    text = ("- Some 2,000 people have crossed into Bolivia from Peru's Puno region since Sunday.\n"
            "- About 1,300 of them are staying in schools in Copacabana, in La Paz department.")
    got = figures(areas(text, "2026-12-07"))
    assert got.get(("La Paz", "to")) == 1300, got


def test_workers_taken_or_flown_out_are_a_displaced_group():
    from geomap.text.displacement_counts import displaced_from_text

    assert displaced_from_text("Forty Korean engineers were taken out of the site and flown to Yangon.").value == 40
    assert displaced_from_text("Some 60 contractors were airlifted out of the camp on Monday.").value == 60
    assert displaced_from_text("Two injured workers were flown to hospital in Yangon.") is None
    got = figures(areas("Forty Korean engineers were taken out of the dam site at Hpasawng, in Myanmar's Kayah state, "
                        "under army escort and flown to Yangon, the embassy said.", "2026-12-07"))
    assert got.get(("Kayah", "from")) == 40 and got.get(("Yangon", "to")) == 40, got


def test_a_riot_is_danger_enough_for_traders_taken_out():
    from geomap.text.ordinary_travel import ordinary_travel

    assert ordinary_travel("Hundreds of traders crossed from Busia into Malaba for the weekly market.")
    assert not ordinary_travel("About 120 traders were bussed out of the market after the riot.")
    assert not ordinary_travel("About 120 traders were taken out of the market under police escort.")


def test_the_fighting_told_with_who_fought_is_where_they_left():
    from geomap.text.movement_cues import displacement_direction

    assert displacement_direction("Some 900 people have crossed into Y since clashes between herders and farmers near ") == "from"
    assert displacement_direction("Some 900 people have crossed into Y after fighting with rebels around ") == "from"
    assert displacement_direction("Some 900 people have crossed into ") == "to"
    assert displacement_direction("; 700 have settled near ") == "to"  # where a share now is


# Before the rules of session 32c: tune 6/21 right, 1 wrong figure; frozen 5/15, 0 wrong.
# (frozen: 'Polokwane(to)=500' is right, though counted wrong: the expectation, written before the
# run, gave its province Limpopo only the figure of the other town of that province.)
@pytest.mark.parametrize("half, floor, wrong_at_most", [("tune", 20, 0), ("frozen", 11, 1)])
def test_the_invented_passages_keep_their_floors(half, floor, wrong_at_most):
    right, wrong = displacement_passages_total("displacement_passages_32c.json", half)
    assert right >= floor and len(wrong) <= wrong_at_most, wrong


def test_a_unit_named_with_its_type_word_then_its_division_is_one_area():
    got = figures(areas("Fighting between farmers and herders in Macenta prefecture, in Guinea's Nzérékoré region, has forced "
                        "2,100 people from their homes since Monday.", "2026-12-07"))
    assert got.get(("Nzérékoré", "from")) == 2100, got


def test_a_group_that_moved_from_one_place_to_another_is_displacement():
    from geomap.text.plain_moves import moved_between_count

    assert moved_between_count("Some 650 Nigerien fishing families moved from the Bosso islands to Baga Sola.").value == 650
    assert moved_between_count("About 300 villagers have moved from Kibale to relatives in Fort Portal.").value == 300
    assert moved_between_count("The 12th battalion moved from Kibale to Fort Portal.") is None
    assert moved_between_count("Prices moved from 300 to 400 shillings.") is None
    assert moved_between_count("About 40 herders went from Amambay to graze their cattle.") is None  # an errand
    got = figures(areas("About 1,500 Peruvians from Puno region have crossed into Bolivia's La Paz department since the "
                        "clashes began. In the opposite direction, some 300 Bolivian herding families moved from "
                        "Copacabana to Yunguyo, in Puno.", "2026-12-07"))
    assert got.get(("La Paz", "from")) == 300 and got.get(("Yunguyo", "to")) == 300, got


def test_a_nationality_with_a_plain_word_before_the_group_noun_names_the_people():
    from geomap.reading.area_units import group_people

    assert group_people("some 650 Nigerien fishing families moved") == "NER"
    assert group_people("staying with Ugandan host families in Kisoro") is None  # the hosts, not the group


def test_people_registered_entering_a_unit_are_a_group_that_went_there():
    from geomap.text.plain_moves import registered_entering_count

    assert registered_entering_count("900 Iraqi nationals were registered by Jordanian officials entering Mafraq.").value == 900
    assert registered_entering_count("Some 600 Somalis were recorded crossing into Kenya at Mandera.").value == 600
    assert registered_entering_count("Some 600 trucks were recorded crossing into Kenya at Mandera.") is None
    got = figures(areas("- Some 1,300 Somali nationals were registered by Kenyan border officials entering Mandera county "
                        "during the week, after clashes in Beled Hawo.", "2026-12-07"))
    assert got.get(("Mandera", "to")) == 1300, got


def test_people_who_moved_in_with_relatives_are_displaced():
    from geomap.text.displacement_counts import displaced_from_text

    assert displaced_from_text("About 260 people from villages in Rombo district have moved in with relatives.").value == 260
    assert displaced_from_text("About 260 people have moved into new flats in the town.") is None
