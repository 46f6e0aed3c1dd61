"""Invented passages about incidents at sea near islands and coasts (round 37, sea37): a boat seized,
a crew detained, a boat rammed or fired on, near an island the text names inside a sea ("near X island
in the Y Sea"), split into a ``TUNE`` half (the rules were tuned on it) and a ``FROZEN`` half (measured
only). Frontiers and names no border case uses.

Each row: (text, the (lat, lon) of each incident the text tells). A point is found when an incident
feature lies within ``NEAR_KM`` of it (the island or the coast, never a namesake inland or the middle
of a sea or of a unit named for the sea).
"""
from __future__ import annotations

PUBLISHED = "2026-06-03"
NEAR_KM = 40.0

TUNE = [
    # an island told inside a sea whose name a province also bears
    ("Thai navy patrol boats seized two Cambodian trawlers and detained their 19 crew near Koh Kood island in "
     "the eastern Gulf of Thailand on Friday, the navy's First Area Command said. Phnom Penh asked for the "
     "release of the fishermen, who were taken to Trat.",
     [(11.65, 102.55)]),
    ("Myanmar navy sailors detained 23 Thai fishermen and seized their boat near Zadetkyi Island in the southern "
     "Andaman Sea on Sunday, officials in Ranong said. One fisherman was shot in the leg during the arrests.",
     [(9.95, 98.23)]),
    ("A Venezuelan coast guard vessel fired on a Trinidadian pirogue near Patos Island in the Gulf of Paria on "
     "Tuesday, wounding a fisherman from Cedros, the Trinidad and Tobago Coast Guard said. Caracas said the "
     "boat was smuggling fuel.",
     [(10.63, -61.87)]),
    ("Kazakh border guards detained 11 Russian poachers with 400 kg of sturgeon near the Tyuleniy Islands in the "
     "northern Caspian Sea on Wednesday, the border service in Aktau said. Their boat was towed to Fort-Shevchenko.",
     [(44.47, 50.25)]),
    # the sea itself where a unit of a third country bears its name, and a toll at an island
    ("Two Jamaican fishermen drowned when their canoe capsized while being chased by a Haitian patrol boat near "
     "Navassa Island in the Caribbean Sea on Thursday, the Jamaica Defence Force said in Kingston.",
     [(18.40, -75.01)]),
    ("Montenegrin police said a Croatian patrol boat rammed a fishing boat from Herceg Novi off the Prevlaka "
     "peninsula in the Adriatic on Saturday. Zagreb said the boat had entered Croatian waters near Molunat.",
     [(42.40, 18.53)]),
    # the port a seized craft was escorted or towed to (and the unit holding it) is no place of the seizure
    # (added after the first rules, with the strait fix below: not measured before them)
    ("Kazakh border guards seized a Russian boat carrying sturgeon caviar near the Tyuleniy Islands on Friday and "
     "towed it to the port of Aktau in Mangystau region, the border service said.",
     [(44.47, 50.25)]),
]

FROZEN = [
    ("Cambodian navy boats seized a Thai trawler and detained its 14 crew near Koh Tang island in the Gulf of "
     "Thailand on Monday, a navy spokesman in Ream said. Bangkok's embassy asked to see the crew.",
     [(10.30, 103.13)]),
    ("The Indian Coast Guard seized a Myanmar boat and arrested six poachers near Narcondam Island in the "
     "Andaman Sea on Saturday, officials in Port Blair said. The boat carried 300 kg of sea cucumber.",
     [(13.43, 94.27)]),
    ("A Trinidad and Tobago Coast Guard vessel boarded a Venezuelan fishing boat near Soldado Rock in the Gulf "
     "of Paria on Friday and detained its five crew, officials in Port of Spain said. Caracas protested.",
     [(10.07, -62.01)]),
    ("Turkmen border guards fired on an Iranian fishing boat near Ashurada island in the southern Caspian Sea "
     "on Tuesday, killing one fisherman, Iranian media in Gorgan reported. Ashgabat said the boat was poaching.",
     [(36.90, 53.93)]),
    ("The Italian Guardia di Finanza intercepted a speedboat with 40 kg of cannabis near Sazan Island in the "
     "Adriatic on Sunday, police in Vlore said. Two Albanian men were arrested.",
     [(40.50, 19.28)]),
    ("A Romanian border police ship seized a Ukrainian fishing boat about 20 nautical miles east of Sulina in "
     "the Black Sea on Thursday, the border police said in Bucharest. Kyiv asked for the crew's release.",
     [(45.16, 29.90)]),
]


def incidents_of(text: str) -> list[tuple[float, float]]:
    """The (lat, lon) of every incident geomap reads in ``text``."""
    from geomap import api

    fc = api.read(text, published=PUBLISHED).to_geojson()
    return [(f["geometry"]["coordinates"][1], f["geometry"]["coordinates"][0]) for f in fc["features"]
            if (f.get("properties") or {}).get("layer") == "incident" and (f.get("geometry") or {}).get("type") == "Point"]


def points_found(row) -> tuple[int, int]:
    """(incident points of the row found, incident points of the row)."""
    from geomap.gazetteer import haversine_km

    text, points = row
    got = incidents_of(text)
    found = sum(any(haversine_km(lat, lon, a, b) <= NEAR_KM for a, b in got) for lat, lon in points)
    return found, len(points)


def score_half(rows) -> tuple[int, int]:
    """(points found, points told) over ``rows``."""
    pairs = [points_found(r) for r in rows]
    return sum(p[0] for p in pairs), sum(p[1] for p in pairs)
