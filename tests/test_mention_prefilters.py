"""The mention finder looks for a unit spelt otherwise ("Gedaref state") only in sentences that can
hold an administrative word (speed33): one scan of the sentence instead of a look after every
capitalised word. What ``unit_word`` accepts always passes the scan, so the mentions are the same."""
from __future__ import annotations

from geomap.reading.mentions import _may_tell_unit_word, mentions_from_text
from geomap.reading.unit_words import unit_word
from geomap.gazetteer import get_gazetteer
from geomap.text.lexicon import ADMIN_SUFFIXES
from geomap.text.tokens import tokenize


def _told(sentence: str) -> bool:
    return _may_tell_unit_word(sentence, tokenize(sentence))


def test_every_administrative_word_passes_the_scan():
    forms = set(ADMIN_SUFFIXES) | {w + "s" for w in ADMIN_SUFFIXES} | {
        w[:-1] + "ies" for w in ADMIN_SUFFIXES if w.endswith("y")} | {"department", "departments"}
    for word in sorted(forms):
        for written in (word, word.capitalize(), word.upper()):
            if unit_word(written):
                assert _told(f"Troops moved into the Velmora {written} on Monday."), written


def test_a_sentence_without_one_fails_it():
    assert not _told("Troops moved into Velmora on Monday after talks in Brenholt.")
    assert not _told("")
    assert _told("Both counties were shelled.")


def test_a_unit_spelt_otherwise_is_still_found():
    text = "Fighting spread across Gedaref state on Sunday, officials said."
    found, _ = mentions_from_text(text, get_gazetteer())
    assert [m.text for m in found if m.suffix == "state"] == ["Gedaref"]
