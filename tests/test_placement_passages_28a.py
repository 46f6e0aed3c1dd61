"""Incidents at the town or unit the text gives in invented passages
(tests/fixtures/placement_passages_28a.json): a town told with its state or province ("Pello,
Lapland"), a name told as a town where a district shares it ("Tachov town"), a village told with
the district or province holding it. Floors as scored when the rules were final.
Scores before -> after the round's rules: tune 8/11 incidents, 1 false -> same; frozen 9/11,
0 false -> 10/11, 0 false ("Tachov town" at the town, not at Tachov district's middle 9 km off).
Misses left: no incident read where one is told (Pello: "was beaten and injured"; Oberwiesenthal:
"were attacked and robbed", only the arrest in Dresden read; Saltdal), "Furth im Wald, Bavaria"
read as Fürth (the mention stops at the lowercase "im")."""

import pytest

from incident_passages import load_passages, passage_scores

PASSAGES = load_passages("placement_passages_28a.json")


@pytest.mark.parametrize("half,incidents,false", [("tune", 8, 1), ("frozen", 10, 0)])
def test_placement_passages(half, incidents, false):
    found, _, wrong = passage_scores(PASSAGES, half)
    assert len(wrong) <= false
    assert found >= incidents
