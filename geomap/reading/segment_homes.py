"""The residents' place of an act told in a segment of its own of a list sentence.

Security briefs list a week's acts in one sentence joined by semicolons ("gunmen shot a trader
near X on Monday; on Wednesday soldiers arrested six smugglers at Y; and on Friday residents of
Z said armed men had stolen camels"). Each segment is a report of its own: an act whose segment
names no place but the one its residents speak from happened there (what residents report, they
saw at home), not at a place of another segment, which is another act's.
"""

from __future__ import annotations

from geomap.reading.candidates import residents_places
from geomap.reading.referred_places import residents_home
from geomap.reading.resolve import Place
from geomap.text.sentences import Sentence

__all__ = ["segment_home"]


def _segment(text: str, pos: int) -> tuple[int, int] | None:
    """The span between the semicolons around ``pos`` (None when the sentence has none)."""
    if ";" not in text:
        return None
    end = text.find(";", pos)
    return text.rfind(";", 0, pos) + 1, len(text) if end < 0 else end


def segment_home(sentence: Sentence, places: list[Place], candidates: list[Place], event_start: int) -> Place | None:
    """The place whose residents tell the act at ``event_start`` in its own semicolon segment,
    when that segment names no candidate place of its own; else None."""
    span = _segment(sentence.text, event_start)
    if span is None:
        return None
    a, b = span
    inside = [p for p in places if a <= p.mention.start - sentence.start and p.mention.end - sentence.start <= b]
    if any(p in inside for p in candidates):
        return None  # the segment names where: the usual choice among its places
    part = Sentence(sentence.text[a:b], sentence.start + a, sentence.start + b)
    # (its other places are no candidates: "residents of Z, on the bank of the W river, said": where Z lies)
    return residents_home(part, residents_places(part, inside), event_start - a)
