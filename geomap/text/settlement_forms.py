"""Names whose own form says they are settlements, with no kind word around them.

- a local word for "village" opening the name: Thai and Lao "Ban X" ("residents of Ban Nam
  Dee", "- Ban Nai Soi: 1,150" in an aid update's list). The word is also English ("a ban on
  exports", "Ban Ki-moon"), so the reading step keeps such a name only in a story about a
  country where villages are so named (``VILLAGE_HEADS``);
- a numbered village: "Number 66 Village", "No. 63 Village" (Guyana's coast), "Tikobo No. 1"
  (a village and its numbered twin on Ghana's coast).

Pure text: the cues are those of ``geomap.text.place_cues`` (kind "village", a town), for the
unlisted step to place where the text puts them.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from geomap.text.place_cues import PlaceCue
from geomap.text.sentences import Sentence

__all__ = ["NUMBERED_VILLAGE", "VILLAGE_HEADS", "settlement_form_cues"]

#: the kind of a numbered village's cue (its words are all common: no test of a name applies)
NUMBERED_VILLAGE = "numbered village"

#: a local word for "village" that opens a name -> the countries where it does
VILLAGE_HEADS = {"Ban": frozenset(("TH", "LA")), "Baan": frozenset(("TH", "LA"))}

_WORD = r"[A-Z][a-zà-ÿ’'-]*[a-zà-ÿ]"
#: "Ban Nam Dee": the head and one to three capitalised words (a hyphen joins a person's name: "Ban Ki-moon")
_HEADED = re.compile(rf"\b({'|'.join(VILLAGE_HEADS)})((?:[ \u00a0]{_WORD}){{1,3}})\b(?!-)")
#: "Number 66 Village", "No. 63 Village"
_NUMBER_VILLAGE = re.compile(r"\b(?:Number|No\.)[ \u00a0]\d{1,3}[ \u00a0]Village\b")
#: "Tikobo No. 1": a name and its number
_NAME_NUMBER = re.compile(rf"\b{_WORD}[ \u00a0]No\.[ \u00a0]\d{{1,2}}\b(?![.,]?\d)")
#: words that make what follows "Ban" no village's name ("Ban Ki-moon", a ban "On" in a headline)
_NOT_AFTER_HEAD = frozenset("on of the and for in to from against over after".split())


def settlement_form_cues(text: str, sentences: list[Sentence]) -> list[tuple[PlaceCue, str | None]]:
    """(cue, head) for each such name, in text order; ``head`` is the local village word, if any."""
    if not sentences:
        return []
    starts = [s.start for s in sentences]
    out: list[tuple[PlaceCue, str | None]] = []

    def cue(a: int, b: int, kind: str = "village") -> PlaceCue:
        si = max(0, bisect_right(starts, a) - 1)
        return PlaceCue(text[a:b], a, b, b, kind, "city", si)

    opening = set(starts)
    # (literal pre-checks: most texts hold none of these words, and each scan costs a pass over the text)
    heads = _HEADED.finditer(text) if any(head in text for head in VILLAGE_HEADS) else ()
    for m in heads:
        words = m.group(2).split()
        if m.start() in opening or words[0].lower() in _NOT_AFTER_HEAD:
            continue  # a sentence's opening "Ban" may be the English word
        out.append((cue(m.start(), m.end()), m.group(1)))
    for pattern, word in ((_NUMBER_VILLAGE, "Village"), (_NAME_NUMBER, "No.")):
        for m in (pattern.finditer(text) if word in text else ()):
            if not any(c.start <= m.start() < c.end for c, _ in out):
                out.append((cue(m.start(), m.end(), NUMBERED_VILLAGE), None))
    return sorted(out, key=lambda x: x[0].start)
