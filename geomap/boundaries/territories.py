"""Which sovereign state an overseas or dependent territory belongs to.

A story about French Guiana and Brazil is about the frontier of France and Brazil; one about
Gibraltar and Spain, of the United Kingdom and Spain. The boundary data code territories in two
ways: the bundled Natural Earth countries fold French Guiana, Guadeloupe, Martinique, Mayotte and
Réunion into France (no polygon of their own), while Gibraltar, St-Martin, Sint Maarten, the
Falklands, Greenland or the UK bases on Cyprus (``WSB``) keep their own. The gazetteer codes
places by the territory (GeoNames: ``GUF``, ``GIB``...). This table joins the two: territory
ISO3 (or Natural Earth ``ADM0_A3`` where ISO has none) to its sovereign's ISO3.
"""
from __future__ import annotations

__all__ = ["SOVEREIGN", "sovereign", "territories_of"]

SOVEREIGN: dict[str, str] = {
    # France
    "GUF": "FRA", "GLP": "FRA", "MTQ": "FRA", "MYT": "FRA", "REU": "FRA", "MAF": "FRA", "BLM": "FRA",
    "SPM": "FRA", "PYF": "FRA", "NCL": "FRA", "WLF": "FRA", "ATF": "FRA", "CLP": "FRA",
    # the Netherlands
    "SXM": "NLD", "ABW": "NLD", "CUW": "NLD", "BES": "NLD",
    # the United Kingdom (WSB: the Akrotiri base, as Natural Earth codes it)
    "GIB": "GBR", "FLK": "GBR", "WSB": "GBR", "BMU": "GBR", "CYM": "GBR", "VGB": "GBR", "AIA": "GBR",
    "MSR": "GBR", "TCA": "GBR", "SHN": "GBR", "IOT": "GBR", "PCN": "GBR", "SGS": "GBR", "GGY": "GBR",
    "JEY": "GBR", "IMN": "GBR",
    # Denmark
    "GRL": "DNK", "FRO": "DNK",
    # the United States
    "PRI": "USA", "VIR": "USA", "GUM": "USA", "MNP": "USA", "ASM": "USA", "UMI": "USA",
    # others
    "HKG": "CHN", "MAC": "CHN", "SJM": "NOR", "BVT": "NOR", "CCK": "AUS", "CXR": "AUS", "NFK": "AUS",
    "HMD": "AUS", "COK": "NZL", "NIU": "NZL", "TKL": "NZL", "ALA": "FIN",
}


def sovereign(iso3: str) -> str:
    """The sovereign state's ISO3 of a territory's code; a state's own code is its own."""
    return SOVEREIGN.get(iso3, iso3)


def territories_of(iso3: str) -> tuple[str, ...]:
    """The codes of the territories a sovereign state holds (sorted; none for most states)."""
    return tuple(sorted(t for t, s in SOVEREIGN.items() if s == iso3))
