"""Names read as the wrong thing far away (tests/fixtures/resolution_passages_32.json: 6 ``tune``,
6 ``frozen``, on frontiers no other fixture uses): a demonym before a type word read as a town
the gazetteer gives that word to (geomap/reading/common_names.py), and a country's name told
"the X", a river or a people, read as the country (geomap/reading/definite_countries.py), and a
town of the story's country moved away as if a far namesake village (geomap/reading/local_namesakes.py),
a valley the gazetteer lacks named after a unit, put at a town told nearby (named_for_unit.py), and a
province spelt otherwise named bare (province_spellings.py); a person told with an age is no place
(geomap/text/aged_persons.py).
Real gazetteer and boundaries.

Run ``python tests/test_resolution_32.py [tune|frozen]`` for the list (acc161 of the found ones).
"""
from __future__ import annotations

import sys
from pathlib import Path

from test_place_passages_21 import print_half, score_half
from test_resolution_25 import _read

from geomap.gazetteer import haversine_km

FIXTURE = Path(__file__).parent / "fixtures" / "resolution_passages_32.json"


def test_a_demonym_before_a_type_word_is_not_the_town_the_gazetteer_gives_that_word():
    # "Kazakh" is another name of Petropavl, 900 km north; "the Kazakh village of X" names no town
    got = _read("Herders detained\n\nSHYMKENT - Uzbek border guards detained two herders from the Kazakh "
                "village of Zhylga, near Saryagash, on Monday, officials in Turkistan region said.")
    assert "Kazakh" not in got, got


def test_a_country_name_told_the_x_after_another_river_is_the_river_not_the_country():
    # a Mali-Mauritania story: "the Niger" is the river; Niger the country lies 1,000 km east
    got = _read("Boats searched on the rivers\n\nKAYES, Mali - Malian soldiers searched boats along the "
                "Bafing and the Niger on Sunday, the army said, after gunmen attacked traders near Nioro.")
    assert "Niger" not in got or got["Niger"][3] != "country", got


def test_a_people_named_like_a_country_is_not_the_country():
    got = _read("Chief appeals for calm\n\nCHOMA, Zambia - A chief in Southern Province said his villages on "
                "both banks were one people, the Tonga, and asked Zimbabwean police at Binga for calm.")
    assert "Tonga" not in got, got


def test_countries_written_with_the_and_countries_before_a_noun_keep_their_reading():
    got = _read("Border closed\n\nBANJUL - Senegal closed its border with the Gambia on Monday, and the Niger "
                "border with Chad stayed shut, officials in Dakar said.")
    assert got["Gambia"][3] == "country" and got["Niger"][3] == "country", got
    got = _read("Aid pledged\n\nGENEVA - Officials in the DRC said on Monday that aid promised by the US had not arrived.")
    assert got["DRC"][3] == "country" and got["US"][3] == "country", got


def test_a_town_of_the_storys_country_is_not_moved_away_as_a_far_namesake_village():
    # the resolver took a Peruvian hamlet named Leticia (no people recorded), which lies far from the
    # story and was moved to a place told nearby; Leticia of Colombia, a town of 48,000, is meant
    got = _read("Families flee along the Putumayo\n\nPUERTO ASÍS, Colombia - About 200 families left riverside "
                "hamlets near Puerto Leguízamo this week after armed men burned boats, the Putumayo ombudsman "
                "said in Mocoa. About 90 crossed into Peru and are staying in Soplín Vargas, in Loreto region, "
                "Peruvian officials said, and others reached El Estrecho in Putumayo province, Peru. Bogotá and "
                "Lima will hold a binational meeting in Leticia on Friday.")
    lat, lon, iso2, _ = got["Leticia"]
    assert iso2 == "CO" and haversine_km(lat, lon, -4.21, -69.94) < 30, got["Leticia"]


def test_a_valley_the_gazetteer_lacks_named_after_a_district_lies_in_that_district():
    # no "Wadi Hajr" in the gazetteer; Hajr is a district of Hadramawt, 190 km east of the
    # towns told beside the valley, where the unlisted step would have put it
    got = _read("Tribes block oil road\n\nATAQ, Yemen - Tribesmen blocked the road to the oil fields in Wadi Hajr "
                "on Sunday, officials in Mukalla said, and clashes spread to Wadi Markha and Nisab. A convoy from "
                "Shabwah turned back at Azzan.")
    lat, lon, iso2, _ = got["Wadi Hajr"]
    assert iso2 == "YE" and haversine_km(lat, lon, 14.46, 48.28) < 50, got["Wadi Hajr"]


def test_a_province_spelt_otherwise_and_named_bare_is_that_province():
    # the boundary data writes "Guidimaka"; the unlisted step had made "Guidimakha" a village at Sélibaby
    got = _read("Herders clash\n\nNOUAKCHOTT - Two herders were killed on Monday near Sélibaby when herders from "
                "Guidimakha fought Senegalese herders over a well, Mauritanian police said. Senegalese gendarmes in "
                "Bakel said they had detained four men.")
    assert got["Guidimakha"][2:] == ("MR", "admin1"), got["Guidimakha"]


def test_a_province_of_a_country_told_only_by_its_demonym_is_read_through_a_near_spelling():
    # "Xiangkhoang" and "Houaphan" in the boundary data; Laos is told only as "Lao police"
    got = _read("Couriers shot\n\nVINH, Vietnam - Vietnamese border guards in Nghe An province stopped two couriers "
                "who had walked over the hills from Xieng Khouang; one was shot dead. Lao police in Houa Phan said "
                "they were investigating.")
    assert got["Xieng Khouang"][2:] == ("LA", "admin1") and got["Houa Phan"][2:] == ("LA", "admin1"), got


def test_a_person_or_a_common_name_is_not_read_as_a_province_spelt_nearly_like_it():
    got = _read("Couriers shot\n\nVINH, Vietnam - Vietnamese border guards stopped two couriers near the Lao "
                "border, said Colonel Nguyen Van Hung. Lao police said they were investigating, and Hanoi said "
                "the Border Guard Command would report.")
    assert all(v[3] != "admin1" or k in ("Nghe An",) for k, v in got.items()), got


def test_a_person_told_with_an_age_is_no_place_by_full_name_nor_by_surname():
    got = _read("Market stall burned\n\nOUAHIGOUYA, Burkina Faso - Gunmen burned a market near Djibo on Sunday, "
                "said Aminata Kaya, 41, who sells grain there. Kaya's stall was destroyed. Traders in Dori said the "
                "road to Mali was closed.")
    assert "Kaya" not in got and "Djibo" in got, got


def test_places_listed_with_their_tolls_are_no_people():
    from geomap.text.aged_persons import aged_person_names

    assert aged_person_names("Deaths: Fada N'Gourma, 12, and Tenkodogo Centre, 5, the ministry said.") == set()
    assert aged_person_names("said Vang A Chu, 46, who grows cardamom") == {"Vang A Chu", "Chu"}


def test_tune_passages_place_what_they_read_within_161_km_and_read_no_people_as_places():
    total, per = score_half("tune", FIXTURE)
    assert total["found"] / (total["found"] + total["wrong"]) >= 0.97, [(cid, s["wrong"]) for cid, s in per if s["wrong"]]
    assert not total["false"], [(cid, s["false"]) for cid, s in per if s["false"]]


if __name__ == "__main__":
    print_half(sys.argv[1] if len(sys.argv) > 1 else "tune", FIXTURE)
