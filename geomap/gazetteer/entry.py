"""What the gazetteer holds: one place (``GazetteerEntry``) and a place reached by a name (``NameHit``)."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cached_property

#: Prior weight by feature (after Xponents: PCL/ADM1 16, PPLC 15, ADM2 13, PPL 10).
FEATURE_PRIOR = {"country": 24.0, "capital": 15.0, "admin1": 13.5, "admin2": 11.0, "admin1_capital": 11.0,
                 "city": 10.0, "user": 14.0}
LANDMARK_PRIOR = 12.5


@dataclass(frozen=True)
class GazetteerEntry:
    """One place of the gazetteer; ``gid`` is stable across rebuilds (e.g. geonames:1611269)."""

    gid: str
    name: str
    lat: float
    lon: float
    place_type: str  # SPEC place_type: country, admin1, city, landmark, region, water
    feature: str  # finer kind: capital, admin1_capital, city, temple, crossing, ...
    iso2: str
    iso3: str
    admin1: str | None = None
    population: int = 0
    alt_names: tuple[str, ...] = field(default=(), compare=False)
    #: False for a place the text names and types ("the village of X") that no gazetteer entry
    #: holds; its point is then that of the unit named in ``placed_at`` (ACLED precision 2-3)
    in_gazetteer: bool = True
    placed_at: str | None = None
    #: place_type of the unit its point was taken from (admin1/country: ACLED precision 3, else 2)
    placed_at_type: str | None = None

    @cached_property  # (asked for every candidate of every mention: worked out once per entry)
    def prior(self) -> float:
        """How likely this entry is meant, before any context (higher is likelier)."""
        base = FEATURE_PRIOR.get(self.feature, LANDMARK_PRIOR)
        if self.population > 20000 and self.place_type != "country":
            base += min(7.0, 1.2 * (math.log(self.population) - math.log(20000)))
        return base

    def as_dict(self) -> dict:
        return {"gazetteer_id": self.gid, "name": self.name, "lat": self.lat, "lon": self.lon,
                "place_type": self.place_type, "feature": self.feature, "iso2": self.iso2,
                "iso3": self.iso3, "admin1": self.admin1, "population": self.population,
                "alt_names": list(self.alt_names), "in_gazetteer": self.in_gazetteer,
                "placed_at": self.placed_at, "placed_at_type": self.placed_at_type}


@dataclass(frozen=True)
class NameHit:
    """An entry reached through one of its names, with that name's word frequency."""

    entry: GazetteerEntry
    zipf: float
    is_primary: bool
    similar: bool = True  # the name is the entry's own or a spelling of it (not another name)
