"""A country the text names only as the other side of a border is no unit to place at.

"Tambagou-Kpodjo, a village near the border with Burkina Faso": the village lies on this side of
that border, in a country the story is about, not at Burkina Faso's middle (hundreds of km off, in
the wrong country). Its unit is where the story is in its other countries; the frontier rules then
put it on that country's frontier with the one named (``geomap.reading.third_frontier``).
"""
from __future__ import annotations

from typing import Callable

from geomap.gazetteer import GazetteerEntry

__all__ = ["this_side"]


def this_side(unit: GazetteerEntry | None, beyond: str | None, countries: set[str],
              focus: Callable[[set[str]], GazetteerEntry | None]) -> GazetteerEntry | None:
    """``unit`` unless it lies in ``beyond`` (iso2 of the country across the border the text names);
    then the place ``focus`` finds where the story is in its other ``countries``, or None."""
    if unit is None or beyond is None or unit.iso2 != beyond:
        return unit
    own = {c for c in countries if c and c != beyond}
    return focus(own) if own else None
