"""Structural speed-ups that must not change what is read (round 27, issue 15): the nearest of
many points through a latitude index (geomap.gazetteer.nearest), and the local story's points
worked out once per pool (geomap.reading.local_namesakes)."""
import random

from geomap.gazetteer import fold, get_gazetteer, haversine_km
from geomap.gazetteer.nearest import PointsByLatitude
from geomap.reading.local_namesakes import far_from_local_story


def _towns(names, countries=("ES", "PT")):
    gaz = get_gazetteer()
    return [next(h.entry for h in gaz.hits(fold(n)) if h.entry.iso2 in countries and h.entry.place_type == "city")
            for n in names]


def test_the_latitude_index_finds_exactly_the_nearest_distance():
    gaz = get_gazetteer()
    points = [h.entry for n in ("Olivenza", "Elvas", "Vigo", "Utsjoki", "Hobart", "Quito", "Ushuaia", "Tromso",
                                "Suva", "Anchorage", "Nairobi", "Longyearbyen") for h in gaz.hits(fold(n))]
    rng = random.Random(27)
    for size in (0, 1, 2, 5, len(points)):
        index = PointsByLatitude(points[:size])
        assert len(index) == size
        asked = [(p.lat, p.lon) for p in points] + [(rng.uniform(-90, 90), rng.uniform(-180, 180)) for _ in range(200)]
        for lat, lon in asked:
            expected = min((haversine_km(lat, lon, p.lat, p.lon) for p in points[:size]), default=float("inf"))
            assert index.nearest_km(lat, lon) == expected


def test_a_pool_read_again_after_it_grew_is_read_anew():
    # the points of a pool are kept while it is asked about: the same list, grown, is another pool
    village, = _towns(["Vinaixa"])
    pool = _towns(["Malaga", "Bilbao", "Sevilla", "Vigo"])
    assert not far_from_local_story(village, pool)
    pool[:] = _towns(["Olivenza", "Elvas"])
    assert not far_from_local_story(village, pool)  # two places are no local story
    pool.append(_towns(["Campo Maior"])[0])
    assert far_from_local_story(village, pool)
