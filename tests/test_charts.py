"""The pictures of a corpus (geomap.render.charts): the timeline's panels and bars, the counts
per admin-1 behind the choropleth (real Natural Earth polygons), and stable PNG/SVG bytes."""
from __future__ import annotations

import pytest

from geomap.render.charts import admin1_counts, admin1_figure, event_rows, figure_bytes, timeline_figure


def inc(date, kind="Battles", where=(104.6499, 14.6406), fatalities=None, geometry=None):
    return {"type": "Feature", "geometry": geometry or {"type": "Point", "coordinates": list(where)},
            "properties": {"layer": "incident", "event_type": kind, "date": date, "fatalities": fatalities}}


FC = {"type": "FeatureCollection", "features": [
    inc("2025-12-09", fatalities=2), inc("2025-12-09", "Explosions/Remote violence", fatalities=1),
    inc("2025-12-11", "Explosions/Remote violence", (103.5, 14.9)),
    inc("2026-04-15", where=(46.4805, 39.5583), fatalities=4),             # Tegh, Syunik
    inc(None, where=(45.8695, 40.2001)),                                     # undated
    inc("2026-04-16", geometry={"type": "LineString", "coordinates": [[45.9, 40.0], [46.2, 39.6]]}),
]}


@pytest.fixture(scope="module")
def boundaries():
    try:
        from geomap.boundaries import load_boundaries

        return load_boundaries()
    except Exception as e:  # pragma: no cover
        pytest.skip(f"boundary data unavailable: {e}")


def test_event_rows_keep_type_date_toll_and_point():
    rows = event_rows(FC)
    assert len(rows) == 6 and rows[0] == {"date": "2025-12-09", "event_type": "Battles", "fatalities": 2,
                                          "lon": 104.6499, "lat": 14.6406, "point": True, "iso3": None,
                                          "admin1": None}
    assert rows[5]["point"] is False and rows[4]["date"] is None


def test_timeline_has_one_panel_per_stretch_of_days_and_stacks_types():
    fig = timeline_figure(FC, title="Test")
    axes = fig.get_axes()
    assert len(axes) == 4  # December and April: two panels, events over fatalities
    events_dec = axes[0]
    heights = sorted(round(p.get_height()) for p in events_dec.patches if p.get_height())
    assert heights == [1, 1, 1]  # 9 Dec: one battle + one explosion stacked; 11 Dec: one
    assert "undated" in fig._suptitle.get_text()
    deaths_dec = [round(p.get_height()) for p in axes[2].patches if p.get_height()]
    assert deaths_dec == [3]


def test_admin1_counts_put_points_in_their_division(boundaries):
    units, missed = admin1_counts(FC, boundaries)
    by_name = {u["name"]: (u["events"], u["fatalities"]) for u in units}
    assert by_name["Si Sa Ket"] == (2, 3) and by_name["Syunik"] == (1, 4)
    assert missed == 1  # the incident along a line lies in no one division


def test_figures_write_png_and_svg_the_same_each_time(boundaries):
    fig = admin1_figure(FC, boundaries)
    png = figure_bytes(fig, "png")
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    svg = figure_bytes(timeline_figure(FC), "svg")
    assert svg == figure_bytes(timeline_figure(FC), "svg") and b"<svg" in svg


def test_nothing_to_draw_is_said_not_crashed(boundaries):
    empty = {"type": "FeatureCollection", "features": []}
    assert figure_bytes(timeline_figure(empty))[:4] == b"\x89PNG"
    assert figure_bytes(admin1_figure(empty, boundaries))[:4] == b"\x89PNG"
