"""Offline gazetteer: GeoNames, Natural Earth admin-1, the team's landmarks, the user's places."""
from .lookup import Gazetteer, GazetteerEntry, NameHit, demonym_country, get_gazetteer, haversine_km
from .normalize import fold, skeleton

__all__ = ["Gazetteer", "GazetteerEntry", "NameHit", "demonym_country", "fold", "get_gazetteer",
           "haversine_km", "skeleton"]
