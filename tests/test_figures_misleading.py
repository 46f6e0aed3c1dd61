"""Phrasings that mislead a figure's reader (issue 12, kinds 5 and 6): a vague amount with no
scale, a movement denied, armed men told as the ones who fled, arrivals "recorded in" an area,
a flight told "crossed from X", a speaker's or a source's town, a crossing read back into the
country left, and a toll running over months on the frontier line.

The sentences are invented for these tests (frontiers in no fixture); each test fails when its
rule is taken out.
"""

from conftest import displaced_figures, displacement_areas, incident_props

from geomap.text.armed_flight import armed_subject_fled
from geomap.text.group_words import none_moved
from geomap.text.displacement_counts import displaced_from_text

areas, figures = displacement_areas, displaced_figures


def test_a_vague_amount_with_no_scale_is_no_figure_of_displaced_people():
    assert displaced_from_text("Many families crossed from Zambia's Western province into Angola.") is None
    assert displaced_from_text("A few herders have fled Kaabong, officials said.") is None
    assert displaced_from_text("Several hundred herders have fled Kaabong.").value == 300  # a scale: its floor
    got = areas("Numerous villagers crossed from Ghana's Volta region into Togo's Plateaux region on Monday.", "2026-04-02")
    assert got and all(p["displaced"] is None for p in got.values())


def test_a_movement_denied_gives_no_area():
    assert none_moved("The Kitale reception centre has received no new arrivals since Friday.")
    assert none_moved("No families have fled Bugiri yet, the mayor said.")
    assert not none_moved("About 300 people fled Busia, but the camp received no new arrivals.")
    for denied in ("but no families have crossed into Tororo district.", "while no refugees arrived in Tororo."):
        got = areas("About 300 people fled Busia district on Monday, " + denied, "2026-04-02")
        assert figures(got) == {("Busia", "from"): 300}
    assert not areas("Officials in Tanzania's Kigoma region said the transit centre at Kasulu had registered no "
                     "refugees by Sunday.", "2026-04-02")


def test_armed_men_told_as_the_clause_subject_who_fled_are_not_displaced():
    assert armed_subject_fled("The raiders, said to come from a village across the river in Paraguay, stole "
                              "forty head of cattle and fled north.")
    assert armed_subject_fled("AGADEZ — Bandits ambushed a truck near Arlit, killing the driver, before fleeing "
                              "towards the Algerian border.")
    assert not armed_subject_fled("Gunmen burned the market and residents fled towards Arlit.")
    assert not areas("Police said the poachers, who had crossed from Zambia at night, shot two elephants near "
                     "Kariba and fled back across the lake.", "2026-04-02")


def test_arrivals_recorded_in_an_area_went_there():
    got = areas("3,300 new arrivals from Niger's Tillabéri region recorded in Algeria's Adrar province since "
                "May: 2,000 in Bordj Badji Mokhtar and 1,300 in Timiaouine.", "2026-06-02")
    assert ("Adrar", "to") in got and not any(d == "from" and p["admin1"] == "Adrar" for (_, d), p in got.items())


def test_people_who_crossed_from_an_area_to_escape_fighting_are_its_figure():
    assert displaced_from_text("About 860 people have crossed from Paraguay's Amambay department to escape "
                               "clashes between gangs.").value == 860
    assert displaced_from_text("About 40 herders crossed from Amambay to graze their cattle.") is None


def test_the_town_of_a_source_or_of_partners_who_report_is_no_area():
    got = areas("Since early June, about 1,150 people have crossed from Ghana's Upper East region to escape "
                "fighting, according to the Commission Nationale pour les Refugies office in Dapaong.", "2026-07-02")
    assert figures(got).get(("Upper East", "from")) == 1150 and not any(k[0] == "Savanes" for k in got)
    got = areas("Aid partners in Lusaka also report that about 2,000 people have fled Chiredzi district for "
                "Mwenezi since July.", "2026-09-02")
    assert not any(p["admin1"] == "Lusaka" for p in got.values())


def test_an_area_reached_after_crossing_is_not_in_the_country_left():
    got = areas("About 900 people had fled Ngorongoro district and crossed into Loliondo, the officials said.",
                "2026-05-02")
    assert not any(d == "to" for _, d in got)


def test_a_toll_running_over_months_stays_off_the_frontier_line():
    for running in ("Officials in Tete say at least 45 people have been killed in cross-border raids this year.",
                    "At least 45 people have been killed in cross-border raids since March, officials said."):
        incs = incident_props("Zimbabwean soldiers and Mozambican militiamen clashed on the border near Mukumbura on "
                              "Monday, killing two soldiers. " + running, "2026-08-10")
        assert incs and not any(p["fatalities"] == 45 for p in incs)
        assert any("45 people have been killed" in (p["fatalities_text"] or "") for p in incs)  # the words kept


def test_one_person_told_by_nationality_or_by_a_pronoun_is_one_dead():
    from geomap.text.quantities import fatalities_from_text

    assert fatalities_from_text("A Paraguayan national was shot dead near Pedro Juan Caballero on Friday.").value == 1
    assert fatalities_from_text("Zambian officials say she was killed when the boat capsized under fire.").value == 1


def test_a_heading_alone_is_no_flight_along_the_frontier():
    got = areas("TANZANIA — Kagera: flash update\n\nDISPLACEMENT\n\nAbout 700 people fled Kyerwa district for "
                "Karagwe after raids from across the Ugandan border.", "2026-03-02")
    assert {p["area_basis"] for p in got.values()} == {"named"}


def test_households_that_crossed_into_an_area_went_there_without_a_figure():
    got = areas("Some households with their cattle have crossed into Zambia's Southern province from Zimbabwe's "
                "Binga district; their number is not known.", "2026-03-02")
    assert figures(got).get(("Southern", "to"), "absent") is None


def test_people_told_beside_families_with_or_are_the_figure_and_a_thousands_comma_splits_no_number():
    got = displaced_from_text("Some 180 families, or about 950 people, fled Kasane for Kazungula.")
    assert got.value == 950
    assert displaced_from_text("Some 410 families, or about 2,300 people, fled Kasane.").value == 2300


def test_the_dead_counted_before_a_crossing_are_no_displaced_people():
    assert displaced_from_text("At least 25 herders have drowned trying to cross the Zambezi into Zambia's Western "
                               "province this year.") is None
    assert displaced_from_text("More than 12 migrants have died trying to cross from Libya into Niger.") is None


def test_no_one_displaced_counts_nobody():
    assert displaced_from_text("No one has been displaced by the shelling so far, the governor said.") is None


def test_arrivals_from_an_area_after_fighting_are_a_flight():
    assert displaced_from_text("About 640 people arrived from Colombia's Putumayo department after clashes between "
                               "armed groups.").value == 640
    assert displaced_from_text("About 40 traders arrived from Putumayo on Monday for the market.") is None


def test_livestock_driven_off_is_no_flight_but_families_moved_away_are():
    from geomap.text.displacement_counts import displacement_spans

    assert not displacement_spans("Four herders were killed and 300 goats driven off when raiders from Ethiopia "
                                  "attacked a camp.")
    assert displaced_from_text("About 2,400 herders have moved their families and livestock from Sololo towards "
                               "Marsabit, fearing more raids.").value == 2400


def test_a_running_count_told_beside_the_events_own_is_not_added_to_it():
    from geomap.text.quantities import fatalities_from_text

    got = fatalities_from_text("Gunmen attacked a village near Kindia on Tuesday, killing four herders, the latest "
                               "in a string of raids that have killed 37 people in the area since March.")
    assert got.value == 4
    got = fatalities_from_text("Three Uzbek border guards were shot dead near Khavast on Monday, bringing to 9 the "
                               "number of guards killed on that stretch this year.")
    assert got.value == 3
    assert fatalities_from_text("Eleven soldiers and two drivers were killed.").value == 13


def test_the_events_own_count_stays_on_its_incident_beside_a_running_count():
    incs = incident_props("Gunmen from across the Malian border attacked Siguiri in Guinea on Tuesday, killing "
                          "four herders, the latest in a string of raids that have killed 37 people in the Kankan "
                          "region since March, a local official said.", "2026-06-02")
    assert any(p["fatalities"] == 4 for p in incs) and not any(p["fatalities"] in (37, 41) for p in incs)


def test_a_flight_told_apart_from_its_figure_in_one_sentence_keeps_the_figure():
    got = areas("About 700 of them arrived from Angola's Cuando Cubango province this month after raids near "
                "Calai.", "2026-06-02")
    assert figures(got).get(("Cuando Cubango", "from")) == 700
