"""When a displaced group's figure belongs to a whole country: "some 8,100 people have crossed
into Chad", "Mozambique has received 2,300 people fleeing ...". The layer draws a country named
whole (no finer area of it told) as a country feature; its figure used to be dropped because a
group's figure on a country can read as a national total. But when the sentence tells the group
moving straight into or out of that country and names no finer area in the same direction, the
figure is exactly the country's (what set 2, 3 and 11's writers' gold keeps: "Lebanon: 1,500",
"Kenya: 3,000", "Chad: 8,100"); when it also names a finer area on that side ("crossed into
Chad; most are in Linia"), the finer area carries the figure and the country stays without.
"""

from __future__ import annotations

from geomap.reading.area_units import Area

__all__ = ["country_keeps_figure"]


def country_keeps_figure(area: Area, found: list[tuple[Area, object]]) -> bool:
    """A country area reached or left whole, by a movement word, with no finer area of the
    same direction among the sentence's (area, figure) pairs: the group's figure is its own."""
    return area.country and area.cued and not area.part and not area.shared \
        and not any(not other.country and other.direction == area.direction for other, _ in found)
