"""Map files: the map page (HTML) and its picture (PNG), drawn by geomap.render and
written atomically by geomap.io.atomic (the one place that joins the two)."""
from __future__ import annotations

import logging
from pathlib import Path

from geomap.io import atomic
from geomap.render.mapbuild import map_html
from geomap.render.png import browser_available, screenshot_png, static_png

log = logging.getLogger(__name__)

__all__ = ["write_map", "write_png", "write_static_png"]


def write_map(collections: list[dict], path, *, offline: bool = True, title: str | None = None,
              png: str | None = None, boundaries=None, tiles: bool = True) -> Path:
    """Build the map and write it to ``path`` atomically; same input, same bytes.

    With ``png``, also writes a PNG screenshot (headless Chromium, or the static
    matplotlib drawing when no browser is available).
    """
    out = atomic.write_text(Path(path), map_html(collections, offline=offline, title=title,
                                                 boundaries=boundaries, tiles=tiles))
    if png:
        if browser_available():
            write_png(out, png)
        else:
            log.warning("no headless browser found; writing the static PNG instead")
            write_static_png(collections, png, boundaries=boundaries)
    return out


def write_png(html_path, png_path, **kwargs) -> Path:
    """Screenshot a map HTML file into ``png_path`` (see :func:`geomap.render.png.screenshot_png`)."""
    return atomic.write_bytes(png_path, screenshot_png(html_path, **kwargs))


def write_static_png(collections, png_path, **kwargs) -> Path:
    """Draw the map with matplotlib into ``png_path`` (see :func:`geomap.render.png.static_png`)."""
    return atomic.write_bytes(png_path, static_png(collections, **kwargs))
