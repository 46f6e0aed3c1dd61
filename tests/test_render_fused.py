"""Fused events on the map (geomap.render.fused, the incidents layer): every source listed and
escaped, symbols sized by sources, and an incident along a frontier placed as one symbol."""
from __future__ import annotations

from geomap.render.data import incident_props
from geomap.render.fused import MAX_SOURCES, fused_props, is_fused
from geomap.render.layers_incidents import along_anchor, line_km
from geomap.render.style import radius_for, radius_for_reports

EVIL = '<img src=x onerror="alert(1)">'


def fused(n=3, **extra):
    sources = [{"document": f"d{i}", "title": f"Title {i} {EVIL}", "outlet": f"Outlet {i} & Co", "date": "2025-12-10",
                "sentence": f"Rockets hit <b>Kantharalak</b> {EVIL}", "location": "Kantharalak", "fatalities": i}
               for i in range(n)]
    return {"layer": "incident", "event_type": "Battles", "date": "2025-12-09", "location": "Kantharalak",
            "report_count": n, "sources": sources, "fatalities": 0, "fatalities_reported": list(range(n)),
            "date_start": "2025-12-09", "date_end": "2025-12-10", "in_acled": True, "acled_event_ids": ["THA1<2>"],
            "source_sentence": f"one sentence {EVIL}", **extra}


def test_every_source_is_listed_escaped():
    p = incident_props(fused(), 0, 0)
    assert is_fused(fused()) and not is_fused({"layer": "incident"})
    assert len(p["ss"]) == 3 and p["rc"] == 3 and p["ia"] == 1 and p["aid"] == "THA1&lt;2&gt;"
    text = repr(p)
    assert "<img" not in text and "<b>" not in text and "&lt;img" in text
    assert p["ss"][1]["q"].count("<mark>") == 1 and "Kantharalak</mark>" in p["ss"][1]["q"]
    assert p["ss"][1]["o"] == "Outlet 1 &amp; Co" and p["ss"][2]["f"] == "2"
    assert "q" not in p  # the one sentence of a single report gives way to the list
    assert (p["ds"], p["de"], p["fr"]) == ("2025-12-09", "2025-12-10", "0, 1, 2")


def test_symbols_grow_with_sources_and_long_lists_are_cut():
    assert radius_for_reports(1) == radius_for(0) < radius_for_reports(4) < radius_for_reports(9)
    p = fused_props(fused(MAX_SOURCES + 5))
    assert len(p["ss"]) == MAX_SOURCES and p["more"] == 5 and p["r"] == round(radius_for_reports(MAX_SOURCES + 5), 1)


LINE = {"type": "LineString", "coordinates": [[104.0, 14.0], [105.0, 14.0], [106.0, 14.0]]}


def test_an_incident_along_a_frontier_goes_where_the_report_is():
    at = along_anchor(LINE, [(105.6, 14.3), (105.8, 14.5)])
    assert at == [105.7, 14.0]  # the point of the line nearest the report's other places
    assert along_anchor(LINE, []) != [105.0, 14.0]  # no places: near the middle, clear of the label
    assert abs(along_anchor(LINE, [])[0] - 105.0) < 0.2
    assert along_anchor(LINE, [(105.6, 14.3)], rank=1) != along_anchor(LINE, [(105.6, 14.3)], rank=0)
    assert along_anchor(LINE, [(120.0, 40.0)]) == along_anchor(LINE, [])  # far-away places do not count
    assert 215 < line_km(LINE) < 218  # two degrees of longitude at 14 N
