"""Offline gazetteer: GeoNames, Natural Earth admin-1, the team's landmarks, the user's places."""
from geomap.gazetteer.lookup import Gazetteer, GazetteerEntry, NameHit, demonym_country, get_gazetteer, haversine_km
from geomap.gazetteer.normalize import fold, skeleton

__all__ = ["Gazetteer", "GazetteerEntry", "NameHit", "demonym_country", "fold", "get_gazetteer",
           "haversine_km", "skeleton"]
