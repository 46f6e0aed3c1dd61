"""No toll on an incident standing in a country outside the story, far from its frontier.

Every wrong toll studied so far was a right number on a wrong place; the farthest kind is a
word read as a town of a third country ("the Baltic states" as Bălţi, Moldova, in a story on
the Lithuania–Latvia border). An incident there may stay on the map, but the number does not
go with it: the article's deaths are the frontier's, so a toll that far away is more likely
a misread place than the story's news. The words stay on the incident. A town the text plainly
names ("a blast at a Gdańsk shipyard last month killed four") keeps its number: only a place read
from a word that is not its name ("Baltic" for Bălţi) loses it.
"""
from __future__ import annotations

from geomap.settings import TOLL_STRANGER_KM


def untie_tolls_far_abroad(incidents: list[dict], frontier, borders) -> None:
    """Take the number (not the words) off every incident in a country that is neither side of
    ``frontier`` and more than ``TOLL_STRANGER_KM`` from the frontier line."""
    if frontier is None:
        return
    tolled = [f for f in incidents if (f["properties"].get("fatalities") or 0) > 0]
    if not tolled:
        return
    from geomap.boundaries.territories import sovereign
    from geomap.gazetteer import haversine_km

    sides = {frontier.iso3_a, frontier.iso3_b}
    sides |= {sovereign(c) for c in sides}
    pts = borders.frontier_points(frontier.iso3_a, frontier.iso3_b)
    if not pts:
        return
    for f in tolled:
        props, geom = f["properties"], f.get("geometry") or {}
        iso = props.get("iso3")
        if not iso or iso in sides or sovereign(iso) in sides or geom.get("type") != "Point":
            continue
        lon, lat = geom["coordinates"][:2]
        if not _plainly_named(props) and all(haversine_km(lat, lon, a, b) > TOLL_STRANGER_KM for a, b in pts):
            props.update(fatalities=None, fatalities_basis="not this incident's: its place lies in another "
                         f"country, over {TOLL_STRANGER_KM:.0f} km from the frontier at issue")


def _plainly_named(props: dict) -> bool:
    """Whether the incident's mention is its place's own name, as the gazetteer spells it (folded)."""
    from geomap.gazetteer import fold

    start, end, sentence = props.get("mention_start"), props.get("mention_end"), props.get("source_sentence") or ""
    if start is None or end is None:
        return False
    return fold(sentence[start:end]) == fold(props.get("location") or "")
