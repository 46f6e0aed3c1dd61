"""Small folium elements geomap draws with, and deterministic element ids."""
from __future__ import annotations

import contextlib
import itertools
import json
import threading
from typing import Any

from branca.element import Element, MacroElement
from folium.map import Layer
from jinja2 import Template

_ID_LOCK = threading.RLock()


def js_json(obj: Any) -> str:
    """Compact JSON that is safe inside a ``<script>`` element.

    ``<``, ``>``, ``&`` and the JS line separators are written as ``\\uXXXX`` escapes, so
    no string can close the script element or start an HTML comment.
    """
    text = json.dumps(obj, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    return (
        text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    )


@contextlib.contextmanager
def deterministic_ids(prefix: str = "g"):
    """Give every branca/folium element created inside the block a counter-based id.

    folium names its JavaScript variables ``<type>_<32 random hex>``; with this the
    same map gives the same names, so the same input writes byte-identical HTML.
    """
    counter = itertools.count(1)
    with _ID_LOCK:
        original = Element.__dict__["_generate_id"]
        Element._generate_id = classmethod(lambda cls: f"{prefix}{next(counter)}")
        try:
            yield
        finally:
            Element._generate_id = original


class DataLayer(Layer):
    """One GeoJSON blob drawn by ``geomap.layer(kind, data, cfg, map)`` in geomap.js.

    A folium Layer, so LayerControl lists it under ``name``; the data is embedded once as
    compact JSON and drawn on the map's canvas renderer.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = geomap.layer({{ this.kind_json }}, {{ this.data_json }}, {{ this.config_json }}, {{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, kind: str, data: dict, *, name: str, config: dict | None = None,
                 overlay: bool = True, show: bool = True, control: bool = True):
        super().__init__(name=name, overlay=overlay, control=control, show=show)
        self._name = "GeoJson"
        self.kind_json = js_json(kind)
        self.data_json = js_json(data)
        cfg = dict(config or {})
        cfg["name"] = name
        self.config_json = js_json(cfg)


class JsCall(MacroElement):
    """A call ``geomap.<fn>(args...)``; args are JSON values or elements (passed by name)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        geomap.{{ this.fn }}({{ this.args_js() }});
        {% endmacro %}
        """
    )

    def __init__(self, fn: str, *args: Any):
        super().__init__()
        self._name = "GeomapCall"
        self.fn = fn
        self.args = args

    def args_js(self) -> str:
        return ", ".join(a.get_name() if isinstance(a, Element) else js_json(a) for a in self.args)


class HeadHtml(MacroElement):
    """Raw HTML (our own assets) placed in the page head after the map's CDN links."""

    _template = Template(
        """
        {% macro header(this, kwargs) %}
        {{ this.html }}
        {% endmacro %}
        """
    )

    def __init__(self, html: str):
        super().__init__()
        self._name = "GeomapAssets"
        self.html = html


class BodyHtml(MacroElement):
    """Raw HTML in the page body (the map title), built from escaped parts only."""

    _template = Template(
        """
        {% macro html(this, kwargs) %}
        {{ this.html }}
        {% endmacro %}
        """
    )

    def __init__(self, html: str):
        super().__init__()
        self._name = "GeomapHtml"
        self.html = html
