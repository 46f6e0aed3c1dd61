"""The held-out gold file tests/fixtures/border_cases_6.json is well formed.

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
from gold_cases import check_case

FIXTURES = Path(__file__).parent / "fixtures"
CASES = json.loads((FIXTURES / "border_cases_6.json").read_text(encoding="utf-8"))
EARLIER = ["border_cases.json", "border_cases_2.json", "border_cases_3.json", "border_cases_4.json",
           "border_cases_5.json"]
DEV_CASES = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev_cases.json"


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
    check_case(case)
