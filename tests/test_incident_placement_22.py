"""Where an incident at a place the gazetteer lacks goes (issue 12, round 22): a village the text
puts "close to" or "next to" the border is on the frontier, like one "near the border", not at
the town of the district it was placed in; so is one the text calls "a border trade town" or
"a border market village" (a word between "border" and the kind of place). Every passage is invented, on a frontier in no fixture
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


_RAID = ("Cattle thieves kill two farmers near Uruguayan border\nPORTO ALEGRE — Armed cattle thieves raided Tarumbeva, "
         "a border market village in Dom Pedrito municipality, on Sunday night, killing two farmers, state police said. "
         "The thieves fled across the border into Uruguay with about 40 head of cattle.\n")


def test_a_word_between_border_and_the_kind_of_place_still_types_it():
    for kind in ("a border trade town", "a border market village", "a frontier fishing village"):
        s = f"Rebels captured Tarumbeva, {kind} in the north, on Monday."
        assert cues.is_border_typed(s, s.index("Tarumbeva"), s.index("Tarumbeva") + len("Tarumbeva")), kind
    s = "Rebels captured Tarumbeva, a border dispute town, on Monday."  # not a kind of place we know
    assert not cues.is_border_typed(s, s.index("Tarumbeva"), s.index("Tarumbeva") + len("Tarumbeva"))


def test_an_unlisted_border_market_village_is_on_the_frontier_not_at_its_municipality_town():
    r = geomap.read(_RAID, published="2026-03-10")
    at = [f for f in r.collections[0]["features"]
          if f["properties"]["layer"] == "incident" and f["properties"]["location"] == "Tarumbeva"]
    assert at
    assert min(haversine_km(lat, lon, -31.45, -54.7) for f in at for lat, lon in _points(f["geometry"])) < 25
