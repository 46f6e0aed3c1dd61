"""Offline gazetteer: GeoNames, Natural Earth admin-1, the team's landmarks, the user's places.

Modules, lowest first (none imports a later one): ``normalize`` (name keys), ``data_files``
(the bundled tables), ``geometry`` (great-circle distance), ``entry`` (what an entry is),
``countries`` (the one country-name resolver), ``user`` (the user's own places), ``lock``
(one index build at a time, no orphans), ``spellings`` (each country's names by first letter, for
the nearest spelling), ``keyfilter`` (a quick "no such name" before a query), ``build`` (the
SQLite index, rebuilt when stale or damaged), ``lookup`` (the ``Gazetteer`` over the index).
"""
from geomap.gazetteer.countries import demonym_country
from geomap.gazetteer.entry import GazetteerEntry, NameHit
from geomap.gazetteer.geometry import haversine_km
from geomap.gazetteer.lookup import Gazetteer, get_gazetteer
from geomap.gazetteer.normalize import fold, skeleton

__all__ = ["Gazetteer", "GazetteerEntry", "NameHit", "demonym_country", "fold", "get_gazetteer",
           "haversine_km", "skeleton"]
