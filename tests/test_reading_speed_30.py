"""Round 30's speed-ups read what the slower code read: shortcuts checked against the long way."""
from geomap.reading.story_countries import demonym_countries_of
from geomap.text.tokens import is_capitalised, tokens_apart, words_apart

_SENTENCES = [
    "Armenia’s Nagorno-Karabakh and U.S. envoys met in St. Louis and Côte d'Ivoire.",
    "Serbian police and the Hungarian border guards met near al-Hawa's market; it's O's turn.",
    "el-Fasher’s Sudanese residents, d'Aosta l’Italia, Mt. Elgon (Kenyan side).",
    "no capitals here at all, nor any apostrophe",
    "’s",
]


def test_words_apart_are_the_texts_of_the_tokens_apart():
    for s in _SENTENCES:
        toks = tokens_apart(s)
        assert words_apart(s) == tuple(t.text for t in toks)
        assert [is_capitalised(t.text) for t in toks] == [t.is_cap for t in toks]


def test_peoples_read_from_words_alone():
    assert demonym_countries_of("Serbian police met Hungarian officials.") == {"RS", "HU"}
    assert demonym_countries_of("They crossed the Hungarian border.") == frozenset()


def test_date_rules_run_only_where_their_words_are():
    import datetime

    from geomap.text import dates
    from geomap.text.literals import Prefiltered

    assert all(isinstance(rx, Prefiltered) for rx, _ in dates._RULES)
    published = datetime.date(2024, 3, 14)
    sentences = ["On 3 March 2024, 12 people fled; two days ago more left.",
                 "Late last month the 2023-11-05 raid was told again on Tuesday night.",
                 "Officials said 40 homes burned early this morning and yesterday evening.",
                 "In mid-February and since January the border stayed shut; next week too."]
    for s in sentences:  # the same dates as the bare patterns find
        found = [(m.start(), m.end(), h.__name__) for rx, h in dates._RULES for m in rx.finditer(s)]
        bare = [(m.start(), m.end(), h.__name__) for rx, h in dates._RULES for m in rx.pattern_object.finditer(s)]
        assert found == bare
    assert [d.text for d in dates.all_dates_from_text(sentences[0], published)] == ["On 3 March 2024", "two days ago"]
