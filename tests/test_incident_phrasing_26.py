"""Incidents told in ways the earlier rules missed (round 26, on invented passages about frontiers no
other fixture covers: tests/fixtures/incident_passages_26.json): reinforcements sent from a place (where
troops left: no incident there); an official killed "in X" (the victim's place, not a speaker's); a
toll told alone at the start of the paragraph after the one violent act told. At the end, the
passages themselves, scored as the border cases are. Real gazetteer and boundaries, no mocks.
"""


from geomap.reading.pipeline import extract_text
from incident_passages import incident_properties, load_passages, passage_scores


def _incidents(text, published="2026-05-05"):
    return incident_properties(text, published)


def test_reinforcements_sent_from_a_place_make_no_incident_there():
    incs = _incidents("Gunmen fired on a police patrol near La Cruz on Friday. The ministry said it had sent "
                      "reinforcements from Upala.")
    assert [p["location"] for p in incs] == ["La Cruz"]
    incs = _incidents("Gunmen killed a trader in Basse Santa Su on Monday. The army said it had sent more troops from "
                      "Brikama.")
    assert [p["location"] for p in incs] == ["Basse Santa Su"]


def test_an_official_killed_in_a_town_is_an_incident_there():
    incs = _incidents("Gunmen killed a customs officer in Basse Santa Su on Monday, the revenue authority said.")
    assert [(p["location"], p["fatalities"]) for p in incs] == [("Basse Santa Su", 1)]
    incs = _incidents("Gunmen shot dead two police officers in Soma on Monday.")
    assert [(p["location"], p["fatalities"]) for p in incs] == [("Soma", 2)]


def test_an_officer_in_a_town_who_speaks_is_still_a_speaker():
    incs = _incidents("Gunmen attacked a bus near Soma on Monday, a police officer in Farafenni said.")
    assert [p["location"] for p in incs] == ["Soma"]


def test_a_toll_opening_the_paragraph_after_the_one_act_is_its_toll():
    incs = _incidents("Gunmen attacked a bus near Soma on Thursday, police said.\n\nTwo passengers were killed, "
                      "a spokesman said.\n")
    assert [(p["location"], p["fatalities"]) for p in incs] == [("Soma", 2)]


def test_a_toll_opening_a_paragraph_after_two_acts_is_nobodys():
    incs = _incidents("Gunmen attacked a bus near Soma on Thursday, police said. Soldiers clashed with rebels near "
                      "Farafenni on Friday.\n\nTwo people were killed, a spokesman said.\n")
    assert sorted((p["location"], p["fatalities"]) for p in incs) == [("Farafenni", None), ("Soma", None)]


def test_a_toll_opening_a_paragraph_after_an_arrest_is_nobodys():
    incs = _incidents("Police arrested ten traders in Soma on Thursday.\n\nTwo people were killed, a spokesman said.\n")
    assert [(p["location"], p["fatalities"]) for p in incs] == [("Soma", None)]


def test_smugglers_attacking_police_is_a_clash_but_police_saying_is_not_its_object():
    incs = _incidents("Smugglers attacked Chinese police in Hekou on Tuesday, wounding two officers.")
    assert [p["sub_event_type"] for p in incs] == ["Armed clash"]
    incs = _incidents("Bandits killed two traders in Soma on Tuesday, police said.")
    assert [p["sub_event_type"] for p in incs] == ["Attack"]


def _incident_points(text):
    fc = extract_text(text, published="2026-05-05")
    return [(f["properties"]["location"], f["properties"]["sub_event_type"], round(f["geometry"]["coordinates"][1]),
             round(f["geometry"]["coordinates"][0])) for f in fc["features"] if f["properties"]["layer"] == "incident"]


def test_a_crossing_with_a_country_is_the_namesake_on_that_frontier():
    # (the gazetteer's larger Hekou is in Henan, at 35 N 117 E; the crossing's is in Yunnan at 23 N 104 E)
    assert _incident_points("Smugglers attacked a police patrol at the Hekou crossing with Vietnam on Tuesday.") == [
        ("Hekou", "Armed clash", 23, 104)]
    # (with a province named far from the crossing, the crossing's town is not dropped as a far "the X")
    assert _incident_points("Smugglers attacked a police patrol at the Hekou crossing with Vietnam on Tuesday, "
                            "Yunnan police said.") == [("Hekou", "Armed clash", 23, 104)]


def test_a_town_without_a_crossing_word_keeps_its_reading():
    fc = extract_text("Traders in Hekou said prices had risen this week.", published="2026-05-05")
    assert [round(f["properties"].get("iso3") and f["geometry"]["coordinates"][1]) for f in fc["features"]
            if f["properties"]["layer"] == "place"] == [35]


def test_an_unlisted_checkpoint_troops_were_sent_to_is_not_put_where_they_left():
    # ("the Upper Kesheli checkpoint", invented, is not in the gazetteer; Vladikavkaz, 35 km north, is only where the troops came from;
    # nor, without a place in the sentence, is it by the nearest place named before it: unlisted_points.nearby)
    text = ("Georgian border policeman wounded by fire from Russian side\n\nTBILISI - A Georgian border policeman was "
            "wounded by gunfire from the Russian side near Stepantsminda on Wednesday, Georgia's interior ministry said."
            "\n\nMoscow denied involvement. Russia's border service said it had sent reinforcements from Vladikavkaz "
            "to the Upper Kesheli checkpoint as a precaution.\n")
    fc = extract_text(text, published="2026-09-16")
    lars = [f for f in fc["features"] if f["properties"]["layer"] == "place" and f["properties"]["name"] == "Upper Kesheli"]
    assert lars and all(f["properties"].get("placed_at") != "Vladikavkaz" for f in lars)  # (unplaced, or placed elsewhere)


# --- the invented passages of tests/fixtures/incident_passages_26.json, scored as the border cases are: a gold
# incident is found when an incident feature has a point within its radius.

_PASSAGES = load_passages("incident_passages_26.json")


def test_the_invented_passages_tune_half():
    found, tolls, false = passage_scores(_PASSAGES, "tune")
    assert found >= 14 and tolls >= 8 and false == []


def test_the_invented_passages_frozen_half():
    found, tolls, false = passage_scores(_PASSAGES, "frozen")
    assert found >= 10 and tolls >= 5 and false == []


def test_the_invented_passages_written_late():
    # (eight more passages on frontiers no border set covers, written after the rules above once the first twenty
    # turned out to share frontiers with the border sets; scored on the starting commit before any rule of the
    # crossing namesakes or of smugglers attacking police: 7/9 incidents, 3/6 tolls, one false at Tashkent; the
    # official counted as one dead was then built on g5's miss, so its 6th toll is tuned, not held out)
    found, tolls, false = passage_scores(_PASSAGES, "late")
    assert found >= 9 and tolls >= 6 and false == []


def test_police_in_a_town_of_the_country_its_sentence_names_arrest_there():
    # ("Šid" keeps only Haiti's Sud department after the word filter; the sentence names the Serbian side, where the
    # Serbian town stands beside the story's one Croatian place)
    text = ("ZAGREB - Croatian police fired tear gas at migrants at Tovarnik on Monday, the ministry said.\n\n"
            "On the Serbian side, police in Šid arrested 12 suspected smugglers on Tuesday.\n")
    assert ("Šid", "Arrests", 45, 19) in _incident_points(text)


def test_an_official_or_a_chief_killed_is_one_dead_and_a_speaking_official_counts_none():
    incs = _incidents("Gunmen killed a customs official in Soma on Saturday night, the revenue authority said.")
    assert [(p["location"], p["fatalities"]) for p in incs] == [("Soma", 1)]
    incs = _incidents("Gunmen shot dead a village chief in Soma on Saturday.")
    assert [(p["location"], p["fatalities"]) for p in incs] == [("Soma", 1)]
    incs = _incidents("Gunmen attacked a bus near Soma on Saturday, killing three passengers, a local official said.")
    assert [(p["location"], p["fatalities"]) for p in incs] == [("Soma", 3)]


def test_one_person_heading_a_kin_list_of_untold_size_is_no_toll():
    incs = _incidents("Gunmen killed a teacher, his wife and their children in Soma on Saturday.")
    assert [(p["location"], p["fatalities"]) for p in incs] == [("Soma", None)]
