"""Incidents placed by the text's cues (round 32b), as kinds, on invented passages on frontiers no
fixture covers (tests/fixtures/incident_passages_32b.json): a protest told in the dateline's sentence
that names no place of its own happened in the dateline's town ("OCOTAL, Nov 3 - Hundreds marched");
so does one told later that nothing else places ("about 200 fishermen marched to the district commissioner's
office"); people "taken to X, where they were charged" give X no incident (the relative clause tells no event);
an event "on the X–Y road" is one incident midway between X and Y;
property of any "-house" (farmhouse, warehouse), cars, lorries, boats or barns burnt is property destruction.
Near-misses: a protest that names its place keeps it; a clash under a dateline is not put there.
At the end, the passages themselves, scored as the border cases are. Real gazetteer and boundaries,
no mocks.
"""

from incident_passages import incident_properties, load_passages, passage_scores


def _placed(text, published="2026-05-05"):
    return sorted((p["location"], p["sub_event_type"]) for p in incident_properties(text, published))


def test_a_protest_in_the_datelines_sentence_with_no_place_of_its_own_is_in_the_dateline_town():
    assert _placed("SOMOTO, May 4 - Hundreds of market vendors marched on Monday against a new tax on "
                   "goods brought in from Honduras.") == [("Somoto", "Peaceful protest")]
    assert _placed("IPIALES, Feb 9 - Students demonstrated outside the customs office on Friday, demanding "
                   "that the bridge to Ecuador be reopened.") == [("Ipiales", "Peaceful protest")]


def test_a_protest_that_names_its_place_keeps_it_and_a_clash_is_not_put_at_the_dateline():
    assert _placed("MANAGUA, May 4 - Hundreds of coffee pickers marched in Ocotal on Monday to demand "
                   "unpaid wages.") == [("Ocotal", "Peaceful protest")]
    assert all(loc != "Managua" for loc, _ in _placed(
        "MANAGUA, May 4 - Soldiers exchanged fire with smugglers on Monday, the army said."))


def test_a_later_protest_that_nothing_places_is_in_the_dateline_town():
    text = ("ESTELI, March 2 - Honduran soldiers detained three Nicaraguan woodcutters near the border on "
            "Saturday, the army said.\n\nOn Sunday about 300 relatives of the men marched to the mayor's office "
            "carrying their photographs.")
    assert ("Estelí", "Peaceful protest") in _placed(text)



def test_a_protest_told_again_later_is_not_put_at_the_dateline_town():
    text = ("PASTO, March 2 - Farmers from Cumbal blocked the road to Ecuador in Cumbal on Friday. \n\nThe governor "
            "called the protest 'a misunderstanding'.")
    assert ("Pasto", "Peaceful protest") not in _placed(text)


def test_people_taken_to_a_town_where_they_were_charged_give_that_town_no_incident():
    text = ("TULCAN, June 3 - Nine Colombian traders were detained and taken to Ibarra, where they were "
            "charged with smuggling on Friday.")
    assert all(loc != "Ibarra" for loc, _ in _placed(text))
    # a relative clause that tells an event keeps the destination
    assert ("Ibarra", "Armed clash") in _placed("QUITO, June 3 - The smugglers fled to Ibarra, where they clashed "
                                                 "with police on Friday.")


def test_passages_32b():
    p = load_passages("incident_passages_32b.json")
    assert passage_scores(p, "tune")[0] >= 5
    assert passage_scores(p, "tune")[2] == [] and passage_scores(p, "frozen")[2] == []


def test_burning_a_farmhouse_warehouse_or_lorry_is_property_destruction():
    from geomap.text.event_words import classify_event
    for sentence in ("Militiamen burnt a farmhouse outside Cumbal overnight.",
                     "Smugglers burned two customs warehouses in Ipiales.",
                     "Smugglers burned the lorries of rival traders near Somoto."):
        assert classify_event(sentence).sub_event_type == "Looting/property destruction", sentence


def test_a_later_riot_is_not_put_at_the_dateline_town():
    text = ("OCOTAL, June 8 - Nicaraguan police in Somoto detained four Honduran traders after a fight at the market on "
            "Saturday.\n\nWhen the police arrived, traders threw stones at the officers.")
    assert all(loc != "Ocotal" for loc, _ in _placed(text))


def test_an_event_on_the_road_named_by_its_two_towns_is_midway_between_them():
    got = incident_properties("PASTO, June 3 - On Tuesday, an explosive device hit a bus on the Ipiales–Túquerres "
                              "road, killing two passengers.", "2026-06-03")
    assert [(p["location"], p["fatalities"]) for p in got] == [("between Ipiales and Túquerres", 2)]
    # a town told on its own, then the road: the town
    assert [p["location"] for p in incident_properties(
        "PASTO, June 3 - Gunmen attacked a bus near Ipiales, on the Ipiales-Túquerres highway.", "2026-06-03")] == ["Ipiales"]
