"""A toll told alone at the start of a paragraph, after a paragraph telling one violent act.

"Gunmen attacked a bus near X on Thursday, police said.\\n\\nTwo passengers were killed and five
wounded, a spokesman said." — wire stories often give the dead in the paragraph after the act. The
deaths go to that act only when it is the one violent incident told so far (a wrong toll is worse
than none): with two candidate acts, or none, the count stays out.
"""

from __future__ import annotations

import re

from geomap.reading.referred_places import same_paragraph
from geomap.text.event_words import BATTLES, EXPLOSIONS, RIOTS, VAC
from geomap.text.sentences import Sentence

__all__ = ["sole_act_before_paragraph"]

#: a toll told over a span of time ("killed this year", "since January"): a total, not the act's
_SPAN = re.compile(r"\b(?:this|last|past)\s+(?:year|month|week|season|decade)|\bsince\b|\bso\s+far\b|\bin\s+(?:19|20)\d\d\b"
                   r"|\b(?:total|overall|altogether|in\s+all|cumulative)\b|\b(?:over|during|in)\s+the\s+(?:past|last)\b", re.I)
#: acts that kill (a protest, an arrest or a troop movement has no dead to take)
_VIOLENT = frozenset((BATTLES, EXPLOSIONS, VAC, RIOTS))


def sole_act_before_paragraph(text: str, sentences: list[Sentence], by_sentence, i: int) -> bool:
    """Whether sentence ``i`` opens a paragraph, the sentence before it tells a violent incident,
    and that incident is the only violent one told before ``i`` (``by_sentence``: sentence index
    -> its incidents; index -1 holds incidents not tied to a sentence, as a headline's); a toll
    over a span of time ("killed this year") is none of its."""
    if i < 1 or same_paragraph(text, sentences[i - 1], sentences[i]) or _SPAN.search(sentences[i].text):
        return False
    before = [f for j, fs in by_sentence.items() if j < i for f in fs
              if f["properties"].get("event_type") in _VIOLENT]
    return len(before) == 1 and any(f is before[0] for f in by_sentence.get(i - 1, ()))
