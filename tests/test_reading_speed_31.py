"""Round 31's speed-ups read what the slower code read: shortcuts checked against the long way."""


def test_a_token_is_looked_up_in_the_word_table_once():
    from wordfreq import zipf_frequency

    from geomap.gazetteer import word_frequency

    word_frequency._open_tables.clear()
    word_frequency._zipf.cache_clear()
    word_frequency._rows_kept.clear()
    try:
        asked: list[str] = []
        word_frequency._table("en").set_trace_callback(asked.append)
        words = ["marimba xylophone", "xylophone", "marimba-xylophone", "xylophone marimba", "marimba"]
        for word in words:
            assert word_frequency.zipf(word) == zipf_frequency(word, "en"), word
        assert sum(q.startswith("SELECT zipf") for q in asked) == 2  # "marimba" and "xylophone", once each
    finally:
        word_frequency._open_tables.clear()
        word_frequency._zipf.cache_clear()
        word_frequency._rows_kept.clear()


def test_a_units_name_is_read_without_its_polygon(tmp_path, monkeypatch):
    """``admin1_unit`` answers as ``admin1_area`` does, less the polygon, and the steps that want
    only a unit's name (the article's units) ask it, not for the polygon."""
    from geomap import settings
    from geomap.boundaries import answers as kept
    from geomap.boundaries import load_boundaries
    from geomap.boundaries.load import boundaries_key
    from geomap.reading.area_units import article_units
    from geomap.reading.borders import Borders
    from geomap.reading.pipeline import places_from_text

    monkeypatch.setattr(kept, "_folder", lambda: tmp_path / "border_answers")
    borders = Borders(load_boundaries, lines_file=settings.PROJECT_DIR / "shapefiles" / "frontiers_osm.parquet",
                      key=boundaries_key())
    for name, iso3 in [("Surin", "THA"), ("Oddar Meanchey", "KHM"), ("Nowhere Province", "THA"), ("Kassala", None)]:
        area = borders.admin1_area(name, iso3)
        assert borders.admin1_unit(name, iso3) == (area[:2] if area else None)
    fresh = Borders(load_boundaries, key=boundaries_key())
    text = "Fighting spread from Surin province to Sisaket province and Oddar Meanchey province."
    places = places_from_text(text)
    units = article_units({0: places}, fresh)
    assert len(units.names) >= 2
    assert fresh.admin1_unit.cache_info().currsize >= 2
    assert fresh.admin1_area.cache_info().currsize == 0
