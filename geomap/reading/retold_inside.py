"""Events told twice: at a whole province and then at a town of it; in a report's key points
and then in its body; as two weapons striking one place ("missiles and drones struck X").

"Militants attacked a police camp in X county on Sunday, killing four officers. The attackers
stormed the camp at Y before dawn": the second sentence, whose subject points back ("The
attackers", "The attack"), tells where the first one's event happened. ACLED keeps one event
per location and day, at the most precise place told: the first incident moves to Y with its
toll, and the second, the same event told again, is dropped.
"""

from __future__ import annotations

import re

__all__ = ["family", "move", "merged_into_place_inside", "key_points_retold", "one_blast_per_place"]


def family(event_type: str) -> str:
    """ACLED tells a battle from an attack on civilians by the target only: "soldiers opened fire
    on villagers ... The shooting happened at X" is one event told twice."""
    return "direct violence" if event_type in ("Battles", "Violence against civilians") else event_type


def move(feature: dict, loc, basis: str, s) -> None:
    """An incident placed anew at ``loc``, told in sentence ``s`` (no mention in its own sentence)."""
    feature["geometry"] = loc.geometry
    feature["properties"].update(location=loc.name, iso3=loc.iso3, admin1=loc.admin1, admin2=loc.admin2,
                                 geo_precision=loc.geo_precision, placement=basis, placement_sentence=s.text,
                                 mention_start=None, mention_end=None)


#: the sentence's subject points back at what was told ("The attackers stormed", "The attack began")
_POINTS_BACK = re.compile(r"^\W*(?:The|These|Those)\s+(?:[\w-]+\s+){0,2}$")
_VAGUE = ("place", "frontier stretch")


def _unit_at(geometry: dict, borders) -> str | None:
    """The admin-1 unit a point lies in (None for lines, or without boundary data)."""
    if geometry.get("type") != "Point":
        return None
    try:
        return borders.locate(*geometry["coordinates"])[1]
    except Exception:  # boundaries unavailable: no containment test
        return None


def merged_into_place_inside(incidents: list[dict], index_of: dict[int, int], borders) -> list[dict]:
    """``incidents`` without the retellings merged into the vague incident just before them (a
    province's point, or its stretch of the frontier) when the town they name lies in it."""
    dropped: set[int] = set()
    for n in incidents:
        p = n["properties"]
        i = index_of.get(p["sentence_start"])
        trigger_at = p["source_sentence"].find(p["trigger"]) if p.get("trigger") else -1
        if i is None or p["geo_precision"] > 2 or trigger_at < 0 \
                or not _POINTS_BACK.match(p["source_sentence"][:trigger_at]):
            continue
        same = [f for f in incidents if index_of.get(f["properties"]["sentence_start"]) == i
                and family(f["properties"]["event_type"]) == family(p["event_type"])]
        earlier = [f for f in incidents if index_of.get(f["properties"]["sentence_start"]) == i - 1
                   and family(f["properties"]["event_type"]) == family(p["event_type"])]
        if len(same) != 1 or len(earlier) != 1 or id(earlier[0]) in dropped:
            continue
        e = earlier[0]["properties"]
        unit = _unit_at(n["geometry"], borders)
        inside = unit is not None and (unit == _unit_at(earlier[0]["geometry"], borders) if e["placement"] == "place"
                                       else unit == e.get("admin1"))
        if e["geo_precision"] != 3 or e["placement"] not in _VAGUE or not inside \
                or (p.get("date_basis") == "sentence" and p.get("date") != e.get("date")):
            continue  # (a day of its own, another than the first telling's: another event)
        earlier[0]["geometry"] = n["geometry"]
        e.update(location=p["location"], iso3=p["iso3"], admin1=p["admin1"], admin2=p["admin2"],
                 geo_precision=p["geo_precision"], placement="place told later", placement_sentence=p["source_sentence"],
                 mention_start=None, mention_end=None)
        if e.get("fatalities") is None and p.get("fatalities"):
            e.update(fatalities=p["fatalities"], fatalities_text=p.get("fatalities_text"))
        dropped.add(id(n))
    return [f for f in incidents if id(f) not in dropped]


#: a report's summary section ("KEY POINTS", "HIGHLIGHTS"), up to the next heading in capitals
_KEY_POINTS = re.compile(r"^[ \t]*(?:KEY\s+(?:POINTS|MESSAGES|FIGURES|DEVELOPMENTS)|HIGHLIGHTS|SUMMARY)[ \t]*:?[ \t]*\n"
                         r"(?P<body>.*?)(?=^[ \t]*[A-Z][A-Z &/,-]{3,}[ \t]*:?[ \t]*$|\Z)", re.M | re.S)


#: a word every match of ``_KEY_POINTS`` holds
_KEY_WORDS = ("KEY", "HIGHLIGHTS", "SUMMARY")


def key_points_retold(text: str, incidents: list[dict]) -> list[dict]:
    """``incidents`` without those of a report's key points told again in its body: the same kind
    of event at the same place, or with the same toll ("Attack on a military post near X leaves
    seven soldiers dead" above "On 19 November, gunmen attacked an army position at Y, near X,
    killing seven soldiers")."""
    spans = [(m.start("body"), m.end("body")) for m in _KEY_POINTS.finditer(text)] if any(
        w in text for w in _KEY_WORDS) else []  # (the pattern is tried at every position; its words are rare)
    if not spans:
        return incidents

    def summary(f: dict) -> bool:
        return any(a <= f["properties"]["sentence_start"] < b for a, b in spans)

    body = [f["properties"] for f in incidents if not summary(f)]

    def told_in_body(p: dict) -> bool:
        return any(family(q["event_type"]) == family(p["event_type"]) and (
            q["location"] == p["location"] or (p["fatalities"] and q["fatalities"] == p["fatalities"])) for q in body)

    return [f for f in incidents if not summary(f) or not told_in_body(f["properties"])]


_REMOTE = "Explosions/Remote violence"


def one_blast_per_place(incidents: list[dict]) -> list[dict]:
    """"Missiles and drones struck X, killing nine": one remote attack on X that day (ACLED's one
    event per location and day), not one per weapon; the incident holding the toll is kept."""
    groups: dict[tuple, list[dict]] = {}
    for f in incidents:
        p = f["properties"]
        if p["event_type"] == _REMOTE:
            groups.setdefault((p["sentence_start"], p["location"], repr(f["geometry"]), p["date"]), []).append(f)
    dropped = set()
    for group in groups.values():
        if len(group) > 1:
            keep = next((f for f in group if f["properties"]["fatalities"]), group[0])
            dropped |= {id(f) for f in group if f is not keep}
    return [f for f in incidents if id(f) not in dropped]
