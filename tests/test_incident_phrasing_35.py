"""Incidents unseen writers tell and the reader put elsewhere (round 35, inc35), as kinds, on invented
passages on frontiers no fixture covers (tests/fixtures/incident_passages_35.json: tune on Eritrea,
frozen on Cameroon-Nigeria). Real gazetteer and boundaries, no mocks.

- a brief lists a week's acts in one sentence joined by semicolons, the last told by what the
  residents of a place said: that act is at their place, not at a place of another segment;
- "X regional police say three were killed" after an act told at a town: X owns the police that
  speak, it is no place of the deaths, which are the town's act's.
"""

from incident_passages import incident_properties, load_passages, passage_scores

PASSAGES = load_passages("incident_passages_35.json")


def _at_least(scores, found, tolls):
    """The floors of one half (as scored when the rules were final); no incident where none happened."""
    assert scores[0] >= found and scores[1] >= tolls and scores[2] == []


def _placed(text, published="2026-05-05"):
    return sorted((p["location"], p["sub_event_type"], p["fatalities"]) for p in incident_properties(text, published))


def test_the_passages_score_at_least_their_floors():
    # (tune: Tesseney is read as a name the gazetteer lacks, placed at Barentu; frozen: all found)
    _at_least(passage_scores(PASSAGES, "tune"), 5, 1)
    _at_least(passage_scores(PASSAGES, "frozen"), 7, 2)


def test_an_act_told_by_residents_in_its_own_segment_is_at_their_place():
    got = _placed("CALABAR, May 19 - Separatist fighters ambushed a patrol near Mamfe on Monday; on Wednesday police "
                  "arrested five fuel smugglers at the Mfum crossing; and on Saturday residents of Ugep said gunmen "
                  "had stolen goats.", "2026-05-19")
    assert ("Ugep", "Looting/property destruction", None) in got
    assert ("Mfum", "Looting/property destruction", None) not in got


def test_a_river_in_apposition_to_the_residents_place_says_where_it_lies():
    got = _placed("ASMARA, March 9 - Soldiers arrested six smugglers at Barentu on Wednesday; and on Friday residents "
                  "of Om Hajer, on the Setit river, said armed men had stolen camels at night.", "2026-03-09")
    assert ("Om Hajer", "Looting/property destruction", None) in got


def test_what_villagers_told_reporters_in_its_own_segment_is_at_their_place():
    got = _placed("ASMARA, June 4 - Police arrested four men with smuggled fuel at Barentu on Tuesday; on Thursday "
                  "villagers in Tesseney told reporters that bandits had burned two grain stores.", "2026-06-04")
    # (Tesseney is a spelling the gazetteer lacks: placed near Barentu, under its own name)
    assert ("Tesseney", "Attack", None) in got


def test_residents_who_only_give_a_toll_in_another_segment_place_nothing():
    # the clash is at Barentu; the residents of Tesseney only give its toll
    got = _placed("ASMARA, Sept 21 - Soldiers clashed with smugglers near Barentu on Sunday; two of the smugglers "
                  "were killed, residents of Keren said.", "2026-09-21")
    assert [loc for loc, _k, _f in got] == ["Barentu"]


def test_the_unit_owning_the_police_that_give_a_toll_is_no_place_of_it():
    got = _placed("ASMARA, Aug 11 - Armed men opened fire on a bus at Keren late on Sunday. Anseba regional police "
                  "say three passengers were killed and five wounded.", "2026-08-11")
    assert got == [("Keren", "Attack", 3)]


FORCE_ACTS = load_passages("incident_passages_35b.json")


def test_the_force_act_passages_score_at_least_their_floors():
    # (tune: Om Hajer places no event at all, whatever the verb)
    _at_least(passage_scores(FORCE_ACTS, "tune"), 2, 0)
    _at_least(passage_scores(FORCE_ACTS, "frozen"), 3, 0)


def test_rounds_fired_at_someone_are_shots():
    assert _placed("BUEA, March 2 - A gendarme fired several rounds at a car that failed to stop at a checkpoint near "
                   "Mamfe on Sunday night.", "2026-03-02") == [("Mamfe", "Armed clash", None)]
    assert _placed('BUEA - The army says a soldier fired two rounds "at a man attempting to cut the fence" near Mamfe '
                   'overnight.', "2026-03-02") == [("Mamfe", "Armed clash", None)]
    # a salute, or rounds fired into the air, is no incident
    assert _placed("CALABAR - Soldiers fired 21 rounds in Ugep during a ceremony.", "2026-01-16") == []
    assert _placed("CALABAR - Soldiers fired a salute of 21 rounds at Ugep on Sunday.", "2026-01-16") == []
    assert _placed("CALABAR - A soldier fired two rounds into the air at Ugep to disperse the crowd.", "2026-01-16") == []


def test_officers_stoned_by_a_crowd_are_a_violent_demonstration():
    assert _placed("CALABAR, June 9 - Two customs officers were stoned by youths at the Mfum crossing on Tuesday.",
                   "2026-06-09") == [("Mfum", "Violent demonstration", None)]


def test_weapons_a_force_found_are_a_seizure():
    assert _placed("BUEA, Aug 21 - Gendarmes stopped a bus at Ekok on Thursday and found two pistols and a box of "
                   "cartridges in a passenger's bag.", "2026-08-21") == [("Ekok", "Disrupted weapons use", None)]
    # a body found is no seizure
    assert _placed("BUEA, Aug 21 - Gendarmes found a body in a field at Ekok on Thursday.", "2026-08-21") == []


SPREAD = load_passages("incident_passages_35c.json")


def test_the_spread_passages_score_at_least_their_floors():
    _at_least(passage_scores(SPREAD, "tune"), 4, 0)
    _at_least(passage_scores(SPREAD, "frozen"), 4, 0)


def test_an_act_that_spread_to_places_after_a_long_clause_is_there_too():
    got = _placed("BUEA, April 8 - Fighting between soldiers and separatist fighters started in Mamfe on Friday, at a "
                  "checkpoint on the road to the river port, and quickly spread to Nguti and Kumba, residents said.",
                  "2026-04-08")
    assert [loc for loc, _k, _f in got] == ["Kumba", "Mamfe", "Nguti"]
    # something else that spread (its own subject) adds no place
    got = _placed("BUEA, April 15 - Clashes in Mamfe, which started at a checkpoint on the road to the river port, have "
                  "closed schools, and fear has spread to Kumba.", "2026-04-15")
    assert [loc for loc, _k, _f in got] == ["Mamfe"]


OFFSETS = load_passages("incident_passages_35d.json")


def test_the_offset_passages_score_at_least_their_floors():
    _at_least(passage_scores(OFFSETS, "tune"), 2, 0)
    _at_least(passage_scores(OFFSETS, "frozen"), 2, 0)


def _points(text, published):
    from geomap.reading.pipeline import extract_text
    return [(f["properties"]["location"], f["properties"]["placement"], f["geometry"]["coordinates"]) for f in
            extract_text(text, published=published)["features"] if f["properties"]["layer"] == "incident"]


def test_an_unlisted_place_told_with_its_distance_from_the_crossing_named_before_is_at_that_point():
    from geomap.gazetteer import haversine_km

    got = _points("BUEA, Oct 9 - The Ekok crossing reopened on Monday after a week of closure.\n\nOn Sunday, separatist "
                  "fighters ambushed an army patrol at Mbinjong, in Manyu division, some 40 km east of the crossing.",
                  "2026-10-09")
    assert [(loc, how) for loc, how, _c in got] == [("Mbinjong", "offset from place told before")]
    lon, lat = got[0][2]
    assert abs(haversine_km(lat, lon, 5.873, 8.899) - 40) < 2 and lon > 9.2
    # a listed town told so keeps its own point
    got = _points("BUEA, Oct 12 - The Ekok crossing reopened on Monday.\n\nOn Sunday, soldiers clashed with separatist "
                  "fighters at Mamfe, some 45 km east of the crossing.", "2026-10-12")
    assert [(loc, how) for loc, how, _c in got] == [("Mamfe", "place")]


def test_a_name_the_gazetteer_lacks_is_no_place_an_act_spread_to():
    # its point would be a guess, and a toll split to it would stand there
    got = _placed("BUEA, April 8 - Fighting between soldiers and separatist fighters started in Mamfe on Friday, at a "
                  "checkpoint on the road to the river port, and spread to the village of Mbinjong, in Manyu division.",
                  "2026-04-08")
    assert [loc for loc, _k, _f in got] == ["Mamfe"]
