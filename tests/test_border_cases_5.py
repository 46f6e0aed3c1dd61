"""The held-out gold file tests/fixtures/border_cases_5.json is well formed.

The file holds 20 invented border articles, all in the held-out `test` half, with gold places,
incidents, tolls and displacement figures; it is scored with the shared scorer. These checks keep
the gold honest (every gold mention is in its text, every figure has a valid direction, no
frontier repeats one of the earlier sets) without running geomap, so they are cheap and never
tune anything.
"""

import json
from collections import Counter
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
CASES = json.loads((FIXTURES / "border_cases_5.json").read_text(encoding="utf-8"))
EARLIER = ["border_cases.json", "border_cases_2.json", "border_cases_3.json", "border_cases_4.json"]
DEV_CASES = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev_cases.json"
FIELDS = {"id", "published", "pair", "stated_km", "half", "text", "toponyms", "incidents", "displaced",
          "not_places", "tolls", "displaced_numbers"}


def pairs_of(path):
    return {frozenset(c["pair"]) for c in json.loads(path.read_text(encoding="utf-8"))}


def test_all_held_out():
    assert len(CASES) == 20
    assert all(c["half"] == "test" for c in CASES)
    assert len({c["id"] for c in CASES}) == len(CASES)


def test_frontiers_are_new_to_the_project():
    pairs = Counter(frozenset(c["pair"]) for c in CASES)
    assert all(len(p) == 2 and all(len(x) == 3 and x.isupper() for x in p) for p in pairs)
    assert max(pairs.values()) == 1, [sorted(p) for p, n in pairs.items() if n > 1]
    earlier = set().union(*(pairs_of(FIXTURES / name) for name in EARLIER))
    assert not set(pairs) & earlier, [sorted(p) for p in set(pairs) & earlier]


def test_frontiers_are_new_to_the_shared_dev_cases():
    if not DEV_CASES.exists():
        pytest.skip("the shared evaluation folder is not beside the project")
    dev = pairs_of(DEV_CASES)
    assert not {frozenset(c["pair"]) for c in CASES} & dev


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case_is_well_formed(case):
    assert set(case) == FIELDS
    assert 150 <= len(case["text"].split()) <= 450
    assert case["stated_km"] is None or (isinstance(case["stated_km"], int) and case["stated_km"] > 0)
    text = case["text"]
    for t in case["toponyms"]:
        assert t["mention"] in text, t["mention"]
        assert -90 <= t["lat"] <= 90 and -180 <= t["lon"] <= 180
        assert len(t["iso2"]) == 2 and t["iso2"].isupper()
        assert t["kind"]
    for w in case["not_places"]:
        assert w in text, w
    for i in case["incidents"] + case["tolls"]:
        assert -90 <= i["lat"] <= 90 and -180 <= i["lon"] <= 180
        assert 0 < i["radius_km"] <= 250
    for t in case["tolls"]:
        assert isinstance(t["fatalities"], int) and not isinstance(t["fatalities"], bool)
        assert t["fatalities"] > 0
    for d in case["displaced_numbers"]:
        assert d["direction"] in ("from", "to")
        assert d["numbers"] is None or all(n is None or (isinstance(n, int) and n > 0) for n in d["numbers"])
    # every area with a figure is an area the recall score looks for, or a country of the text
    areas = {n for alts in case["displaced"] for n in alts}
    countries = {t["mention"].lower() for t in case["toponyms"] if t["kind"] == "country"}
    for d in case["displaced_numbers"]:
        if d["numbers"] is not None:
            assert areas & set(d["names"]) or d["names"][0].lower() in countries, d["names"]
