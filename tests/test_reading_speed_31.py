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

