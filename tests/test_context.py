"""The reading context: what a caller passes in is what every reading step uses."""
from __future__ import annotations

from geomap.reading.borders import Borders
from geomap.reading.context import reading_context
from geomap.reading.pipeline import extract_text

TEXT = ("Thai and Cambodian troops exchanged fire along the border in Thailand's Surin province on "
        "Monday, officials said. Thousands of villagers fled.")


def test_boundaries_given_in_the_context_serve_frontier_placement_and_displacement():
    from geomap.boundaries import load_boundaries

    loads = []

    def load():
        loads.append(1)
        return load_boundaries()

    borders = Borders(load)
    fc = extract_text(TEXT, published="2025-07-28", context=reading_context(boundaries=borders))
    layers = {f["properties"]["layer"] for f in fc["features"]}
    assert {"frontier", "incident", "displacement"} <= layers
    assert loads == [1]  # loaded once, on the first question
    assert borders.frontier.cache_info().currsize >= 1
    assert borders.admin1_area.cache_info().currsize >= 1


def test_gazetteer_of_an_offline_geocoder_is_the_context_gazetteer():
    from geomap.geocoders import OfflineGeocoder

    geocoder = OfflineGeocoder()
    ctx = reading_context(geocoder=geocoder)
    assert ctx.gazetteer is geocoder.gazetteer and ctx.geocoder is geocoder


def test_boundaries_load_only_when_an_article_needs_them():
    loads = []
    borders = Borders(lambda: loads.append(1))
    extract_text("Nice weather in Paris today.", context=reading_context(boundaries=borders), events=False)
    assert loads == []
