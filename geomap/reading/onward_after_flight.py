"""Where some of the people a flight counted went on to, told in the sentences after it in its paragraph
("..., 300 of them reached X. Some were also said to have gone on to Y, but no figures were
available."): Y is an area people reached, without a figure of its own (``text.onward_moves``);
and "Others headed south to X" right after the flight: more of the people who fled.
"""

from __future__ import annotations

import re

from geomap.reading.placement import same_paragraph
from geomap.text import cues
from geomap.text.displacement_counts import displaced_from_text, is_death_report, is_displacement_sentence
from geomap.text.onward_moves import tells_onward_move
from geomap.text.sentences import Sentence

__all__ = ["onward_after_flight", "others_went_on"]


def onward_after_flight(text: str, sentences: list[Sentence], i: int) -> bool:
    """Whether sentence ``i`` tells, without a figure, an onward move of the people a
    displacement sentence of its paragraph told one or two sentences before."""
    s = sentences[i]
    if i == 0 or not tells_onward_move(s.text) or displaced_from_text(s.text) is not None or is_death_report(s.text):
        return False
    return any(is_displacement_sentence(sentences[j].text) and same_paragraph(text, sentences[j], s)
               for j in range(max(0, i - 2), i))


_ONWARD = re.compile(r"\b(?:headed|heading|went|going|moved|moving|made\s+(?:their|its)\s+way|travell?ed|walked"
                     r"|continued|reached|arrived)\b", re.I)


def others_went_on(text: str, sentences: list[Sentence], i: int) -> bool:
    """"Others headed south to X" right after a displacement sentence of its paragraph: more
    of the people who fled, told with a plain movement word."""
    s = sentences[i]
    return i > 0 and cues.is_other_group(s.text) and bool(_ONWARD.search(s.text)) \
        and is_displacement_sentence(sentences[i - 1].text) and same_paragraph(text, sentences[i - 1], s)
