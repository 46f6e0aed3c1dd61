"""Whose toll the later death of a wounded person told before is ("Two farmers were shot dead near
X and a third was wounded. On Thursday, officials met in Y. The wounded farmer later died."):
the violent act whose sentence told the wounded, a few sentences back, never the event told just
before it because it is nearest (a meeting in Y killed no one). Without such an act the death
stays out (a wrong toll is worse than none)."""

from __future__ import annotations

from geomap.reading.placement import same_paragraph
from geomap.text.sentences import Sentence
from geomap.text.wounded_later import tells_wounded

__all__ = ["wounded_event"]

_VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})


def wounded_event(text: str, sentences: list[Sentence], by_sentence, i: int) -> dict | None:
    """The one violent incident of the three sentences before sentence ``i`` (its paragraph or the
    one before) whose sentence told people wounded, else None (none, or several)."""
    breaks = 0
    for j in range(i - 1, max(-1, i - 4), -1):
        breaks += not same_paragraph(text, sentences[j], sentences[j + 1])
        if breaks > 1:
            break
        if not tells_wounded(sentences[j].text):
            continue
        found = [f for f in by_sentence.get(j, ()) if f["properties"]["event_type"] in _VIOLENT]
        if found:
            return found[0] if len({f["properties"]["location"] for f in found}) == 1 else None
    return None
