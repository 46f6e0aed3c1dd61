"""Incidents unseen writers tell and the reader missed or put elsewhere (round 34, inc33), as kinds, on
invented passages on frontiers no fixture covers (tests/fixtures/incident_passages_33.json: tune on
Timor-Leste-Indonesia, frozen on Moldova-Ukraine). Real gazetteer and boundaries, no mocks.
"""

from incident_passages import incident_properties, load_passages, passage_scores


def _placed(text, published="2026-05-05"):
    return sorted((p["location"], p["sub_event_type"], p["fatalities"]) for p in incident_properties(text, published))


def test_an_act_told_in_an_after_clause_of_a_demand_is_an_incident():
    # the demand reacts to the act; it does not make it hypothetical
    assert _placed("MALIANA, March 9 - Farmers in Maliana have urged the government to protect them after Indonesian "
                   "militiamen opened fire on a group of rice growers near Batugade on Sunday, killing one man.",
                   "2026-03-09") == [("Batugade", "Attack", 1)]
    assert [loc for loc, _k, _f in _placed(
        "CAHUL, May 14 - Fishermen in Cahul have demanded protection after smugglers shot and wounded two "
        "fishermen near Giurgiulesti on Tuesday night.", "2026-05-14")] == ["Giurgiuleşti"]
    # an act named by a noun in the after clause is still only recalled; a demanded act is no incident
    assert _placed("MALIANA, March 9 - Farmers in Maliana have urged the government to protect them after the "
                   "reported attack near Batugade.", "2026-03-09") == []
    assert _placed("MALIANA, March 9 - Farmers in Maliana have urged soldiers to open fire on smugglers near "
                   "Batugade.", "2026-03-09") == []


def test_forces_who_killed_men_who_tried_to_cross_are_an_incident():
    assert _placed("ATAMBUA, June 2 - Indonesian soldiers killed two men who tried to carry fuel across the border near "
                   "Motaain on Saturday, the district military command said.", "2026-06-02") == [("Mota'ain", "Attack", 2)]
    # a count alone is a toll of a fight told elsewhere, not an incident of its own
    assert _placed("ATAMBUA, June 2 - Indonesian soldiers killed two men near Motaain on Saturday.", "2026-06-02") == []


def test_a_capital_asked_to_explain_is_the_government_not_the_place_of_the_event():
    got = _placed("CAHUL - Relatives of a young man shot dead on Saturday protested outside the town hall on Monday, "
                  "demanding that Kyiv explain the killing.", "2026-11-16")
    assert all(loc != "Kyiv" for loc, _k, _f in got)
    # "said in Kyiv that": a place, not a government asked to act
    assert [loc for loc, _k, _f in _placed("CAHUL - Gunmen shot dead a trader in Kyiv on Saturday.", "2026-11-16")] \
        == ["Kyiv"]


def _points(text, published):
    from geomap.reading.pipeline import extract_text
    return [(f["properties"]["location"], f["geometry"]["coordinates"]) for f in
            extract_text(text, published=published)["features"] if f["properties"]["layer"] == "incident"]


def test_an_event_told_again_at_a_distance_from_the_town_is_at_that_point():
    from geomap.gazetteer import haversine_km

    text = ("KUPANG, Aug 4 - Gunmen killed three traders on the road near Atambua, police said on Monday.\n\n"
            "The attack took place on Saturday evening about 20 km south of the town, on the road to Betun.")
    got = _points(text, "2026-08-04")
    assert len(got) == 1 and got[0][0] == "Atambua"  # one attack: the road to Betun is where it lay
    lon, lat = got[0][1]
    assert abs(haversine_km(lat, lon, -9.106, 124.892) - 20) < 2 and lat < -9.2
    # the town named again rather than "the town"
    text = ("KUPANG, Aug 4 - Gunmen killed three traders near Atambua on Saturday, police said.\n\n"
            "The attack took place about 20 km south of Atambua.")
    lon, lat = _points(text, "2026-08-04")[0][1]
    assert abs(haversine_km(lat, lon, -9.106, 124.892) - 20) < 2
    # a distance told of another place in another clause keeps the event at the town
    text = ("KUPANG, Aug 4 - Gunmen killed three traders in Atambua on Saturday, police said.\n\n"
            "The attack came as soldiers clashed with smugglers near Betun, about 60 km south of Atambua.")
    lon, lat = [c for loc, c in _points(text, "2026-08-04") if loc == "Atambua"][0]
    assert haversine_km(lat, lon, -9.106, 124.892) < 2
    # a distance from the town told of something else keeps the event at the town
    text = ("KUPANG, Aug 4 - Gunmen killed three traders near Atambua on Saturday, police said.\n\n"
            "The nearest hospital lies about 20 km south of the town.")
    assert [loc for loc, _c in _points(text, "2026-08-04")] == ["Atambua"]
    lon, lat = _points(text, "2026-08-04")[0][1]
    assert haversine_km(lat, lon, -9.106, 124.892) < 2


def test_passages_33():
    p = load_passages("incident_passages_33.json")
    assert passage_scores(p, "tune") == (4, 3, [])
    assert passage_scores(p, "frozen") == (4, 2, [])


def test_a_herd_taken_by_armed_men_is_looting_at_the_place_whose_villagers_tell_it():
    assert _placed("SUAI, Oct 12 - Villagers in Suai said armed men had taken 30 head of cattle across the border on "
                   "Wednesday night.", "2026-10-12") == [("Suai", "Looting/property destruction", None)]
    # soldiers who took up positions took no herd
    assert _placed("SUAI, Oct 12 - Villagers in Suai said soldiers had taken up positions on the hills.", "2026-10-12") == []


def test_an_event_residents_tell_as_told_before_is_not_placed_at_their_home_again():
    text = ("ATAMBUA, Dec 1 - A drone exploded in a field near Atambua early on Sunday, officials said.\n\n"
            "Residents of Atambua told reporters that they heard the drone before the explosion.")
    assert len(_placed(text, "2026-12-01")) == 1


def test_a_place_named_only_for_the_officials_dealt_with_is_not_where_the_event_was():
    text = ("CAHUL, May 14 - About 200 people stood in the rain for three hours outside the town hall. The protest "
            "ended peacefully after the mayor promised a joint inquiry with Bolhrad district officials.")
    assert [loc for loc, _k, _f in _placed(text, "2026-05-14")] == ["Cahul"]
    # officials who were attacked there are still told at their town
    assert [loc for loc, _k, _f in _placed("CAHUL, May 14 - Gunmen attacked Bolhrad officials in Bolhrad on Monday.",
                                           "2026-05-14")] == ["Bolhrad"]
