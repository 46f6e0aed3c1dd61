"""A town the text puts in a named country or province ("STANLEY, Falkland Islands —", "PERTH,
Scotland") goes to that country's town of the name, though the resolver read a namesake abroad
(round 35); and a territory the text names in full ("the Falkland Islands") stays that territory
when the text types it as islands. Invented passages in tests/fixtures/told_country_passages_35.json
(``tune`` and ``frozen``), real gazetteer and boundaries.

Run ``python tests/test_told_in_country.py [tune|frozen]`` for the list (the scorer of
test_place_passages_21: within 161 km).
"""
from __future__ import annotations

import sys
from pathlib import Path

from test_place_passages_21 import print_half

FIXTURE = Path(__file__).parent / "fixtures" / "told_country_passages_35.json"

if __name__ == "__main__":
    print_half(sys.argv[1] if len(sys.argv) > 1 else "tune", FIXTURE)


def _places(text: str) -> dict[str, str]:
    """mention -> ISO2 of the first place feature of each mention."""
    from geomap.reading.pipeline import extract_text

    out = {}
    for f in extract_text(text, published="2026-11-20", events=False)["features"]:
        p = f["properties"]
        if p.get("layer") == "place":
            out.setdefault(p["mention"], p["iso2"])
    return out


def test_dateline_town_goes_to_the_country_written_after_it():
    got = _places("ISLANDS PATROL DETAINS TRAWLER; BUENOS AIRES PROTESTS\n\nSTANLEY, Falkland Islands, June 9 "
                  "(Reuters) - A fisheries patrol boat detained a Taiwanese trawler north of Stanley on Friday, the "
                  "islands' government said. Argentina called the licence regime illegal. London said the "
                  "islanders' wishes were paramount.")
    assert got["STANLEY"] == "FK" and got["Stanley"] == "FK"


def test_territory_named_in_full_stays_itself():
    got = _places("ISLANDS PATROL DETAINS TRAWLER; BUENOS AIRES PROTESTS\n\nSTANLEY, Falkland Islands, June 9 "
                  "(Reuters) - A fisheries patrol boat detained a Taiwanese trawler. Argentina protested.")
    assert got.get("Falkland Islands") == "FK"


def test_dateline_town_goes_to_the_province_written_after_it():
    got = _places("PERTH, Scotland, July 2 - Police in Perth said two men were arrested after a fight outside a "
                  "bar. Australia's high commission in London said one was an Australian tourist.")
    assert got["PERTH"] == "GB" and got["Perth"] == "GB"


def test_town_of_another_province_of_the_same_name_is_not_moved():
    """"Kassala, Gedaref and Blue Nile": a list, not a town told in the province after it."""
    got = _places("Floods hit Kassala, Gedaref and Blue Nile states, Sudan said; Eritrea sent aid.")
    assert got["Kassala"] == "SD"


def test_only_an_apposition_the_text_closes_tells_the_country():
    """"STANLEY, Falkland Islands, June 9" and "Kingston (Jamaica)" tell the town's country; "near
    Busia, Uganda said" names the speaker."""
    from geomap.reading.told_in_country import closes_apposition

    text = "STANLEY, Falkland Islands, June 9. Kingston (Jamaica) and Tororo, Uganda. near Busia, Uganda said"
    assert closes_apposition(text, text.index(", June"))
    assert closes_apposition(text, text.index(") and"))
    assert closes_apposition(text, text.index(". near"))
    assert not closes_apposition(text, len(text) - len(" said"))
