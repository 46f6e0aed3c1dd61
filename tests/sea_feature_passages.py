"""Invented passages about incidents at named features at sea (shoals, reefs, cays, banks, islets),
often called by each side's own name (round 35), split into a ``TUNE`` half (the rules were tuned
on it) and a ``FROZEN`` half (measured only).

Each row: (text, expected pair of sovereign ISO3 codes, (lat, lon) of the first incident or None).
A row is right when the first frontier feature names that pair and, when a point is given, the
first incident lies within ``NEAR_KM`` of it (the feature, never a namesake inland).
"""
from __future__ import annotations

PUBLISHED = "2026-05-12"
NEAR_KM = 40.0

TUNE = [
    ("South Korean coast guard ships shadowed a Japanese survey vessel near the islets Seoul calls Dokdo on "
     "Tuesday and ordered it to leave. Tokyo, which calls them Takeshima, lodged a protest with the South "
     "Korean embassy, and officials in Seoul said the ship turned back after two hours.",
     {"KOR", "JPN"}, (37.24, 131.87)),
    ("A Colombian navy frigate detained a Jamaican fishing boat and its nine crew at Serranilla Bank on "
     "Thursday, the navy's command in San Andres said. Kingston summoned the Colombian ambassador and said "
     "its fishermen had worked the bank for generations.",
     {"COL", "JAM"}, (15.83, -79.83)),
    ("Greek and Turkish coast guard boats collided near the Imia islets on Sunday night, damaging the hull of "
     "the Greek vessel, officials in Athens said. Ankara, which calls the rocks Kardak, said the Greek boat had "
     "entered Turkish waters.",
     {"GRC", "TUR"}, (37.05, 27.15)),
    ("Spanish legionnaires landed on the Chafarinas Islands on Wednesday after a boat carrying 40 migrants "
     "reached the rocks from the Moroccan coast near Ras el Ma, the government delegation in Melilla said. "
     "Rabat called the islands occupied territory.",
     {"ESP", "MAR"}, (35.18, -2.43)),
    ("Chinese coast guard vessels fired water cannon at two Filipino fishing boats near Scarborough Shoal, "
     "which China calls Huangyan Island, on Monday, the Philippine Coast Guard said in Manila. Beijing said "
     "its ships had expelled the boats from Chinese waters.",
     {"CHN", "PHL"}, (15.15, 117.76)),
    ("Vietnamese fishermen said a Chinese maritime militia boat rammed their trawler near Woody Island in the "
     "Paracels on Friday, sinking it; the eight crew were rescued by another boat and brought back to Ly Son, "
     "officials in Quang Ngai said. Beijing said the boat had entered its waters around Yongxing.",
     {"CHN", "VNM"}, (16.83, 112.34)),
    # an incident far out at sea, told by its distance and bearing from a coastal town
    ("A Norwegian coast guard vessel boarded a Russian trawler about 180 nautical miles north of Hammerfest on "
     "Wednesday and ordered it to port for fishing without a quota, the coast guard said. Moscow said the "
     "trawler had been fishing legally.",
     {"NOR", "RUS"}, (73.65, 23.68)),
    # a boat told as stopped or boarded BY a patrol (the passive), at a place at sea
    ("A Japanese crab boat from Nemuro was stopped by a Russian border guard patrol off Shikotan on Tuesday "
     "and its crew of six were held for questioning, the Japanese foreign ministry said in Tokyo.",
     {"JPN", "RUS"}, (43.80, 146.72)),
    # a territory's land line with its own state (Hong Kong and China): the table of neighbours leaves it out
    ("Hong Kong police arrested 12 people smuggling frozen meat across the boundary with mainland China near Sha "
     "Tau Kok on Tuesday, and Shenzhen officials said two speedboats were seized off Yantian.",
     {"CHN", "HKG"}, None),
    # a strait or bay between the two states, which the gazetteer lacked
    ("A Ukrainian sea drone struck a Russian ferry in the Kerch Strait early on Saturday, damaging its hull, "
     "Russian officials in Moscow said. Kyiv did not comment.",
     {"RUS", "UKR"}, (45.3, 36.5)),
    # people "from" their home port, the act told "off" a place at sea after another clause
    ("The Indonesian navy arrested 14 fishermen from Kuantan and seized two trawlers for fishing in Indonesian "
     "waters off Ranai on Friday, officials in Jakarta said. Kuala Lumpur asked for consular access.",
     {"IDN", "MYS"}, (3.94, 108.38)),
]

FROZEN = [
    ("Chinese coast guard ships entered the waters off the Senkaku Islands for the fourth day on Saturday and "
     "approached a Japanese fishing boat, the Japan Coast Guard said in Naha. Beijing, which calls the islands "
     "Diaoyu, said its ships were on a lawful patrol.",
     {"CHN", "JPN"}, (25.75, 123.5)),
    ("Philippine officials said more than 200 Chinese militia boats had massed at Whitsun Reef, which Manila "
     "calls Julian Felipe Reef, and a Philippine patrol boat was blocked by two of them on Tuesday. The Chinese "
     "embassy in Manila said the boats were sheltering from the weather.",
     {"CHN", "PHL"}, (9.99, 114.66)),
    ("The Colombian navy seized a Jamaican fishing boat near Bajo Nuevo on Sunday and took its crew to San "
     "Andres, officials said. Jamaica's foreign ministry in Kingston said the bank lay in waters Jamaica "
     "shares with Colombia under a 1993 treaty.",
     {"COL", "JAM"}, (15.87, -78.63)),
    ("Iranian Revolutionary Guard speedboats surrounded an Emirati fishing dhow near Greater Tunb on Thursday "
     "and detained its five crew, officials in Abu Dhabi said. Tehran said the boat had entered Iranian waters "
     "around the island.",
     {"ARE", "IRN"}, (26.26, 55.31)),
    ("Honduran marines raised their flag again on Conejo Island in the Gulf of Fonseca on Monday, and El "
     "Salvador's foreign ministry in San Salvador protested. Salvadoran fishermen from La Union said Honduran "
     "patrols had chased them off the rock.",
     {"HND", "SLV"}, (13.3, -87.7)),
    ("An Argentine coast guard plane tracked a British patrol vessel around the Malvinas on Tuesday, officials "
     "in Buenos Aires said, after the vessel stopped a Spanish trawler fishing near the islands. London said "
     "the ship was on a routine patrol.",
     {"ARG", "GBR"}, None),
    ("The Mauritanian navy seized a Senegalese fishing pirogue with 30 men aboard some 150 nautical miles "
     "south-west of Nouadhibou on Friday, officials in Nouakchott said. Dakar asked for the fishermen to be "
     "freed.",
     {"MRT", "SEN"}, (19.17, -18.92)),
    ("Two Indian fishing boats were seized by a Pakistani maritime security ship on Thursday some 40 nautical "
     "miles west of Porbandar, Indian officials said, and their 12 crew were taken to Karachi.",
     {"IND", "PAK"}, (21.64, 68.89)),
    ("Macau customs officers detained three couriers carrying undeclared cash through the Gongbei border gate "
     "on Friday, and police in Zhuhai said a fourth man was arrested on the mainland side.",
     {"CHN", "MAC"}, None),
    ("A Croatian police boat chased a Slovenian fishing boat in the Bay of Piran on Wednesday, the Slovenian "
     "interior ministry in Ljubljana said, the latest incident in waters both countries claim.",
     {"HRV", "SVN"}, (45.5, 13.6)),
    ("Gambian navy sailors detained 20 fishermen from Ziguinchor and impounded their pirogue for fishing "
     "without a licence off Gunjur on Sunday, officials in Banjul said. Dakar sent a consul.",
     {"GMB", "SEN"}, (13.20, -16.73)),
]


def first_features(text: str) -> tuple[dict | None, dict | None]:
    """(first frontier properties, first incident feature) the pipeline reads from a passage."""
    from geomap.reading.pipeline import extract_text

    feats = extract_text(text, published=PUBLISHED)["features"]
    fr = next((f["properties"] for f in feats if f["properties"]["layer"] == "frontier"), None)
    inc = next((f for f in feats if f["properties"]["layer"] == "incident"), None)
    return fr, inc


def passage_right(row) -> bool:
    """Whether the first frontier names the pair and the first incident lies at the feature."""
    from geomap.gazetteer.geometry import haversine_km

    text, pair, point = row
    fr, inc = first_features(text)
    if fr is None or {fr["iso3_a"], fr["iso3_b"]} != pair:
        return False
    if point is None:
        return True
    if inc is None or inc["geometry"]["type"] != "Point":  # (a stretch of the frontier is no point at the feature)
        return False
    lon, lat = inc["geometry"]["coordinates"][:2]
    return haversine_km(lat, lon, point[0], point[1]) <= NEAR_KM


def score_half(rows) -> int:
    """How many rows of a half are right."""
    return sum(passage_right(r) for r in rows)
