"""Toponyms found and placed on invented border passages (tests/fixtures/place_passages_21.json:
12 ``tune``, 12 ``frozen``, on frontiers in no other fixture), and the rules that keep a name the
text types as a place from vanishing, on the real gazetteer and boundaries.

The scorer: a gold place is found when a place feature's mention is its name (or the name with
its kind words, "Songwe River" for "Songwe") within 161 km of the gold point, wrong when read but
farther, missed when not read; a false place is a place feature whose mention is no gold name.
Run ``python tests/test_place_passages_21.py [tune|frozen]`` for the list.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from conftest import place_point

from geomap.gazetteer import fold, haversine_km

FIXTURE = Path(__file__).parent / "fixtures" / "place_passages_21.json"
KM = 161.0


def _same_name(mention: str, name: str) -> bool:
    m, n = fold(mention), fold(name)
    return m == n or m.startswith(n + " ") or n.startswith(m + " ")


def score_passage(case: dict) -> dict:
    """``{"found": [...], "wrong": [...], "missed": [...], "false": [...]}`` for one passage."""
    from geomap.reading.pipeline import extract_text

    got = []
    for f in extract_text(case["text"], published=case["published"])["features"]:
        p = f["properties"]
        if p.get("layer") == "place":
            lon, lat = f["geometry"]["coordinates"]
            got.append((p["mention"], lat, lon))
    out = {"found": [], "wrong": [], "missed": [], "false": []}
    for g in case["places"]:
        read = [(m, la, lo) for m, la, lo in got if _same_name(m, g["name"])]
        if not read:
            out["missed"].append(g["name"])
        elif min(haversine_km(la, lo, g["lat"], g["lon"]) for _, la, lo in read) <= KM:
            out["found"].append(g["name"])
        else:
            out["wrong"].append(f"{g['name']} ({min(haversine_km(la, lo, g['lat'], g['lon']) for _, la, lo in read):.0f} km)")
    names = [g["name"] for g in case["places"]]
    out["false"] = sorted({m for m, _, _ in got if not any(_same_name(m, n) for n in names)})
    return out


def score_half(half: str, fixture: Path = FIXTURE) -> tuple[dict, list]:
    cases = [c for c in json.loads(fixture.read_text(encoding="utf-8")) if c["half"] == half]
    per = [(c["id"], score_passage(c)) for c in cases]
    total = {k: sum(len(s[k]) for _, s in per) for k in ("found", "wrong", "missed", "false")}
    return total, per


def print_half(half: str, fixture: Path = FIXTURE) -> None:
    """Each passage's misses and the half's totals (what ``python tests/...py [tune|frozen]`` prints)."""
    total, per = score_half(half, fixture)
    for cid, s in per:
        print(cid, {k: v for k, v in s.items() if k != "found" and v})
    gold = total["found"] + total["wrong"] + total["missed"]
    print(f"found {total['found'] + total['wrong']}/{gold} = {(total['found'] + total['wrong']) / gold:.3f}; "
          f"within {KM:.0f} km {total['found']}/{gold} = {total['found'] / gold:.3f}; false {total['false']}")


if __name__ == "__main__":
    print_half(sys.argv[1] if len(sys.argv) > 1 else "tune")


def _places(text: str) -> dict[str, tuple[float, float, str]]:
    """mention -> (lat, lon, ISO2) of the place features of ``text``."""
    from geomap.reading.pipeline import extract_text

    out = {}
    for f in extract_text(text, published="2026-11-20")["features"]:
        p = f["properties"]
        if p.get("layer") == "place":
            lon, lat = f["geometry"]["coordinates"]
            out.setdefault(p["mention"], (lat, lon, p["iso2"]))
    return out


def read_within(got: dict, mention: str, lat: float, lon: float, km: float = KM) -> bool:
    """Whether ``mention`` was read (``_places``) within ``km`` of (lat, lon)."""
    return mention in got and haversine_km(got[mention][0], got[mention][1], lat, lon) < km


def _all_within(text: str, names: tuple[str, ...], lat: float, lon: float) -> bool:
    """Whether each name is read within 161 km of (lat, lon)."""
    return all(haversine_km(*place_point(text, name)[:2], lat, lon) < KM for name in names)


_MOEI = ("Fisherman killed in Moei ambush\n\nMAE SOT — A Thai fisherman was killed and two others were wounded on "
         "Tuesday when their boat came under fire on the Moei River near Mae Ramat, in Zone Four, the army said in a "
         "statement.\n\nThe attackers were believed to be militiamen operating from the area around Myawaddy, in "
         "Myanmar's Kayin State, which controls the trade on both sides of the river.\n\nPolice in Zone Four also "
         "reported that two boats were missing.")


def test_a_numbered_unit_told_as_where_things_happen_is_never_dropped():
    # the article names Thailand only by its towns: no place of "its countries" is beside the unit
    for text in (_MOEI, _MOEI.replace("A Thai fisherman", "A fisherman")):
        lat, lon, iso2 = place_point(text, "Zone Four")
        assert iso2 == "TH" and haversine_km(lat, lon, 16.98, 98.52) < 30  # by Mae Ramat


def test_a_body_s_numbered_unit_is_no_place():
    text = ("Ranger killed in Narathiwat grenade attack\n\nNARATHIWAT — Suspected insurgents attacked a ranger base "
            "in Sungai Padi district with grenades on Friday. One ranger was killed, the Internal Security "
            "Operations Command (Isoc) Region 4 said.\n\nMalaysian police in Kelantan said they had tightened "
            "checks along the border.")
    assert not any("Region 4" in m for m in _places(text))


_MWERU = ("Zambian fishermen attacked on Lake Mweru\n\nMANSA — Two Zambian fishermen were wounded on Lake Mweru on "
          "Friday, the Luapula Province Police said.\n\nIn June a customs officer was shot dead near Kasumbalesa on "
          "the Copperbelt. Zambia's border with the Democratic Republic of Congo runs through Lake Mweru and along "
          "the Luapula River, and fishermen on both sides complain of harassment.")


def test_a_river_named_like_a_province_of_the_story_is_by_that_province():
    lat, lon, _ = place_point(_MWERU, "Luapula River")
    assert haversine_km(lat, lon, -10.5, 28.6) < 120  # not at the lake's middle nor on the Copperbelt


def test_a_name_told_after_a_lake_is_not_put_at_the_lake_s_middle():
    text = ("Malawian fishermen detained on Lake Malawi\n\nKARONGA — Tanzanian marine police detained 14 Malawian "
            "fishermen on Lake Malawi on Sunday, the fishermen's union said. Their boats were towed to the village "
            "of Lupembe, the union added.\n\nOfficials in Kyela said the men had been fishing in Tanzanian waters.")
    lat, lon, _ = place_point(text, "Lupembe")
    assert haversine_km(lat, lon, -12.0, 34.5) > 100  # not at the lake's middle, 250 km south


def test_residents_of_a_village_who_speak_do_not_make_its_name_a_person():
    text = ("Cambodian troops accused of crossing into Laos\n\nVIENTIANE — Lao officials in Champasak province "
            "accused Cambodian soldiers on Monday of building a road across the border near Nong Nok Khiene.\n\n"
            "Residents of Ban Hatxaykhoun told Radio Free Asia that soldiers had cut trees near their rice "
            "fields.")
    lat, lon, iso2 = place_point(text, "Ban Hatxaykhoun")
    assert haversine_km(lat, lon, 14.0, 105.9) < 161


def test_a_hinted_village_with_no_place_around_stands_at_the_dateline_town():
    text = ("Malawian and Tanzanian soldiers exchange fire\n\nKARONGA — Malawian soldiers exchanged fire with "
            "Tanzanian troops on Saturday near Mwakabumbe, about six kilometres from the border with Tanzania, "
            "the Malawi Defence Force said.\n\nLilongwe and Dodoma said they would send envoys.")
    lat, lon, iso2 = place_point(text, "Mwakabumbe")
    assert iso2 == "MW" and haversine_km(lat, lon, -9.9, 33.9) < 100


def test_an_operation_s_code_name_is_no_place():
    text = ("Cambodian troops take positions on Lao border\n\nSTUNG TRENG — Under Operation Mekong Shield, "
            "Cambodian forces took positions on Tuesday at Phum Srae Kor, in Siem Pang district, the army said.")
    assert "Mekong" not in _places(text)


def test_a_hinted_name_in_an_update_naming_only_provinces_stands_by_the_place_told_before():
    # no country is named, nor any people: the provinces of two countries and the word "border" tell the frontier
    text = ("LILONGWE: Flood update, 3-10 March\n\nKEY FIGURES\n- 2,300 people displaced in Karonga district\n"
            "- 4 people reported drowned near Mwakasangila on 5 March\n\nCONTEXT\nThe river that forms the border "
            "rose after heavy rain over Mbeya region. Families from Karonga district shelter in schools.")
    lat, lon, _ = place_point(text, "Mwakasangila")
    assert haversine_km(lat, lon, -9.7, 33.8) < 161


def test_a_clinic_or_police_station_named_after_its_village_names_a_place():
    text = ("Malawian trader shot at Songwe crossing\n\nKARONGA — A Malawian maize trader was shot and wounded on "
            "Monday near the Songwe border post, Tanzanian police said. He died at the Mwenilondo clinic on Tuesday, his "
            "family said, and traders protested outside the Kaporo police station.")
    assert _all_within(text, ("Mwenilondo", "Kaporo"), -9.7, 33.8)


def test_ridges_and_massifs_name_places():
    text = ("Kyrgyz and Kazakh guards argue over summer pastures\n\nKARAKOL — Kazakh border guards turned back "
            "Kyrgyz herders on Sunday on the Ak-Bulun ridge near Tyup, the Kyrgyz border service said. The herders "
            "had crossed from the Sary-Tologoy massif.")
    assert _all_within(text, ("Ak-Bulun", "Sary-Tologoy"), 42.75, 78.5)


def test_names_a_route_passes_or_travellers_continue_to_are_places():
    text = ("Argentine truckers stranded at Andes pass\n\nVILLA LA ANGOSTURA — Hundreds of Chilean trucks waited "
            "on Monday at the Cardenal Samoré pass after snow closed the road to Argentina. The queue stretched back "
            "past Pajaritos Bajo, and some drivers continued to Anticura to wait for the thaw.")
    assert _all_within(text, ("Pajaritos Bajo", "Anticura"), -40.7, -72.0)
