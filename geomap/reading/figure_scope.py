"""Figures a sentence's areas must not carry though the sentence gives them: households whose
people the text says it does not count, and a total told for both sides of the border.

"About 150 households had left their homes ... It did not give the number of people": the
writer says the count is not one of people, whatever households usually stand for
(``settings.HOUSEHOLDS_AS_PEOPLE``). "Hundreds evacuated on both sides of the border": one
total for two countries, none of either side's areas alone (unless each side has a count of
its own).
"""

from __future__ import annotations

import re

from geomap.reading.placement import same_paragraph
from geomap.text.group_words import HOUSEHOLDS
from geomap.text.sentences import Sentence

__all__ = ["figures_dropped"]

# "It did not give the number of people", "without giving a number of people", "no figure for people was given"
_PEOPLE_UNTOLD = re.compile(
    r"\b(?:(?:did|does|do)\s+not|didn['’]t|doesn['’]t|without|never)\s+(?:give|giving|say|saying|state|stating|provide"
    r"|providing|specify|specifying|give\s+out)\s+(?:a|the|any)\s+(?:number|figure|count|total)\s+(?:of|for)\s+"
    r"(?:people|persons|individuals|residents)\b"
    r"|\bno\s+(?:number|figure|count)\s+(?:of|for)\s+(?:people|persons|individuals)\s+(?:was|were|has\s+been)\s+given\b",
    re.I)
# one total for the two countries of a frontier
_BOTH_SIDES = re.compile(r"\b(?:on|from|along)\s+(?:both|either)\s+sides\s+of\s+(?:the\s+)?\b|\bin\s+both\s+countries\b",
                         re.I)


def figures_dropped(text: str, sentences: list[Sentence], i: int, found: list) -> list:
    """``found`` ((area, count) pairs of sentence ``i``) with the figures the text says are
    not the areas' own set to None."""
    s = sentences[i]
    if _BOTH_SIDES.search(s.text) and not _each_side_counted(found) or _households_untold(text, sentences, i, found):
        return [(area, None) for area, _ in found]
    return found


def _each_side_counted(found: list) -> bool:
    """"In X region 8,700 were displaced, while in Y province 3,100 left their homes, officials
    in both countries said": each count goes to areas of one country, a different one for each
    count, so none is a total for both sides."""
    sides: dict[tuple, set] = {}
    for area, c in found:
        if c is not None:
            sides.setdefault((c.start, c.value), set()).add(area.iso3)
    return len(sides) > 1 and all(len(isos) == 1 for isos in sides.values()) \
        and len({next(iter(isos)) for isos in sides.values()}) == len(sides)


def _households_untold(text: str, sentences: list[Sentence], i: int, found: list) -> bool:
    """Whether the figures are households or families and this sentence or the next of its
    paragraph says the people were not counted."""
    if not any(c is not None and HOUSEHOLDS.match(c.text) for _, c in found):
        return False
    told = [sentences[i]] + [sentences[j] for j in (i + 1,) if j < len(sentences)
                             and same_paragraph(text, sentences[i], sentences[j])]
    return any(_PEOPLE_UNTOLD.search(t.text) for t in told)
