"""One incident per place and day (ACLED's unit of an event).

"Militants attacked a police post in X on Tuesday and set fire to the market" is one event
at X that day, typed by ACLED's precedence (the attack), not an attack and a looting; so are
"soldiers detained three herders near X and fired warning shots" and an event told in a
report's lead and again in its body ("Gunmen killed five in an attack on X on Monday. ... The
attack on X happened at 2 am"). Incidents of one sentence at the same place merge when both are
of one family (a battle and an attack on civilians are one, as in ``retold_inside.family``) or
one is a companion of violence (destruction, arrests, weapons seized); incidents of different
sentences only when both are of one family (a blast of one kind), at a named place (precision 1
or 2), on the same known day, the later not told apart ("Separately, ..."), and their tolls do
not differ (two different counts may be two events). Shelling told with "clashes" at one place
stays two: which is part of which the words rarely say. Talks, protests, deployments and other
developments at the same place stay events of their own.
"""

from __future__ import annotations

from geomap.reading.retold_inside import family
from geomap.text.event_words import EVENT_TYPES
from geomap.text.toll_cues import opens_apart

__all__ = ["one_event_per_place_day"]

_RANK = {t: i for i, t in enumerate(EVENT_TYPES)}
_VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")
#: developments that are part of the violence told beside them at the same place
_COMPANIONS = ("Looting/property destruction", "Arrests", "Disrupted weapons use")


def _mergeable(p: dict) -> bool:
    return p["event_type"] in _VIOLENT or p["sub_event_type"] in _COMPANIONS


def _same_event(a: dict, b: dict, told_in: set[int]) -> bool:
    """Whether incidents ``a`` (told first, in the sentences starting at ``told_in``) and ``b`` are
    one ACLED event."""
    if a["location"] != b["location"] or a["date"] != b["date"] or not (_mergeable(a) and _mergeable(b)):
        return False
    if a["fatalities"] and b["fatalities"] and a["fatalities"] != b["fatalities"]:
        return False
    if b["sentence_start"] in told_in:
        # "shells fired from X landed in Y, the army said of the border clashes": the shelling is
        # Y's event, the clashes the story around it; a companion joins any violence
        return family(a["event_type"]) == family(b["event_type"]) or not (
            a["event_type"] in _VIOLENT and b["event_type"] in _VIOLENT)
    return (a["date"] is not None and a["time_precision"] == b["time_precision"] == 1
            and not opens_apart(b["source_sentence"])  # "Separately, bandits abducted ...": another event
            and max(a["geo_precision"], b["geo_precision"]) <= 2
            and family(a["event_type"]) == family(b["event_type"])
            and (family(a["event_type"]) == "direct violence" or a["sub_event_type"] == b["sub_event_type"]))


def _absorb(kept: dict, other: dict) -> None:
    """``kept`` takes ``other``'s type when it ranks higher, and its toll when ``kept`` has none."""
    k, o = kept["properties"], other["properties"]
    if _RANK[o["event_type"]] < _RANK[k["event_type"]]:
        k.update(event_type=o["event_type"], sub_event_type=o["sub_event_type"])
    if k["fatalities"] is None and o["fatalities"] is not None:
        k.update(fatalities=o["fatalities"], fatalities_text=o["fatalities_text"])
        k.pop("fatalities_basis", None)


def one_event_per_place_day(incidents: list[dict]) -> list[dict]:
    """``incidents`` with those that are one event at one place and day merged into the first told."""
    out: list[dict] = []
    told_in: dict[int, set[int]] = {}  # id of a kept incident -> the sentences it was told in
    for f in incidents:
        p = f["properties"]
        first = next((g for g in out if g["geometry"] == f["geometry"]
                      and _same_event(g["properties"], p, told_in[id(g)])), None)
        if first is None:
            out.append(f)
            told_in[id(f)] = {p["sentence_start"]}
        else:
            _absorb(first, f)
            told_in[id(first)].add(p["sentence_start"])
    return out
