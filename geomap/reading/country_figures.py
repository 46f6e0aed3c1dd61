"""When a displaced group's figure belongs to a whole country: "some 8,100 people have crossed
into Chad", "Mozambique has received 2,300 people fleeing ...". The layer draws a country named
whole (no finer area of it told) as a country feature; its figure used to be dropped because a
group's figure on a country can read as a national total. But when the sentence tells the group
moving straight into or out of that country and names no finer area in the same direction, the
figure is exactly the country's (what set 2, 3 and 11's writers' gold keeps: "Lebanon: 1,500",
"Kenya: 3,000", "Chad: 8,100"); when it also names a finer area on that side ("crossed into
Chad; most are in Linia"), the finer area carries the figure and the country stays without.
Only countries people reached: see ``country_keeps_figure``.
"""

from __future__ import annotations

import re

from geomap.reading.area_units import Area
from geomap.reading.told_twice import vague
from geomap.text.quantities import Count

__all__ = ["country_keeps_figure", "expelled_from_country"]

# "observed 24,600 individuals crossing from X into Egypt through the A and B crossing points": a
# count of crossings at the border (people counted as they pass, maybe twice), not of a group a
# country took in; its figure is the crossing points' area's
_CROSSINGS_COUNTED = re.compile(
    r"\b(?:through|at|via)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:crossing\s+points?|border\s+(?:posts?|points?|crossings?)"
    r"|checkpoints?|crossings)\b|\b(?:observed|monitored|tracked)\s+(?:[\w,]+\s+){0,3}?(?:crossing|entering|moving)\b", re.I)


def country_keeps_figure(area: Area, found: list[tuple[Area, object]], basis: str, count: Count | None,
                         sentence: str) -> bool:
    """A country people reached whole, by a movement word, in a sentence whose own areas name
    no finer area people reached (``basis`` "named": not a listed line, not the frontier's
    units): the group's figure is its own. A country people left keeps none: the area they
    left is mostly told elsewhere ("crossed from Mozambique", after "fled Manica province"),
    and "returned from Ghana" is no flight from it. A vague count ("drove thousands into Uganda")
    is no country's figure either, nor a count of crossings at border points (``_CROSSINGS_COUNTED``),
    nor a flow told from one country into another ("1,800 crossed from Ukraine into Slovakia",
    "Ghana has received 8,100 from Burkina Faso"): the frontier's flow, whose areas the text
    tells elsewhere (the border sets' gold puts it on those, not on the country)."""
    if area.country and area.direction == "from" and expelled_from_country(area, found, basis, count, sentence):
        return True
    return area.country and area.direction == "to" and area.cued and not area.part and not area.shared \
        and basis == "named" and not vague(count) and not _CROSSINGS_COUNTED.search(sentence) \
        and not any(not other.country and other.direction == "to" or other.country and other.direction == "from"
                    for other, _ in found)


# "1,200 people expelled from Algeria", "900 migrants deported by Libya": people a country forced out
_EXPELLED_FROM = re.compile(r"\b(?:expelled|deported)\s+(?:back\s+)?(?:from|by)\s+(?:the\s+)?$", re.I)


def expelled_from_country(area: Area, found: list[tuple[Area, object]], basis: str, count: Count | None,
                          sentence: str) -> bool:
    """A country people were expelled or deported from, named whole right after the verb, with
    no finer area of it told as left in the sentence: an expulsion is from the whole country
    (its border police act country-wide), so the group's figure is the country's."""
    name = area.label or ""
    at = sentence.find(name) if name else -1
    return at > 0 and basis == "named" and not vague(count) and not area.part and not area.shared \
        and bool(_EXPELLED_FROM.search(sentence, max(0, at - 40), at)) \
        and not any(not other.country and other.direction == "from" and other.iso3 == area.iso3 for other, _ in found)
