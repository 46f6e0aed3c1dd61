"""The place whose mention covers a text offset, found through an index of the place list by
mention start: the step for names the gazetteer lacks asks it for every cue, so a long text's
many look-ups must stay linear (moved out of ``reading.unlisted``)."""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from geomap.reading.resolve import Place

__all__ = ["place_at"]


def place_at(places: list[Place], offset: int) -> Place | None:
    """The first place of ``places`` whose mention covers ``offset`` (through an index of the
    list by mention start, so that a long text's many look-ups stay linear)."""
    index = _AT_INDEX.get(id(places))
    if index is None or index[0] is not places:  # (comprehensions, not generators: a long text rebuilds it often)
        mentions = [p.mention for p in places]
        starts = [m.start for m in mentions]
        order = sorted(range(len(places)), key=starts.__getitem__)
        longest = max([m.end - m.start for m in mentions], default=0)
        index = (places, [starts[i] for i in order], order, longest)
        _AT_INDEX.clear()  # the reading replaces its list as it adds places: keep the latest only
        _AT_INDEX[id(places)] = index
    _, starts, order, longest = index
    hits = [i for i in order[bisect_left(starts, offset - longest):bisect_right(starts, offset)]
            if offset < places[i].mention.end]
    return places[min(hits)] if hits else None


#: id(list) -> (the list, its mention starts sorted, the order, the longest mention)
_AT_INDEX: dict[int, tuple] = {}
