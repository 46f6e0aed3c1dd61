"""A country named by its acronym ("gunmen from CAR", "the DRC") only where it is written in
capitals: "Car" opening a sentence, or "CAR BOMB" in a headline set in capitals, is a word.

The gazetteer folds names, so its alias "CAR" (Central African Republic) also matches "car";
this step keeps an acronym mention only when the text writes it in capitals inside a sentence
that is not all capitals.
"""
from __future__ import annotations

from functools import lru_cache

from geomap.gazetteer import fold
from geomap.reading.mentions import Mention
from geomap.text.sentences import Sentence

__all__ = ["acronyms_in_capitals"]


@lru_cache(maxsize=1)
def _acronym_keys() -> frozenset[str]:
    """Folded country aliases written as acronyms in the bundled table ("car", "drc", "uae")."""
    from geomap.gazetteer.data_files import read_csv

    return frozenset(fold(r["alias"]) for r in read_csv("country_aliases.csv")
                     if r["alias"].replace(".", "").isalpha() and r["alias"].replace(".", "").isupper())


def acronyms_in_capitals(text: str, mentions: list[Mention], sentences: list[Sentence]) -> list[Mention]:
    """``mentions`` without country acronyms the text does not write as acronyms."""
    keys = _acronym_keys()
    out = []
    for m in mentions:
        if m.key in keys:
            written = text[m.start:m.end].replace(".", "")
            shouting = 0 <= m.sentence < len(sentences) and sentences[m.sentence].text.isupper()
            if not written.isupper() or shouting:
                continue
        out.append(m)
    return out
