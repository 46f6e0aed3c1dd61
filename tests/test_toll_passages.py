"""Death tolls on short invented passages about frontiers no other fixture covers
(tests/fixtures/toll_passages_16.json: headline-only tolls, the other side's dead told next, rival
counts, risen tolls, the wounded, "including", totals over weeks, two events in one sentence).

A wrong number is worse than none: no passage may carry a toll its expected list does not hold.
A place may be named by the text's or the gazetteer's spelling (Saryagash, Saryaghash).
The figures found are floors (as scored when the passages were written); the misses left are
places or incidents the reading does not find (Qatrun, "militants killed 12 people in
an attack on X", Mutukula, Bouna, Diboli, Brasileia, Irkeshtam).
"""

import json
import unicodedata
from pathlib import Path

import pytest

from geomap.reading.pipeline import extract_text

CASES = json.loads((Path(__file__).parent / "fixtures" / "toll_passages_16.json").read_text(encoding="utf-8"))["cases"]


def _fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def _score(case):
    incs = [f["properties"] for f in extract_text(case["text"], published=case["published"])["features"]
            if f["properties"]["layer"] == "incident"]
    right, used = 0, set()
    for t in case["tolls"]:
        names = {_fold(n) for n in t["at"]}
        hit = [k for k, p in enumerate(incs) if _fold(p["location"]) in names and p["fatalities"] == t["fatalities"]]
        used |= set(hit[:1] if not t["optional"] else hit)
        right += bool(hit) and not t["optional"]
    wrong = [f'{p["location"]}={p["fatalities"]}' for k, p in enumerate(incs) if p["fatalities"] and k not in used]
    return right, wrong


#: seen when the held half was scored, and left for a later session (fixing it there would tune on
#: it); none left: "Over the past month, fighting ... has left 22 people dead" (h7) is read as a running
#: count since the period told before the comma of the toll's clause is read with it (tolls16b)
KNOWN_WRONG: set[str] = set()


@pytest.mark.parametrize("half,floor", [("tune", 18), ("held", 5)])
def test_tolls_of_the_invented_passages(half, floor):
    right, wrong = 0, []
    for case in (c for c in CASES if c["half"] == half):
        r, w = _score(case)
        right += r
        wrong += [f'{case["id"]}: {x}' for x in w]
    assert set(wrong) <= KNOWN_WRONG
    assert right >= floor
