"""What every reading step consults, carried as one object: the gazetteer, the boundary
look-ups and the geocoder.

A user who passes their own geocoder (or gazetteer, or boundaries) to ``extract_text`` gets
it used everywhere: for places, and for the events, placements and frontier choice that
follow. Nothing in ``geomap.reading`` reaches for a module-level default itself.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from geomap.reading.borders import Borders, default_borders

__all__ = ["ReadingContext", "reading_context"]


@dataclass(frozen=True)
class ReadingContext:
    """The gazetteer (``geomap.gazetteer.Gazetteer``), the boundary look-ups (``Borders``) and
    the geocoder (None: the gazetteer's offline lookups; else any geopy geocoder)."""

    gazetteer: Any
    borders: Borders
    geocoder: Any = None


def reading_context(context: ReadingContext | None = None, *, geocoder=None, gazetteer=None,
                    boundaries=None) -> ReadingContext:
    """The context to read with: ``context`` when given, else one built from the parts given
    and the defaults (the bundled gazetteer, or the one an offline geocoder carries; the
    default boundaries, shared by the whole process)."""
    if context is not None:
        return context
    if gazetteer is None:
        gazetteer = getattr(geocoder, "gazetteer", None)
    if gazetteer is None:
        from geomap.gazetteer import get_gazetteer

        gazetteer = get_gazetteer()
    if boundaries is None:
        borders = default_borders()
    elif isinstance(boundaries, Borders):
        borders = boundaries
    else:
        borders = Borders(boundaries, user_files=True)
    return ReadingContext(gazetteer=gazetteer, borders=borders, geocoder=geocoder)
