"""build_map / map_html: the folium map (and its HTML page) from geomap FeatureCollections.

Nothing here writes files: :mod:`geomap.mapfiles` does.
"""
from __future__ import annotations

import logging

from geomap.render.assets import apply_assets, head_html
from geomap.render.data import event_style_keys, incident_dates, is_sea_frontier, iter_features, view_bounds
from geomap.render.elements import BodyHtml, HeadHtml, JsCall, deterministic_ids
from geomap.render.escape import escape_text
from geomap.render.fused import is_fused
from geomap.render.layers_boundaries import add_boundaries_layer, load_default_boundaries
from geomap.render.layers_displacement import add_displacement_layer
from geomap.render.layers_disputed import add_disputed_layer
from geomap.render.layers_frontier import add_frontier_layer
from geomap.render.layers_incidents import add_incidents_layer, line_incident_types
from geomap.render.layers_places import add_places_layer, place_roles
from geomap.render.legend import add_legend

log = logging.getLogger(__name__)

MAX_FIT_ZOOM = 10
#: Fractional zoom steps, so the initial view fills the space the controls leave.
ZOOM_SNAP = 0.25
CARTO_POSITRON_URL = "https://{s}.basemaps.cartocdn.com/light_all/{z}/{x}/{y}{r}.png"
NATURAL_EARTH_CREDIT = 'Made with <a href="https://www.naturalearthdata.com/">Natural Earth</a>'
OSM_LINES_CREDIT = ('frontier lines: &copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> '
                    'contributors (ODbL)')
GEONAMES_CREDIT = 'places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)'
CARTO_ATTRIBUTION = ('&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors '
                     '&copy; <a href="https://carto.com/attributions">CARTO</a>')


def _check(collections) -> list[dict]:
    from geomap.exceptions import InputError

    if isinstance(collections, dict):
        collections = [collections]
    out = []
    for i, fc in enumerate(collections):
        if not isinstance(fc, dict) or fc.get("type") != "FeatureCollection":
            raise InputError(f"map input {i + 1} is not a GeoJSON FeatureCollection")
        if not isinstance(fc.get("features", []), list):
            raise InputError(f"map input {i + 1} has no list of features")
        out.append(fc)
    return out


def data_attribution(boundaries, collections=()) -> str:
    """The credits of the data drawn (HTML from fixed text and escaped names): the boundary
    data (Natural Earth, or the user's files by name), OpenStreetMap when a frontier drawn was
    measured on its lines, and GeoNames, whose gazetteer placed the places. Web tiles credit
    OpenStreetMap and CARTO in their own layers."""
    parts = []
    if boundaries is not None:
        sources = [x for x in str(getattr(boundaries, "source", "") or "").split(" + ") if x]
        if not sources or any("Natural Earth" in x for x in sources):
            parts.append(NATURAL_EARTH_CREDIT)
        others = [x for x in sources if "Natural Earth" not in x]
        if others:
            parts.append("boundaries: " + escape_text(", ".join(others)))
    if any("OpenStreetMap" in str((f.get("properties") or {}).get("source") or "")
           for fc in collections for f in fc.get("features", [])
           if (f.get("properties") or {}).get("layer") == "frontier"):
        parts.append(OSM_LINES_CREDIT)
    parts.append(GEONAMES_CREDIT)
    return " · ".join(parts)


def _new_map(*, offline: bool, tiles: bool):
    import folium

    m = folium.Map(location=[20, 0], zoom_start=2, tiles=None, prefer_canvas=True, control_scale=True,
                   world_copy_jump=False, zoom_snap=ZOOM_SNAP)
    if tiles and not offline:
        folium.TileLayer("OpenStreetMap", name="OpenStreetMap").add_to(m)
        folium.TileLayer(CARTO_POSITRON_URL, name="CartoDB positron", attr=CARTO_ATTRIBUTION,
                         subdomains="abcd", max_zoom=20).add_to(m)
    return m


def build_map(collections: list[dict], *, offline: bool = True, title: str | None = None, m=None,
              boundaries=None, tiles: bool = True):
    """Draw geomap FeatureCollections on a folium map.

    Parameters
    ----------
    collections : list of dict
        geomap FeatureCollections (SPEC.md); several are merged on one map.
    offline : bool
        True (the default): no tiles and every script inlined, boundaries are the base; the
        page needs no network. False: Leaflet from a CDN and web tiles (smaller file).
    title : str, optional
        Shown on the map and as the page title; defaults to the first collection's title.
    m : folium.Map, optional
        Draw onto this map instead of a new one.
    boundaries : object with ``.countries`` / ``.admin1`` GeoDataFrames, optional
        Defaults to ``geomap.boundaries.load_boundaries()``; ``False`` draws none.
    tiles : bool
        Online base maps (OpenStreetMap, CartoDB positron) when not offline.

    Returns
    -------
    folium.Map
    """
    import folium

    collections = _check(collections)
    with deterministic_ids():
        if m is None:
            m = _new_map(offline=offline, tiles=tiles)
        apply_assets(m, offline=offline)
        HeadHtml(head_html(offline=offline)).add_to(m)
        if boundaries is None:
            boundaries = load_default_boundaries()
        elif boundaries is False:
            boundaries = None

        added = {}
        for name, layer in (
            ("Boundaries", add_boundaries_layer(m, collections, boundaries, offline=offline)),
            ("Displacement", add_displacement_layer(m, collections)),
            ("Disputed claims", add_disputed_layer(m, collections, boundaries)),
            ("Frontier", add_frontier_layer(m, collections)),
            ("Places mentioned", add_places_layer(m, collections)),
            ("Incidents", add_incidents_layer(m, collections)),
        ):
            if layer is not None:
                added[name] = layer

        folium.LayerControl(collapsed=False, position="topright").add_to(m)
        displaced, displaced_to = [], False
        for _, f in iter_features(collections, "displacement"):
            if f["properties"].get("direction") == "to":  # drawn in its own style, not a number class
                displaced_to = True
                continue
            v = f["properties"].get("displaced")
            displaced.append(v if isinstance(v, (int, float)) and not isinstance(v, bool) else None)
        frontiers = [f for _, f in iter_features(collections, "frontier")]
        keys = event_style_keys(collections)
        present = {f["properties"].get("event_type") or "" for _, f in iter_features(collections, "incident")}
        legend_types = [k for k in keys if k != "__other__"]
        if any(t not in legend_types for t in present):
            legend_types.append("__other__")
        add_legend(m, event_types=legend_types, layers=set(added), displaced_values=displaced,
                   place_roles=place_roles(collections), band_types=line_incident_types(collections),
                   fused=any(is_fused(f["properties"]) for _, f in iter_features(collections, "incident")),
                   displaced_to=displaced_to, sea_frontier=any(is_sea_frontier(f["properties"]) for f in frontiers),
                   land_frontier=not frontiers or not all(is_sea_frontier(f["properties"]) for f in frontiers))

        dates = incident_dates(collections)
        if "Incidents" in added and len(dates) >= 2:
            JsCall("timeSlider", m, added["Incidents"], dates).add_to(m)

        # The view is fitted in the page (geomap.ready) once the controls are laid out, so the
        # data is framed in the space the title, legend and slider leave free.
        b = view_bounds(collections)
        view = None
        if b is not None:
            minx, miny, maxx, maxy = b
            view = [[miny, minx], [maxy, maxx]]

        title = title or next((fc.get("title") for fc in collections if fc.get("title")), None)
        if title:
            BodyHtml(f'<div class="gm-map-title">{escape_text(title)}</div>').add_to(m)
            m.get_root().title = escape_text(title)
        JsCall("ready", m, {"offline": offline, "bounds": view, "maxZoom": MAX_FIT_ZOOM,
                            "attribution": data_attribution(boundaries, collections)}).add_to(m)
    return m


def render_html(m) -> str:
    """The map's HTML page, rendered with deterministic ids."""
    with deterministic_ids(prefix="r"):
        return m.get_root().render()


def map_html(collections: list[dict], *, offline: bool = True, title: str | None = None, boundaries=None,
             tiles: bool = True) -> str:
    """The map's HTML page (see :func:`build_map`); same input, same text."""
    return render_html(build_map(collections, offline=offline, title=title, boundaries=boundaries, tiles=tiles))
