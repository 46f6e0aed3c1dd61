"""A first-level unit told in brackets after a place: the unit the place lies in.

Aid-agency updates name a district and then its province in brackets: "in Chimanimani district
(Manicaland)", "900 from Léo (Centre-Ouest)". The bracketed unit is where the place before lies,
as "X, in Y province" is (``displacement``'s containers), not a second area of its own.
"""

from __future__ import annotations

import re

__all__ = ["BRACKETED_CONTAINER"]

#: the words between a place and a unit in brackets after it: " district (", " ("
BRACKETED_CONTAINER = re.compile(
    r"^\s*(?:(?:district|province|county|region|department|municipality|township|territory|prefecture|zone"
    r"|woreda|LGA)\s*)?\(\s*$", re.I)
