"""geomap.gazetteer.memo: the tables kept from document to document stay bounded (memory flat in
the batch size) and keep the newest answers."""
from __future__ import annotations

from geomap import settings
from geomap.gazetteer import get_gazetteer
from geomap.gazetteer.memo import make_room


def test_make_room_drops_the_oldest_half():
    memo: dict[int, int] = {}
    for i in range(1000):
        make_room(memo, 100)
        memo[i] = i
        assert len(memo) <= 100
    assert 999 in memo and 0 not in memo and list(memo) == sorted(memo)  # the newest stay


def test_the_gazetteers_name_table_stays_bounded(monkeypatch):
    gaz = get_gazetteer()
    monkeypatch.setattr(settings, "NAME_HITS_KEPT", 50)
    want = gaz.hits("kassala")
    for i in range(400):
        gaz.hits(f"nowhere-{i}")
        gaz.skeleton_hits(f"nowherevil{i}")
        assert len(gaz._cache) <= 50 and len(gaz._skel_cache) <= 50
    assert gaz.hits("kassala") == want and want  # asked again after it went: the same answer
