"""Where an incident at a place the gazetteer lacks goes (issue 12, round 22): a village the text
puts "close to" or "next to" the border is on the frontier, like one "near the border", not at
the town of the district it was placed in. Every passage is invented, on a frontier in no fixture
(BRA-URY), read with the real gazetteer and boundaries."""
import geomap
from geomap.gazetteer import haversine_km
from geomap.text import cues

_ATTACK = ("BRAZIL: Rio Grande do Sul – Situation Report No. 2 (10 March 2026)\nKEY POINTS\n"
           "• Armed attack on a police post near Tarumbeva, Dom Pedrito municipality\nSITUATION OVERVIEW\n"
           "• On 8 March, an armed gang attacked a police post near Tarumbeva, close to the border with Uruguay. "
           "The state security secretariat reported three officers killed.\n")


def _points(geometry: dict) -> list[tuple[float, float]]:
    c = geometry["coordinates"]
    return [(c[1], c[0])] if geometry["type"] == "Point" else [(lat, lon) for lon, lat in c]


def test_close_to_the_border_types_a_place_as_on_the_frontier():
    s = "Gunmen attacked a post near Tarumbeva, close to the border with Uruguay, on Monday."
    a = s.index("Tarumbeva")
    assert cues.is_border_typed(s, a, a + len("Tarumbeva"))
    s = "Troops shelled Quebrada Azul, next to the frontier, before dawn."
    a = s.index("Quebrada Azul")
    assert cues.is_border_typed(s, a, a + len("Quebrada Azul"))
    s = "Gunmen attacked a post near Tarumbeva, close to the state capital, on Monday."
    assert not cues.is_border_typed(s, s.index("Tarumbeva"), s.index("Tarumbeva") + len("Tarumbeva"))


def test_an_unlisted_village_close_to_the_border_is_on_the_frontier_not_at_its_district_town():
    r = geomap.read(_ATTACK, published="2026-03-10")
    incs = [f for f in r.collections[0]["features"] if f["properties"]["layer"] == "incident"]
    at = [f for f in incs if f["properties"]["location"] == "Tarumbeva"]
    assert at, [f["properties"]["location"] for f in incs]
    # the frontier south of Dom Pedrito, not the town 50 km north of it
    assert min(haversine_km(lat, lon, -31.45, -54.7) for f in at for lat, lon in _points(f["geometry"])) < 25
