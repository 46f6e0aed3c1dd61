"""A protest that names no place of its own ("OCOTAL, Nov 3 - Hundreds of pickers marched through the
streets on Monday"; later, "about 200 fishermen marched to the district commissioner's office") happened
in the dateline's town when nothing else in the text places it: a march is reported from where it walks,
and ACLED codes it there.

Only protests and riots (later in the text only peaceful protests): a strike or a clash told under a
capital's dateline is often far from it, and a later riot is most often at the place the story has told.
"""

from __future__ import annotations

from geomap.reading.resolve import Place
from geomap.text.event_words import EventType
from geomap.text.sentences import Sentence

__all__ = ["dateline_protest_place"]

_CROWD_EVENTS = ("Protests", "Riots")


def dateline_protest_place(i: int, sentence: Sentence, ev: EventType, by_sentence: dict[int, list[Place]], *,
                           own_sentence: bool) -> Place | None:
    """The dateline's town when ``ev`` (of sentence ``i``) is a protest or riot (told in the dateline's own
    sentence when ``own_sentence``), else None."""
    if ev.event_type not in (_CROWD_EVENTS if own_sentence else ("Protests",)):
        return None  # a later riot ("traders hurled stones at the officers") is where the story's act was
    places = by_sentence.get(i, []) if own_sentence else [p for ps in by_sentence.values() for p in ps]
    towns = {p.entry.gid: p for p in places if p.role == "dateline" and p.entry.place_type == "city"
             and (not own_sentence or p.mention.start < sentence.start + ev.start)}
    return next(iter(towns.values())) if len(towns) == 1 else None
