"""A frontier at sea on the map: dashed, labelled "at sea" (no land length), with its own legend
entry; a land frontier keeps its solid line and its entry. Headless Chromium, no network."""
from __future__ import annotations

import pytest

from test_render_browser import boundaries, browser, open_map  # noqa: F401 (fixtures)

pytestmark = pytest.mark.browser

SEA = ("A Trinidad and Tobago coast guard boat was fired on in the Gulf of Paria on Monday by a Venezuelan "
       "patrol, officials in Port of Spain said.")
LAND = ("Brazilian soldiers and French gendarmes patrolled the Oyapock on Monday after gold miners clashed "
        "near Camopi, in French Guiana, officials said.")


def _map(tmp_path, boundaries, text, name):  # noqa: F811
    from geomap.mapfiles import write_map
    from geomap.reading.pipeline import extract_text

    return write_map([extract_text(text, published="2026-03-03")], tmp_path / name, offline=True,
                     boundaries=boundaries)


def test_sea_frontier_is_dashed_with_its_legend_entry(open_map, tmp_path, boundaries):  # noqa: F811
    from geomap.render import style

    mp = open_map(_map(tmp_path, boundaries, SEA, "sea.html"))
    lines = mp.js("""() => { const o = []; geomap.registry['Frontier'].eachLayer(l => o.push(
        {dash: l.options.dashArray || null, label: l.feature.properties.label})); return o; }""")
    assert lines and all(x["dash"] == style.SEA_FRONTIER_STYLE["dashArray"] for x in lines)
    assert all("at sea" in x["label"] and "km on" not in x["label"] for x in lines)
    legend = mp.page.inner_text('.gm-legend [data-layer="Frontier"]')
    assert "frontier at sea" in legend and "km: data" not in legend
    assert mp.errors == []


def test_land_frontier_keeps_its_solid_line_and_entry(open_map, tmp_path, boundaries):  # noqa: F811
    mp = open_map(_map(tmp_path, boundaries, LAND, "land.html"))
    dashes = mp.js("() => { const o = []; geomap.registry['Frontier'].eachLayer(l => o.push(l.options.dashArray || null)); return o; }")
    assert dashes and all(d is None for d in dashes)
    legend = mp.page.inner_text('.gm-legend [data-layer="Frontier"]')
    assert "km: data" in legend and "at sea" not in legend
    assert mp.errors == []
