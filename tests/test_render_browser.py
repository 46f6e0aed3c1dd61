"""geomap maps in headless Chromium with no network (all non-file requests are routed:
Leaflet CDN URLs answered from the local xstatic files, tiles with a blank PNG, the rest aborted)."""
from __future__ import annotations

import json
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
    from geomap.render import write_map

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
    assert mp.page.locator(".gm-frontier-label").first.inner_text().startswith("652 km on Natural Earth 1:10m")


def test_online_map_with_cdn_answered_locally(open_map, tmp_path, boundaries):
    from geomap.render import write_map

    path = write_map([load_fixture("render_armenia_azerbaijan.geojson")], tmp_path / "online.html",
                     boundaries=boundaries)
    mp = open_map(path)
    assert mp.errors == []
    assert "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js" in mp.requests
    assert any("tile.openstreetmap.org" in u for u in mp.requests)
    assert not any("jquery" in u or "bootstrap" in u or "awesome" in u for u in mp.requests)
    control = mp.page.inner_text(".leaflet-control-layers")
    assert "OpenStreetMap" in control and "CartoDB positron" in control and "Incidents" in control


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
    from geomap.render import write_map

    path = write_map([synthetic_incidents(10_000)], tmp_path / "big.html", offline=True, boundaries=boundaries)
    mp = open_map(path)
    assert mp.errors == []
    assert mp.js("geomap.registry['Incidents'].getLayers().length") == 10_000
    html = mp.click_feature("Incidents", "report 4321.")
    assert "report 4321." in html


def test_write_png(tmp_path, offline_map, browser):
    from geomap.render import write_png

    out = write_png(offline_map, tmp_path / "map.png", width=800, height=600, browser=browser)
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
