"""geomap.gazetteer.word_frequency: wordfreq's own Zipf values, from the cached table for plain words and
phrases, from wordfreq for the rest; a fresh process answers plain words without importing it."""
from __future__ import annotations

import os
import random
import subprocess
import sys
import time

import pytest
from wordfreq import get_frequency_dict, zipf_frequency

from geomap.gazetteer import word_frequency


@pytest.fixture()
def fresh_table(tmp_path, monkeypatch):
    monkeypatch.setenv("GEOMAP_CACHE_DIR", str(tmp_path))
    word_frequency._open_tables.clear()
    word_frequency._zipf.cache_clear()
    yield tmp_path
    word_frequency._open_tables.clear()
    word_frequency._zipf.cache_clear()


def test_answers_equal_wordfreq(fresh_table):
    words = list(get_frequency_dict("en"))
    rng = random.Random(15)
    sample = rng.sample(words, 3000) + ["summer", "centers", "ban", "khlong", "poipet", "qxzqxzq"]
    phrases = [" ".join(rng.sample(words[:5000], rng.randint(2, 4))) for _ in range(500)]
    phrases += ["southeast asian nations", "air quality management", "dangrek mountains"]
    phrases += ["-".join(rng.sample(words[:5000], rng.randint(2, 3))) for _ in range(300)]
    phrases += ["port-au-prince", "north-western", "al-minya", "a--b", "-a", "b-"]
    odd = ["Summer", "café", "o'neill", "air-quality", "x2", "", " ", "a  b", "ﬁsh", "İstanbul", "ß"]
    for word in sample + phrases + odd:
        assert word_frequency.zipf(word) == zipf_frequency(word, "en"), word
    assert list(fresh_table.glob("wordfreq-en-*.sqlite"))


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_words_with_digits_equal_wordfreq(fresh_table, lang):
    """Digit runs are looked up as zeros and scaled as wordfreq does (years, Benford's law)."""
    rng = random.Random(17)
    words = [w for w in get_frequency_dict(lang) if any(c.isdigit() for c in w)]
    sample = rng.sample(words, min(len(words), 1500))
    sample += ["".join(str(rng.randint(0, 9)) if c == "0" else c for c in w) for w in sample]
    sample += [str(rng.randint(0, 5000)) for _ in range(500)]
    sample += ["".join(rng.choice("abz0123456789") for _ in range(rng.randint(1, 6))) for _ in range(1500)]
    sample += ["ak 47s", "cox a16", "ksh17", "level-4", "while h5n1", "8", "1990s", "2025", "2045", "0000", "x²"]
    for word in sample:
        assert word_frequency.zipf(word, lang) == zipf_frequency(word, lang), (lang, word)


def test_another_installations_table_is_kept_until_stale(fresh_table):
    recent, old = fresh_table / "wordfreq-en-recent.sqlite", fresh_table / "wordfreq-en-old.sqlite"
    recent.write_bytes(b"")
    old.write_bytes(b"")
    stale = time.time() - (word_frequency.STALE_DAYS + 1) * 86400
    os.utime(old, (stale, stale))
    word_frequency.zipf("summer")  # makes this installation's table
    assert recent.exists() and not old.exists()


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_spanish_and_french_answers_equal_wordfreq(fresh_table, lang):
    """Unlisted places' names must be rare in English, Spanish and French: those tables too."""
    words = list(get_frequency_dict(lang))
    rng = random.Random(16)
    sample = rng.sample(words, 2000) + ["frontera", "pueblo", "ville", "kerawa", "qxzqxzq"]
    phrases = [" ".join(rng.sample(words[:3000], rng.randint(2, 3))) for _ in range(200)]
    for word in sample + phrases + ["maría", "Frontera", "l'eau"]:
        assert word_frequency.zipf(word, lang) == zipf_frequency(word, lang), (lang, word)
    assert list(fresh_table.glob(f"wordfreq-{lang}-*.sqlite"))


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_apostrophe_words_equal_wordfreq(fresh_table, lang):
    """Apostrophe words are split as wordfreq's tokenizer splits them: elisions ("l'", "qu'")
    before a vowel or "h" are tokens of their own, "o'leary" is one token, a curly apostrophe
    never elides, a digit beside an apostrophe goes to wordfreq."""
    rng = random.Random(18)
    words = [w for w in get_frequency_dict(lang) if "'" in w]
    plain = [w for w in list(get_frequency_dict(lang))[:4000] if w.isalpha()]
    made = [f"{rng.choice(['l', 'd', 'qu', 'o', 'n', 'jusqu', 'ab'])}'{rng.choice(plain)}" for _ in range(1500)]
    made += [f"{rng.choice(plain)}'{rng.choice(plain)}" for _ in range(500)]
    made += [f"{rng.choice(plain)} {rng.choice(made)}" for _ in range(300)]
    curly = [w.replace("'", "\u2019") for w in rng.sample(words, min(500, len(words))) + made[:300]]
    odd = ["o'leary", "n'djamena", "jama'at", "côte d'ivoire", "d'heure", "l'h'a", "a'e'i", "dera ghazi khan's",
           "bir'", "'ali", "o''leary", "47's", "b'52", "O'Leary", "l\u2018arc", "ma'arrat al-nu'man", "ʻalae"]
    for word in words + made + curly + odd:
        assert word_frequency.zipf(word, lang) == zipf_frequency(word, lang), (lang, word)


def test_a_fresh_process_needs_no_wordfreq(fresh_table):
    word_frequency.zipf("summer"), word_frequency.zipf("ville", "fr")  # makes the tables in this cache
    code = ("import sys; from geomap.gazetteer.word_frequency import zipf; "
            "print(zipf('summer'), zipf('southeast asian nations'), zipf('kantharalak'), zipf('ak 47s'), "
            "zipf(\"o'leary\"), zipf(\"côte d'ivoire\"), zipf(\"l'arc\", 'fr'), 'wordfreq' in sys.modules)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={**os.environ, "GEOMAP_CACHE_DIR": str(fresh_table)})
    want = [zipf_frequency("summer", "en"), zipf_frequency("southeast asian nations", "en"), 0.0,
            zipf_frequency("ak 47s", "en"), zipf_frequency("o'leary", "en"), zipf_frequency("côte d'ivoire", "en"),
            zipf_frequency("l'arc", "fr")]
    assert proc.stdout.split() == [str(v) for v in want] + ["False"]


def test_an_unwritable_cache_falls_back_to_wordfreq(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("GEOMAP_CACHE_DIR", str(blocked / "cache"))
    word_frequency._open_tables.clear()
    word_frequency._zipf.cache_clear()
    try:
        assert word_frequency.zipf("summer") == zipf_frequency("summer", "en")
        assert word_frequency._table() is None
    finally:
        word_frequency._open_tables.clear()
        word_frequency._zipf.cache_clear()


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_abbreviated_heads_equal_wordfreq(fresh_table, lang):
    # "St. Louis" keeps its full stop as a name: wordfreq drops it as punctuation, so the table answers
    words = ["st. louis", "mt. elgon", "sault ste. marie", "ft. worth", "st.", "u.s.", "u.s. army", "st.-louis",
             "a.b", "st. .", "st..", "no. 5"]
    for word in words:
        assert word_frequency.zipf(word, lang) == zipf_frequency(word, lang), word


def test_abbreviated_heads_need_no_wordfreq(fresh_table):
    word_frequency.zipf("summer")  # makes the table in this cache
    code = ("import sys; from geomap.gazetteer.word_frequency import zipf; "
            "print(zipf('st. louis'), zipf('sault ste. marie'), 'wordfreq' in sys.modules)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={**os.environ, "GEOMAP_CACHE_DIR": str(fresh_table)})
    want = [zipf_frequency("st. louis", "en"), zipf_frequency("sault ste. marie", "en")]
    assert proc.stdout.split() == [str(v) for v in want] + ["False"]
