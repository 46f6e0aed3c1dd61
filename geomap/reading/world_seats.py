"""Cities that seat international courts and bodies: The Hague (the ICJ, the ICC, the PCA), Geneva
(the UN's offices, the WTO), New York (the UN), Strasbourg (the European Court of Human Rights),
Arusha (the African Court), Hamburg (the law-of-the-sea tribunal), Lausanne (sport's court)...

Border stories name them as where a case is heard or talks are held ("since the ruling of the
International Court of Justice in The Hague, X and Y remain ..."), far from the frontier and in a
country the story never names, and often just before a list of the story's towns ("..., X and Y
remain"). They are places in their own country, never a stranger the gazetteer misread for a
village listed with the story's places (``local_namesakes.listed_stranger`` lets them be).
Capitals need no listing: that check never takes a capital for a stranger.
"""
from __future__ import annotations

from geomap.gazetteer import GazetteerEntry
from geomap.gazetteer.normalize import fold

__all__ = ["world_seat"]

#: (folded name, ISO2) of the seats that are no capital of their country
_SEATS = frozenset((
    ("the hague", "NL"), ("den haag", "NL"), ("geneva", "CH"), ("geneve", "CH"), ("new york", "US"),
    ("new york city", "US"), ("strasbourg", "FR"), ("arusha", "TZ"), ("hamburg", "DE"), ("lausanne", "CH"),
    ("montreal", "CA"), ("bonn", "DE"),
))


def world_seat(entry: GazetteerEntry) -> bool:
    """Whether ``entry`` is the gazetteer's city seating international courts or bodies."""
    return entry.in_gazetteer and entry.place_type == "city" and (fold(entry.name), entry.iso2) in _SEATS
