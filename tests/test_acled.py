"""geomap.io.acled: ACLED-style CSV and GeoJSON records in, as SPEC incidents."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from geomap.exceptions import InputError

# Invented rows in ACLED's export layout (31 columns), with both date styles.
HEADER = ("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
          "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,"
          "admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,"
          "tags,timestamp")
ROWS = [
    'THA901,2023-02-16,2023,1,Political violence,Battles,Armed clash,Military Forces of Thailand (2014-),,'
    'State forces,Military Forces of Cambodia (2018-),,State forces,State forces-State forces,,764,'
    'Southeast Asia,Thailand,Surin,Kap Choeng,,Kap Choeng,14.5667,103.5833,2,Invented Daily,National,'
    '"On 16 February 2023, soldiers exchanged fire near Kap Choeng, Surin.",3,,1677000000',
    'KHM902,16 February 2023,2023,1,Political violence,Explosions/Remote violence,'
    'Shelling/artillery/missile attack,Military Forces of Thailand (2014-),,State forces,,,,,,116,'
    'Southeast Asia,Cambodia,Otdar Mean Chey,,,Anlong Veng,14.2333,104.0833,1,Invented Radio,Regional,'
    '"Shells fell near Anlong Veng; no casualties were reported.",0,,1677000000',
    'KHM903,17-Feb-2023,2023,2,Strategic developments,Strategic developments,Agreement,'
    'Government of Cambodia (2018-),,,,,,,,116,Southeast Asia,Cambodia,Phnom Penh,,,Phnom Penh,'
    '11.5625,104.916,1,Invented Daily,National,"Officials agreed to meet again next week.",,,',
]


def write_csv(path: Path, *, bom: bool = True, sep: str = ",") -> Path:
    text = "\n".join([HEADER] + ROWS) + "\n"
    if sep != ",":
        import csv
        import io

        rows = list(csv.reader(io.StringIO(text)))
        out = io.StringIO()
        csv.writer(out, delimiter=sep).writerows(rows)
        text = out.getvalue()
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def test_parse_acled_date():
    from geomap.io.acled import parse_acled_date

    assert parse_acled_date("2023-02-16") == date(2023, 2, 16)
    assert parse_acled_date("16 February 2023") == date(2023, 2, 16)
    assert parse_acled_date(" 16  Feb 2023 ") == date(2023, 2, 16)
    assert parse_acled_date("16-February-2023") == date(2023, 2, 16)
    assert parse_acled_date("2023-02-16T00:00:00") == date(2023, 2, 16)
    assert parse_acled_date("") is None
    assert parse_acled_date("sometime") is None


def test_read_acled_csv_with_bom_and_both_date_styles(tmp_path):
    from geomap.io.acled import read_acled

    fc = read_acled(write_csv(tmp_path / "export.csv"))
    assert fc["type"] == "FeatureCollection" and fc["title"] == "export.csv"
    feats = fc["features"]
    assert len(feats) == 3
    p0, p1, p2 = (f["properties"] for f in feats)
    assert all(p["layer"] == "incident" for p in (p0, p1, p2))
    assert p0["event_type"] == "Battles" and p0["sub_event_type"] == "Armed clash"
    assert p0["date"] == "2023-02-16" and p1["date"] == "2023-02-16" and p2["date"] == "2023-02-17"
    assert p1["date_text"] == "16 February 2023"
    assert p0["fatalities"] == 3 and p1["fatalities"] == 0 and p2["fatalities"] is None
    assert p0["iso3"] == "THA" and p1["iso3"] == "KHM"
    assert p0["admin1"] == "Surin" and p0["location"] == "Kap Choeng"
    assert p0["geo_precision"] == 2 and isinstance(p0["geo_precision"], int)
    assert p0["source_sentence"].startswith("On 16 February 2023") and p0["source"] == "Invented Daily"
    assert p0["actor1"].startswith("Military Forces of Thailand") and p0["event_id_cnty"] == "THA901"
    assert p0["time_precision"] == 1 and p2["time_precision"] == 2
    assert feats[0]["geometry"] == {"type": "Point", "coordinates": [103.5833, 14.5667]}


def test_read_acled_semicolon_no_bom_and_text_numbers(tmp_path):
    from geomap.io.acled import read_acled

    path = write_csv(tmp_path / "semi.csv", bom=False, sep=";")
    fc = read_acled(path)
    assert len(fc["features"]) == 3
    assert fc["features"][1]["geometry"]["coordinates"] == [104.0833, 14.2333]


def test_country_from_numeric_iso_when_name_missing(tmp_path):
    from geomap.io.acled import read_acled

    path = tmp_path / "x.csv"
    path.write_text("event_type,event_date,iso,latitude,longitude,fatalities\n"
                    "Battles,2024-01-02,51,40.0,45.0,1.0\n", encoding="utf-8")
    p = read_acled(path)["features"][0]["properties"]
    assert p["iso3"] == "ARM" and p["fatalities"] == 1


def test_country_variants(tmp_path):
    from geomap.io.acled import read_acled

    path = tmp_path / "x.csv"
    path.write_text("event_type,country,latitude,longitude\nRiots,Ivory Coast,5.3,-4.0\n"
                    "Protests,Myanmar,16.8,96.1\n", encoding="utf-8")
    codes = [f["properties"]["iso3"] for f in read_acled(path)["features"]]
    assert codes == ["CIV", "MMR"]


@pytest.mark.parametrize("content,message", [
    (b"", "empty"),
    (b"\x00\x01binary", "binary"),
    (b"name,value\nx,1\n", "not an ACLED-style CSV"),
])
def test_bad_files(tmp_path, content, message):
    from geomap.io.acled import read_acled

    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_acled(path)
    with pytest.raises(InputError, match="no such file"):
        read_acled(tmp_path / "missing.csv")


def test_geojson_of_acled_records(tmp_path):
    from geomap.io.acled import read_acled

    data = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [103.58, 14.57]},
         "properties": {"EVENT_DATE": "16 February 2023", "EVENT_TYPE": "Battles", "SUB_EVENT_TYPE": "Armed clash",
                        "COUNTRY": "Thailand", "FATALITIES": 2, "NOTES": "An invented note."}},
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [104.0, 14.2]},
         "properties": {"layer": "place", "name": "Somewhere"}},
    ]}
    path = tmp_path / "acled.geojson"
    path.write_text(json.dumps(data), encoding="utf-8")
    feats = read_acled(path)["features"]
    p = feats[0]["properties"]
    assert p["layer"] == "incident" and p["date"] == "2023-02-16" and p["iso3"] == "THA"
    assert p["fatalities"] == 2 and p["source_sentence"] == "An invented note."
    assert feats[1]["properties"]["layer"] == "place"


def test_map_cli_draws_acled_csv_with_an_article(tmp_path, monkeypatch):
    """`geomap map export.csv article.txt -o out.html`: both on one map, same layers."""
    import geomap.reading.pipeline
    from geomap.cli import main

    article_fc = json.loads((Path(__file__).parent / "fixtures" / "export_sample.geojson").read_text("utf-8"))
    monkeypatch.setattr(geomap.reading.pipeline, "extract_file", lambda *a, **k: dict(article_fc))
    art = tmp_path / "article.txt"
    art.write_text("An invented article.", encoding="utf-8")
    csv_path = write_csv(tmp_path / "export.csv")
    out = tmp_path / "out.html"
    gj = tmp_path / "merged.geojson"
    assert main(["map", str(csv_path), str(art), "-o", str(out), "--offline", "--geojson", str(gj)]) == 0
    html = out.read_text(encoding="utf-8")
    assert "Anlong Veng" in html and "Aranyaprathet" in html
    merged = json.loads(gj.read_text(encoding="utf-8"))
    assert sum(f["properties"]["layer"] == "incident" for f in merged["features"]) == 3 + 3
