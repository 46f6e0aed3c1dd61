"""Whether a capitalised name a cue types as a place is a name at all.

A cue ("the village of X", "X district") marks words as a place; these tests keep demonyms,
people, "-held" adjectives and ordinary words out of the unlisted places, and tell a rare name
("Dollo Ado") from common words ("Reuters", "Friendship").
"""
from __future__ import annotations

import re

from geomap.gazetteer import demonym_country
from geomap.settings import HINT_MAX_ZIPF, UNLISTED_MAX_ZIPF
from geomap.text.lexicon import first_names
from geomap.text.place_cues import _PARTICLES, PlaceCue
from geomap.text.place_hints import PLACE_HEADS
from geomap.text.union_areas import is_union_area

__all__ = ["common_word", "not_a_name", "rare_name"]


def rare_name(cue: PlaceCue) -> bool:
    """A name with a word rare in English, Spanish and French: one rare word makes a name
    ("Dollo Ado", "Santa María de Nieva"); "Reuters", "Parliament", "Friendship" do not."""
    from geomap.gazetteer.word_frequency import zipf

    words = [w for w in cue.name.split() if w.lower() not in _PARTICLES] or [cue.name]
    return min(max(zipf(w.lower(), lang) for lang in ("en", "es", "fr")) for w in words) < HINT_MAX_ZIPF


def common_word(word: str, margin: float = 0.0) -> bool:
    """An ordinary English word (a lone name must be commoner still: "Arabia" stays a name)."""
    from geomap.gazetteer.word_frequency import zipf

    return zipf(word.lower()) >= UNLISTED_MAX_ZIPF + margin


#: a participle after a hyphen makes a word an adjective of who holds a place
#: ... or of who pays for or runs a site ("an IOM-supported transit centre", "MSF-funded clinics")
_HELD_BY = re.compile(r"-(?:held|controlled|led|run|occupied|dominated|backed|allied|ruled|administered|supported"
                      r"|funded|sponsored|financed|operated|managed|owned)$", re.I)


def _demonym(word: str) -> bool:
    """A demonym as written: "German", not the given name "Germán" its accent-free form equals."""
    import unicodedata

    if not demonym_country(word):  # (most names: the accent check below is the dearer one)
        return False
    return not any(unicodedata.combining(c) for c in unicodedata.normalize("NFKD", word))


def not_a_name(cue: PlaceCue) -> bool:
    """A demonym ("the Romanian county of X"), a union's area ("the Schengen area"), a person ("Tim Whitley, a city official") or
    ordinary words ("Air Quality Management District")."""
    words = cue.name.split()
    if _demonym(cue.name) or _demonym(words[0]):
        return True
    if is_union_area(cue.name, cue.kind):  # "the Schengen area", "the CFA franc zone": a union's members
        return True
    if _HELD_BY.search(words[0]):  # "Kurdish-held areas", "rebel-controlled zones"
        return True
    if all(common_word(w, 0.0 if len(words) > 1 else 0.4) for w in words) and not (
            len(words) == 2 and words[1] == "Town"):  # "Air Quality Management", "Sun"; "Fish Town" is a name
        return True
    return len(words) >= 2 and words[0].lower() in first_names() and words[0].lower() not in PLACE_HEADS \
        and cue.kind in ("place", "town", "city", "village")
