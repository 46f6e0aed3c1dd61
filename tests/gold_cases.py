"""Well-formedness of the border sets' gold (tests/fixtures/border_cases_*.json).

Every set is checked the same way, without running geomap: every gold mention is in its text,
coordinates and radii are valid, tolls are positive counts, every figure has a direction and an
area the recall score looks for. Kept in one place so the sets cannot drift apart.
"""

import json
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

FIELDS = {"id", "published", "pair", "stated_km", "half", "text", "toponyms", "incidents", "displaced",
          "not_places", "tolls", "displaced_numbers"}


def _fold(word: str) -> str:
    """A mention as the shared scorer compares it: accents and case dropped."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))
    return " ".join(plain.replace("’", "'").replace("-", " ").lower().split())


def check_case(case: dict) -> None:
    """Assert that one gold case is well formed (raises AssertionError naming the bad value)."""
    assert set(case) == FIELDS
    assert 150 <= len(case["text"].split()) <= 450
    assert case["stated_km"] is None or (isinstance(case["stated_km"], int) and case["stated_km"] > 0)
    text = case["text"]
    for t in case["toponyms"]:
        assert t["mention"] in text, t["mention"]
        assert -90 <= t["lat"] <= 90 and -180 <= t["lon"] <= 180
        assert len(t["iso2"]) == 2 and t["iso2"].isupper()
    for w in case["not_places"]:
        assert w in text, w
    # the scorer folds case and accents: a non-place that folds to a gold place would mark every
    # mention of that place false (an all-caps heading "PANAMA" beside the place "Panama")
    gold_mentions = {_fold(t["mention"]) for t in case["toponyms"]}
    assert not {_fold(w) for w in case["not_places"]} & gold_mentions, case["id"]
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


FIXTURES = Path(__file__).parent / "fixtures"
DEV_CASES = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev_cases.json"


def pairs_of(path: Path) -> set:
    """The frontiers (unordered ISO3 pairs) of a gold file's cases."""
    return {frozenset(c["pair"]) for c in json.loads(path.read_text(encoding="utf-8"))}


def check_all_held_out(cases: list, size: int = 20) -> None:
    """A held-out set: its size, every case in the `test` half, ids unique."""
    assert len(cases) == size
    assert all(c["half"] == "test" for c in cases)
    assert len({c["id"] for c in cases}) == len(cases)


def check_frontiers_new(cases: list, earlier: list) -> None:
    """One case per frontier, none of them used by an earlier gold file (names in FIXTURES)."""
    pairs = Counter(frozenset(c["pair"]) for c in cases)
    assert all(len(p) == 2 and all(len(x) == 3 and x.isupper() for x in p) for p in pairs)
    assert max(pairs.values()) == 1, [sorted(p) for p, n in pairs.items() if n > 1]
    used = set().union(*(pairs_of(FIXTURES / name) for name in earlier))
    assert not set(pairs) & used, [sorted(p) for p in set(pairs) & used]


def check_new_to_dev_cases(cases: list) -> None:
    """No frontier of the set is one of the shared dev cases' (skipped without ../shared)."""
    if not DEV_CASES.exists():
        pytest.skip("the shared evaluation folder is not beside the project")
    assert not {frozenset(c["pair"]) for c in cases} & pairs_of(DEV_CASES)
