"""Whose figure a displacement area is, when the text tells where a share came from, where a
group went back home, where arrivals were counted, or where people counted before came from
(geomap.reading.displacement, told_origin, text.origin_words).

The sentences are invented for these tests; each test fails when its rule is taken out.
"""

from conftest import displaced_figures, displacement_areas, places_by_mention

from geomap.reading.area_units import group_people

areas, figures = displacement_areas, displaced_figures


def test_a_share_of_the_group_told_with_where_it_came_from_takes_no_figure():
    got = areas("Tanzanian police said 380 Kenyans crossed into Tanzania on Friday night, many of them women and "
                "children from the Kajiado area.", "2025-02-08")
    assert ("Kajiado", "from") in got
    assert got[("Kajiado", "from")]["displaced"] is None
    assert [k for k, v in figures(got).items() if v == 380] in ([], [("Tanzania", "to")])  # (the country reached: 32c)


def test_a_place_people_had_left_and_went_back_to_is_where_they_went():
    got = areas("About 700 Burkinabe farmers who had left Dori and nearby hamlets after the attack went back home "
                "on Monday, the governor said.", "2025-03-11")
    assert got and {(p["iso3"], d) for (_n, d), p in got.items()} == {("BFA", "to")}


def test_a_town_named_first_where_a_nationality_arrived_is_where_they_went():
    got = areas("In Nakonde, the main town of Zambia's border with Tanzania, local officials said about 1,800 "
                "Tanzanians had arrived since Sunday.", "2025-04-02")
    assert [k for k in got if k[1] == "from"] == []
    assert [p["displaced"] for k, p in got.items() if k[1] == "to" and p["iso3"] == "ZMB"] == [1800]


def test_a_country_owning_the_words_after_town_of_stays_the_country():
    found = places_by_mention("In Nakonde, the main town of Zambia's Muchinga province, traders said prices rose.")
    assert [p.entry.place_type for p in found["Zambia"]] == ["country"]


def test_the_others_of_a_counted_group_take_none_of_its_figure():
    got = areas("Zambian officials registered 2,000 Congolese by Friday; 1,200 of them were taken by bus to Mantapala "
                "settlement in Nchelenge district, and the others remain in Mwinilunga with relatives.", "2025-05-20")
    assert figures(got)[("Luapula", "to")] == 1200
    assert all(p["displaced"] is None for k, p in got.items() if p["admin1"] == "North-Western")
    assert not [k for k in got if k[1] == "from" and got[k]["iso3"] == "ZMB"]


def test_where_the_arrivals_came_from_told_after_their_count_is_an_area_they_left_without_the_figure():
    got = areas("Zambian officials said 900 Congolese had crossed into Luapula province since Friday.\n\n"
                "Most of the new arrivals are women and children from villages of Haut-Katanga province. Many came "
                "on bicycles from Kasenga after two days on the road.", "2025-06-01")
    assert ("Haut-Katanga", "from") in got and got[("Haut-Katanga", "from")]["displaced"] is None
    assert figures(got)[("Luapula", "to")] == 900


def test_where_aid_was_sent_from_is_no_area():
    got = areas("Some 1,500 Congolese who fled into Luapula province on Friday received relief supplies from Kasama "
                "on Sunday.", "2025-06-01")
    assert not [k for k in got if got[k]["admin1"] == "Northern"]


def test_an_agency_named_for_refugees_makes_no_displacement_sentence():
    got = areas("Some 1,500 Congolese fled into Luapula province on Friday. The UN refugee agency said it would "
                "open an office in Kasama next month.", "2025-06-01")
    assert not [k for k in got if got[k]["admin1"] == "Northern"]


def test_a_people_named_by_an_ese_demonym_after_a_number():
    assert group_people("more than 20,000 Sudanese had arrived since January") == "SDN"


def test_a_share_counted_where_it_sleeps_right_after_the_crossing_is_that_area_s_figure():
    got = areas("Some 1,100 Ugandans have crossed into Tanzania since Friday, officials said. 400 of them were "
                "sleeping in a church in Kyaka while the rest stayed with relatives in Bukoba.", "2025-03-01")
    assert figures(got)[("Kagera", "to")] == 400


def test_villages_placed_only_by_a_district_the_gazetteer_lacks_give_no_area():
    got = areas("Officials in Tanzania's Kigongoni district said about 800 people had arrived in Tanzanian villages "
                "since Friday. The Red Cross said 300 of them were sleeping in the school of the village of "
                "Mwambaruku while the rest were staying with host families in Kitalemwa, a village near Mwambaruku.",
                "2025-03-01")
    assert [k for k, p in got.items() if p["admin1"]] == []


def test_local_officials_telling_arrivals_name_where_the_group_arrived():
    got = areas("Officials in Voinjama said about 2,300 Guineans had arrived in border villages since Saturday.",
                "2025-01-01")
    assert figures(got) == {("Lofa", "to"): 2300}


def test_a_capital_s_officials_or_people_of_the_speakers_own_country_name_no_arrival_area():
    assert areas("Officials in Monrovia said about 2,300 Guineans had arrived in the country since Saturday.",
                 "2025-01-01") == {}
    assert areas("Officials in Voinjama said about 2,300 Liberians had arrived in border villages since Saturday.",
                 "2025-01-01") == {}


def test_nationals_going_to_their_own_country_from_a_place_read_across_the_border_give_it_no_figure():
    got = areas("About 120 Beninese families living in Kamba fled to Malanville on Sunday, the prefect said.",
                "2025-01-01")
    assert figures(got)[("Alibori", "to")] == 120
    assert [p["displaced"] for k, p in got.items() if k[1] == "from"] == [None]
