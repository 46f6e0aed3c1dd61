"""A number on a wrong owner (round 37, nums37; invented passages tests/fixtures/toll_owner_passages_37.json,
tuned on Estonia-Latvia, frozen on Slovenia-Croatia, Belarus-Poland and North Macedonia-Serbia).

Every wrong toll of sets 11, 12, 14 and 15 was a right number on a wrong place or another act's number.
Kinds taken on here: a toll told for several acts pointed at together ("seven people have died in
those incidents") after one act, which the adjacent-sentence rule gave to a place; a name the gazetteer
lacks put at the point of a listed town that has a toll of its own (two counts at one town); a word read
as a town of a third country far from the frontier ("the Baltic states" as Bălţi) carrying a toll; a
province told after ", in the" only to say where a finer place lies that the reader could not place.
"""

from types import SimpleNamespace

import pytest

from incident_passages import _near, load_passages
from geomap.reading.mentions import Mention
from geomap.reading.pipeline import extract_text
from geomap.reading.qualifier_tolls import province_of_unplaced_unit
from geomap.reading.resolve import Place
from geomap.text.toll_cues import is_total_of_events

PASSAGES = load_passages("toll_owner_passages_37.json")


def _incidents(text, published):
    fc = extract_text(text, published=published)
    return [f for f in fc["features"] if f["properties"]["layer"] == "incident"]


def _owned(feature, tolls):
    """Whether a gold toll near the incident has its number."""
    return any(_near(feature, t) and feature["properties"]["fatalities"] == t["fatalities"] for t in tolls)


def _score(half):
    right, wrong = 0, []
    for case in (c for c in PASSAGES["cases"] if c["half"] == half):
        incs = _incidents(case["text"], case["published"])
        right += sum(any(_owned(f, [t]) for f in incs) for t in case["tolls"])
        for f in incs:
            if f["properties"]["fatalities"] and not _owned(f, case["tolls"]):
                wrong.append(f'{case["id"][:2]}: {f["properties"]["location"]}={f["properties"]["fatalities"]}')
    return right, wrong


# before the rules: tune 4/5 right, 2 wrong (t1 Tallinn=9, t2 Pededze=5); frozen 7/7, none wrong
# (t2's Pededze toll is lost: the farmstead's place cannot be read, so no number is better than Alūksne's)
@pytest.mark.parametrize("half,floor", [("tune", 4), ("frozen", 7)])
def test_no_number_on_a_wrong_owner(half, floor):
    right, wrong = _score(half)
    assert wrong == []
    assert right >= floor


@pytest.mark.parametrize("sentence", [
    "In all, nine people have died in those attacks, according to the security service.",
    "Eleven migrants have died during these smuggling runs, the ministry said.",
    "Twelve people were killed in all these raids.",
])
def test_deaths_of_several_acts_pointed_at_together_are_a_total(sentence):
    assert is_total_of_events(sentence)


@pytest.mark.parametrize("sentence", [
    "Two guards were killed in the attack on the depot.",
    "Three people died in that explosion, police said.",
])
def test_deaths_of_one_act_are_no_total(sentence):
    assert not is_total_of_events(sentence)


def test_a_guess_put_at_a_town_with_its_own_toll_takes_no_number():
    got = {f["properties"]["location"]: f["properties"] for f in _incidents(
        "ALUKSNE, Latvia, 20 May - Five people, including two children, were killed on 17 May when armed men attacked a "
        "farmstead near Ruskuļi in Pededze. Two men were shot dead at the Alūksne market on 19 May.", "2026-05-20")}
    assert got["Alūksne"]["fatalities"] == 2
    assert got["Pededze"]["fatalities"] is None and got["Pededze"]["fatalities_text"]  # the words are kept


def test_a_word_read_as_a_far_foreign_town_takes_no_number():
    # "Baltic" is read as Bălţi (Moldova), far from the Estonia-Latvia line, which no country named covers
    incs = _incidents("VALGA, Estonia, 10 March - A fuel depot outside Valga, on the Latvian border, exploded on Sunday night, "
                      "killing two guards, "
                      "Estonian police said. Officials have blamed a string of arson attacks and explosions across the "
                      "Baltic states since January on foreign saboteurs. Seven people have died, the police said.",
                      "2026-03-10")
    far = [f["properties"] for f in incs if f["properties"]["iso3"] not in ("EST", "LVA")]
    assert not any(p["fatalities"] for p in far)
    assert any(p["location"] == "Valga" and p["fatalities"] == 2 for p in (f["properties"] for f in incs))


def test_a_far_foreign_town_plainly_named_keeps_its_toll():
    incs = _incidents(PASSAGES["cases"][2]["text"], PASSAGES["cases"][2]["published"])
    assert any(f["properties"]["location"] == "Gdańsk" and f["properties"]["fatalities"] == 4 for f in incs)


def test_a_province_saying_where_an_unplaced_place_lies_takes_no_toll():
    text = ("Two days after a night raid near Lilliküla, in the Viljandi region, in which one Latvian man was "
            "shot dead, traders blocked the crossing.")
    a = text.index("Viljandi")
    province = Place(Mention("Viljandi", a, a + 8, 0, "viljandi", (), suffix="region"),
                     SimpleNamespace(place_type="admin1", feature="admin1", in_gazetteer=True), 1.0)
    assert province_of_unplaced_unit(text, 0, (a, a + 8), [province])
    # a finer place the reader did place: the province is no stand-in for it
    v = text.index("Lilliküla")
    village = Place(Mention("Lilliküla", v, v + 9, 0, "lillikula", ()),
                    SimpleNamespace(place_type="city", feature="city", in_gazetteer=True), 1.0)
    assert not province_of_unplaced_unit(text, 0, (a, a + 8), [province, village])
