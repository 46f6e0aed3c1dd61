"""Which incidents an article gives and where (geomap.reading.events, .placement, .candidates and
geomap.text.event_words), on sentences written for these tests about frontiers no fixture is
about (issue 12: incidents found at their place). Each test names the rule it needs."""
from __future__ import annotations

import datetime as dt

from geomap.reading.pipeline import extract_text
from geomap.text import cues
from geomap.text.dates import all_dates_from_text

PUBLISHED = "2025-05-06"  # a Tuesday


def incidents(text, published=PUBLISHED):
    fc = extract_text(text, published=published)
    return [f["properties"] for f in fc["features"] if f["properties"]["layer"] == "incident"]


def located(text, published=PUBLISHED):
    return sorted((p["location"], p["sub_event_type"]) for p in incidents(text, published))


def test_a_camp_people_work_in_is_where_the_raid_happened_not_a_refuge():
    got = incidents("Witnesses said Senegalese soldiers shot dead five miners during a raid on a gold-mining camp "
                    "near Kédougou on Monday.")
    assert [(p["location"], p["fatalities"]) for p in got] == [("Kédougou", 5)]


def test_a_grenade_that_exploded_is_one_incident_holding_the_toll():
    got = incidents("On Sunday, a grenade exploded at a bus station in Bawku, near the border with Togo, killing "
                    "three people.")
    assert [(p["location"], p["sub_event_type"], p["fatalities"]) for p in got] == [("Bawku", "Grenade", 3)]


def test_a_meeting_agreed_for_later_this_month_is_no_incident():
    assert incidents("Accra and Lome have agreed to hold a joint border commission meeting in Bawku later this "
                     "month.") == []
    (ref,) = all_dates_from_text("They agreed to meet later this month.", dt.date(2025, 5, 6))
    assert ref.date > dt.date(2025, 5, 6)


def test_where_a_speaking_unit_is_based_is_not_where_its_men_fired():
    got = located("The battalion based in Tamale, Northern Region, said in a statement that its soldiers had fired "
                  "in self-defence after smugglers attacked a patrol near the Togolese border.")
    assert all(loc not in ("Tamale", "Northern") for loc, _ in got)


def test_the_city_a_spokesman_speaks_from_is_no_second_place_of_the_event():
    assert located("In Accra, a government spokesman said the army had sent reinforcements towards Bawku.") == [
        ("Bawku", "Change to group/activity")]


def test_the_area_a_place_lies_in_does_not_take_its_event():
    got = incidents("Residents of Pusiga in Bawku district are living in fear after soldiers shot dead a farmer "
                    "on Sunday.")
    assert [p["location"] for p in got] == ["Pusiga"]
    got = located("Indian border guards opened fire on smugglers near the Birgunj border in Parsa district of "
                  "Madhesh on Monday, killing one.")
    assert got == [("Birgañj", "Armed clash")]


def test_the_disputed_border_village_of_x_is_on_the_border():
    text = "Soldiers entered the disputed border village of Foo on Sunday."
    a = text.index("Foo")
    assert cues.is_border_typed(text, a, a + 3)
    # an unlisted village the text puts on the border stands on its district's stretch of the
    # frontier, with the toll of the shooting told there
    got = incidents("Residents of the disputed border village of Kotobaga in Dama Chiefdom, Kenema District, are "
                    "living in fear after Liberian soldiers allegedly shot dead a farmer on Sunday morning.")
    assert [(p["location"], p["placement"], p["fatalities"]) for p in got] == [("Kotobaga", "frontier stretch", 1)]
