"""PNG pictures of maps (as bytes): a headless-Chromium screenshot, or a static matplotlib drawing."""
from __future__ import annotations

import io
import logging
import shutil
from pathlib import Path

from geomap.exceptions import GeomapError

log = logging.getLogger(__name__)

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
#: A 1x1 transparent PNG, served for map tiles when the page runs without network.
BLANK_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
)


def chromium_path() -> str | None:
    """The Chromium binary to drive: settings.chromium() (GEOMAP_CHROMIUM; "none" hides every
    browser), else /usr/bin/chromium, else one on PATH; None when there is none."""
    from geomap import settings

    chosen = settings.chromium()
    if chosen and chosen.strip().lower() == "none":
        return None
    for cand in (chosen, "/usr/bin/chromium"):
        if cand and Path(cand).is_file():
            return cand
    return shutil.which("chromium") or shutil.which("chromium-browser")


def browser_available() -> bool:
    """True when Playwright and a Chromium binary are both present."""
    try:
        import playwright  # noqa: F401
    except ImportError:
        return False
    return chromium_path() is not None


def launch_chromium(playwright):
    """Launch the system Chromium headless (Playwright never downloads a browser here)."""
    exe = chromium_path()
    if exe is None:
        raise GeomapError("no Chromium found for the PNG (set GEOMAP_CHROMIUM or install chromium)")
    return playwright.chromium.launch(executable_path=exe, headless=True, args=CHROMIUM_ARGS)


def route_locally(page, *, record: list | None = None) -> None:
    """Serve the page without network: file:// URLs load, Leaflet CDN URLs get the
    local xstatic files, images (tiles) get a blank PNG, anything else is aborted.
    Every non-file URL requested is appended to ``record``."""
    from geomap.render.assets import local_file_for_url

    def handle(route):
        url = route.request.url
        if url.startswith(("file:", "data:", "about:")):
            return route.continue_()
        if record is not None:
            record.append(url)
        local = local_file_for_url(url)
        if local is not None:
            ctype = "text/css" if local.suffix == ".css" else (
                "image/png" if local.suffix == ".png" else "application/javascript")
            return route.fulfill(status=200, body=local.read_bytes(), content_type=ctype)
        if route.request.resource_type == "image":
            return route.fulfill(status=200, body=BLANK_PNG, content_type="image/png")
        return route.abort()

    page.route("**/*", handle)


def screenshot_png(html_path, *, width: int = 1200, height: int = 800, timeout_ms: int = 60_000,
                   browser=None) -> bytes:
    """The PNG screenshot of a map HTML file in headless Chromium, once the map says it is ready.

    ``browser``: an already launched Playwright browser to use (else one is launched).
    Requests leave the machine never: see :func:`route_locally`.
    """
    from playwright.sync_api import Error as PlaywrightError

    html_path = Path(html_path).resolve()
    try:
        if browser is not None:
            return _screenshot(browser, html_path, width, height, timeout_ms)
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            b = launch_chromium(p)
            try:
                return _screenshot(b, html_path, width, height, timeout_ms)
            finally:
                b.close()
    except PlaywrightError as e:  # a browser that does not start, a map that never draws
        first = (str(e).strip().splitlines() or ["unknown error"])[0]
        raise GeomapError(f"PNG: headless Chromium failed ({first}); GEOMAP_CHROMIUM=none draws "
                          "it with matplotlib instead") from e


def _screenshot(browser, html_path: Path, width: int, height: int, timeout_ms: int) -> bytes:
    page = browser.new_page(viewport={"width": width, "height": height})
    try:
        route_locally(page)
        page.goto(html_path.as_uri())
        page.wait_for_function("window.__geomapReady === true", timeout=timeout_ms)
        page.wait_for_timeout(300)  # let tiles (if any) and labels settle
        return page.screenshot(full_page=False)
    finally:
        page.close()


def static_png(collections, *, boundaries=None, width: int = 1200, height: int = 800, dpi: int = 100) -> bytes:
    """The PNG of the map drawn with geopandas/matplotlib (no browser): boundaries, displacement,
    frontier, incidents by event type and places, framed like the HTML map."""
    import matplotlib

    matplotlib.use("Agg")
    import geopandas as gpd
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D
    from shapely.geometry import shape

    from geomap.render.data import iter_features, line_anchor, view_bounds
    from geomap.render.layers_boundaries import load_default_boundaries
    from geomap.render.style import (BOUNDARY_COUNTRY_STYLE, DISPLACED_KNOWN_STYLE, DISPLACED_UNKNOWN_STYLE, EVENT_STYLE,
                        FRONTIER_STYLE, LAND_COLOR, OTHER_EVENT_LABEL, PLACE_STYLES, SEA_COLOR,
                        SYMBOL_STROKE, displaced_color, event_style, place_role, radius_for)

    if isinstance(collections, dict):
        collections = [collections]
    if boundaries is None:
        boundaries = load_default_boundaries()
    elif boundaries is False:  # no boundaries, as in build_map
        boundaries = None
    fig, ax = plt.subplots(figsize=(width / dpi, height / dpi), dpi=dpi)
    ax.set_facecolor(SEA_COLOR)
    if boundaries is not None:
        boundaries.countries.plot(ax=ax, color=LAND_COLOR, edgecolor=BOUNDARY_COUNTRY_STYLE["color"], linewidth=0.6)
    for _, f in iter_features(collections, "displacement"):
        colour = displaced_color(f["properties"].get("displaced"))
        g = gpd.GeoSeries([shape(f["geometry"])])
        if colour:
            g.plot(ax=ax, color=colour, alpha=DISPLACED_KNOWN_STYLE["fillOpacity"],
                   edgecolor=DISPLACED_KNOWN_STYLE["color"], linewidth=0.8)
        else:
            g.plot(ax=ax, facecolor="none", edgecolor=DISPLACED_UNKNOWN_STYLE["color"], linestyle="--", linewidth=1.5)
    for _, f in iter_features(collections, "frontier"):
        gpd.GeoSeries([shape(f["geometry"])]).plot(ax=ax, color=FRONTIER_STYLE["color"], linewidth=2.5)
    for _, f in iter_features(collections, "place"):
        g = shape(f["geometry"])
        st = PLACE_STYLES[place_role(f["properties"].get("role"))]
        if g.geom_type == "Point":
            ax.plot(g.x, g.y, "o", ms=st["radius"], mfc=st["fillColor"] if st.get("fill") else "none",
                    mec=st["color"], mew=0.8)
    markers = {"circle": "o", "diamond": "D", "triangle": "^", "square": "s", "triangle-down": "v", "ring": "o"}
    seen = {}
    for _, f in iter_features(collections, "incident"):
        g = shape(f["geometry"])
        p = f["properties"]
        st = event_style(p.get("event_type"))
        if g.geom_type != "Point":
            mid = line_anchor(f["geometry"])
            if mid is None:
                continue
            g = shape({"type": "Point", "coordinates": mid})
        ring = st["shape"] == "ring"
        ax.plot(g.x, g.y, markers[st["shape"]], ms=radius_for(p.get("fatalities")) * 1.3,
                mfc="none" if ring else st["color"], mec=st["color"] if ring else SYMBOL_STROKE, mew=2 if ring else 0.7)
        label = p.get("event_type") if p.get("event_type") in EVENT_STYLE else OTHER_EVENT_LABEL
        seen[label] = st
    b = view_bounds(collections)
    if b is not None:
        minx, miny, maxx, maxy = b
        padx, pady = (maxx - minx) * 0.15 + 0.2, (maxy - miny) * 0.15 + 0.2
        ax.set_xlim(minx - padx, maxx + padx)
        ax.set_ylim(miny - pady, maxy + pady)
    ax.set_aspect("equal", adjustable="datalim")
    if seen:
        handles = [Line2D([], [], marker=markers[s["shape"]], ls="", mfc="none" if s["shape"] == "ring" else s["color"],
                          mec=s["color"] if s["shape"] == "ring" else SYMBOL_STROKE, ms=8, label=k) for k, s in seen.items()]
        ax.legend(handles=handles, loc="lower right", fontsize=8, framealpha=0.9)
    title = next((fc.get("title") for fc in collections if fc.get("title")), None)
    if title:
        ax.set_title(str(title), fontsize=11)
    ax.set_xticks([])
    ax.set_yticks([])
    buf = io.BytesIO()
    try:
        fig.savefig(buf, format="png", dpi=dpi, bbox_inches="tight")
    finally:
        plt.close(fig)
    return buf.getvalue()
