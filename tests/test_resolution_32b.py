"""Places the gazetteer lacked or named otherwise (tests/fixtures/resolution_passages_32b.json: 5 ``tune``,
5 ``frozen``, on frontiers no other fixture uses): rivers that form a frontier, bare or with "River"
(geomap/gazetteer/data/frontier_rivers.csv); a province told after a direction word, that side of it
(geomap/reading/region_sides.py); a province's English name of common words (geomap/gazetteer/admin1_names.py);
a town named by one word said twice (geomap/reading/mentions.py); the North and South Caucasus, the Pantanal
(data/regions.csv); the Ak-Jol crossing (data/frontier_places.csv); a dateline of capitals Latin-1
lacks (geomap/text/datelines.py).
Real gazetteer and boundaries.

Run ``python tests/test_resolution_32b.py [tune|frozen]`` for the list.
"""
from __future__ import annotations

import sys
from pathlib import Path

from test_place_passages_21 import print_half, score_half
from test_resolution_25 import _read

from geomap.gazetteer import haversine_km

FIXTURE = Path(__file__).parent / "fixtures" / "resolution_passages_32b.json"


def test_a_frontier_river_the_gazetteer_lacked_is_the_river_at_its_frontier():
    # the only "Ural River" the index held lay in Siberia, 2,800 km east of the Kazakh frontier
    got = _read("Fishermen detained on the Ural\n\nORENBURG, Russia - Russian border guards detained three Kazakh "
                "fishermen on the Ural River on Tuesday, officials in southern Orenburg region said. The men had "
                "crossed from the West Kazakhstan side near Oral, Kazakh police said, and were taken to Sol-Iletsk.")
    lat, lon, _, kind = got["Ural River"]
    assert kind == "water" and haversine_km(lat, lon, 51.3, 52.0) < 161, got["Ural River"]


def test_a_frontier_river_named_bare_is_read():
    got = _read("Canoe capsizes\n\nLIVINGSTONE, Zambia - Four traders drowned when their canoe capsized on the "
                "Zambezi near Kazungula on Friday, Zambian police said.")
    lat, lon, _, kind = got["Zambezi"]
    assert kind == "water" and haversine_km(lat, lon, -17.8, 25.3) < 200, got["Zambezi"]


def test_a_country_named_river_told_the_x_is_read_as_the_river_by_the_story():
    # before the river table "the Niger" was left unread (no river of that name to read it as)
    got = _read("Miners swept away\n\nSIGUIRI, Guinea - Five gold miners were swept away while crossing the "
                "Tinkisso and the Niger on Sunday, officials in Siguiri said. Malian traders in Kangaba helped "
                "search.")
    lat, lon, _, kind = got["Niger"]
    assert kind == "water" and haversine_km(lat, lon, 11.6, -9.0) < 150, got["Niger"]


def test_a_capitalised_direction_before_a_province_is_that_side_of_the_province():
    # "Eastern Shan" was dropped in a title, or put by a town told near it as an unknown village
    got = _read("Myanmar: Eastern Shan displacement\n\nKey points: fighting between the army and armed groups "
                "displaced 3,000 people near Tachileik this week, the UN said.")
    lat, lon, iso2, kind = got["Eastern Shan"]
    assert (iso2, kind) == ("MM", "admin1") and haversine_km(lat, lon, 21.3, 99.6) < 100, got["Eastern Shan"]


def test_a_direction_that_is_part_of_a_units_name_keeps_the_unit():
    got = _read("Clashes\n\nEL FASHER, Sudan - Fighting in North Darfur and South Kordofan killed 12 people, "
                "officials said.")
    assert got["North Darfur"][2:] == ("SD", "admin1") and got["South Kordofan"][2:] == ("SD", "admin1"), got


def test_a_provinces_english_name_of_common_words_is_the_province():
    # "Northern Borders" rates as common as "borders" in wordfreq; it is Saudi Arabia's Al Hudud ash Shamaliyah
    got = _read("Smugglers held\n\nAMMAN - Saudi guards detained four Jordanian smugglers near Turaif in "
                "Northern Borders on Sunday, officials in Mafraq said.")
    lat, lon, iso2, kind = got["Northern Borders"]
    assert (iso2, kind) == ("SA", "admin1") and haversine_km(lat, lon, 30.5, 42.0) < 161, got["Northern Borders"]


def test_the_north_caucasus_is_not_the_caucasus_range_middle():
    got = _read("Men detained\n\nNALCHIK, Russia - Police in the North Caucasus detained five men near "
                "Vladikavkaz on Monday.")
    lat, lon, _, _ = got["North Caucasus"]
    assert lat > 43.0, got["North Caucasus"]


def test_a_frontier_wetland_is_the_region_not_a_far_namesake_town():
    got = _read("Fires\n\nCORUMBÁ, Brazil - Fires spread across the Pantanal near Puerto Suárez, Bolivian "
                "officials said.")
    lat, lon, _, kind = got["Pantanal"]
    assert kind == "region" and haversine_km(lat, lon, -18.5, -57.0) < 161, got["Pantanal"]


def test_a_town_named_by_one_word_said_twice_is_read():
    # wordfreq rates "rig rig" as often as "rig": a village of 600 was taken for a common word
    got = _read("Fuel seized\n\nMAO, Chad - Gendarmes seized fuel at Rig-Rig on Monday and arrested four "
                "traders, officials in Bol said.")
    assert got["Rig-Rig"][2:] == ("TD", "city"), got


def test_the_ak_jol_crossing_is_on_the_kazakh_frontier_not_the_far_village():
    got = _read("Truckers protest\n\nBISHKEK - Kyrgyz truck drivers blocked the Ak-Jol crossing on Friday "
                "over queues on the Kazakh side, officials said.")
    lat, lon, _, _ = next(v for k, v in got.items() if k.startswith("Ak-Jol"))
    assert haversine_km(lat, lon, 42.97, 74.69) < 20, got


def test_a_dateline_with_capitals_of_latin_extended_a_is_read():
    got = _read("Migrants found\n\nCHEŁM, Poland - Border guards found 14 migrants near Włodawa on Wednesday.")
    assert got["CHEŁM"][2:] == ("PL", "city"), got


def test_tune_passages_place_what_they_read_within_161_km():
    total, per = score_half("tune", FIXTURE)
    assert total["found"] / (total["found"] + total["wrong"]) >= 0.96, [(cid, s["wrong"]) for cid, s in per if s["wrong"]]


if __name__ == "__main__":
    print_half(sys.argv[1] if len(sys.argv) > 1 else "tune", FIXTURE)
