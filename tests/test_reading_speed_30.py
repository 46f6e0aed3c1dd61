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
