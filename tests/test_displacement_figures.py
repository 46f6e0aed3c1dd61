"""Whose displacement figure a number is: ranges, returns home, a host's stock, people counted
beside families, figures given as a list, and the part of a group told where it is now.

The sentences are invented for these tests (about frontiers in no fixture); each test fails
when its rule is taken out.
"""

from conftest import displaced_figures, displacement_areas

from geomap.text.displacement_counts import displaced_from_text

areas, figures = displacement_areas, displaced_figures


def test_a_range_counts_its_lower_bound():
    assert displaced_from_text("Between 4,000 and 7,000 villagers have fled Makary.").value == 4000
    assert displaced_from_text("Some 2,000 to 3,500 people fled the islands.").value == 2000
    assert displaced_from_text("The number rose from 4,000 to 6,000 displaced people.").value == 6000
    got = areas("An estimated 6,000 to 9,000 people have fled Kaiama in Nigeria's Kwara state since Monday.", "2026-03-02")
    assert figures(got) == {("Kaiama", "from"): 6000} or figures(got) == {("Kwara", "from"): 6000}


def test_people_going_home_are_no_longer_displaced():
    got = areas("Fighting near Tachileik in Myanmar's Shan state has sent 3,800 people fleeing, aid groups said. "
                "On Sunday 900 residents of Tachileik returned home after the shelling eased.", "2026-02-10")
    assert figures(got) == {("Shan", "from"): 3800}


def test_refugees_coming_back_from_camps_give_no_area():
    assert not areas("In Niger, 1,400 returnees came back to Bosso from camps in Nigeria this month.", "2026-02-10")


def test_the_people_a_host_held_before_are_not_the_figure_of_those_who_came():
    got = areas("Chad's Mayo-Kebbi Est province, which already hosts 18,000 refugees, received 950 new arrivals "
                "from Cameroon's Extrême-Nord region last week.", "2026-01-12")
    assert figures(got) == {("Mayo-Kebbi Est", "to"): 950, ("Extrême-Nord", "from"): 950}


def test_people_counted_beside_families_are_the_figure():
    assert displaced_from_text("Another 320 families, about 1,700 people, reached Bongor.").value == 1700
    assert displaced_from_text("Some 210 households (1,100 people) fled Makary.").value == 1100


def test_figures_listed_by_area_after_the_sentence_telling_the_flight():
    got = areas("Raids by armed men have displaced 14,000 people in central Mozambique since September, the IOM "
                "said. By province: Manica, 9,500; Sofala, 4,500.", "2026-11-20")
    assert figures(got) == {("Manica", "from"): 9500, ("Sofala", "from"): 4500}


def test_listed_lines_take_the_direction_of_the_arrivals_told_before():
    got = areas("Zimbabwe has registered 4,700 Mozambican asylum seekers since October.\n\nThe figures by province "
                "are:\n- Manicaland: 3,900\n- Masvingo: 800", "2026-11-20")
    # (the country that registered them is where they went too, with its own figure: sessions 31, 32c)
    assert figures(got) == {("Manicaland", "to"): 3900, ("Masvingo", "to"): 800, ("Zimbabwe", "to"): 4700}


def test_lists_of_deaths_or_of_shelters_are_no_displacement_figures():
    for listed in ("Deaths by province: Manica: 30; Sofala: 10.",
                   "Some 9,000 people have fled their homes in Mozambique since May, and evacuation centres by "
                   "province are: Manica: 30; Sofala: 10."):
        got = areas("Some 9,000 people have fled their homes in Manica since May. " + listed, "2026-11-20")
        assert not {30, 10} & set(figures(got).values()) and figures(got)[("Manica", "from")] == 9000


def test_the_part_of_a_group_told_where_it_is_now_went_there_with_its_own_figure():
    got = areas("Of the 6,000 people who fled Burkina Faso's Sud-Ouest region, 4,100 are now in Bounkani, "
                "UNHCR said.", "2026-08-15")
    assert figures(got) == {("Sud-Ouest", "from"): 6000, ("Bounkani", "to"): 4100}


def test_refugees_now_in_a_camp_went_to_its_region():
    got = areas("Some 4,000 Burundian refugees are now in Nyarugusu camp in Kasulu district of Tanzania's Kigoma "
                "region, UNHCR said.", "2026-08-15")
    assert figures(got) == {("Kigoma", "to"): 4000}


def test_people_joining_others_already_displaced_somewhere_went_there():
    got = areas("Nearly 2,400 people fled the fighting in Batken, joining 1,000 already displaced in Osh region.",
                "2026-10-22")
    assert got[("Osh", "to")]["direction"] == "to" and ("Osh", "from") not in got


def test_a_place_told_before_a_camp_sheltering_people_is_where_they_went():
    got = areas("In Likouala, further north, the Betou camp shelters 3,900 refugees from Equateur.", "2026-06-10")
    assert figures(got) == {("Likouala", "to"): 3900, ("Equateur", "from"): 3900}


def test_people_forced_into_a_country_are_counted():
    got = areas("Fighting in Cameroon's Extrême-Nord region has forced 3,000 people into Chad.", "2026-06-10")
    assert figures(got)[("Extrême-Nord", "from")] == 3000


def test_a_count_of_households_is_people_only_where_the_team_reads_it_so(monkeypatch):
    from geomap import settings

    text = "Some 300 households fled villages around Makary in Cameroon's Extrême-Nord region on Monday."
    assert figures(areas(text, "2026-01-12")) == {("Extrême-Nord", "from"): 300}
    monkeypatch.setattr(settings, "HOUSEHOLDS_AS_PEOPLE", False)
    got = areas(text, "2026-01-12")
    assert figures(got) == {("Extrême-Nord", "from"): None} and "300 households" in got[("Extrême-Nord", "from")]["displaced_text"]
    got = areas("Some 300 households, about 1,600 people, fled villages around Makary in Cameroon's Extrême-Nord "
                "region on Monday.", "2026-01-12")
    assert figures(got) == {("Extrême-Nord", "from"): 1600}


def test_two_counted_movements_parted_by_a_comma_keep_their_own_figures():
    got = areas("Some 1,800 residents of Isfara have moved to Khujand, in Kyrgyzstan's Batken region 4,300 people were "
                "evacuated.", "2026-10-22")
    assert figures(got)[("Batken", "from")] == 4300 and figures(got)[("Leninabad", "from")] == 1800


def test_people_a_transit_centre_received_went_there_but_not_patients_a_clinic_received():
    got = areas("The Kisoro transit centre received 1,300 people on Tuesday alone, officials said.", "2026-03-05")
    assert figures(got) == {("Kisoro", "to"): 1300}
    assert not areas("The clinic in Kisoro received 30 people with gunshot wounds.", "2026-03-05")


def test_part_of_a_group_staying_somewhere_went_there_with_its_own_figure():
    got = areas("About 3,700 people have fled Kenya's Migori county into Tanzania, with 2,100 of them now staying in "
                "Tarime district.", "2026-04-01")
    assert figures(got)[("Tarime", "to")] == 2100 and figures(got)[("Migori", "from")] == 3700


def test_a_risen_number_of_displaced_people_is_read():
    assert displaced_from_text("The number of displaced people in Batken has risen to 26,000, officials said.").value \
        == 26000


def test_people_who_crossed_fleeing_clashes_left_that_place_not_the_speakers():
    got = areas("Officials in Kenya's Migori county said about 1,200 Tanzanians had crossed, fleeing clashes in Tarime "
                "district of Mara region.", "2026-04-01")
    assert figures(got) == {("Tarime", "from"): 1200}


def test_a_place_where_people_arrived_is_where_they_went():
    got = areas("Niger's Diffa region, where 2,700 Nigerians arrived this month, is struggling to cope.", "2026-05-09")
    assert figures(got) == {("Diffa", "to"): 2700}


def test_a_movement_expected_or_of_years_before_gives_no_figure():
    assert figures(areas("Some 3,000 Burundians could cross into Kigoma in the coming weeks, officials warned.",
                         "2026-05-09")) == {("Kigoma", "to"): None}
    assert figures(areas("In 2015 more than 200,000 Burundians fled to Tanzania's Kigoma region; this month 1,300 more "
                         "arrived.", "2026-05-09")) == {("Kigoma", "to"): None}
    assert figures(areas("About 12,000 people fled Batken in May and will need shelter for months.",
                         "2026-05-09")) == {("Batken", "from"): 12000}


def test_people_crossing_for_work_are_not_displaced():
    assert displaced_from_text("Villagers accused guards of beating four herders who had crossed the border to graze "
                               "cattle.") is None


def test_a_list_of_arrivals_after_a_sentence_naming_both_sides_goes_only_to_the_side_reached():
    from geomap.reading.displacement import Area
    from geomap.reading.listed_figures import _direction_in

    told = [Area("Loreto", "PER", "to"), Area("Putumayo", "COL", "from")]
    lead = "1,100 Colombians had entered the Loreto region since dissidents began fighting in Putumayo department."
    intro = "Those arrivals break down as follows: "
    assert _direction_in("PER", told, lead, [], intro) == "to"
    assert _direction_in("COL", told, lead, [], intro) is None  # an item read in the country left: not this list's
    assert _direction_in("COL", told, lead, [], "By department: ") == "from"


def test_a_region_now_home_to_displaced_people_is_where_they_went():
    got = areas("Togo's Savanes region is now home to 12,800 people displaced by attacks along the border with "
                "Burkina Faso.", "2026-04-02")
    assert ("Savanes", "to") in got and ("Savanes", "from") not in got


def test_a_town_listed_with_its_figure_gives_none_to_its_province():
    got = areas("Togo's Savanes region is now home to 12,800 people displaced by attacks along the border with "
                "Burkina Faso.\n\n- Dapaong: 8,300\n- Cinkassé: 4,500", "2026-04-02")
    assert 8300 not in figures(got).values()


def test_a_figure_told_for_two_provinces_joined_by_and_is_neither_ones_alone():
    got = areas("Clashes along the Zambian frontier have forced some 7,400 people to flee Mashonaland West and "
                "Matabeleland North provinces, officials said.", "2026-10-02")
    assert figures(got) == {("Mashonaland West", "from"): None, ("Matabeleland North", "from"): None}
    assert got[("Matabeleland North", "from")]["displaced_text"] == "forced some 7,400 people to"


def test_a_region_now_home_to_people_displaced_there_takes_their_figure_and_a_population_none():
    got = areas("Niger's Diffa region is now home to 31,000 people displaced by raids from across the Chadian "
                "border, the agency said.", "2026-10-02")
    assert figures(got) == {("Diffa", "to"): 31000}
    got = areas("Zinder, home to 300,000 people, saw hundreds of displaced families arrive from Diffa.", "2026-10-02")
    assert 300000 not in figures(got).values()


def test_migrants_deported_to_a_region_were_taken_there():
    got = areas("Security forces deported 1,900 migrants to Tahoua last month, leaving them at a transit centre "
                "near Tillia, the agency said.", "2026-10-02")
    assert figures(got) == {("Tahoua", "to"): 1900}


def test_districts_of_one_region_joined_by_and_are_that_region_with_the_figure():
    got = areas("Some 2,600 people have fled villages in Tandjouaré and Tône prefectures since the raid, the "
                "governor said.", "2026-10-02")
    assert figures(got) == {("Savanes", "from"): 2600}
