"""Toponym recall on invented passages on frontiers in no other fixture (tests/fixtures/toponym_passages_28.json:
15 ``tune``, 15 ``frozen``): waters and lands named with a generic head ("X Creek", "X Drain", "X Channel",
"X Bay", "the X peninsula", "the X Triangle", "X Island"), peoples told beside places ("Wayuu families",
"Yao traders"), short names with a cue ("the town of Bo"), capitals standing for their governments (gold as
places, as sets 1-8 gold them), aid lists written "Name 120;". And the rules that read such names, on the
real gazetteer and boundaries.

Scores (found / within 161 km / false), before any round-28 rule -> after them:
tune 128 / 118 / 0 of 143 -> 133 / 123 / 0; frozen 139 / 126 / 2 of 151 -> 140 / 127 / 2 (frozen: Hudiara
Drain and Beagle Channel found, Gwadar Bay now read as a bay 260 km off instead of as Gwadar, Columbus
Channel missed instead of read as Columbus, USA; "Yao traders" and "Roma families" still false places).

Run ``python tests/test_toponym_recall_28.py [tune|frozen]`` for the list (scored as in
tests/test_place_passages_21.py).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from test_place_passages_21 import _places as _read, print_half, read_within as _within  # noqa: E402

FIXTURE = Path(__file__).parent / "fixtures" / "toponym_passages_28.json"


if __name__ == "__main__":
    print_half(sys.argv[1] if len(sys.argv) > 1 else "tune", FIXTURE)


def test_a_creek_drain_channel_or_bay_named_with_its_word_is_a_place():
    creek = _read("DAJABÓN — Dominican soldiers closed the gate on Friday after Haitian farmers dug a canal along "
                  "Chacuey Creek near Dajabón.")
    assert _within(creek, "Chacuey Creek", 19.55, -71.71, km=60)
    channel = _read("KISUMU — Kenyan officials said Ugandan police seized two boats in the Sumba Channel near Busia "
                    "on Sunday.")
    assert _within(channel, "Sumba Channel", 0.46, 34.09, km=60)
    bay = _read("KISUMU — Fishermen from Sori and Muhuru Bay said Ugandan police seized their nets on Lake Victoria.")
    assert _within(bay, "Muhuru Bay", -1.01, 34.1, km=60)
    # a capitalised "Channel" after a broadcaster's name is no water; nor a lowercase creek with no name
    tv = _read("The Discovery Channel said on Monday it would air the film about Kenya. Fox News Channel reported it.")
    assert not any("Channel" in m for m in tv)


def test_a_people_before_its_communities_is_no_place():
    text = ("NAIVASHA — Kikuyu communities blocked the road to Nakuru on Monday, Kenyan police said. The first Kikuyu "
            "community to return was cut off by floods.")
    got = _read(text)
    assert "Kikuyu" not in got and "Nakuru" in got
    # the place the text puts it at stays ("families in Molo ... Molo communities")
    town = _read("NAKURU — Police said families in Kikuyu were told to leave on Monday. Kikuyu communities then "
                 "blocked the road to Nairobi, Kenyan officials said.")
    assert "Kikuyu" in town


def test_a_name_the_gazetteer_knows_whole_with_its_word_stays_that_place():
    got = _read("Smugglers of the Golden Triangle\n\nPolice crossed to Tachileik, in Myanmar's Shan State, and drove "
                "to Kengtung. Back in Laos, officials in Bokeo province said nothing.")
    assert _within(got, "Golden Triangle", 20.36, 100.08, km=60)
