"""Areas people fled and went to, with their own figures (geomap.reading.displacement).

The sentences are invented for these tests; each test fails when its rule is taken out.
"""

from geomap.reading.pipeline import extract_text


def areas(text, published):
    return {(p["name"], p["direction"]): p for p in
            (f["properties"] for f in extract_text(text, published=published)["features"])
            if p["layer"] == "displacement"}


def figures(got):
    return {k: p["displaced"] for k, p in got.items()}


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


def test_a_country_people_crossed_into_is_a_to_area_without_the_figure():
    got = areas("Heavy fighting around Rutshuru drove some 5,000 civilians into Uganda over the weekend.", "2024-03-05")
    assert got[("Uganda", "to")]["displaced"] is None
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
    assert figures(got)[("Western Darfur", "from")] == 150000
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
