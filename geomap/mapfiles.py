"""Map files: the map page (HTML) and its picture (PNG), drawn by geomap.render and
written atomically by geomap.io.atomic (the one place that joins the two)."""
from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from geomap.io import atomic
from geomap.render.mapbuild import map_html
from geomap.render.png import browser_available, screenshot_png, static_png

log = logging.getLogger(__name__)

__all__ = ["write_map", "map_png", "write_png", "write_static_png"]


def write_map(collections: list[dict], path, *, offline: bool = True, title: str | None = None,
              png: str | None = None, boundaries=None, tiles: bool = True) -> Path:
    """Build the map and write it to ``path`` atomically; same input, same bytes.

    With ``png``, also writes a PNG screenshot (headless Chromium, or the static
    matplotlib drawing when no browser is available). Both are made before either is
    written: when the picture fails, neither file is written.
    """
    html = map_html(collections, offline=offline, title=title, boundaries=boundaries, tiles=tiles)
    picture = map_png(html, collections, boundaries=boundaries) if png else None
    with atomic.together():
        out = atomic.write_text(Path(path), html)
        if picture is not None:
            atomic.write_bytes(png, picture)
    return out


def map_png(html: str, collections: list[dict], *, boundaries=None) -> bytes:
    """The PNG of a map page: its screenshot in headless Chromium, or, with no browser
    (none installed, or GEOMAP_CHROMIUM=none), the static matplotlib drawing."""
    if not browser_available():
        log.warning("no headless browser found; drawing the PNG with matplotlib instead")
        return static_png(collections, boundaries=boundaries)
    with tempfile.TemporaryDirectory(prefix="geomap-png-") as folder:
        page = Path(folder) / "map.html"
        page.write_text(html, encoding="utf-8")
        return screenshot_png(page)


def write_png(html_path, png_path, **kwargs) -> Path:
    """Screenshot a map HTML file into ``png_path`` (see :func:`geomap.render.png.screenshot_png`)."""
    return atomic.write_bytes(png_path, screenshot_png(html_path, **kwargs))


def write_static_png(collections, png_path, **kwargs) -> Path:
    """Draw the map with matplotlib into ``png_path`` (see :func:`geomap.render.png.static_png`)."""
    return atomic.write_bytes(png_path, static_png(collections, **kwargs))
