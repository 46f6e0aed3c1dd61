"""Toponym recall on invented passages by writers the project has not read
(tests/fixtures/toponym_passages_25.json: 20 ``tune``, 20 ``frozen``; wire, local paper, NGO update,
blog), and the rules that keep their names from vanishing or landing in the wrong country, on the
real gazetteer and boundaries.

Run ``python tests/test_toponym_recall_25.py [tune|frozen]`` for the list (scored as in
tests/test_place_passages_21.py).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from test_place_passages_21 import print_half  # noqa: E402

FIXTURE = Path(__file__).parent / "fixtures" / "toponym_passages_25.json"


if __name__ == "__main__":
    print_half(sys.argv[1] if len(sys.argv) > 1 else "tune", FIXTURE)


def _near(text: str, mention: str, lat: float, lon: float, km: float = 60.0, iso2: str | None = None) -> bool:
    from conftest import place_point

    from geomap.gazetteer import haversine_km

    got_lat, got_lon, got_iso2 = place_point(text, mention)
    return haversine_km(got_lat, got_lon, lat, lon) < km and (iso2 is None or got_iso2 == iso2)


def test_an_abbreviated_saint_keeps_the_name_after_its_full_stop():
    text = ("DAKAR (AFP) - Senegal and Mali reopened the crossing on Friday. Traders in St. Louis said rice prices "
            "had started to fall.")
    assert _near(text, "St. Louis", 16.03, -16.49, iso2="SN")


def test_an_abbreviated_mount_is_a_mountain_where_the_text_puts_it():
    text = ("KAMPALA (AFP) - Ugandan and Kenyan officials met on Mt. Elgon on Friday, near Mbale, to settle a "
            "dispute over grazing land.")
    assert _near(text, "Mt. Elgon", 1.13, 34.55, km=80.0, iso2="UG")


def test_a_town_geonames_names_with_the_arabic_article_is_found_without_it():
    from geomap.gazetteer.name_variants import article_free_forms

    assert article_free_forms(["Al Khafjī", "Ra’s al Khafjī"], "SA", lambda key: False) == ["Khafjī"]
    assert article_free_forms(["El Alto"], "BO", lambda key: False) == []  # a Spanish article stays
    assert article_free_forms(["As Salţ"], "JO", lambda key: key == "salt") == []  # a common word stays whole
    text = ("KUWAIT (Reuters) - Kuwait and Saudi Arabia restarted oil production at a joint field on Sunday, "
            "officials said. Output at Khafji, on the coast, will follow.")
    assert _near(text, "Khafji", 28.44, 48.49, km=30.0, iso2="SA")


def _kind_of(text: str, name: str) -> tuple[str, str]:
    """(place_type, ISO2) of the first place feature whose mention opens with ``name``."""
    from geomap.reading.pipeline import extract_text

    for f in extract_text(text, published="2026-12-01")["features"]:
        p = f["properties"]
        if p.get("layer") == "place" and p["mention"].startswith(name):
            return p["place_type"], p["iso2"]
    raise AssertionError(f"{name} not read")


def test_a_department_is_a_first_level_unit_where_departments_are():
    story = ("{capital} — Soldiers from {a} and {b} exchanged fire on Sunday near the border, officials said. "
             "Police in {unit} department said two people were wounded.")
    for capital, a, b, unit, iso2 in (("LA PAZ", "Bolivia", "Chile", "Potosí", "BO"),
                                      ("PASTO", "Colombia", "Ecuador", "Nariño", "CO"),
                                      ("MONTEVIDEO", "Uruguay", "Brazil", "Tacuarembó", "UY")):
        assert _kind_of(story.format(capital=capital, a=a, b=b, unit=unit), unit) == ("admin1", iso2)
    # where departments are districts, "X department" is still no province
    assert _kind_of(story.format(capital="NIAMEY", a="Niger", b="Burkina Faso", unit="Téra"), "Téra")[0] != "admin1"


def test_frontier_regions_and_rivers_the_gazetteer_lacked_are_read():
    # rows of geomap/gazetteer/data/landmarks.csv (regions, rivers and waterways news names on frontiers)
    golden = ("CHIANG RAI — Thai soldiers seized 2 million methamphetamine pills from a boat that had crossed from "
              "Laos near Chiang Saen in the Golden Triangle on Tuesday, the army said.")
    prut = ("CHISINAU — Moldovan border police said on Friday that a drone had flown cigarettes over the Prut "
            "from Romania and dropped them near Ungheni.")
    karamoja = ("KAMPALA — Ugandan officials said raiders from Kenya had entered Karamoja at night and driven "
                "away 300 cattle from villages near Moroto.")
    assert _near(golden, "Golden Triangle", 20.36, 100.08, km=30.0)
    assert _near(prut, "Prut", 46.9, 28.0, km=161.0)
    assert _near(karamoja, "Karamoja", 2.8, 34.4, km=100.0, iso2="UG")


def test_a_province_s_english_name_is_the_province_of_the_story_s_country():
    # "Eastern Province" is Sri Lanka's own name and Saudi Arabia's Ash Sharqiyah in English
    text = ("KUWAIT (Reuters) - Kuwait and Saudi Arabia restarted oil production at the Wafra field on Sunday, "
            "Kuwait's oil ministry said. Officials in the Eastern Province said the crossing at Nuwaiseeb would "
            "stay open for oil workers.")
    assert _kind_of(text, "Eastern Province") == ("admin1", "SA")


def test_a_big_town_cities500_lacks_is_read_where_it_is():
    # El Alto (Bolivia, about a million people) is in landmarks.csv with its population: cities500 has
    # only its namesakes in Peru, Argentina and Panama
    text = "LA PAZ — Protesters in El Alto blocked the roads to the airport on Monday, Bolivian police said."
    assert _near(text, "El Alto", -16.50, -68.16, km=20.0, iso2="BO")


def test_the_mayor_of_an_unlisted_town_names_a_place():
    text = ("Greek police detain 14 at Kakavia\n\nGJIROKASTËR — Greek police detained 14 Albanian seasonal workers "
            "at the Kakavia crossing on Sunday, their families said. The mayor of Dropull said the workers all held "
            "valid permits.")
    assert _near(text, "Dropull", 39.97, 20.2, km=60.0)


_BAJAKOVO = ("ZAGREB, Oct 9 (Reuters) - Croatia reopened the Bajakovo crossing with Serbia on Wednesday after lorry "
             "drivers ended a two-day protest, police said. Queues had stretched back from Batrovci past Šid on the "
             "Serbian side.")


def test_a_name_written_with_letters_english_lacks_is_no_english_word():
    assert _near(_BAJAKOVO, "Šid", 45.13, 19.23, km=30.0, iso2="RS")  # not Haiti's Sud ("Sid")


def test_where_a_queue_stretches_back_from_is_a_place():
    assert _near(_BAJAKOVO, "Batrovci", 45.05, 19.12, km=60.0)


def test_a_typed_name_with_only_countries_and_a_capital_dateline_around_is_still_read():
    text = ("Nepal-China trade resumes at Ralungthang\n\nKATHMANDU, April 3 (Reuters) - Trade through the Ralungthang "
            "crossing resumed on Wednesday after floods washed away the road last month, customs officials in "
            "Dorpatigaun district said.")
    from geomap.reading.pipeline import extract_text

    got = {f["properties"]["mention"]: f["properties"]["iso2"] for f in extract_text(text)["features"]
           if f["properties"]["layer"] == "place"}
    assert got.get("Ralungthang crossing") == got.get("Dorpatigaun") == "NP"


def test_a_saint_s_house_is_no_town_named_after_the_saint():
    from geomap.reading.pipeline import extract_text

    for text in ("He graduated at St. John's University School of Law in New York.",
                 "He served at St. Barnabas Hospital in Bronx, New York."):
        mentions = [f["properties"]["mention"] for f in extract_text(text)["features"]
                    if f["properties"]["layer"] == "place"]
        assert not any(m.startswith("St.") for m in mentions)
