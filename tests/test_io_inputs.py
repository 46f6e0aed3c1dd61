"""Inputs read as what they are (geomap.io.sniff, geomap.io.articles, geomap.io.acled):
each kind recognised by content and extension, or refused with one line (issue 13)."""
from __future__ import annotations

import csv
import json
import logging
import shutil
from pathlib import Path

import pytest

from geomap.exceptions import InputError
from geomap.io.articles import decode, parse_date, read_article
from geomap.io.sniff import input_kind

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLE = "Shelling hit Kantharalak in Sisaket province, Thailand, on 24 July 2025."


@pytest.fixture
def files(tmp_path):
    """One file of each kind, some under a misleading extension."""
    docs = [{"id": "a", "published": "2025-07-24", "text": ARTICLE},
            {"id": "b", "text": "Troops clashed near Surin, Thailand, on Monday."}]
    batch = "".join(json.dumps(d) + "\n" for d in docs)
    fc = {"type": "FeatureCollection", "features": []}
    out = {
        "batch.jsonl": batch, "batch.txt": batch,
        "output.jsonl": json.dumps(fc) + "\n" + json.dumps({"id": "x", "error": "bad"}) + "\n",
        "layers.geojson": json.dumps(fc, indent=1), "layers.txt": json.dumps(fc, indent=1),
        "article.txt": ARTICLE, "article.md": "# Title\n\n" + ARTICLE,
        "prose.jsonl": ARTICLE + "\n", "other.jsonl": json.dumps({"a": 1}) + "\n",
    }
    for name, text in out.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    shutil.copy(FIXTURES / "render_acled.csv", tmp_path / "acled.csv")
    shutil.copy(FIXTURES / "render_acled.csv", tmp_path / "acled.txt")
    return tmp_path


@pytest.mark.parametrize("name,kind", [
    ("batch.jsonl", "article_batch"), ("batch.txt", "article_batch"), ("output.jsonl", "batch_output"),
    ("layers.geojson", "geojson"), ("layers.txt", "geojson"), ("article.txt", "article"),
    ("article.md", "article"), ("acled.csv", "acled_csv"), ("acled.txt", "acled_csv")])
def test_each_kind_is_told_by_content_and_extension(files, name, kind):
    assert input_kind(files / name) == kind


@pytest.mark.parametrize("name", ["prose.jsonl", "other.jsonl", "missing.txt"])
def test_what_is_no_kind_is_refused_with_one_line(files, name):
    with pytest.raises(InputError) as e:
        input_kind(files / name)
    assert "\n" not in str(e.value) and name in str(e.value)


def test_utf16_with_a_bom_is_read_not_refused_as_binary(tmp_path):
    for codec in ("utf-16", "utf-16-be", "utf-32"):
        data = ARTICLE.encode(codec)
        if codec == "utf-16-be":
            data = b"\xfe\xff" + data
        assert decode(data, "x") == ARTICLE
    (tmp_path / "u16.txt").write_bytes(ARTICLE.encode("utf-16"))
    assert read_article(tmp_path / "u16.txt").text == ARTICLE
    assert input_kind(tmp_path / "u16.txt") == "article"
    with pytest.raises(InputError, match="binary"):
        decode(bytes(range(256)) * 4, "x")


@pytest.mark.parametrize("value", ["2025-07-28garbage", "2025-07-28 junk", "2025-07-2", "20250728", "2025-02-30"])
def test_published_with_anything_after_the_date_is_refused(value):
    with pytest.raises(InputError, match="expected YYYY-MM-DD"):
        parse_date(value)


@pytest.mark.parametrize("value", ["2025-07-28", " 2025-07-28 ", "2025-07-28T10:00:00Z", "2025-07-28 10:00",
                                   "2025-07-28T10:00:00.5+07:00"])
def test_published_dates_and_timestamps_are_read(value):
    assert parse_date(value).isoformat() == "2025-07-28"


def test_cli_extract_refuses_published_garbage(tmp_path, capsys):
    from geomap.cli import main

    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert main(["extract", str(tmp_path / "a.txt"), "--published", "2025-07-28garbage",
                 "-o", str(tmp_path / "o.geojson")]) == 2
    assert "2025-07-28garbage" in capsys.readouterr().err
    assert not (tmp_path / "o.geojson").exists()


def test_map_reads_an_article_batch_as_articles_with_their_dates(files, capsys):
    """`geomap map batch.jsonl` used to read the JSON as one article's prose."""
    import geomap
    from geomap.cli import main

    with (files / "batch.jsonl").open("a", encoding="utf-8") as f:
        f.write("not json\n")
    r = geomap.read(files / "batch.jsonl")
    assert len(r) == 2 and [fc.get("id") for fc in r.collections] == ["a", "b"]
    assert r.collections[0]["published"] == "2025-07-24"
    assert len(r.errors) == 1 and "not JSON" in r.errors[0][1]
    text = json.dumps(r.collections)
    assert '\\"text\\"' not in text and '"id": "a", "published"' not in text  # no raw JSON read as prose
    out = files / "m.html"
    assert main(["map", str(files / "batch.jsonl"), "-o", str(out)]) == 1  # a bad line: exit 1, map written
    err = capsys.readouterr().err
    assert out.exists() and "from 2 input(s)" in err and "not JSON" in err


def test_extract_of_an_acled_csv_writes_its_incidents_not_prose(files, capsys):
    from geomap.cli import main

    for name in ("acled.csv", "acled.txt"):
        out = files / f"{name}.geojson"
        assert main(["extract", str(files / name), "-o", str(out)]) == 0
        fc = json.loads(out.read_text(encoding="utf-8"))
        layers = {f["properties"]["layer"] for f in fc["features"]}
        assert layers == {"incident"}, layers  # no places read from the cells
        assert {f["properties"]["location"] for f in fc["features"]} >= {"Kap Choeng", "Anlong Veng"}
    assert "ACLED-style CSV, not an article" in capsys.readouterr().err


def test_read_file_refuses_an_article_with_one_line(files):
    import geomap

    with pytest.raises(InputError, match="article"):
        geomap.read_file(files / "article.txt")
    with pytest.raises(InputError, match="read_many"):
        geomap.read_file(files / "batch.jsonl")


def _acled_with(tmp_path, latitudes: dict[int, str]) -> Path:
    rows = list(csv.reader((FIXTURES / "render_acled.csv").open(encoding="utf-8")))
    i = rows[0].index("latitude")
    rows += [list(rows[1]) for _ in range(3)]
    for row_number, value in latitudes.items():
        rows[row_number][i] = value
    path = tmp_path / "bad_lat.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def test_acled_rows_without_a_readable_latitude_are_reported(tmp_path, caplog, capsys):
    from geomap.cli import main
    from geomap.io.acled import read_acled

    path = _acled_with(tmp_path, {1: "abc", 3: "", 4: "NaN"})
    with caplog.at_level(logging.WARNING, logger="geomap.io.acled"):
        fc = read_acled(path)
    assert len(fc["features"]) == 5 and sum(f["geometry"] is None for f in fc["features"]) == 3
    warning = [r.getMessage() for r in caplog.records]
    assert len(warning) == 1 and "3 records" in warning[0] and "lines 2, 4, 5" in warning[0], warning
    caplog.clear()
    assert main(["map", str(path), "-o", str(tmp_path / "m.html")]) == 0
    assert "(3 without a position, not drawn)" in capsys.readouterr().err


def test_acled_geojson_records_without_a_position_are_reported(tmp_path, caplog):
    from geomap.io.acled import read_acled

    feats = [{"type": "Feature", "geometry": None, "properties": {"event_type": "Battles", "latitude": "x"}}]
    (tmp_path / "a.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": feats}))
    with caplog.at_level(logging.WARNING, logger="geomap.io.acled"):
        read_acled(tmp_path / "a.geojson")
    assert "feature 0" in caplog.text


@pytest.mark.parametrize("content,message", [
    ('{"type": "FeatureCollection", "features": []}\n[1, 2]\n', "not a JSON object"),
    ('{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": "x"}]}\n', "unreadable geometry"),
    ('{"type": "FeatureCollection", "features": {}}\n', "not a list"),
    ('{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"layer": "place"}, '
     '"geometry": {"type": "Point", "coordinates": [500, 10]}}]}\n', "off the globe"),
])
def test_malformed_batch_output_is_refused_with_one_line(tmp_path, content, message):
    import geomap

    (tmp_path / "out.jsonl").write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message) as e:
        geomap.read_file(tmp_path / "out.jsonl")
    assert "\n" not in str(e.value)


def test_geojson_with_a_broken_geometry_is_refused(tmp_path):
    import geomap

    fc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"event_type": "Battles"}, "geometry": {"type": "Point", "coordinates": "abc"}}]}
    (tmp_path / "x.geojson").write_text(json.dumps(fc), encoding="utf-8")
    with pytest.raises(InputError, match="feature 0"):
        geomap.read_file(tmp_path / "x.geojson")


@pytest.mark.parametrize("data", [b"SQLite format 3\x00", b"PAR1", b"PAR1" + b"\x00" * 50])
@pytest.mark.parametrize("name", ["x.txt", "x.gpkg", "x.parquet"])
def test_damaged_geopackage_or_parquet_is_one_line(tmp_path, capsys, data, name):
    """Found by scripts/fuzz.py: a file with a GeoPackage or Parquet signature and nothing more."""
    from geomap.cli import main

    (tmp_path / name).write_bytes(data)
    assert main(["extract", str(tmp_path / name), "-o", str(tmp_path / "o.geojson")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("geomap: ") and "\n" not in err and not (tmp_path / "o.geojson").exists()
