"""Invented passages about frontiers across the sea and with overseas territories (round 34),
split into a ``TUNE`` half (the rules were tuned on it) and a ``FROZEN`` half (measured only).

Each row: (text, expected pair of sovereign ISO3 codes or None for no frontier, expected kind
``"land"`` / ``"maritime"``, a territory name the feature should keep, or None).
``score_half`` counts the rows whose first frontier feature is right in all of these.
"""
from __future__ import annotations

PUBLISHED = "2026-03-03"

TUNE = [
    ("Brazilian police said on Tuesday that two gold miners were shot dead near Camopi, on the French Guiana "
     "side of the Oyapock river, the border between France and Brazil. Gendarmes from Cayenne reached the "
     "site by boat, and the suspects were believed to have fled to Vila Brasil in Amapa state.",
     {"FRA", "BRA"}, "land", "French Guiana"),
    ("Venezuelan coast guard vessels fired on a fishing pirogue in the Gulf of Paria on Sunday, wounding three "
     "Trinidadian fishermen from Icacos, the Trinidad and Tobago coast guard said. The boat had been seized "
     "near Guiria, on Venezuela's Paria peninsula.",
     {"TTO", "VEN"}, "maritime", None),
    ("Argentina renewed its claim to the Falkland Islands on Thursday after a British patrol vessel stopped a "
     "fishing trawler north of Stanley. The Argentine foreign ministry in Buenos Aires said the boat had "
     "sailed from Puerto Deseado.",
     {"ARG", "GBR"}, "maritime", "Falkland"),
    ("Qatari coast guard boats detained eleven Bahraini fishermen off the coast of Ruwais on Monday, "
     "Bahrain's interior ministry said. Officials in Manama said the boats had been fishing in Bahraini "
     "waters when they were stopped.",
     {"BHR", "QAT"}, "maritime", None),
    ("Spanish Guardia Civil officers and Gibraltar police chased a smugglers' speedboat along the frontier at "
     "La Linea de la Concepcion on Friday. Two officers were injured, the government of Gibraltar said, "
     "and Spain's interior ministry in Madrid promised more patrols.",
     {"ESP", "GBR"}, "land", "Gibraltar"),
    ("Chile and New Zealand signed a fisheries agreement in Santiago on Monday, the Chilean foreign ministry "
     "said. Officials from Wellington said the deal covered research vessels.",
     None, None, None),
]

FROZEN = [
    ("Surinamese soldiers and French gendarmes searched the forest near Apatou on Wednesday after a shootout "
     "on the river killed two gold prospectors, officials in Paramaribo said. The river forms the frontier "
     "between Suriname and French Guiana.",
     {"FRA", "SUR"}, "land", "French Guiana"),
    ("The US Coast Guard intercepted a boat carrying 23 Cuban migrants some 30 miles south of Key West on "
     "Saturday, after it left Matanzas on Cuba's northern coast, officials in Miami said.",
     {"CUB", "USA"}, "maritime", None),
    ("Iranian Revolutionary Guards seized a tanker near the island of Abu Musa on Tuesday and took it to "
     "Bandar Abbas, the United Arab Emirates said. Officials in Abu Dhabi called the seizure a violation "
     "of Emirati waters.",
     {"ARE", "IRN"}, "maritime", None),
    ("Sri Lankan navy personnel arrested 14 Indian fishermen near Delft island on Sunday and seized two "
     "trawlers from Rameswaram, the navy said in Colombo. Tamil Nadu's fisheries minister called for "
     "their release.",
     {"IND", "LKA"}, "maritime", None),
    ("Canadian and Danish officials met in Nuuk on Monday to discuss fishing in the Nares Strait between "
     "Greenland and Canada's Ellesmere Island, the Greenland government said.",
     {"CAN", "DNK"}, "maritime", "Greenland"),
    ("Japan and Brazil agreed on Friday in Tokyo to expand trade in soybeans, the Japanese foreign ministry "
     "said. Brazilian officials in Brasilia welcomed the deal.",
     None, None, None),
]


def first_frontier(text: str) -> dict | None:
    """The properties of the first frontier feature the pipeline gives the passage, or None."""
    from geomap.reading.pipeline import extract_text

    got = [f["properties"] for f in extract_text(text, published=PUBLISHED)["features"]
           if f["properties"]["layer"] == "frontier"]
    return got[0] if got else None


def passage_right(row) -> bool:
    """Whether the passage's first frontier is the expected pair, kind and territory."""
    text, pair, kind, territory = row
    fr = first_frontier(text)
    if pair is None:
        return fr is None
    if fr is None or {fr["iso3_a"], fr["iso3_b"]} != pair:
        return False
    if fr.get("frontier_kind", "land") != kind or (kind == "maritime" and fr.get("length_km") is not None):
        return False
    names = " ".join(str(fr.get(k) or "") for k in ("territory_a", "territory_b"))
    return territory is None or territory in names


def score_half(rows) -> tuple[int, int]:
    """(right, all) over one half."""
    return sum(passage_right(r) for r in rows), len(rows)


if __name__ == "__main__":
    for name, rows in (("tune", TUNE), ("frozen", FROZEN)):
        for r in rows:
            fr = first_frontier(r[0])
            print(name, passage_right(r), r[1], fr and {k: fr.get(k) for k in (
                "iso3_a", "iso3_b", "frontier_kind", "length_km", "territory_a", "territory_b")})
        print(name, score_half(rows))
