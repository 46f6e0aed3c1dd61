"""Property-based tests over the four kinds of input users hand geomap (issue 13): article
text, JSONL batch lines, ACLED CSV rows and user gazetteer rows. Only geomap's own errors
(one line, exit 2), never a traceback, never a partial output. The generators and checks
live in ``tests/input_fuzz.py``; ``scripts/fuzz.py`` runs them on thousands of inputs."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from input_fuzz import KINDS

#: Modest example counts keep CI fast; scripts/fuzz.py runs thousands.
EXAMPLES = {"article": 60, "jsonl": 50, "acled_csv": 80, "gazetteer": 80}


@pytest.fixture(autouse=True)
def _own_caches(tmp_path, monkeypatch):
    monkeypatch.setenv("GEOMAP_OUTPUT", str(tmp_path / "output"))


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_generated_inputs_are_read_or_refused_with_one_line(kind):
    strategy, check = KINDS[kind]

    @settings(max_examples=EXAMPLES[kind], deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(strategy)
    def run(value):
        check(value)

    run()
