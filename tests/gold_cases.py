"""Well-formedness of the border sets' gold (tests/fixtures/border_cases_*.json).

Every set is checked the same way, without running geomap: every gold mention is in its text,
coordinates and radii are valid, tolls are positive counts, every figure has a direction and an
area the recall score looks for. Kept in one place so the sets cannot drift apart.
"""

FIELDS = {"id", "published", "pair", "stated_km", "half", "text", "toponyms", "incidents", "displaced",
          "not_places", "tolls", "displaced_numbers"}


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
