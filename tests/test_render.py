"""Tests of geomap.render that need no browser (the browser ones are in test_render_browser.py)."""
from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
PAYLOAD_MARK = "window.__pwned"


def load_fixture(name: str) -> dict:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def boundaries():
    from geomap.exceptions import DataError

    try:
        from geomap.boundaries import load_boundaries

        return load_boundaries()
    except (ImportError, DataError, OSError) as e:  # pragma: no cover - data not installed
        pytest.skip(f"boundary data unavailable: {e}")


@pytest.fixture()
def caucasus() -> dict:
    return load_fixture("render_armenia_azerbaijan.geojson")


@pytest.fixture()
def injection() -> dict:
    return load_fixture("render_injection.geojson")


def synthetic_incidents(n: int, *, seed: int = 7, dated: bool = True) -> dict:
    """n invented incidents along the Armenia–Azerbaijan frontier (also used by the benchmark)."""
    import random

    rnd = random.Random(seed)
    types = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
             "Strategic developments"]
    towns = ["Sotk", "Jermuk", "Ijevan", "Berd", "Goris", "Kapan", "Vardenis", "Noyemberyan"]
    feats = []
    for i in range(n):
        town = rnd.choice(towns)
        et = rnd.choice(types)
        sentence = (f"Local officials said {rnd.randint(0, 9)} people were hurt when fighting broke out "
                    f"near {town} on day {i % 28 + 1}, according to report {i}.")
        start = sentence.index(town)
        props = {"layer": "incident", "event_type": et, "sub_event_type": "Armed clash",
                 "date": f"2023-09-{i % 28 + 1:02d}" if dated else None, "date_text": f"day {i % 28 + 1}",
                 "fatalities": rnd.choice([None, 0, 1, 2, 5, 12, 40]), "location": town, "iso3": "ARM",
                 "geo_precision": rnd.choice([1, 2, 3]), "source_sentence": sentence,
                 "mention_start": start, "mention_end": start + len(town)}
        feats.append({"type": "Feature", "properties": props, "geometry": {
            "type": "Point", "coordinates": [44.5 + rnd.random() * 2.0, 39.0 + rnd.random() * 2.2]}})
    return {"type": "FeatureCollection", "title": f"{n} synthetic incidents", "features": feats}


# ---------------------------------------------------------------- escaping
def test_escape_text_neutralises_html_and_template_literals():
    from geomap.render.escape import escape_text

    out = escape_text("<script>x</script> <img src=x onerror=\"y\"> `${alert(1)}` \\ & '")
    for bad in ("<", ">", "`", "${", "\\", '"', "'"):
        assert bad not in out
    assert "&lt;script&gt;" in out and "&#96;&#36;{alert(1)}&#96;" in out and "&#92;" in out
    assert escape_text(None) == "" and escape_text(12) == "12"


def test_highlight_mention_marks_the_span_and_escapes_around_it():
    from geomap.render.escape import highlight_mention, highlight_words

    s = "Shells <b>hit</b> Sotk today"
    i = s.index("Sotk")
    assert highlight_mention(s, i, i + 4) == "Shells &lt;b&gt;hit&lt;/b&gt; <mark>Sotk</mark> today"
    assert "<mark>" not in highlight_mention(s, 50, 60)  # bad offsets: no highlight, still escaped
    assert "<mark>" not in highlight_mention(s, None, None)
    assert highlight_words(s, "sotk").count("<mark>Sotk</mark>") == 1


def test_js_json_cannot_close_a_script_element():
    from geomap.render.elements import js_json

    text = js_json({"a": "</script><script>alert(1)</script>", "b": "\u2028"})
    assert "</script" not in text and "<" not in text
    assert json.loads(text) == {"a": "</script><script>alert(1)</script>", "b": "\u2028"}


# ---------------------------------------------------------------- building and writing
def render(collections, **kw) -> str:
    from geomap.render.mapbuild import build_map, render_html

    return render_html(build_map(collections, **kw))


def test_layer_names_in_the_layer_control(caucasus, boundaries):
    html = render([caucasus], boundaries=boundaries, offline=False)
    control = html[html.index("_layers = {"):]
    control = control[:control.index("L.control.layers(")]
    for name in ("Incidents", "Frontier", "Displacement", "Disputed claims", "Places mentioned", "Boundaries",
                 "OpenStreetMap", "CartoDB positron"):
        assert json.dumps(name) in control, name


def test_article_text_reaches_the_page_only_escaped(caucasus, injection, boundaries):
    html = render([caucasus, injection], boundaries=boundaries, offline=True)
    # The payloads never appear raw: not as tags, not as template-literal code.
    assert "<script>window.__pwned" not in html
    assert "<img src=x" not in html and "<svg onload" not in html and "<b>sector" not in html
    assert "`${window" not in html and "${window" not in html
    # ...but they are there, escaped, for the reader to see (& is \u0026 inside the JSON).
    plain = html.replace("\\u0026", "&")
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in plain
    assert "&lt;img src=x onerror=window.__pwned=1&gt;" in plain
    assert "&#96;&#36;{window.__pwned=1}&#96;" in plain
    # The title went through the same escaping.
    assert "<title>Border clashes" in html


def test_offline_html_is_self_contained(caucasus, boundaries):
    html = render([caucasus], boundaries=boundaries)  # the default
    assert not re.search(r"<script[^>]+src=[\"']?(https?:)?//", html)
    assert not re.search(r"<link[^>]+href=[\"']?(https?:)?//", html)
    assert "tile.openstreetmap.org" not in html and "basemaps.cartocdn.com" not in html
    assert "L.version" not in html or True
    assert "Leaflet" in html and "geomap.layer(" in html
    for lib in ("jquery", "bootstrap", "font-awesome", "fontawesome", "awesome-markers"):
        assert lib not in html.lower(), lib


def test_online_html_links_only_leaflet(caucasus, boundaries):
    html = render([caucasus], boundaries=boundaries, offline=False)
    srcs = re.findall(r"<script[^>]+src=\"([^\"]+)\"", html) + re.findall(r"<link[^>]+href=\"([^\"]+)\"", html)
    assert sorted(srcs) == sorted(["https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js",
                                   "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css"])
    assert "tile.openstreetmap.org" in html
    assert "geomap-cdn-failed" in html  # says so on the page when the CDN cannot be reached


def test_map_credits_its_data(caucasus, boundaries):
    from geomap.render.mapbuild import data_attribution

    html = render([caucasus], boundaries=boundaries)
    assert "Made with" in html and "naturalearthdata.com" in html and "geonames.org" in html

    class UserFiles:  # boundaries from the user's files are credited by their (escaped) names
        source = "gadm41_<b>THA</b>_1.gpkg + Natural Earth 1:10m v4.1.0 (QGIS world_map)"

    credit = data_attribution(UserFiles())
    assert "Natural Earth" in credit and "gadm41_&lt;b&gt;THA&lt;/b&gt;_1.gpkg" in credit and "<b>" not in credit
    assert "OpenStreetMap" not in credit
    osm_frontier = {"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": None, "properties": {
        "layer": "frontier", "source": "OpenStreetMap (© OpenStreetMap contributors, ODbL 1.0) via @geo-maps"}}]}
    assert "OpenStreetMap</a> contributors (ODbL)" in data_attribution(UserFiles(), [osm_frontier])


def test_same_input_writes_identical_bytes(caucasus, injection, boundaries, tmp_path):
    from geomap.mapfiles import write_map

    a = write_map([caucasus, injection], tmp_path / "a.html", offline=True, boundaries=boundaries)
    b = write_map([copy.deepcopy(caucasus), copy.deepcopy(injection)], tmp_path / "b.html", offline=True,
                  boundaries=boundaries)
    assert a.read_bytes() == b.read_bytes()
    assert not re.search(r"_[0-9a-f]{32}\b", a.read_text())  # no random folium ids left
    assert [p.name for p in tmp_path.iterdir()] and not list(tmp_path.glob(".*.tmp"))


def test_view_fits_incidents_and_frontier_not_the_faraway_capital(caucasus):
    from geomap.render.data import view_bounds

    minx, miny, maxx, maxy = view_bounds([caucasus])
    assert 40 < minx < maxx < 50 and 35 < miny < maxy < 45  # Washington is drawn, not fitted


def test_view_falls_back_to_displacement_then_places(caucasus):
    from geomap.render.data import view_bounds

    only = lambda layers: {**caucasus, "features": [f for f in caucasus["features"]
                                                    if f["properties"]["layer"] in layers]}
    minx, _, maxx, _ = view_bounds([only({"displacement", "place"})])
    assert 40 < minx < maxx < 50
    minx, _, maxx, _ = view_bounds([only({"place"})])
    assert minx < -70  # places only: all of them, United States included
    assert view_bounds([{"type": "FeatureCollection", "features": []}]) is None


def test_missing_optional_properties_do_not_fail(injection, boundaries):
    bare = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [74, 34]}, "properties": {"layer": "incident"}},
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [74, 34]}, "properties": {"layer": "place"}},
        {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[74, 34], [75, 35]]},
         "properties": {"layer": "frontier"}},
        {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[74, 34], [75, 34], [75, 35], [74, 34]]]},
         "properties": {"layer": "displacement"}},
        {"type": "Feature", "geometry": None, "properties": {"layer": "incident"}},
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [74, 34]}, "properties": {}},
    ]}
    html = render([bare, injection], boundaries=boundaries)
    assert "geomap.layer(\"incident\"" in html
    render([{"type": "FeatureCollection", "features": []}], boundaries=False)


def test_not_a_feature_collection_is_an_input_error():
    from geomap.exceptions import InputError
    from geomap.render import build_map

    with pytest.raises(InputError):
        build_map([{"type": "Feature"}])


def test_frontier_label_and_incident_properties():
    from geomap.render.data import frontier_label, incident_props

    assert frontier_label({"length_km": 652.3, "source": "Natural Earth 1:10m", "stated_length_km": 817}) == \
        "652 km on Natural Earth 1:10m &#183; article: 817 km"
    assert frontier_label({"length_km": 652.3}) == "652 km on Natural Earth 1:10m"
    p = incident_props({"event_type": "Battles", "fatalities": "many <b>", "date": "2023-01-02",
                        "source_sentence": "Clash at Berd.", "location": "Berd"}, 0, 0)
    assert p["f"] == "many &lt;b&gt;" and p["d"] == "2023-01-02" and p["q"] == "Clash at <mark>Berd</mark>."


def test_time_slider_only_with_several_dates(caucasus, boundaries):
    assert "geomap.timeSlider(" in render([caucasus], boundaries=False)
    one_date = synthetic_incidents(5)
    for f in one_date["features"]:
        f["properties"]["date"] = "2023-09-01"
    assert "geomap.timeSlider(" not in render([one_date], boundaries=False)


def test_legend_lists_the_event_types_present(caucasus):
    html = render([caucasus], boundaries=False)
    legend = html[html.index("geomap.legend("):]
    legend = legend[:legend.index("\n")]
    assert "Battles" in legend and "Explosions/Remote violence" in legend and "Strategic developments" in legend
    assert "Protests" not in legend
    assert "number not given" in legend  # Gegharkunik: people fled, no number


def test_ten_thousand_incidents_stay_under_five_megabytes(boundaries, tmp_path):
    from geomap.mapfiles import write_map

    path = write_map([synthetic_incidents(10_000)], tmp_path / "big.html", offline=True, boundaries=boundaries)
    assert path.stat().st_size < 5_000_000


def test_write_map_is_atomic_and_leaves_nothing_on_error(tmp_path):
    from geomap.exceptions import InputError
    from geomap.mapfiles import write_map

    with pytest.raises(InputError):
        write_map(["not a collection"], tmp_path / "x.html")
    assert list(tmp_path.iterdir()) == []


def test_static_png_fallback(caucasus, boundaries, tmp_path):
    from geomap.mapfiles import write_static_png

    out = write_static_png([caucasus], tmp_path / "m.png", boundaries=boundaries)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


# ---------------------------------------------------------------- command line
def run_cli(*argv):
    from geomap.cli.map import add_parser, run
    import argparse

    parser = argparse.ArgumentParser()
    add_parser(parser.add_subparsers())
    return run(parser.parse_args(["map", *map(str, argv)]))


def test_cli_draws_geojson_inputs_and_writes_merged_geojson(tmp_path, boundaries):
    out, gj = tmp_path / "m.html", tmp_path / "m.geojson"
    assert run_cli(FIXTURES / "render_armenia_azerbaijan.geojson", FIXTURES / "render_injection.geojson",
                   "-o", out, "--geojson", gj, "--offline", "--title", "Two reports") == 0
    assert "<title>Two reports</title>" in out.read_text()
    merged = json.loads(gj.read_text())
    assert merged["type"] == "FeatureCollection" and len(merged["features"]) == 14 + 4
    # raw text is kept in the GeoJSON (escaping is for the page only)
    assert any("<script>" in (f["properties"].get("source_sentence") or "") for f in merged["features"])


def test_cli_map_is_self_contained_unless_cdn(tmp_path):
    """`--cdn` makes the small online map; `--offline` names the default (same bytes)."""
    src = FIXTURES / "render_armenia_azerbaijan.geojson"
    default, offline, cdn = tmp_path / "d.html", tmp_path / "o.html", tmp_path / "c.html"
    assert run_cli(src, "-o", default) == 0 and run_cli(src, "-o", offline, "--offline") == 0
    assert run_cli(src, "-o", cdn, "--cdn") == 0
    assert default.read_bytes() == offline.read_bytes()
    assert "cdn.jsdelivr.net" not in default.read_text() and "cdn.jsdelivr.net" in cdn.read_text()
    assert cdn.stat().st_size < default.stat().st_size - 100_000  # Leaflet is not inlined
    with pytest.raises(SystemExit):
        run_cli(src, "-o", tmp_path / "x.html", "--cdn", "--offline")


@pytest.mark.parametrize("content, message", [
    (None, "no such file"), ("", "empty"), ("{not json", "not valid JSON"), ('{"type": "Feature"}', "FeatureCollection"),
])
def test_cli_bad_inputs_are_one_line_input_errors(tmp_path, content, message):
    from geomap.exceptions import InputError

    src = tmp_path / "in.geojson"
    if content is not None:
        src.write_text(content)
    out = tmp_path / "out.html"
    with pytest.raises(InputError, match=message) as e:
        run_cli(src, "-o", out)
    assert "\n" not in str(e.value)
    assert not out.exists()


def test_cli_rejects_bad_published_date(tmp_path):
    from geomap.exceptions import InputError

    with pytest.raises(InputError, match="YYYY-MM-DD"):
        run_cli(FIXTURES / "render_injection.geojson", "-o", tmp_path / "o.html", "--published", "July 3")


def test_import_geomap_does_not_import_folium():
    code = ("import sys, geomap, geomap.render, geomap.cli.map; "
            "bad = [m for m in ('folium', 'matplotlib', 'playwright', 'branca') if m in sys.modules]; "
            "print(','.join(bad))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


# ---------------------------------------------------------------- analyst fixes
@pytest.fixture()
def thai() -> dict:
    """The sample article (examples/thailand_cambodia_border.txt, 2025-07-28) as extracted."""
    return load_fixture("render_thailand_cambodia.geojson")


def _config(html: str, kind: str) -> dict:
    m = re.search(r'geomap\.layer\("%s", (\{.*?\}), (\{.*?\}), \w+\);' % kind, html)
    assert m, kind
    return json.loads(m.group(2))


def _legend_group(html: str, layer: str) -> str:
    legend = html[html.index("geomap.legend("):]
    legend = json.loads(legend[legend.index(", ") + 2:legend.index(");\n")])
    m = re.search(r'<div class="gm-legend-group" data-layer="%s">(.*?)</div></div>(?=<div class="gm-legend-group"|$)'
                  % re.escape(layer), legend)
    assert m, layer
    return m.group(1)


def test_legend_swatches_are_drawn_from_the_layer_styles(thai, boundaries):
    from geomap.render import style

    html = render([thai], boundaries=boundaries)
    frontier = _legend_group(html, "Frontier")
    assert f'stroke="{style.FRONTIER_STYLE["color"]}"' in frontier
    assert _config(html, "frontier")["style"] == style.FRONTIER_STYLE
    inc = _config(html, "incident")
    assert inc["along"] == style.INCIDENT_ALONG and inc["stroke"] == style.SYMBOL_STROKE
    legend_inc = _legend_group(html, "Incidents")
    data = json.loads(re.search(r'geomap\.layer\("incident", (\{.*?\}), \{', html).group(1))
    for k in {f["properties"]["k"] for f in data["features"]}:
        assert f'"{inc["styles"][k]["color"]}"' in legend_inc
    disp = _config(html, "displacement")
    assert disp["known"] == style.DISPLACED_KNOWN_STYLE
    assert f'stroke="{style.DISPLACED_KNOWN_STYLE["color"]}"' in _legend_group(html, "Displacement")
    places = _legend_group(html, "Places mentioned")
    assert _config(html, "place")["styles"] == style.PLACE_STYLES
    assert style.GOVERNMENT_COLOR in places and "capital named as the government" in places
    bnd = _legend_group(html, "Boundaries")
    cfg = _config(html, "boundaries")
    assert f'stroke-dasharray="{cfg["admin1"]["dashArray"]}"' in bnd and cfg["country"]["color"] in bnd


def test_view_fits_frontier_incidents_and_adjacent_displacement_not_capitals(thai):
    from geomap.render.data import geometry_bounds, view_bounds

    minx, miny, maxx, maxy = view_bounds([thai])
    for layer in ("frontier", "displacement"):
        b = geometry_bounds([f for f in thai["features"] if f["properties"]["layer"] == layer])
        assert minx <= b[0] and miny <= b[1] and maxx >= b[2] and maxy >= b[3], layer
    assert minx > 101.5  # Bangkok (dateline and government), Kuala Lumpur, Washington: not fitted
    assert miny > 10 and maxy < 17


def test_view_leaves_out_displacement_far_from_the_frontier(thai):
    from geomap.render.data import view_bounds

    far = copy.deepcopy(thai)
    far["features"].append({"type": "Feature", "properties": {"layer": "displacement", "name": "Chiang Mai"},
                            "geometry": {"type": "Polygon", "coordinates": [[[98.5, 18.5], [99.5, 18.5], [99.5, 19.5],
                                                                             [98.5, 18.5]]]}})
    assert view_bounds([far]) == view_bounds([thai])


def test_country_and_admin1_labels(thai, boundaries):
    html = render([thai], boundaries=boundaries)
    m = re.search(r'geomap\.layer\("boundaries", (\{.*?\}), \{', html)
    labels = json.loads(m.group(1))["labels"]
    countries = [lab for lab in labels if lab["k"] == "c"]
    assert {lab["n"] for lab in countries[:2]} == {"Thailand", "Cambodia"} and all(lab.get("f") for lab in countries[:2])
    lat, lon = next(lab["at"] for lab in countries if lab["n"] == "Thailand")
    assert 13 < lat < 17 and 101 < lon < 106  # inside Thailand, near the frontier
    admin1 = [lab["n"] for lab in labels if lab["k"] == "a"]
    assert admin1[:4] and set(admin1[:4]) == {"Surin", "Si Sa Ket", "Buri Ram", "Ubon Ratchathani"}  # fled first


def test_places_are_grouped_with_roles_and_quoted_sentences(thai, boundaries):
    html = render([thai], boundaries=boundaries)
    data = json.loads(re.search(r'geomap\.layer\("place", (\{.*?\}), \{', html).group(1))
    by_name = {f["properties"]["n"]: f["properties"] for f in data["features"]}
    bkk = by_name["Bangkok"]
    assert bkk["r"] == "government" and bkk["rw"] == ["named as the government", "dateline"]
    assert any("<mark>BANGKOK</mark>/PHNOM PENH" in m.get("q", "") for m in bkk["ms"])
    assert by_name["Phnom Penh"]["r"] == "place" and by_name["Phnom Penh"]["rw"] == ["dateline"]
    assert by_name["Washington"]["r"] == "government"
    assert len({f["properties"]["n"] for f in data["features"]}) == len(data["features"])  # one marker a place


def test_place_sentence_only_from_matching_offsets():
    from geomap.render.data import SentenceIndex

    fc = {"features": [{"properties": {"source_sentence": "Shells hit <Sotk> today.", "sentence_start": 100}}]}
    idx = SentenceIndex(fc)
    assert idx.quote(112, 116, "Sotk") == "Shells hit &lt;<mark>Sotk</mark>&gt; today."
    assert idx.quote(112, 116, "Berd") == ""  # offsets that don't point at the mention
    assert idx.quote(90, 95, "x") == "" and idx.quote(120, 130) == "" and idx.quote(None, None) == ""
    assert SentenceIndex({"features": []}).quote(1, 2) == ""


def test_incidents_along_a_stretch_get_a_symbol_on_the_frontier_clear_of_its_label(thai, boundaries):
    html = render([thai], boundaries=boundaries)
    data = json.loads(re.search(r'geomap\.layer\("incident", (\{.*?\}), \{', html).group(1))
    lines = [f for f in data["features"] if f["geometry"]["type"] == "LineString"]
    assert len(lines) == 2
    mids = [tuple(f["properties"]["mid"]) for f in lines]
    assert len(set(mids)) == 2  # two incidents on one stretch: two places
    assert {f["properties"]["ext"] for f in lines} == {"along the 652 km frontier"}
    frontier = next(f for f in thai["features"] if f["properties"]["layer"] == "frontier")
    label = json.loads(re.search(r'geomap\.layer\("frontier", (\{.*?\}), \{', html).group(1))
    at = label["features"][0]["properties"]["at"]
    from shapely.geometry import Point, shape

    line = shape(frontier["geometry"])
    assert line.distance(Point(at)) < 1e-3  # the length label sits on the line
    for mid in mids:
        assert line.distance(Point(mid)) < 1e-3
        assert abs(line.project(Point(mid), normalized=True) - line.project(Point(at), normalized=True)) > 0.05


def test_line_anchor_multilinestring_and_spread():
    from geomap.render.data import line_anchor

    multi = {"type": "MultiLineString", "coordinates": [[[0, 0], [1, 0]], [[10, 0], [20, 0]]]}
    assert line_anchor(multi) == [15.0, 0.0]
    assert line_anchor({"type": "LineString", "coordinates": [[0, 0], [10, 0]]}, 1) == [3.8, 0.0]


def test_acled_incident_properties_for_the_popup():
    from geomap.io.acled import read_acled
    from geomap.render.data import incident_props

    fc = read_acled(FIXTURES / "render_acled.csv")
    p = incident_props(fc["features"][0]["properties"], 0, 0)
    assert p["a"].startswith("Military Forces of Thailand (2014-) <span class=\"gm-words\">(with Thai Rangers)</span> vs. ")
    assert p["src"] == "Invented Daily; Invented Radio" and p["id"] == "THA9001" and p["ad"] == "Surin"
    assert "n" not in p  # ACLED notes are the quoted text, not repeated
    assert "&lt;b&gt;Surin&lt;/b&gt; &amp; 3 died" in p["q"] and "<b>" not in p["q"]
    q = incident_props({"source_sentence": "A", "notes": "Different note <i>"}, 0, 0)
    assert q["n"] == "Different note &lt;i&gt;"


def test_a_displacement_area_drawn_on_a_coarser_unit_says_so():
    from geomap.render.data import displacement_props

    got = displacement_props({"name": "Wajir", "admin1": "Wajir", "polygon_unit": "North-Eastern", "iso3": "KEN",
                              "direction": "to", "displaced": 600}, 0)
    assert got["u"] == "North-Eastern" and got["dir"] == "to"
    same = displacement_props({"name": "Sumy", "admin1": "Sumy", "polygon_unit": "Sumy", "direction": "from"}, 0)
    assert "u" not in same
