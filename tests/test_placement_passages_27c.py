"""Incidents placed on their own point in invented passages (tests/fixtures/placement_passages_27c.json):
an incident told at a place the gazetteer lacks, knows only far namesakes of, or names with a
parenthesised qualifier ("Frankfurt (Oder)"), with its toll. Floors as scored when the rules were
final; the false incidents left are arrests told by police in a town ("police in Ondjiva said two
suspects had been arrested", Tanga, Mombasa), which the passages' lists say happened elsewhere.
Scores before -> after the round's rules: tune 6/10 incidents, 5/10 tolls, 1 false -> same;
frozen 5/10, 5/10, 2 false -> same (the bracketed-qualifier rule changes where "Frankfurt (Oder)"
and "Schwedt (Oder)" resolve, not these incidents, which are read at the Oder frontier or not read;
no passage gives a distance after the town a village was put at). Misses left: no incident read
(Sicheldorf, Schwedt, Dhalkut, Sabodala, Las Chinamas), a village at its district's or region's
point 48-71 km off (Mlibizi, Sampa, Kimathanka), a listed crossing put at a far namesake of its
district ("the Cau Treo border gate in Huong Son district of Ha Tinh province": Huong Son of Thai
Nguyen), Owode at the one Owode the gazetteer holds, 69 km off."""

import pytest

from incident_passages import load_passages, passage_scores

PASSAGES = load_passages("placement_passages_27c.json")


@pytest.mark.parametrize("half,incidents,tolls,false", [("tune", 6, 5, 1), ("frozen", 5, 5, 2)])
def test_placement_passages(half, incidents, tolls, false):
    found, right, wrong = passage_scores(PASSAGES, half)
    assert len(wrong) <= false
    assert found >= incidents and right >= tolls
