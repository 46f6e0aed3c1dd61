"""An onward move of people told just before: "Some onward movement to the Northeast region
(Tabanovce) has been reported", "Some miners were also said to have gone on to X, but no figures
were available".

"Onward" and "gone on to" say the people are the ones already counted, going further: the place
after the words is where some of them went, whether or not a figure is given.
"""

from __future__ import annotations

import re

__all__ = ["tells_onward_move"]

_ONWARD = re.compile(
    r"\b(?:onward\s+(?:movements?|travel|journeys?|moves?)\s+(?:to|towards?|into)"
    r"|(?:gone|went|moved|travell?ed|continued|pressed|headed|carried)\s+on\s+(?:to|towards?|into))\s+(?:the\s+)?(?-i:[A-Z])",
    re.I)


def tells_onward_move(sentence: str) -> bool:
    """Whether a sentence tells some people going on further to a named place."""
    return bool(_ONWARD.search(sentence))
