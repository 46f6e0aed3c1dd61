"""Screenshot a geomap map with one event's popup open (the README's corpus picture).

    python scripts/corpus_popup_png.py MAP.html OUT.png [--match TEXT] [--zoom Z]

Opens the map in headless Chromium (no network: Leaflet from the local files), zooms to
the first incident whose popup data contains TEXT (default: the event told by the most
sources), clicks it with the mouse and saves the page as a PNG.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geomap.io.atomic import write_bytes  # noqa: E402
from geomap.render.png import launch_chromium, route_locally  # noqa: E402

FIND = """([match, zoom]) => { const m = geomap.map, all = geomap.registry['Incidents'].getLayers();
    const l = match ? all.find(x => JSON.stringify(x.feature.properties).includes(match))
                    : all.reduce((a, b) => ((b.feature.properties.rc || 0) > (a.feature.properties.rc || 0) ? b : a));
    l.bringToFront();
    m.setView(l.getLatLng(), zoom, {animate: false});
    m.panBy([0, -150], {animate: false});  // room for the popup above the symbol
    const p = m.latLngToContainerPoint(l.getLatLng()), r = m.getContainer().getBoundingClientRect();
    return [p.x + r.left, p.y + r.top]; }"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("html", type=Path)
    ap.add_argument("png", type=Path)
    ap.add_argument("--match", default="")
    ap.add_argument("--zoom", type=float, default=8)
    ap.add_argument("--width", type=int, default=1200)
    ap.add_argument("--height", type=int, default=800)
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = launch_chromium(p)
        page = browser.new_page(viewport={"width": args.width, "height": args.height})
        route_locally(page)
        page.goto(args.html.resolve().as_uri())
        page.wait_for_function("window.__geomapReady === true", timeout=60_000)
        x, y = page.evaluate(FIND, [args.match, args.zoom])
        page.wait_for_timeout(400)
        page.mouse.click(x, y)
        page.wait_for_selector(".leaflet-popup-content")
        page.wait_for_timeout(400)
        write_bytes(args.png, page.screenshot())
        browser.close()
    print(f"wrote {args.png}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
