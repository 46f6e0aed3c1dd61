"""Incidents placed on their own point in invented passages (tests/fixtures/placement_passages_27c.json):
an incident told at a place the gazetteer lacks, knows only far namesakes of, or names with a
parenthesised qualifier ("Frankfurt (Oder)"), with its toll. Floors as scored when the rules were
final; no passage may put an incident where its list says none happened."""

import pytest

from tests.incident_passages import load_passages, passage_scores

PASSAGES = load_passages("placement_passages_27c.json")


@pytest.mark.parametrize("half,incidents,tolls", [("tune", 0, 0), ("frozen", 0, 0)])
def test_placement_passages(half, incidents, tolls):
    found, right, false = passage_scores(PASSAGES, half)
    assert false == []
    assert found >= incidents and right >= tolls
