"""Incidents on short invented passages about frontiers no other fixture covers
(tests/fixtures/incident_passages_17.json: armed groups killing people, a second act joined by
"and", parts of a total, drones with their user before the verb, "as well as ... in Y", deaths of
soldiers told alone, passives, speakers' and attackers' places).

No passage may put an incident where its list says none happened. The figures found are floors
(as scored when the rules were final); the misses left: Mutukula (not in the gazetteer), a
massacre and an ambush told in one sentence ("insurgents killed 11 fishermen near X on Thursday,
and on Friday they ambushed a convoy near Y": the ambush makes the killing its victims), and an
ambush joined by "and" to an attack whose trigger reaches back over it ("gunmen ambushed a bus
near X on Monday and attacked traders at Y on Tuesday").
"""

import json
from pathlib import Path

import pytest

from geomap.gazetteer.normalize import fold
from geomap.reading.pipeline import extract_text

CASES = json.loads((Path(__file__).parent / "fixtures" / "incident_passages_17.json").read_text(encoding="utf-8"))["cases"]
_FAMILY = {"B": "Battles", "E": "Explosions/Remote violence", "V": "Violence against civilians"}


def _score(case):
    fc = extract_text(case["text"], published=case["published"])
    incs = [f["properties"] for f in fc["features"] if f["properties"]["layer"] == "incident"]
    found = sum(any(fold(want["at"]) in fold(p["location"]) and p["event_type"] in _FAMILY.values()
                    and (want["family"] == "*" or p["event_type"] == _FAMILY[want["family"]]) for p in incs)
                for want in case["incidents"])
    false = [p["location"] for p in incs if any(fold(n) in fold(p["location"]) for n in case["no_incident_at"])]
    return found, false


@pytest.mark.parametrize("half,floor", [("tune", 20), ("held", 11)])
def test_incidents_of_the_invented_passages(half, floor):
    found, false = 0, []
    for case in (c for c in CASES if c["half"] == half):
        f, x = _score(case)
        found += f
        false += [f'{case["id"]}: {name}' for name in x]
    assert false == []
    assert found >= floor
