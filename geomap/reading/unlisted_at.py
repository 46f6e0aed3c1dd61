"""A place the gazetteer lacks, put at the point of a place the text names by it."""
from __future__ import annotations

from geomap.gazetteer import GazetteerEntry, fold

__all__ = ["unlisted_at"]


def unlisted_at(name: str, at: GazetteerEntry, place_type: str, feature: str) -> GazetteerEntry:
    """The place ``name`` (not in the gazetteer) at the point of ``at``: only its country is known
    (``placed_at_type`` "nearby"), so an incident there goes to the frontier, not to that point."""
    return GazetteerEntry(
        gid=f"unlisted:{(at.iso2 or 'xx').lower()}:{fold(name).replace(' ', '-')}", name=name, lat=at.lat,
        lon=at.lon, place_type=place_type, feature=feature, iso2=at.iso2, iso3=at.iso3, admin1=None, population=0,
        in_gazetteer=False, placed_at=at.name, placed_at_type="nearby")
