"""Displacement phrasing of session 25: whose figure and which area when people go back home,
when several groups share one sentence, and when a place is named for another reason
(geomap.text.group_words, geomap.reading.displacement).

The sentences are invented for these tests (frontiers in no fixture); each test fails when
its rule is taken out. The passages of tests/fixtures/displacement_passages_25.json keep the
floors they reached (see the test at the end).
"""

import json
from pathlib import Path

import pytest
from conftest import displaced_figures, displacement_areas, displacement_half_score

from geomap.text.group_words import returns_home, went_back

areas, figures = displacement_areas, displaced_figures


def test_people_who_had_fled_and_returned_without_a_helping_verb_are_no_longer_displaced():
    assert returns_home("About 2,600 people who had fled to Ranong last month returned to their homes in Kawthaung")
    got = figures(areas("About 2,600 people who had fled to Aranyaprathet last month returned to their homes in "
                        "Poipet on Sunday, the governor said.", "2026-03-02"))
    assert all(v is None for v in got.values()), got


def test_people_evacuated_from_a_place_who_went_back_are_no_longer_displaced():
    assert returns_home("Officials said 1,050 people evacuated from Lom had gone back home")
    assert not returns_home("Officials said 1,050 people were evacuated from Lom to Vidin")


def test_displaced_people_going_back_to_a_named_place_give_it_no_figure():
    assert went_back("Local authorities said 3,900 displaced villagers returned to Samraong district on Monday")
    assert went_back("The 800 evacuees went back to Svilengrad")
    assert not went_back("3,900 villagers fled Samraong district and have not returned")
    assert not went_back("3,900 displaced villagers were moved to Samraong district")
    got = figures(areas("Local authorities said 3,900 displaced villagers returned to Samraong district on Monday.",
                        "2026-03-02"))
    assert all(v is None for v in got.values()), got


def test_a_figure_told_in_a_where_clause_is_not_the_next_listed_places():
    from geomap.text.where_clause import where_clause_of

    text = ("Floods swamped parts of Ruse, where 520 people were evacuated, and the Romanian town of Giurgiu, "
            "where firefighters pumped out 40 cellars.")
    assert where_clause_of(text, text.index("520")) == (text.index(", where"), text.index(", and"))
    assert where_clause_of("About 1,520 people were evacuated from Ruse.", 6) is None
    got = figures(areas(text, "2026-03-02"))
    assert got.get(("Ruse", "from")) == 520
    assert got.get(("Giurgiu", "from")) is None


def test_a_second_count_joined_by_and_with_its_own_movement_word_is_its_own_group():
    from geomap.text import cues

    text = ("Officials said 1,100 people fled Pailin for Battambang, 600 left Samlout for Sampov Loun and 200 "
            "crossed from Kamrieng into Thailand.")
    assert len(cues.displacement_groups(text)) == 3
    assert len(cues.displacement_groups("Between 1,800 and 2,000 people fled to Mutare.")) == 1
    assert len(cues.displacement_groups("Shops and 200 homes were destroyed and 300 were damaged.")) == 1
    got = areas(text, "2026-03-02")
    assert all(p["displaced"] != 600 for (name, direction), p in got.items() if direction == "from"
               and p["name"] != "Samlout"), got


def test_the_place_of_officials_named_after_the_kind_of_unit_is_where_they_spoke():
    from geomap.text import cues

    text = "Vietnam's Nghe An province has seen 4,000 people displaced, officials in the Lao province of Xiangkhouang said."
    assert cues.is_speaker_place(text, text.index("Xiangkhouang"))
    got = figures(areas(text, "2026-03-02"))
    assert got.get(("Nghe An", "from")) == 4000
    assert all(v is None for (name, _), v in got.items() if name != "Nghe An"), got


def test_a_place_named_as_the_seat_of_a_body_that_speaks_is_no_area():
    got = figures(areas("Some 2,500 people have fled floods in Houaphanh province, according to the Thanh Hoa "
                        "provincial office.", "2026-03-02"))
    assert got.get(("Houaphanh", "from")) == 2500
    assert ("Thanh Hóa", "from") not in got
    got = figures(areas("Some 2,500 people have fled floods in Houaphanh province, the Thanh Hoa provincial "
                        "authorities said.", "2026-03-02"))
    assert ("Thanh Hóa", "from") not in got


def test_a_camp_that_also_received_another_counted_group_keeps_that_groups_origin_apart():
    from geomap.text import cues

    text = ("About 2,600 people from Samraong have fled to a camp in Varin district, which has also received "
            "900 people from Anlong Veng.")
    assert len(cues.displacement_groups(text)) == 2
    got = areas(text, "2026-03-02")
    assert all(p["displaced"] != 2600 for p in got.values() if p["name"] == "Anlong Veaeng"), got


def test_people_who_had_fled_and_then_returned_with_no_place_named_are_no_longer_displaced():
    assert went_back("About 9,000 people who had fled Samlout returned on 1 August")
    assert not went_back("About 9,000 people who had fled Samlout in July have not returned")
    got = figures(areas("• About 9,000 people who had fled Samlout returned on 1 August, the authorities said.",
                        "2026-08-02"))
    assert all(v is None for v in got.values()), got


def test_people_an_earthquake_left_homeless_are_counted_where_it_struck():
    from geomap.text.displacement_counts import displaced_from_text

    assert displaced_from_text("The quake left some 4,000 people homeless in Van province").value == 4000
    got = figures(areas("A strong earthquake left about 4,000 people homeless in Van province on Sunday, the disaster "
                        "agency said.", "2026-03-02"))
    assert got.get(("Van", "from")) == 4000


def test_where_the_fire_came_from_is_no_area_of_the_people_who_fled_it():
    got = figures(areas("Shells fired from Banteay Meanchey forced 700 people in Ta Phraya district to flee.",
                        "2026-03-02"))
    assert got.get(("Amphoe Ta Phraya", "from")) == 700
    assert ("Bântéay Méanchey", "from") not in got or got[("Bântéay Méanchey", "from")] is None
    got = figures(areas("Shelling forced 700 people from Thma Puok.", "2026-03-02"))
    assert got.get(("Bântéay Méanchey", "from")) == 700


def test_a_place_a_where_clause_tells_people_left_is_their_area_alone():
    got = figures(areas("Fighting that began in Preah Vihear spread to Oddar Meanchey, where 2,300 people were "
                        "evacuated.", "2026-03-02"))
    assert got.get(("Oddar Meanchey", "from")) == 2300
    assert got.get(("Preah Vihear", "from")) is None
    assert got.get(("Oddar Meanchey", "to")) is None


def test_a_count_of_people_killed_is_not_the_count_of_those_who_fled():
    from geomap.text.displacement_counts import displaced_from_text

    got = displaced_from_text("The shelling killed three people in Ta Phraya and forced 1,600 to flee, officials said.")
    assert got is not None and got.value == 1600


def test_a_place_in_a_where_clause_with_its_own_count_does_not_take_the_groups_figure():
    got = figures(areas("Some 650 residents of Khok Sung district fled to Watthana Nakhon, where about 1,300 villagers "
                        "from Ta Phraya had already arrived.", "2026-03-02"))
    assert got.get(("Amphoe Khok Sung", "from")) == 650
    assert got.get(("Sa Kaeo", "from")) != 650  # (Ta Phraya, a town, keyed by its province)


def test_a_camp_and_the_district_it_lies_in_are_where_people_are_not_where_they_fled():
    from geomap.text.other_roles import camp_place

    text = "Some 1,400 newly displaced people have joined the Kalap camp in Thma Puok district."
    assert camp_place(text, text.index("Thma"), text.index(" district"))
    left = "About 200 families left the Kalap camp in Thma Puok district for Sisophon."
    assert not camp_place(left, left.index("Thma"), left.index(" district"))
    got = figures(areas(text, "2026-03-02"))
    assert got.get(("Srŏk Thmâ Pôk", "from")) is None
    assert got.get(("Srŏk Thmâ Pôk", "to")) == 1400


PASSAGES = json.loads((Path(__file__).parent / "fixtures" / "displacement_passages_25.json").read_text(encoding="utf-8"))


# Before the rules of session 25: tune 22/32 right, 6 wrong; frozen 16/31, 6 wrong. After: tune
# 24/32, 3 wrong; frozen 20/31, 1 wrong. The wrong left are mostly families counted as people
# ("210 families were evacuated"), which settings.HOUSEHOLDS_AS_PEOPLE reads as a lower bound of
# people, as the border cases' gold does, where the passages' gold (written first) wanted none.
@pytest.mark.parametrize("half, floor, wrong_at_most", [("tune", 24, 3), ("frozen", 20, 1)])
def test_the_invented_passages_keep_their_floors(half, floor, wrong_at_most):
    right, wrong = displacement_half_score(PASSAGES, half)
    assert right >= floor and len(wrong) <= wrong_at_most, wrong
