"""geomap maps in headless Chromium with no network (all non-file requests are routed:
Leaflet CDN URLs answered from the local xstatic files, tiles with a blank PNG, the rest aborted)."""
from __future__ import annotations

from pathlib import Path

import pytest

from test_render import FIXTURES, load_fixture, synthetic_incidents

pytestmark = pytest.mark.browser


@pytest.fixture(scope="session")
def browser():
    from geomap.render.png import browser_available, launch_chromium

    if not browser_available():
        pytest.skip("headless Chromium (/usr/bin/chromium) or playwright not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = launch_chromium(p)
        yield b
        b.close()


@pytest.fixture(scope="session")
def boundaries():
    try:
        from geomap.boundaries import load_boundaries

        return load_boundaries()
    except Exception as e:  # pragma: no cover
        pytest.skip(f"boundary data unavailable: {e}")


class MapPage:
    def __init__(self, browser, path: Path):
        from geomap.render.png import route_locally

        self.page = browser.new_page(viewport={"width": 1200, "height": 800})
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        self.page.on("console", lambda m: self.errors.append(f"console: {m.text}") if m.type == "error" else None)
        route_locally(self.page, record=self.requests)
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function("window.__geomapReady === true", timeout=30_000)

    def js(self, expr: str, arg=None):
        return self.page.evaluate(expr, arg)

    def click_feature(self, layer: str, match: str):
        """Click (with the mouse) the first feature of ``layer`` whose properties mention ``match``."""
        xy = self.js("""([layer, match]) => {
            const map = geomap.map;
            map.closePopup();
            const l = geomap.registry[layer].getLayers().find(x => JSON.stringify(x.feature.properties).includes(match));
            l.bringToFront();  // drawn (and hit) above its neighbours
            map.setView(l.getLatLng(), 9, {animate: false});
            const p = map.latLngToContainerPoint(l.getLatLng());
            const r = map.getContainer().getBoundingClientRect();
            return [p.x + r.left, p.y + r.top];
        }""", [layer, match])
        self.page.wait_for_timeout(300)  # the closed popup fades out for 200 ms
        self.page.mouse.click(xy[0], xy[1])
        # closed popups fade out for 200 ms: wait for the one that names the feature
        self.page.wait_for_function("""(m) => [...document.querySelectorAll('.leaflet-popup-content')]
            .some(e => e.textContent.includes(m))""", arg=match, timeout=5_000)
        self.page.wait_for_timeout(250)
        return self.page.inner_html(".leaflet-popup-content")

    def close(self):
        self.page.close()


@pytest.fixture()
def open_map(browser):
    pages = []

    def _open(path):
        mp = MapPage(browser, path)
        pages.append(mp)
        return mp

    yield _open
    for mp in pages:
        mp.close()


@pytest.fixture()
def offline_map(tmp_path, boundaries):
    from geomap.mapfiles import write_map

    fcs = [load_fixture("render_armenia_azerbaijan.geojson"), load_fixture("render_injection.geojson")]
    return write_map(fcs, tmp_path / "offline.html", offline=True, boundaries=boundaries)


LAYERS = ["Boundaries", "Displacement", "Disputed claims", "Frontier", "Places mentioned", "Incidents"]


def test_offline_map_renders_fully_without_any_request(open_map, offline_map):
    mp = open_map(offline_map)
    assert mp.errors == []
    assert mp.requests == []  # nothing outside the file was even attempted
    assert mp.js("typeof L === 'object' && L.version") == "1.9.3"
    counts = mp.js("Object.fromEntries(Object.entries(geomap.registry).map(([k, l]) => [k, geomap.map.hasLayer(l) ? l.getLayers().length : -1]))")
    assert set(counts) == set(LAYERS)
    assert all(n > 0 for n in counts.values()), counts
    control = mp.page.inner_text(".leaflet-control-layers")
    for name in LAYERS:
        assert name in control
    assert "OpenStreetMap" not in control
    assert mp.page.locator(".gm-frontier-label").first.inner_text().startswith("652 km")


def test_online_map_with_cdn_answered_locally(open_map, tmp_path, boundaries):
    from geomap.mapfiles import write_map

    path = write_map([load_fixture("render_armenia_azerbaijan.geojson")], tmp_path / "online.html",
                     boundaries=boundaries, offline=False)
    mp = open_map(path)
    assert mp.errors == []
    assert "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js" in mp.requests
    assert any("tile.openstreetmap.org" in u for u in mp.requests)
    assert not any("jquery" in u or "bootstrap" in u or "awesome" in u for u in mp.requests)
    control = mp.page.inner_text(".leaflet-control-layers")
    assert "OpenStreetMap" in control and "CartoDB positron" in control and "Incidents" in control
    credits = mp.page.inner_text(".leaflet-control-attribution")
    assert "OpenStreetMap" in credits and "Natural Earth" in credits and "GeoNames" in credits


def _open_without_network(browser, path: Path):
    """A page whose every request beyond the file itself is refused, as on a machine offline.
    Returns the page, the URLs it tried and its script errors."""
    page = browser.new_page(viewport={"width": 1200, "height": 800})
    tried: list[str] = []
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))

    def refuse(route):
        if route.request.url.startswith(("file:", "data:", "about:")):
            return route.continue_()
        tried.append(route.request.url)
        return route.abort("internetdisconnected")

    page.route("**/*", refuse)
    page.goto(path.resolve().as_uri())
    return page, tried, errors


def test_default_map_of_geomap_map_renders_with_the_network_blocked(browser, tmp_path):
    """`geomap map` with no option makes a map that shows everything offline, with its credits."""
    from geomap.cli import main

    out = tmp_path / "tc.html"
    example = Path(__file__).resolve().parent.parent / "examples" / "thailand_cambodia_border.txt"
    assert main(["map", str(example), "--published", "2025-07-28", "-o", str(out)]) == 0
    page, tried, errors = _open_without_network(browser, out)
    try:
        page.wait_for_function("window.__geomapReady === true", timeout=30_000)
        assert tried == [] and errors == []
        counts = page.evaluate("Object.fromEntries(Object.entries(geomap.registry).map(([k, l]) => "
                               "[k, geomap.map.hasLayer(l) ? l.getLayers().length : -1]))")
        assert counts["Boundaries"] > 0 and counts["Incidents"] > 0 and counts["Frontier"] > 0, counts
        credits = page.inner_text(".leaflet-control-attribution")
        assert "Natural Earth" in credits and "GeoNames" in credits
        assert page.locator("#geomap-cdn-failed").count() == 0
    finally:
        page.close()


def test_cdn_map_with_the_network_blocked_says_so_on_the_page(browser, tmp_path, boundaries):
    from geomap.mapfiles import write_map
    from geomap.render.assets import CDN_FAILED_MESSAGE

    path = write_map([load_fixture("render_armenia_azerbaijan.geojson")], tmp_path / "cdn.html",
                     boundaries=boundaries, offline=False)
    page, tried, _ = _open_without_network(browser, path)
    try:
        message = page.locator("#geomap-cdn-failed")
        message.wait_for(state="visible", timeout=10_000)
        assert message.inner_text() == CDN_FAILED_MESSAGE
        assert any("cdn.jsdelivr.net" in u for u in tried)
        box = message.bounding_box()
        assert box["width"] > 600 and box["height"] > 20  # readable, not a hidden node
    finally:
        page.close()


def test_clicking_an_incident_opens_its_popup_with_the_sentence(open_map, offline_map):
    mp = open_map(offline_map)
    html = mp.click_feature("Incidents", "Jermuk")
    assert "Shelling struck the outskirts of <mark>Jermuk</mark> overnight" in html
    assert "Explosions/Remote violence" in html and "Shelling/artillery/missile attack" in html
    assert "Border clashes in Gegharkunik and Tavush" in html  # the article's title
    html = mp.click_feature("Incidents", "Sotk")
    assert "<mark>Sotk</mark>" in html and "two soldiers were killed" in html and "2023-09-12" in html
    assert mp.errors == []


def test_injected_markup_in_article_text_does_not_run(open_map, offline_map):
    mp = open_map(offline_map)
    html = mp.click_feature("Incidents", "Poonch")
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html  # shown as text
    assert "`${window.__pwned=1}`" in mp.page.inner_text(".leaflet-popup-content")
    # Open every popup and tooltip of every layer, then give handlers time to fire.
    mp.js("""() => { for (const [name, layer] of Object.entries(geomap.registry)) {
        layer.eachLayer(l => { if (!l.feature) return;
            const at = l.getLatLng ? l.getLatLng() : l.getBounds().getCenter();
            l.fire('click', {latlng: at}, true); l.fire('mouseover', {latlng: at}, true); }); } }""")
    mp.page.wait_for_timeout(500)
    assert mp.js("window.__pwned") is None
    assert mp.errors == []
    # Control: the same payload, unescaped, is noticed by this detector.
    mp.js("""() => { L.popup().setLatLng(geomap.map.getCenter())
        .setContent('<img src=x onerror="window.__pwned=1">').openOn(geomap.map); }""")
    mp.page.wait_for_function("window.__pwned === 1", timeout=5_000)


def test_legend_entries_follow_their_layer(open_map, offline_map):
    mp = open_map(offline_map)
    group = mp.page.locator('.gm-legend [data-layer="Displacement"]')
    assert group.is_visible()
    mp.page.locator(".leaflet-control-layers-overlays label", has_text="Displacement").click()
    assert not group.is_visible()
    assert mp.js("geomap.map.hasLayer(geomap.registry['Displacement'])") is False
    mp.page.locator(".leaflet-control-layers-overlays label", has_text="Displacement").click()
    assert group.is_visible()
    assert mp.errors == []


def test_time_slider_filters_incidents(open_map, offline_map):
    mp = open_map(offline_map)
    total = mp.js("geomap.registry['Incidents'].getLayers().length")
    assert total == 7
    # undated incidents (2 in the injection fixture) always stay
    assert mp.js("geomap.setDateRange('2023-09-12', '2023-09-13')") == 2 + 2
    # drag the "from" thumb with a real input event
    mp.js("geomap.setDateRange('2023-09-12', '2023-09-20')")
    slider = mp.page.locator(".gm-slider .gm-from")
    slider.evaluate("(el) => { el.value = el.max; el.dispatchEvent(new Event('input')); }")
    mp.page.wait_for_timeout(200)
    assert mp.js("geomap.registry['Incidents'].getLayers().length") == 1 + 2
    assert "2023-09-20" in mp.page.inner_text(".gm-slider-label")


def test_many_incidents_are_drawn_and_clickable(open_map, tmp_path, boundaries):
    from geomap.mapfiles import write_map

    path = write_map([synthetic_incidents(10_000)], tmp_path / "big.html", offline=True, boundaries=boundaries)
    mp = open_map(path)
    assert mp.errors == []
    assert mp.js("geomap.registry['Incidents'].getLayers().length") == 10_000
    html = mp.click_feature("Incidents", "report 4321.")
    assert "report 4321." in html


def test_write_png(tmp_path, offline_map, browser):
    from geomap.mapfiles import write_png

    out = write_png(offline_map, tmp_path / "map.png", width=800, height=600, browser=browser)
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000


# ---------------------------------------------------------------- analyst fixes
@pytest.fixture()
def thai_map(tmp_path, boundaries):
    from geomap.mapfiles import write_map

    return write_map([load_fixture("render_thailand_cambodia.geojson")], tmp_path / "thai.html", offline=True,
                     boundaries=boundaries)


def _rects(mp, selector):
    return mp.js("""(sel) => [...document.querySelectorAll(sel)].map(e => { const r = e.getBoundingClientRect();
        return {left: r.left, top: r.top, right: r.right, bottom: r.bottom, w: r.width}; }).filter(r => r.w > 0)""",
                 selector)


def _inside(pt, r):
    return r["left"] <= pt[0] <= r["right"] and r["top"] <= pt[1] <= r["bottom"]


def test_legend_colours_are_the_colours_drawn(open_map, thai_map):
    """Every colour a layer draws with is in its legend group, and the other way round."""
    mp = open_map(thai_map)
    drawn = mp.js("""() => { const out = {};
        for (const [name, layer] of Object.entries(geomap.registry)) {
            const cols = new Set();
            const walk = (l) => { if (l.options && l.setStyle !== undefined || l._point) {
                    if (l.options.stroke !== false && l.options.color) cols.add(l.options.color.toLowerCase());
                    if (l.options.fill && l.options.fillColor) cols.add(l.options.fillColor.toLowerCase()); }
                if (l.eachLayer) l.eachLayer(walk); };
            layer.eachLayer(walk);
            out[name] = [...cols].sort(); }
        return out; }""")
    legend = mp.js("""() => Object.fromEntries([...document.querySelectorAll('.gm-legend [data-layer]')].map(g =>
        [g.dataset.layer, [...new Set([...g.querySelectorAll('svg [stroke], svg [fill]').values()].flatMap(e =>
            [e.getAttribute('stroke'), e.getAttribute('fill')]).filter(c => c && c !== 'none').map(c => c.toLowerCase()))].sort()]))""")
    neutral = {"#222222", "#bbbbbb", "#111111"}  # symbol outline, fatality sizes, the frontier over a band
    assert drawn["Frontier"] == legend["Frontier"] == ["#111111"]
    for name in ("Incidents", "Displacement", "Places mentioned"):
        assert set(drawn[name]) <= set(legend[name]), name
        assert set(legend[name]) - neutral <= set(drawn[name]), name
    assert set(drawn["Boundaries"]) - {"#f4f1ea"} <= set(legend["Boundaries"])  # land fill: the map itself


def test_initial_view_shows_frontier_displacement_and_incidents_clear_of_the_controls(open_map, thai_map, tmp_path):
    mp = open_map(thai_map)
    pts = mp.js("""() => { const m = geomap.map, c = m.getContainer().getBoundingClientRect(), out = [];
        const add = (ll) => { const p = m.latLngToContainerPoint(ll); out.push([p.x + c.left, p.y + c.top]); };
        geomap.registry['Frontier'].eachLayer(l => l.getLatLngs().flat(3).forEach(add));
        geomap.registry['Displacement'].eachLayer(l => { const b = l.getBounds(); add(b.getNorthWest()); add(b.getSouthEast()); });
        geomap.registry['Incidents'].eachLayer(l => { if (l._point) add(l.getLatLng()); else l.eachLayer(x => { if (x._point) add(x.getLatLng()); }); });
        return out; }""")
    assert len(pts) > 50
    controls = _rects(mp, ".gm-legend, .gm-map-title, .leaflet-control-layers, .gm-slider, .leaflet-control-zoom")
    assert len(controls) == 5
    for pt in pts:
        assert 0 <= pt[0] <= 1200 and 0 <= pt[1] <= 800, pt
        assert not any(_inside(pt, r) for r in controls), pt
    label = _rects(mp, ".gm-frontier-label")[0]
    legend = _rects(mp, ".gm-legend")[0]
    assert label["right"] < legend["left"] or label["bottom"] < legend["top"]
    # Bangkok (dateline, government) is drawn but the view was not stretched to it
    bkk = mp.js("""() => { let p; geomap.registry['Places mentioned'].eachLayer(l => { if (l.feature.properties.n === 'Washington')
        p = geomap.map.latLngToContainerPoint(l.getLatLng()); }); return [p.x, p.y]; }""")
    assert not (0 <= bkk[0] <= 1200 and 0 <= bkk[1] <= 800)
    mp.page.screenshot(path=str(tmp_path / "thai.png"))


def test_legend_can_be_folded_and_unfolded(open_map, thai_map):
    mp = open_map(thai_map)
    body = mp.page.locator(".gm-legend .gm-legend-body")
    button = mp.page.locator(".gm-legend .gm-legend-toggle")
    assert body.is_visible() and button.get_attribute("aria-expanded") == "true"
    tall = _rects(mp, ".gm-legend")[0]
    button.click()
    assert not body.is_visible() and button.get_attribute("aria-expanded") == "false"
    small = _rects(mp, ".gm-legend")[0]
    assert small["bottom"] - small["top"] < 40 < tall["bottom"] - tall["top"]
    assert mp.js("geomap.map.getZoom()") == mp.js("geomap.map.getZoom()")  # the click did not reach the map
    button.click()
    assert body.is_visible()
    assert mp.errors == []


def test_small_screens_open_with_the_legend_folded(browser, thai_map):
    from geomap.render.png import route_locally

    page = browser.new_page(viewport={"width": 480, "height": 640})
    try:
        route_locally(page)
        page.goto(thai_map.resolve().as_uri())
        page.wait_for_function("window.__geomapReady === true", timeout=30_000)
        assert not page.locator(".gm-legend .gm-legend-body").is_visible()
    finally:
        page.close()


def test_country_names_are_on_the_map(open_map, thai_map):
    mp = open_map(thai_map)
    shown = mp.js("""() => [...document.querySelectorAll('.gm-label-country[data-shown="1"]')].map(e => e.textContent)""")
    assert "Thailand" in shown and "Cambodia" in shown
    assert mp.page.locator(".gm-label-frontier", has_text="Thailand").is_visible()
    admin1 = mp.js("""() => [...document.querySelectorAll('.gm-label-admin1[data-shown="1"]')].map(e => e.textContent)""")
    assert "Surin" in admin1
    # shown labels never overlap each other or the frontier's label
    boxes = _rects(mp, '.gm-label[data-shown="1"] span') + _rects(mp, ".gm-frontier-label")
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert a["right"] <= b["left"] or b["right"] <= a["left"] or a["bottom"] <= b["top"] or b["bottom"] <= a["top"]
    # names belong to the Boundaries layer
    mp.page.locator(".leaflet-control-layers-overlays label", has_text="Boundaries").click()
    assert mp.page.locator(".gm-label-country").count() == 0


def test_government_and_dateline_places_are_hollow_and_say_so(open_map, thai_map):
    mp = open_map(thai_map)
    opts = mp.js("""() => { const o = {}; geomap.registry['Places mentioned'].eachLayer(l => {
        o[l.feature.properties.n] = {fill: l.options.fill, color: l.options.color}; }); return o; }""")
    assert opts["Bangkok"]["fill"] is False and opts["Washington"]["fill"] is False
    assert opts["Surin"]["fill"] is True
    html = mp.click_feature("Places mentioned", "Bangkok")
    assert "named as the government" in html and "dateline" in html
    assert "<mark>BANGKOK</mark>/PHNOM PENH" in html and "Mentioned 2 times" in html
    mp.js("() => { geomap.map.closePopup(); }")
    tip = mp.js("""() => { let t; geomap.registry['Places mentioned'].eachLayer(l => { if (l.feature.properties.n === 'Bangkok') {
        l.fire('mouseover', {latlng: l.getLatLng()}, true); t = l.getTooltip().getContent(); } }); return t; }""")
    assert "named as the government" in tip and "dateline" in tip
    assert mp.errors == []


def test_incident_along_the_frontier_is_one_symbol_on_it_not_the_line(open_map, thai_map):
    mp = open_map(thai_map)
    # an incident placed only "along the border" is one dashed symbol on the frontier, drawn above
    # it; no line of the incident's colour is drawn along the frontier
    order = mp.js("""() => { const r = geomap.map.getRenderer(geomap.registry['Frontier'].getLayers()[0]);
        const seq = []; for (let o = r._drawFirst; o; o = o.next) seq.push(o.layer);
        const fr = seq.indexOf(geomap.registry['Frontier'].getLayers()[0]);
        const out = [];
        geomap.registry['Incidents'].eachLayer(l => { if (!l.feature.properties.ext) return;
            out.push([fr, seq.indexOf(l), !!l._point, l.options.dashArray, l.options.fillColor]); });
        const lines = []; geomap.registry['Incidents'].eachLayer(l => { if (l.getLatLngs) lines.push(l); });
        return [out, lines.length]; }""")
    marks, lines = order
    assert lines == 0 and len(marks) == 2
    for frontier, mark, is_point, dash, _colour in marks:
        assert -1 < frontier < mark and is_point and dash
    assert {m[4] for m in marks} == {"#d62728", "#ff7f0e"}
    # click the Battles symbol with the mouse: the popup states the extent
    xy = mp.js("""() => { const m = geomap.map; m.closePopup(); let mark;
        geomap.registry['Incidents'].eachLayer(l => { if (l.feature.properties.ext && l.feature.properties.e === 'Battles') mark = l; });
        m.setView(mark.getLatLng(), 9, {animate: false});
        const p = m.latLngToContainerPoint(mark.getLatLng()), r = m.getContainer().getBoundingClientRect();
        return [p.x + r.left, p.y + r.top]; }""")
    mp.page.wait_for_timeout(300)
    mp.page.mouse.click(xy[0], xy[1])
    mp.page.wait_for_selector(".leaflet-popup-content")
    html = mp.page.inner_html(".leaflet-popup-content")
    assert "Battles" in html and "Thailand–Cambodia border" in html and "along the 652 km frontier" in html
    assert "Military Forces of Cambodia" in html and "fought for a fifth straight day" in html
    # the time slider keeps the incidents along the frontier (dated 2025-07-28)
    assert mp.js("geomap.setDateRange('2025-07-28', '2025-07-28')") >= 2
    assert mp.errors == []


def test_frontier_label_sits_on_the_line(open_map, thai_map):
    mp = open_map(thai_map)
    gap = mp.js("""() => { const m = geomap.map, el = document.querySelector('.gm-frontier-label');
        const r = el.getBoundingClientRect(), c = m.getContainer().getBoundingClientRect();
        const centre = L.point((r.left + r.right) / 2 - c.left, (r.top + r.bottom) / 2 - c.top);
        let best = 1e9;
        geomap.registry['Frontier'].eachLayer(l => {
            const parts = Array.isArray(l.getLatLngs()[0]) ? l.getLatLngs() : [l.getLatLngs()];
            parts.forEach(part => { const px = part.map(ll => m.latLngToContainerPoint(ll));
                for (let i = 1; i < px.length; i++)
                    best = Math.min(best, L.LineUtil.pointToSegmentDistance(centre, px[i - 1], px[i])); }); });
        return best; }""")
    assert gap < 4  # pixels from the label's centre to the frontier line


def test_legend_takes_less_than_a_fifth_of_the_width(open_map, thai_map):
    mp = open_map(thai_map)
    legend = _rects(mp, ".gm-legend")[0]
    assert legend["right"] - legend["left"] < 1200 / 5


def test_acled_incidents_show_actors_source_and_notes(open_map, tmp_path, boundaries):
    from geomap.io.acled import read_acled
    from geomap.mapfiles import write_map

    path = write_map([read_acled(FIXTURES / "render_acled.csv"), load_fixture("render_thailand_cambodia.geojson")],
                     tmp_path / "acled.html", offline=True, boundaries=boundaries)
    mp = open_map(path)
    html = mp.click_feature("Incidents", "THA9001")
    assert "Military Forces of Thailand (2014-)" in html and "(with Thai Rangers)" in html
    assert "vs. Military Forces of Cambodia (2018-)" in html
    assert "Invented Daily; Invented Radio" in html and "THA9001" in html and "Kap Choeng, Surin" in html
    assert "&lt;b&gt;Surin&lt;/b&gt; &amp; 3 died" in html  # ACLED notes quoted, escaped, once
    assert html.count("exchanged fire with Cambodian troops") == 1
    assert mp.errors == []


# ---------------------------------------------------------------- issue 12: direction, unlisted places
@pytest.fixture()
def direction_map(tmp_path, boundaries):
    """A real reading with areas people fled and areas they went to, plus one place the
    gazetteer lacks (the flag set on a real place feature, as the reading marks such names)."""
    from geomap.api import read
    from geomap.mapfiles import write_map

    text = ("Refugees fleeing West Darfur have crossed into Chad's Ouaddai province, officials said. "
            "Some 3,200 people who fled Southern Darfur reached Goz Beida in Sila province.")
    fc = read(text, published="2025-06-14").collections[0]
    places = [f for f in fc["features"] if f["properties"]["layer"] == "place"]
    unlisted = dict(places[0], properties=dict(places[0]["properties"], name="Koufroun", mention="Koufroun",
                                               in_gazetteer=False, gazetteer_id=None))
    fc = dict(fc, features=fc["features"] + [unlisted])
    return write_map([fc], tmp_path / "direction.html", offline=True, boundaries=boundaries)


def test_to_areas_and_unlisted_places_are_drawn_distinctly_with_legend_entries(open_map, direction_map):
    from geomap.render import style

    mp = open_map(direction_map)
    areas = mp.js("""() => { const o = []; geomap.registry['Displacement'].eachLayer(l => o.push(
        {dir: l.feature.properties.dir, n: l.feature.properties.n, color: l.options.color, dash: l.options.dashArray}));
        return o; }""")
    to = [a for a in areas if a["dir"] == "to"]
    fled = [a for a in areas if a["dir"] == "from"]
    assert {a["n"] for a in to} >= {"Sila"} and {a["n"] for a in fled} >= {"Southern Darfur"}
    assert all(a["color"] == style.DISPLACED_TO_COLOR and a["dash"] == style.DISPLACED_TO_STYLE["dashArray"] for a in to)
    assert all(a["color"] != style.DISPLACED_TO_COLOR for a in fled)
    marks = mp.js("""() => { const o = {}; geomap.registry['Places mentioned'].eachLayer(l => {
        o[l.feature.properties.n] = {color: l.options.color, dash: l.options.dashArray || null}; }); return o; }""")
    assert marks["Koufroun"] == {"color": style.UNLISTED_COLOR, "dash": style.PLACE_STYLES["unlisted"]["dashArray"]}
    assert all(v["color"] != style.UNLISTED_COLOR for k, v in marks.items() if k != "Koufroun")
    legend = mp.js("""() => Object.fromEntries([...document.querySelectorAll('.gm-legend [data-layer]')].map(g =>
        [g.dataset.layer, g.textContent]))""")
    assert "area people went to" in legend["Displacement"] and "displaced" in legend["Displacement"]
    assert "not in the gazetteer" in legend["Places mentioned"]
    html = mp.click_feature("Places mentioned", "Koufroun")
    assert "not in the gazetteer" in html
    assert mp.errors == []


# A frontier at sea on the map: dashed, labelled "at sea" (no land length), with its own legend
# entry; a land frontier keeps its solid line and its entry (round 34).
SEA_PASSAGE = ("A Trinidad and Tobago coast guard boat was fired on in the Gulf of Paria on Monday by a "
               "Venezuelan patrol, officials in Port of Spain said.")
LAND_PASSAGE = ("Brazilian soldiers and French gendarmes patrolled the Oyapock on Monday after gold miners "
                "clashed near Camopi, in French Guiana, officials said.")


def _frontier_map(tmp_path, boundaries, text, name):
    from geomap.mapfiles import write_map
    from geomap.reading.pipeline import extract_text

    return write_map([extract_text(text, published="2026-03-03")], tmp_path / name, offline=True,
                     boundaries=boundaries)


def test_sea_frontier_is_dashed_with_its_legend_entry(open_map, tmp_path, boundaries):
    from geomap.render import style

    mp = open_map(_frontier_map(tmp_path, boundaries, SEA_PASSAGE, "sea.html"))
    lines = mp.js("""() => { const o = []; geomap.registry['Frontier'].eachLayer(l => o.push(
        {dash: l.options.dashArray || null, label: l.feature.properties.label})); return o; }""")
    assert lines and all(x["dash"] == style.SEA_FRONTIER_STYLE["dashArray"] for x in lines)
    assert all("at sea" in x["label"] and "km on" not in x["label"] for x in lines)
    legend = mp.page.inner_text('.gm-legend [data-layer="Frontier"]')
    assert "frontier at sea" in legend and "km: data" not in legend
    assert mp.errors == []


def test_land_frontier_keeps_its_solid_line_and_entry(open_map, tmp_path, boundaries):
    mp = open_map(_frontier_map(tmp_path, boundaries, LAND_PASSAGE, "land.html"))
    dashes = mp.js("() => { const o = []; geomap.registry['Frontier'].eachLayer(l => o.push(l.options.dashArray || null)); return o; }")
    assert dashes and all(d is None for d in dashes)
    legend = mp.page.inner_text('.gm-legend [data-layer="Frontier"]')
    assert "km: data" in legend and "at sea" not in legend
    assert mp.errors == []
