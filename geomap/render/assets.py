"""Scripts and stylesheets of the map: inlined files (the default), or CDN links.

folium adds jQuery, Bootstrap, Font Awesome and awesome-markers by default; geomap's
map needs none of them (it draws symbols on a canvas), so :func:`apply_assets` replaces
the map's ``default_js``/``default_css`` with Leaflet alone. With ``offline=True`` (the
default) Leaflet is inlined from the ``xstatic-leaflet`` package (its images as data URIs)
so the HTML file works with no network at all; a CDN map (``offline=False``) carries a
plain-JavaScript check that says on the page when Leaflet could not be loaded.
"""
from __future__ import annotations

import base64
import json
import re
from functools import lru_cache
from pathlib import Path

LEAFLET_VERSION = "1.9.3"
LEAFLET_CDN = f"https://cdn.jsdelivr.net/npm/leaflet@{LEAFLET_VERSION}/dist/"
LEAFLET_JS_URL = LEAFLET_CDN + "leaflet.js"
LEAFLET_CSS_URL = LEAFLET_CDN + "leaflet.css"

_HERE = Path(__file__).resolve().parent


def leaflet_dir() -> Path:
    """Folder of the Leaflet files shipped by ``xstatic-leaflet``."""
    from xstatic.pkg import leaflet

    return Path(leaflet.BASE_DIR)


@lru_cache(maxsize=None)
def read_asset(name: str) -> str:
    """Text of ``geomap.js``/``geomap.css`` (ours) or ``leaflet.js``/``leaflet.css`` (xstatic)."""
    if name.startswith("geomap."):
        return (_HERE / name).read_text(encoding="utf-8")
    return (leaflet_dir() / name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def leaflet_css_inline() -> str:
    """leaflet.css with its ``url(images/...)`` references turned into data URIs."""
    css = read_asset("leaflet.css")
    images = leaflet_dir() / "images"

    def data_uri(match: re.Match) -> str:
        path = images / match.group(1)
        if not path.is_file():
            return match.group(0)
        b64 = base64.b64encode(path.read_bytes()).decode("ascii")
        return f"url(data:image/png;base64,{b64})"

    return re.sub(r"url\(images/([\w.-]+)\)", data_uri, css)


def local_file_for_url(url: str) -> Path | None:
    """The local file that serves a Leaflet CDN URL, or None (used by PNG export and tests)."""
    if not url.startswith(LEAFLET_CDN):
        return None
    rel = url[len(LEAFLET_CDN):].split("?", 1)[0]
    path = (leaflet_dir() / rel).resolve()
    if leaflet_dir().resolve() not in path.parents or not path.is_file():
        return None
    return path


def _script(js: str) -> str:
    # A literal "</script" inside inlined code would end the element early.
    return "<script>" + js.replace("</script", "<\\/script") + "</script>"


def _style(css: str) -> str:
    return "<style>" + css.replace("</style", "<\\/style") + "</style>"


#: Shown on a CDN map whose Leaflet did not load (no network, a blocked CDN): without it
#: the page would stay blank. Plain DOM code, so it runs when Leaflet is missing.
CDN_FAILED_MESSAGE = ("This map could not load its map library (Leaflet) from the internet "
                      "(cdn.jsdelivr.net), so it cannot be shown. Open it again with a network "
                      "connection, or make a self-contained map that needs none: run geomap map "
                      "without --cdn (in Python: offline=True, the default).")
_CDN_CHECK_JS = """document.addEventListener('DOMContentLoaded', function () {
  if (typeof window.L !== 'undefined') { return; }
  var d = document.createElement('div');
  d.id = 'geomap-cdn-failed';
  d.setAttribute('role', 'alert');
  d.style.cssText = 'position:fixed;top:0;left:0;right:0;z-index:100000;padding:16px 20px;' +
    'background:#fff3cd;color:#5c3c00;border-bottom:2px solid #c99700;font:16px/1.4 sans-serif;';
  d.textContent = %s;
  document.body.insertBefore(d, document.body.firstChild);
});"""


def head_html(*, offline: bool) -> str:
    """HTML for the page head: Leaflet inline when offline (else the check that the CDN's
    Leaflet loaded), then geomap's own JS/CSS."""
    parts = []
    if offline:
        parts.append(_style(leaflet_css_inline()))
        parts.append(_script(read_asset("leaflet.js")))
    else:
        parts.append(_script(_CDN_CHECK_JS % json.dumps(CDN_FAILED_MESSAGE)))
    parts.append(_style(read_asset("geomap.css")))
    parts.append(_script(read_asset("geomap.js")))
    return "\n".join(parts)


def apply_assets(m, *, offline: bool) -> None:
    """Set the map's JS/CSS: Leaflet only (nothing external offline, else CDN links).

    The inline part is added by :class:`geomap.render.elements.Assets` in the head,
    after any CDN link, so geomap.js always runs after Leaflet.
    """
    if offline:
        m.default_js = []
        m.default_css = []
    else:
        m.default_js = [("leaflet", LEAFLET_JS_URL)]
        m.default_css = [("leaflet_css", LEAFLET_CSS_URL)]
