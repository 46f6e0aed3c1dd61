"""Words next to a name that say what kind of unit or feature it is, for the mention finder.

"Herat province" beside Herat the town, "the Fergana valley", "Cameroon’s East region": the
word after the name tells which place is meant, or makes a direction a unit's name.
"""
from __future__ import annotations

from functools import lru_cache

from geomap.gazetteer import fold
from geomap.text.lexicon import ADMIN_SUFFIXES, DIRECTIONS, FEATURE_WORDS, FIRST_LEVEL_WORDS, SECOND_LEVEL_WORDS
from geomap.text.tokens import joined

__all__ = ["DEPARTMENT_COUNTRIES", "direction_unit", "feature_word_end", "second_level", "unit_word"]

#: countries whose first-level units are departments: "Potosí department" is a province-sized unit
#: there (Bolivia, Colombia, Guatemala, Honduras, Nicaragua, Paraguay, El Salvador, Uruguay, Peru,
#: whose regions were departments, Benin, Haiti, the Republic of the Congo), a district elsewhere
#: (France, Senegal, Niger, Cameroon, Chad)
DEPARTMENT_COUNTRIES = frozenset("BO CO GT HN NI PY SV UY PE BJ HT CG".split())


def second_level(word: str | None, iso2: str) -> bool:
    """Whether a unit word names a second-level unit in the country ``iso2``."""
    return word in SECOND_LEVEL_WORDS and not (word == "department" and iso2 in DEPARTMENT_COUNTRIES)


@lru_cache(maxsize=1 << 14)  # asked about the words after every capitalised name
def unit_word(word: str) -> str | None:
    """The administrative word, singular ("governorates" -> "governorate"), or None."""
    w = word.lower()
    for cand in (w, w[:-1] if w.endswith("s") else w, w[:-3] + "y" if w.endswith("ies") else w):
        if cand in ADMIN_SUFFIXES:
            return cand
    if w in ("department", "departments") and word[0].islower():
        return "department"  # "Potosí department"; "the Iowa Department of Transportation" is a body
    return None


def feature_word_end(text, toks, j, key, hits) -> int | None:
    """End of a lowercase word after the name that says which feature the name is: a physical
    one ("the Fergana valley", "the Qandil mountains" are not the towns), or a province that
    shares its name with its capital town ("Herat province", not Herat city; "Anhui province"
    and "Washington state" only describe)."""
    if not (j < len(toks) and not toks[j].is_cap and joined(text, toks[j - 1], toks[j])):
        return None
    word = toks[j].text.lower()
    if word in FEATURE_WORDS:
        return toks[j].end
    if unit_word(word) == word and {(h.entry.iso2, h.entry.admin1) for h in hits
                                  if h.entry.place_type == "city" and fold(h.entry.name) == key} \
            & {(h.entry.iso2, h.entry.name) for h in hits if h.entry.place_type == "admin1"}:
        return toks[j].end  # the province and a town of it share the name: the word tells which
    return None


def direction_unit(text, toks, i, gaz):
    """"Cameroon’s East region", "Ghana's Upper East region": a first-level unit named by
    directions, read only with its word and after its country's possessive (bare "East" or
    "the north" is a side). Returns (j, key, hits) like _longest_match, or None."""
    n = len(toks)
    j = i + 1
    while j < n and j - i < 3 and toks[j].is_cap and toks[j].text.lower() in DIRECTIONS and joined(text, toks[j - 1], toks[j]):
        j += 1
    word = unit_word(toks[j].text) if j < n and joined(text, toks[j - 1], toks[j]) else None
    if word not in FIRST_LEVEL_WORDS or i < 2 or toks[i - 1].text not in ("’s", "'s"):
        return None
    owner = None
    for k in range(i - 2, max(-1, i - 5), -1):  # "Cameroon’s", "Burkina Faso’s"
        owner = next((h.entry.iso2 for h in gaz.hits(fold(text[toks[k].start:toks[i - 2].end]))
                      if h.entry.place_type == "country"), None)
        if owner:
            break
    name = fold(text[toks[i].start:toks[j - 1].end])
    hits = tuple(h for h in gaz.hits(f"{name} {word}") + gaz.hits(name)
                 if h.entry.place_type == "admin1" and h.entry.iso2 == owner)
    return (j, name, hits) if hits and owner else None
