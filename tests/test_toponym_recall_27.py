"""Toponym recall on invented passages in styles the project had not read (tests/fixtures/toponym_passages_27.json:
15 ``tune``, 15 ``frozen``; aid updates listing localities, local press with neighbourhoods and hamlets, one
name in two spellings, names with numbers, "New"/"Old" and honorifics, names that are also words or people's
names), and the rules that read such names, on the real gazetteer and boundaries.

Run ``python tests/test_toponym_recall_27.py [tune|frozen]`` for the list (scored as in
tests/test_place_passages_21.py).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from test_place_passages_21 import _places as _read, print_half, read_within as _within  # noqa: E402

FIXTURE = Path(__file__).parent / "fixtures" / "toponym_passages_27.json"


if __name__ == "__main__":
    print_half(sys.argv[1] if len(sys.argv) > 1 else "tune", FIXTURE)


def test_a_thai_or_lao_village_is_named_by_its_ban():
    text = ("VIENTIANE — Lao soldiers searched farms in Luang Namtha province on Tuesday. Residents of Ban Pha Kham "
            "said two men had crossed from China at night.")
    assert _within(_read(text), "Ban Pha Kham", 20.95, 101.4)
    # the English word and a person are no village; nor is "Ban" a village word in a story elsewhere
    other = _read("NAIROBI — Kenya lifted the ban on Tuesday. Ban Ki-moon visited Kenya in 2012. "
                  "Kenyan police said residents of Ban Kolo fled.")
    assert not any(m.startswith("Ban") for m in other)


def test_a_numbered_village_is_a_place():
    text = ("GEORGETOWN — Police in Guyana said gunmen robbed two fishing boats off Number 71 Village, near "
            "Skeldon, on Sunday.")
    assert _within(_read(text), "Number 71 Village", 5.95, -57.15)
    ghana = _read("ACCRA — Ghana's police said smugglers were arrested at Nkroful No. 2, a village in the Jomoro "
                  "district, on Friday. Situation Update No. 4 follows.")
    assert "Nkroful No. 2" in ghana and not any(m.startswith("Update") or m.startswith("Situation") for m in ghana)


def test_a_town_the_speakers_are_in_through_a_list_is_no_speaker():
    text = ("LVIV — Ukrainian border guards said lorries stood for two days. Drivers waiting near Mostyska and "
            "Yavoriv said the queue had not moved. Buses heading for Rava-Ruska said nothing, but lorries "
            "heading for Zhovkva said they would turn back.")
    got = _read(text)
    assert _within(got, "Yavoriv", 49.94, 23.38, km=30) and _within(got, "Zhovkva", 50.06, 23.97, km=30)


def test_a_capital_named_like_its_country_told_as_a_city_is_the_city():
    got = _read("About 300 people reached Djibouti city by bus on Sunday, officials in Djibouti said.")
    assert "Djibouti city" in got and got["Djibouti city"][2] == "DJ"
    assert _within(got, "Djibouti city", 11.59, 43.15, km=10)


def test_a_state_s_code_after_its_town_is_the_state():
    got = _read("TABATINGA (AM) — Brazilian police seized a boat on the Solimões near the border with Colombia and "
                "Peru on Sunday.")
    assert _within(got, "AM", -3.4, -65.0, km=600) and got["AM"][2] == "BR"
    # an agency after a dateline is no state, even where a state has its letters (Andhra Pradesh, IN-AP)
    assert "AP" not in _read("NEW DELHI (AP) — India and Pakistan exchanged fire on Sunday.")


def test_a_zone_named_after_a_place_is_where_the_text_puts_it():
    got = _read("TEHRAN — Iran's army held drills in the Maku free zone near Bazargan on Monday, close to the "
                "border with Turkey, state media said.")
    assert _within(got, "Maku free zone", 39.33, 44.42, km=60)


def test_a_place_s_other_name_in_brackets_is_the_same_place():
    got = _read("MINSK — Lorries queued for two days at Kamenny Log (Kamennyi Loh in Belarusian) on the road to "
                "Vilnius, Lithuanian officials said.")
    assert _within(got, "Kamennyi Loh", 54.52, 26.0, km=60)
    # a body named after the place gives its own short name in brackets
    body = _read("TABATINGA — The Association of Fishermen of the Solimões Valley (Apesova) said on Monday that two "
                 "boats were seized near the border with Colombia, Brazilian police said.")
    assert "Apesova" not in body
    # after a country the bracket names the unit before it, never the country
    unit = _read("Shells landed in the Zhabinka district of Belarus (Zhabinki on older maps) on Monday, officials said.")
    assert "Zhabinki" not in unit or _within(unit, "Zhabinki", 52.16, 24.08, km=60)


def test_an_old_town_beside_a_town_is_a_place_of_its_own():
    # (opening its sentence, where "Old" may be only capitalised by it)
    got = _read("BULAWAYO — Soldiers searched homes near Gwanda on Monday. Old Gwanda, the mission station to the "
                "east, has become a refuge, Zimbabwe's police said.")
    assert _within(got, "Old Gwanda", -20.94, 29.0, km=60)


def test_names_an_aid_update_lists_with_figures_beside_a_place_are_places():
    text = ("Flash update: arrivals in Niger\n\n1. Arrivals from Nigeria were registered in Maradi region this week.\n"
            "2. Locations. Guidan Roumdji (820); Garin Gado (310); Madarounfa (450).\n3. Needs: water.")
    got = _read(text)
    assert _within(got, "Garin Gado", 13.5, 7.0)
    bullets = ("Situation report: Kayah State\n\nNew arrivals recorded by partners:\n- Loikaw: 2,100\n"
               "- Daw Ta Ku: 640\n- Demoso: 1,300")
    assert "Daw Ta Ku" in _read(bullets)


def test_a_name_a_quote_is_given_to_with_a_role_is_a_person():
    text = ('BANJUL — Gambian officials said 300 people had arrived in Brikama. "We have nothing left," said Soma, a '
            "farmer from the border area, on Sunday.")
    assert "Soma" not in _read(text)


def test_a_figure_crossing_at_a_place_is_not_put_on_its_other_name():
    from geomap.reading.pipeline import extract_text

    text = ("SUDAN – EGYPT: crossings at Argeen and Qustul\n\nSUMMARY\nIn the first half of May, 12,300 people "
            "crossed from Sudan into Egypt through the Argeen and Qustul crossing points in Northern State.\n\n"
            "• 8,100 individuals crossed at Qustul (Ashkeit) and 4,200 at Argeen.\n• Most reported leaving "
            "Khartoum State.")
    areas = [f["properties"] for f in extract_text(text, published="2026-12-05")["features"]
             if f["properties"]["layer"] == "displacement"]
    # (they passed through the crossing: Northern State is no area they arrived in)
    assert not any(a["direction"] == "to" and a.get("admin1") == "Northern" for a in areas)
    assert "Ashkeit" in _read(text)


def test_a_far_unit_of_a_country_the_story_never_names_is_no_place_of_it():
    text = ("ZAGREB — Lorries waited for hours at Bajakovo on Monday, Croatian police said. Croatia joined Schengen "
            "in 2023, and Serbia says its drivers are checked twice.")
    got = _read(text)
    assert "Schengen" not in got and "Bajakovo" in got
    # its own country named, the commune stays
    assert "Schengen" in _read("Ministers met in Schengen, Luxembourg, on Monday to talk about Croatia.")


def test_a_name_off_which_boats_are_seized_is_a_place():
    text = ("MOMBASA — Kenyan fishermen said Tanzanian patrols seized their nets off Kiwayuni last week, near "
            "Shimoni in Kenya.")
    assert _within(_read(text), "Kiwayuni", -4.65, 39.38, km=60)
    assert not any(m in ("Monday", "Tuesday") for m in _read("NAIROBI — Kenya Airways laid off Tuesday 300 staff."))
