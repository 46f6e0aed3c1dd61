"""Areas people fled and went to, with their own figures (geomap.reading.displacement).

The sentences are invented for these tests; each test fails when its rule is taken out.
"""

from conftest import displaced_figures, displacement_areas

areas, figures = displacement_areas, displaced_figures


def test_each_group_keeps_its_own_figure_when_the_second_says_only_where_people_were():
    got = areas("About 9,000 residents were evacuated from Sumy oblast, while 1,300 people in Russia's Belgorod "
                "region left the Shebekino district.", "2024-05-14")
    assert figures(got) == {("Sumy", "from"): 9000, ("Belgorod", "from"): 1300}


def test_from_and_to_areas_with_their_numbers_and_the_district_the_text_names():
    got = areas("About 3,000 people from Chin State crossed into Mizoram's Champhai district, while 500 villagers "
                "from Sagaing Region moved to Manipur.", "2023-11-20")
    assert figures(got) == {("Chin", "from"): 3000, ("Champhai", "to"): 3000,
                            ("Sagaing", "from"): 500, ("Manipur", "to"): 500}
    assert got[("Champhai", "to")]["admin1"] == "Mizoram"


def test_a_country_people_crossed_into_is_a_to_area_with_the_groups_figure():
    # (session 32c: the text gives the figure for the country reached whole, as sets 2, 3 and 11's gold keep it)
    got = areas("Heavy fighting around Rutshuru drove some 5,000 civilians into Uganda over the weekend.", "2024-03-05")
    assert got[("Uganda", "to")]["displaced"] == 5000
    assert got[("Uganda", "to")]["displaced_text"] == "drove some 5,000 civilians into"
    assert got[("Nord-Kivu", "from")]["displaced"] == 5000


def test_a_crossing_point_is_not_an_area_and_the_destination_gets_the_figure():
    got = areas("More than 2,000 people crossed at the Bunagana border post and were taken to a transit centre "
                "in Kisoro district, officials said.", "2024-03-05")
    assert figures(got) == {("Kisoro", "to"): 2000}


def test_a_county_the_boundaries_lack_names_the_area():
    got = areas("Some 600 families from Lafey have moved south to Wajir County, the Red Cross said.", "2023-07-22")
    assert got[("Wajir", "to")]["displaced"] == 600 and got[("Wajir", "to")]["admin1"] == "Wajir"


def test_a_group_counted_along_the_frontier_is_its_own_side_only_and_keeps_its_words():
    got = areas("Shells fired from Sudan hit Adre on Monday, Chadian officials said. Some 25,000 Chadians have been "
                "displaced along the frontier, while 150,000 Sudanese fled West Darfur, the UN said.", "2023-12-10")
    assert figures(got)[("West Darfur", "from")] == 150000
    side = [p for (name, _d), p in got.items() if p["iso3"] == "TCD"]
    assert side and {p["displaced"] for p in side} == {None}
    assert {p["displaced_text"] for p in side} == {"Some 25,000 Chadians have been displaced"}
    assert all(p["displaced"] != 25000 for p in got.values())


def test_people_of_one_side_fleeing_unnamed_areas_are_that_sides_frontier_units():
    got = areas("Cambodian and Thai troops clashed along the border on Monday, the Thai army said. Thousands of "
                "Thai villagers have fled their homes, officials said.", "2025-07-28")
    assert got and {p["iso3"] for p in got.values()} == {"THA"}
    assert {p["direction"] for p in got.values()} == {"from"}


def test_the_town_whose_residents_left_is_the_one_told_just_before():
    got = areas("Missiles hit Kramatorsk on Monday, officials said. Most of the town's 8,000 remaining residents "
                "were evacuated to Dnipro on Tuesday.", "2024-05-14")
    assert got[("Donets'k", "from")]["displaced"] == 8000
    assert got[("Dnipropetrovs'k", "to")]["displaced"] == 8000


def test_a_border_region_is_an_area_and_a_border_post_is_not():
    got = areas("About 3,000 residents were evacuated from the Sumy border region, while 900 people crossed at the "
                "Hoptivka border post and were taken to Kharkiv.", "2024-05-14")
    assert figures(got) == {("Sumy", "from"): 3000, ("Kharkiv", "to"): 900}


def test_others_beside_a_counted_group_take_none_of_its_figure():
    got = areas("Some 4,000 villagers from Sumy oblast were evacuated to Kharkiv, while others moved to Poltava.",
                "2024-05-14")
    assert got[("Kharkiv", "to")]["displaced"] == 4000
    assert got[("Poltava", "to")]["displaced"] is None


def test_displaced_people_in_a_town_are_there_now():
    got = areas("Aid agencies handed out tents to 3,000 displaced people in Kharkiv on Monday.", "2024-05-14")
    assert figures(got) == {("Kharkiv", "to"): 3000}


def test_towns_listed_before_the_region_the_text_puts_them_in_are_that_region():
    got = areas("About 2,000 refugees fleeing attacks around Pama and Kompienga, in Burkina Faso's Est region, "
                "crossed into Togo.", "2024-05-29")
    assert [k for k in got if k[1] == "from"] == [("Est", "from")]
    assert got[("Est", "from")]["displaced"] == 2000
    got = areas("Officials said camps in Gaziantep and Reyhanli in Hatay were sheltering more than 40,000 Syrians.",
                "2024-05-29")
    assert ("Gaziantep", "to") in got and ("Hatay", "to") in got  # no comma: the region is the last town's


def test_an_exact_figure_told_later_replaces_a_vague_one_for_the_same_area():
    got = areas("Fighting sent thousands of Ethiopians fleeing into Marsabit County. About 3,000 Ethiopians are "
                "sheltering at a school in Marsabit town.", "2024-05-14")
    assert got[("Marsabit", "to")]["displaced"] == 3000


def test_who_the_group_were_is_not_a_part_of_it_going_elsewhere():
    got = areas("About 1,200 Venezuelans, most of them women and children, crossed into Brazil and are sheltering "
                "in Roraima.", "2024-05-14")
    assert got[("Roraima", "to")]["displaced"] == 1200
    assert got[("Brazil", "to")]["displaced"] is None  # the country beside its province, without the figure


def test_a_country_people_left_for_is_where_they_went():
    got = areas("Some 5,000 people fled Nord-Kivu for Rwanda last month.", "2024-03-05")
    assert figures(got) == {("Nord-Kivu", "from"): 5000, ("Rwanda", "to"): 5000}  # (the country reached whole: 32c)


def test_another_group_on_its_way_from_where_it_walked():
    got = areas("Another 900 reached Poltava, after walking for two days from villages around Okhtyrka.", "2024-05-14")
    assert figures(got) == {("Poltava", "to"): 900, ("Sumy", "from"): 900}


def test_a_capital_asking_something_is_its_government_not_an_area():
    got = areas("Chad has let refugees through. N'Djamena has asked Bangui to keep military operations away from "
                "the frontier, a spokesman said.", "2024-02-10")
    assert not any(p["iso3"] == "TCD" and "Djamena" in p["name"] for p in got.values())


def test_the_town_whose_residents_tell_of_families_leaving_is_where_they_left():
    got = areas("Residents of Zaranj said shells had landed outside the town and that hundreds of families had "
                "left for Farah.", "2023-05-29")
    assert figures(got) == {("Farah", "to"): 100, ("Nimroz", "from"): None}


def test_a_part_of_a_counted_group_says_where_some_came_from():
    got = areas("About 1,200 Venezuelans had crossed into Roraima since Saturday, among them dozens of families "
                "from Santa Elena de Uairén.", "2024-05-14")
    assert figures(got) == {("Roraima", "to"): 1200, ("Bolívar", "from"): None}


def test_new_arrivals_taken_on_to_a_town():
    got = areas("Some of the new arrivals have been taken to Moundou.", "2024-02-10")
    assert figures(got) == {("Logone Occidental", "to"): None}


def test_returnees_counted_at_a_place_outside_their_country_keep_their_figure_off_it():
    got = areas("About 2,000 South Sudanese returnees from White Nile state arrived at Kosti this week.", "2024-12-05")
    assert figures(got) == {("White Nile", "from"): 2000, ("White Nile", "to"): None}


def test_refugees_counted_at_a_place_of_their_own_country_keep_their_figure_off_it():
    got = areas("About 2,000 Sudanese refugees who fled Sennar state were registered at Kosti this week.", "2024-12-05")
    assert figures(got) == {("Sennar", "from"): 2000, ("White Nile", "to"): None}


def test_a_figure_pushed_out_by_fighting_in_several_places_is_none_of_theirs():
    got = areas("Clashes around Yei and fighting across Western Equatoria have pushed more than 6,000 South Sudanese "
                "into Uganda.", "2025-03-27")
    assert {k: v for k, v in figures(got).items() if k[1] == "from"} == {("Central Equatoria", "from"): None,
                                                                          ("Western Equatoria", "from"): None}
    one = areas("Fighting around Yei has pushed more than 4,000 South Sudanese into Uganda.", "2025-03-27")
    assert figures(one)[("Central Equatoria", "from")] == 4000


def test_migrants_setting_out_from_towns_of_a_department_left_it():
    got = areas("Most migrants set out from Necoclí and Turbo, in Colombia's Antioquia department, and walk for days "
                "across the border.", "2023-09-21")
    assert figures(got) == {("Antioquia", "from"): None}


def test_a_flight_years_before_publication_is_history_not_an_area():
    got = areas("In 2015 an army offensive drove some 90,000 people out of Sumy oblast and Kharkiv oblast within "
                "weeks. About 2,000 residents were evacuated from Sumy oblast on Monday.", "2024-05-14")
    assert figures(got) == {("Sumy", "from"): 2000}


def test_people_expelled_from_a_province_left_it():
    got = areas("Since March, police have expelled more than 5,000 Afghans from Balochistan, officials said.",
                "2024-05-14")
    assert figures(got) == {("Balochistan", "from"): 5000}


def test_the_province_of_a_speakers_town_is_no_area_either():
    got = areas("Some 2,000 people were evacuated from Sumy oblast, according to officials in Kharkiv, a city in "
                "Kharkiv oblast.", "2024-05-14")
    assert figures(got) == {("Sumy", "from"): 2000}


def test_groups_going_on_to_two_towns_each_keep_their_figure():
    got = areas("Of the new arrivals, about 6,000 have continued to Dnipro, and some 2,500 have gone on to Poltava, "
                "officials said.", "2024-05-14")
    assert figures(got) == {("Dnipropetrovs'k", "to"): 6000, ("Poltava", "to"): 2500}
    got = areas("About 3,000 people have fled to Lomami province, and 2,000 to Sankuru.", "2024-05-14")
    assert figures(got) == {("Lomami", "to"): 3000, ("Sankuru", "to"): 2000}


def test_a_counted_part_of_a_fleeing_crowd_has_its_own_figure():
    got = areas("Thousands of villagers fled Sumy oblast, with about 1,500 reaching Poltava by Sunday.", "2024-05-14")
    assert figures(got)[("Poltava", "to")] == 1500
    # the first people to move, not a part of any: one group
    got = areas("The shelling caused panic in villages of Sumy oblast, with about 450 people fleeing to Poltava.",
                "2024-05-14")
    assert figures(got) == {("Sumy", "from"): 450, ("Poltava", "to"): 450}


def test_people_taken_by_ferry_to_a_city_went_there():
    got = areas("About 1,600 residents of Ochakiv were ordered into shelters, and some 300 were later taken by ferry "
                "to Odesa, officials said.", "2024-05-14")
    assert figures(got)[("Odessa", "to")] == 300


def test_a_division_the_boundaries_know_only_inside_an_older_one_keeps_its_name():
    got = areas("Some 2,500 people have fled to Kananga, in Kasai-Central province.", "2024-05-14")
    assert figures(got) == {("Kasai-Central", "to"): 2500}


def test_since_a_day_opens_no_new_group():
    got = areas("More than 3,200 people had fled villages in Sumy oblast since Friday, most of them to Poltava.",
                "2024-05-14")
    assert figures(got) == {("Sumy", "from"): 3200, ("Poltava", "to"): None}


def test_most_of_the_refugees_in_a_region_are_there_now():
    got = areas("Moldova is hosting about 40,000 refugees who fled Odesa oblast, most of them in Chisinau.",
                "2024-05-14")
    assert figures(got)[("Chişinău", "to")] is None and ("Chişinău", "from") not in got


def test_a_camp_people_left_is_where_they_came_from():
    got = areas("About 200 families left the camp in Okhtyrka for Poltava after the strike, an official said.",
                "2024-05-14")
    assert figures(got) == {("Sumy", "from"): 200, ("Poltava", "to"): 200}


def test_relatives_homes_people_moved_to_are_where_they_went():
    got = areas("Around 300 residents of border villages in Sumy have moved to relatives' homes in Poltava, fearing "
                "further shelling.", "2024-05-14")
    assert figures(got) == {("Sumy", "from"): 300, ("Poltava", "to"): 300}


def test_a_town_only_known_to_lie_in_a_country_is_no_area():
    got = areas("Shelling hit the town of Vrelkovo in northern Ukraine on Monday. About 200 families left Vrelkovo "
                "for Kharkiv.", "2024-05-14")
    assert figures(got) == {("Kharkiv", "to"): 200}


def test_arrivals_registered_by_a_province_came_to_it():
    got = areas("The Chernivtsi regional administration said it had registered 312 new arrivals since early May.",
                "2024-05-14")
    assert figures(got) == {("Chernivtsi", "to"): 312}
    # a group told by its flight too: the place before it is one people left
    got = areas("Clashes in Sumy oblast drove 5,000 people into Poltava, where they were registered by aid agencies.",
                "2024-05-14")
    assert figures(got) == {("Sumy", "from"): 5000, ("Poltava", "to"): 5000}


def test_a_named_district_stays_beside_frontier_units_put_for_a_sentence_naming_none():
    got = areas("Gunmen attacked an army post near Toulepleu, close to the border with Liberia, on Sunday.\n\n"
                "Residents of villages in Guémon fled west.\n\nAid groups said 1,200 people had fled by Friday.",
                "2024-05-14")
    assert got[("Guémon", "from")]["admin1"] == "Dix-Huit Montagnes"
    assert got[("Dix-Huit Montagnes", "from")]["area_basis"] == "frontier"


def test_districts_people_were_driven_from_are_kept_side_by_side():
    got = areas("Fighting in Guémon and Tonkpi regions has driven civilians towards the Liberian border since March.",
                "2024-05-14")
    assert figures(got) == {("Guémon", "from"): None, ("Tonkpi", "from"): None}


def test_people_departing_from_regions_left_them():
    got = areas("Most of those crossing reported departing from Gezira State, and the rest from Sennar State.",
                "2024-05-14")
    assert figures(got) == {("Gezira", "from"): None, ("Sennar", "from"): None}


def test_a_region_crossed_on_the_way_out_of_a_country_is_one_people_left():
    got = areas("Some 9,000 people were seen crossing from Ukraine into Moldova through crossing points in Odesa "
                "oblast.", "2024-05-14")
    assert figures(got)[("Odesa", "from")] == 9000 and ("Odesa", "to") not in got


def test_a_crossing_point_the_text_names_is_where_people_passed_not_an_area():
    got = areas("Ukrainian border guards said shelling hit Mohyliv-Podilskyi, on the Moldovan border, on Sunday.\n\n"
                "Refugees queued at the Otaci crossing on Sunday.\n\nOn Monday, 3,000 people crossed at Otaci, "
                "officials said.", "2024-05-14")
    assert got == {}  # nor the frontier's units: the text said where they were


def test_an_unlisted_area_in_a_region_the_text_gives_is_where_people_left():
    got = areas("Shelling hit the Zarvok Tamr area of Sumy oblast on Monday. About 2,000 people had been displaced "
                "from the Zarvok Tamr area to Poltava since the start of the month.", "2024-05-14")
    assert figures(got) == {("Sumy", "from"): 2000, ("Poltava", "to"): 2000}


def test_people_who_tried_to_cross_into_a_province_went_there():
    got = areas("Some 150 Afghans had tried to cross into Balochistan near Chaman on Monday and were sent back, "
                "officials said.", "2024-05-14")
    assert figures(got) == {("Baluchistan", "to"): 150}


def test_others_heading_on_after_a_flight_went_there_without_its_figure():
    got = areas("About 2,000 villagers fled Sumy oblast, with about 1,500 reaching Kharkiv by Sunday. Others headed "
                "south to Poltava.", "2024-05-14")
    assert figures(got)[("Poltava", "to")] is None


def test_people_relocated_to_an_unnamed_camp_put_no_frontier_units():
    got = areas("Gunmen attacked an army post near Toulepleu, close to the border with Liberia, on Sunday.\n\n"
                "Aid groups said 1,200 people had been relocated to a camp by Friday.", "2024-05-14")
    assert got == {}  # a flight from nowhere named would put them; a relocation tells no area left


def test_people_who_sought_refuge_in_a_place_went_there():
    got = areas("Some 1,200 Lao nationals have sought refuge in Thai temples in Si Sa Ket province, officials said.",
                "2026-05-05")
    assert figures(got) == {("Si Sa Ket", "to"): 1200}


def test_a_dateline_with_a_date_is_where_the_report_was_filed_not_an_area():
    got = areas("MAPUTO, 3 March 2026 - Renewed attacks by armed groups in Manica Province have forced some 14,500 "
                "people from their homes since January, according to OCHA.", "2026-03-05")
    assert figures(got) == {("Manica", "from"): 14500}


def test_a_place_told_as_hosting_a_counted_group_is_where_people_went():
    got = areas("Malawi's Nsanje district is hosting 6,700 Mozambican asylum seekers who fled fighting in Tete "
                "Province, district officials said.", "2026-05-05")
    assert figures(got) == {("Nsanje", "to"): 6700, ("Tete", "from"): 6700}


def test_a_town_named_like_the_river_people_were_displaced_along_is_no_area():
    got = areas("IOM said 4,200 people have been displaced in Southern Province of Zambia by clashes along the "
                "Zambezi.", "2026-04-12")
    assert figures(got) == {("Southern Province", "from"): 4200}


def test_a_figure_of_people_who_crossed_from_a_countrys_province_into_another():
    got = areas("About 300 people have crossed from Angola's Cunene Province into the Ohangwena Region over the "
                "past month.", "2026-05-05")
    assert figures(got) == {("Cunene", "from"): 300, ("Ohangwena", "to"): 300}


def test_most_of_a_counted_group_from_a_place_is_not_its_figure():
    got = areas("The World Food Programme office in Mbabane said it was feeding 3,100 Mozambican refugees in Lubombo "
                "region, most of them from Maputo Province.", "2026-05-05")
    assert figures(got) == {("Lubombo", "to"): 3100, ("Maputo", "from"): None}


def test_a_title_case_dateline_is_where_the_report_was_filed_not_an_area():
    got = areas("Blantyre, The Nation - Malawi's Nsanje district is hosting 6,700 Mozambican asylum seekers who fled "
                "fighting in Tete Province, district officials said.", "2026-05-05")
    assert figures(got) == {("Nsanje", "to"): 6700, ("Tete", "from"): 6700}


def test_a_split_with_its_own_unread_number_does_not_take_the_whole_groups_figure():
    got = areas("Uganda still hosts 126,000 Congolese refugees, of whom 60,000 are in Isingiro district.", "2026-05-05")
    assert figures(got) == {("Isingiro", "to"): None}


def test_the_city_an_agency_spoke_in_is_no_area():
    got = areas("Around 2,300 Mozambican returnees have gone back to Tete Province from Malawi's Mwanza district "
                "since January, IOM said in Lilongwe.", "2026-05-05")
    assert figures(got) == {("Tete", "to"): 2300, ("Mwanza", "from"): 2300}


def test_a_title_case_dateline_with_an_agency_is_no_area():
    got = areas("Bujumbura (Xinhua) -- Local authorities said on Sunday that 1,450 people had fled to neighbouring "
                "Rwanda's Rusizi district after clashes.", "2026-05-05")
    assert figures(got) == {("Rusizi District", "to"): 1450}


def test_a_figure_for_the_whole_region_takes_no_area_from_the_sentence_beside_it():
    got = areas("The Red Cross office in Bujumbura said it had registered 900 of them at a transit site in Nyamasheke. "
                "In total, the region has seen 45,000 people uprooted this year.", "2026-05-05")
    assert not got
