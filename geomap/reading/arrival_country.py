"""Which country a group's areas lie in when it crossed a border: an area reached on the way out
lies in the country left; "to" areas on the other side than the last one are the way, not the
end (split from displacement.py; the areas are ``displacement.Area``)."""

from __future__ import annotations

import re
from dataclasses import replace

__all__ = ["crossed_on_leaving", "one_arrival_country", "origin_not_entered", "refugees_where_hosted"]


def crossed_on_leaving(areas: list) -> list:
    """"crossing from Sudan into Egypt through points in Northern State": an area reached on
    the way out, in the country the group left and not the one it entered, is an area it left."""
    left = {a.iso3 for a in areas if a.country and a.direction == "from"}
    entered = {a.iso3 for a in areas if a.country and a.direction == "to"}
    if not left or not entered:
        return areas
    return [replace(a, direction="from") if a.direction == "to" and not a.country and a.iso3 in left - entered else a
            for a in areas]


def one_arrival_country(areas: list) -> list:
    """People of one group reached one country: "to" areas on the other side of the border
    than the last one ("crossed at the X post and were taken to a centre in Y district") are
    the way they came, not where they went."""
    to = [a for a in areas if a.direction == "to"]
    if len({a.iso3 for a in to}) < 2:
        return areas
    last = to[-1].iso3
    return [a for a in areas if a.direction != "to" or a.iso3 == last]


def origin_not_entered(areas: list) -> list:
    """"700 Cameroonians crossed into Chad from X department", X read in Chad: the area a group
    left cannot lie in the country it entered; the place is misread (or a namesake), so it keeps
    no figure of the group (the words stay)."""
    left = {a.iso3 for a in areas if a.country and a.direction == "from"}
    entered = {a.iso3 for a in areas if a.country and a.direction == "to"} - left
    if not entered:
        return areas
    return [replace(a, part=True) if a.direction == "from" and not a.country and a.iso3 in entered else a
            for a in areas]


_REFUGEES = re.compile(r"\b(?:refugees?|asylum[- ]seekers?)\b", re.I)


def refugees_where_hosted(areas: list, words: str, people: str | None) -> list:
    """"2,000 Angolan refugees have lived in X since 2002": a place outside the refugees' own
    country (``people``, ISO3) that no movement word ties to them is where they are hosted, not
    an area they fled; it is a "to" area, and the count (maybe an old stock) is not its figure."""
    if people is None or not _REFUGEES.search(words):
        return areas
    return [replace(a, direction="to", part=True) if a is not None and a.direction == "from" and not a.cued
            and not a.country and a.iso3 != people else a for a in areas]
