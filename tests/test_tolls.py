"""Whose death toll a number is (geomap.reading.tolls, geomap.text.toll_cues): a toll stays on
the incident its words tie it to, and stays null (its words kept) rather than moving.

The articles are invented for these tests; each test fails when its rule is taken out.
"""

from geomap.reading.pipeline import extract_text
from geomap.text.toll_cues import coordinated_name, in_told_event, is_long_total, locative_names, refers_back


def incidents(text, published):
    return [f["properties"] for f in extract_text(text, published=published)["features"]
            if f["properties"]["layer"] == "incident"]


def test_a_toll_told_for_a_place_of_its_own_stays_off_the_incident_before():
    incs = incidents("Russian shells hit Kramatorsk on Monday. Three people were killed in Oleksiivka-Nova, "
                     "a local official said.", "2024-05-14")
    assert [p["location"] for p in incs] == ["Kramatorsk"]
    assert incs[0]["fatalities"] is None


def test_a_toll_whose_own_place_is_unknown_stays_null_with_its_words_on_the_frontier_incident():
    incs = incidents("Ethiopian and Somali troops clashed near the border on Monday. In a separate attack, gunmen "
                     "killed four people at a checkpoint outside Qarsadle, a border town, on Tuesday.", "2022-07-21")
    killed = [p for p in incs if p["fatalities_text"] == "killed four"]
    assert killed and all(p["fatalities"] is None for p in killed)
    assert all(p["fatalities"] in (None, 0) for p in incs)


def test_a_toll_pointing_back_at_an_attack_is_not_the_town_where_the_wounded_died():
    incs = incidents("Militants crossed from Somalia's Gedo region on Sunday. On Monday, gunmen attacked Xandaro and "
                     "Qorsaley, two villages on the Somali border, and burned 30 houses; the toll from that attack "
                     "has risen to six, after two of the wounded died in Wajir.", "2023-07-22")
    assert all(p["fatalities"] is None for p in incs)
    assert any(p["fatalities_text"] == "toll from that attack has risen to six" for p in incs)


def test_a_toll_told_for_two_places_at_once_is_neither_ones():
    incs = incidents("Russian air strikes near Kramatorsk and Druzhkivka killed 12 people on Monday.", "2024-05-14")
    assert {p["location"] for p in incs} == {"Kramatorsk", "Druzhkivka"}
    assert all(p["fatalities"] is None for p in incs)


def test_a_region_wide_toll_in_the_next_sentence_does_not_join_a_town_incident():
    incs = incidents("Attackers ambushed an army patrol near Bani Bangou on Sunday, the defence ministry said. "
                     "Dozens of civilians have been killed in attacks across the Dosso region since January.",
                     "2023-03-21")
    town = [p for p in incs if p["location"] == "Bani Bangou"]
    assert town and town[0]["fatalities"] is None
    assert all(p["fatalities"] != 12 or p["location"] == "Dosso" for p in incs)


def test_a_toll_told_alone_without_a_place_still_joins_the_incident_before():
    incs = incidents("Attackers ambushed an army patrol near Bani Bangou on Sunday, the defence ministry said. "
                     "Eleven soldiers were killed.", "2023-03-21")
    assert [(p["location"], p["fatalities"]) for p in incs] == [("Bani Bangou", 11)]


def test_a_demonym_after_a_locative_word_is_no_place_of_its_own():
    incs = incidents("Congolese shells hit Bunagana on Sunday; three people were killed near the Ugandan side of "
                     "the town.", "2024-03-05")
    assert [p["fatalities"] for p in incs if p["location"] == "Bunagana"] == [3]


def test_a_toll_on_a_river_goes_to_the_village_the_text_puts_it_near():
    """The river is no place for the toll; the village the gazetteer lacks is found from "near X"
    (an unlisted place), and the toll is that incident's (before unlisted places were read, it
    stayed null with its words)."""
    incs = incidents("A Guyana Defence Force soldier was killed on Tuesday when his boat came under fire on the "
                     "Cuyuni River near Kaikan-Wari, the army said.", "2023-11-08")
    assert [(p["location"], p["fatalities"]) for p in incs] == [("Kaikan-Wari", 1)]
    assert incs[0]["fatalities_text"] == "A Guyana Defence Force soldier was killed"


def test_a_place_beside_a_side_is_not_two_places():
    incs = incidents("Russian forces shelled Vovchansk and Ukrainian troops fired back on Monday, killing two "
                     "soldiers.", "2024-05-14")
    assert [p["fatalities"] for p in incs if p["location"] == "Vovchansk"][:1] == [2]


def test_a_speaker_place_is_no_other_place_for_a_toll_told_alone():
    incs = incidents("Russian shells hit Kramatorsk on Monday. Three people were killed, officials in Kharkiv said.",
                     "2024-05-14")
    assert [(p["location"], p["fatalities"]) for p in incs] == [("Kramatorsk", 3)]


def test_text_rules():
    text = "Three people were killed in Kiwanja on Sunday, and a market in Kolofata was hit."
    assert [text[a:b] for a, b in locative_names(text)] == ["Kiwanja", "Kolofata"]
    assert locative_names("It happened in March, on a Sunday.") == []
    assert locative_names("Two died in Monday's shelling after jets struck Taliban positions and hit RSF bases.") == []
    assert refers_back("the toll from that attack has risen to eight")
    assert not refers_back("killing at least 11 people")
    s = "strikes near Yeed and El Barde killed 100"
    assert coordinated_name(s, s.index("Yeed"), s.index("Yeed") + 4) == "El"
    assert coordinated_name("fighting around Kajo-Keji town on Monday", 16, 25) is None


def test_a_total_over_several_events_of_a_week_is_no_one_incidents_toll():
    # "two attacks ... this week": 19 is the sum of two events, which ACLED codes apart
    incs = incidents("Two attacks by armed groups in Cambodia's Oddar Meanchey province killed at least 19 "
                     "civilians this week, officials said.", "2024-09-19")
    assert incs and all(p["fatalities"] is None for p in incs)
    assert any(p["fatalities_text"] for p in incs)
    # one attack's toll is still its own
    one = incidents("An attack by armed groups in Cambodia's Oddar Meanchey province killed at least 19 "
                    "civilians on Monday, officials said.", "2024-09-19")
    assert [p["fatalities"] for p in one] == [19]


def test_a_toll_told_at_a_place_holding_no_incident_keeps_its_words_without_its_number():
    incs = incidents("Troops shelled Kantharalak on Monday, and officials said two people were killed in Surin.",
                     "2025-12-10")
    assert [(p["location"], p["fatalities"]) for p in incs] == [("Kantharalak", None)]
    assert incs[0]["fatalities_text"] == "two people were killed"
    assert "Surin" in incs[0]["fatalities_basis"]


def test_a_toll_told_without_details_of_where_stays_off_the_incident_before():
    incs = incidents("Kenyan troops clashed with militants near Mandera on Sunday, a police officer said. Two soldiers "
                     "were killed during the operation, the officer said, without giving details of where.", "2024-03-12")
    assert [p["location"] for p in incs] == ["Mandera"]
    assert incs[0]["fatalities"] is None


def test_a_road_between_two_towns_is_one_place_for_its_toll():
    incs = incidents("On 3 March, a roadside bomb hit a bus on the road between Garissa and Dadaab, killing six "
                     "passengers, police said.", "2024-03-05")
    assert [p["fatalities"] for p in incs if p["fatalities_text"]] == [6]


def test_deaths_also_counted_in_an_event_told_before_are_no_second_toll():
    incs = incidents("The death toll from Saturday's clash between Kyrgyz and Tajik border guards near Isfara has "
                     "risen to four, officials said on Monday. A Tajik spokesman said one of its guards had also been "
                     "killed in the exchange of fire near Vorukh.", "2024-06-10")
    assert sum(p["fatalities"] or 0 for p in incs) == 4
    vorukh = [p for p in incs if p["fatalities_text"] == "one of its guards had also been killed"]
    assert vorukh and vorukh[0]["fatalities"] is None
    # "the shelling of X" names an event of its own; without "also", the event's next place may have its own toll
    text = "Shelling killed two people in Kherson on Monday. Three were also killed in the shelling of Mykolaiv."
    toll = (text.index("Three"), text.index(" in the shelling of"))
    assert not in_told_event(text, *toll)
    assert in_told_event(text.replace(" of Mykolaiv", ""), *toll)
    assert not in_told_event(text.replace(" also", "    "), *toll)


def test_the_same_deaths_told_again_at_their_village_leave_the_province():
    incs = incidents("Azerbaijani shells hit villages in Armenia's Syunik province on Monday, killing two civilians, "
                     "officials said. The two, a shepherd and his son, were killed when a shell hit their house in "
                     "Goris, the mayor said.", "2024-04-16")
    tolls = [(p["location"], p["fatalities"]) for p in incs if p["fatalities"]]
    assert tolls == [("Goris", 2)]


def test_a_toll_whose_place_is_told_by_reference_goes_back_not_forward():
    incs = incidents("Air strikes hit suspected militant positions around Kidal on Thursday. Residents said at least "
                     "nine people were killed when a strike hit a market in the town. The army said it had clashed "
                     "with gunmen near Tessalit on Friday.", "2024-04-20")
    assert {p["location"]: p["fatalities"] for p in incs}.get("Tessalit", "none") is None
    assert [p["fatalities"] for p in incs if p["location"] != "Tessalit" and p["fatalities"]] in ([], [9])


def test_an_event_told_again_with_its_toll_gives_it_to_that_event():
    incs = incidents("Israeli air strikes hit the outskirts of Hermel in Lebanon's Baalbek-Hermel governorate on "
                     "Tuesday night.\n\n"
                     "The strikes hit several warehouses in Hermel, killing five people, local officials said. Syrian "
                     "troops clashed with smugglers near Qusayr on Wednesday.", "2024-05-02")
    assert [(p["location"], p["fatalities"]) for p in incs if p["fatalities"]] == [("El Hermel", 5)]


def test_a_toll_on_the_frontier_line_stays_null_when_the_next_sentence_places_the_event():
    # (an invented village: no gazetteer knows where the checkpoint is)
    incs = incidents("Venezuelan troops opened fire on smugglers near the border with Colombia on Saturday, killing "
                     "two people. The shooting happened at a checkpoint outside Boca de Taruma, officials said.",
                     "2024-03-04")
    assert incs and all(p["fatalities"] is None for p in incs)
    assert any(p["fatalities_text"] == "killing two" for p in incs)
    # a frontier village the bundled frontier places know takes the event and its toll
    incs = incidents("Venezuelan troops opened fire on smugglers near the border with Colombia on Saturday, killing "
                     "two people. The shooting happened at a checkpoint outside Boca de Grita, officials said.",
                     "2024-03-04")
    assert [(p["location"], p["fatalities"]) for p in incs] == [("Boca de Grita", 2)]


def test_a_toll_told_alone_does_not_join_an_event_told_apart():
    text = ("Ethiopian troops shelled positions near Dolow on Sunday. At least eight people were killed, residents "
            "said. Separately, Kenyan troops clashed with militants near Mandera on Monday.")
    incs = incidents(text, "2024-05-10")
    assert {p["location"]: p["fatalities"] for p in incs}.get("Mandera", "none") is None


def test_the_town_told_by_reference_is_no_province():
    incs = incidents("Air strikes hit suspected militant positions in Mali's Mopti region on Thursday. Residents said "
                     "nine people were killed when a strike hit a market in the town.", "2024-04-20")
    assert incs and all(p["fatalities"] is None for p in incs)


def test_a_running_total_over_years_is_no_one_incidents_toll():
    incs = incidents("Kyrgyz and Tajik border guards exchanged fire near Vorukh on Friday. A total of 24 people have "
                     "died in border clashes since 2021, officials said.", "2024-05-10")
    assert incs and all(p["fatalities"] is None for p in incs)
    # one event compared with the years before keeps its toll
    one = incidents("Gunmen killed 12 people in Bunagana on Monday, the deadliest attack since 2021.", "2024-05-10")
    assert [p["fatalities"] for p in one] == [12]
    assert is_long_total("More than 200 people have been killed since the war began.", 10, 35)
    assert not is_long_total("Dozens have been killed since the start of the month.", 0, 30)


def test_counts_told_for_two_places_and_summed_are_no_one_incidents_toll():
    incs = incidents("Clashes in Kiwanja left five dead, while in Rutshuru three soldiers were killed, the army said.",
                     "2024-05-10")
    assert incs and all(p["fatalities"] is None for p in incs)
    # a follow-up toll names its own event's place
    one = incidents("The death toll from Friday's shelling of Nikopol has risen to 14, officials said.", "2024-05-10")
    assert [p["fatalities"] for p in one] == [14]


_FOLLOW_UP_LEDE = ("NAIROBI, May 14 — The death toll from Sunday's raid by gunmen from Somalia on villages in Kenya's "
                   "Mandera county has risen to 17, officials said on Tuesday, after three wounded people died in "
                   "hospital in Nairobi.\n\nThe gunmen, believed to be militants from Somalia, raided two villages "
                   "near Rhamu in Mandera county at dawn, killing mostly women and children, police said.")


def test_a_follow_up_toll_told_alone_counts_the_raid_told_beside_it_without_a_number():
    assert [(p["location"], p["fatalities"]) for p in incidents(_FOLLOW_UP_LEDE, "2024-05-14")] == [("Rhamu", 17)]
    # another day's raid, or a raid in another county, is not the one the toll counts
    other_day = _FOLLOW_UP_LEDE.replace("raided two villages", "on Friday raided two villages")
    assert [p["fatalities"] for p in incidents(other_day, "2024-05-14")] == [None]
    other_county = _FOLLOW_UP_LEDE.replace("villages in Kenya's Mandera county", "villages in Kenya's Wajir county")
    assert [p["fatalities"] for p in incidents(other_county, "2024-05-14")] == [None]


def test_a_risen_toll_replaces_the_first_count_of_the_same_attack_told_beside_it():
    text = ("The death toll from Saturday's attack on a village in Kenya's Mandera county has risen to 17, "
            "officials said on Tuesday. Gunmen stormed Takaba at dawn on Saturday, killing twelve villagers.")
    incs = incidents(text, "2023-07-25")
    assert 12 not in {p["fatalities"] for p in incs}
    assert any(p["fatalities_text"] == "killing twelve" for p in incs)  # the words stay
    # another day's attack keeps its own count
    text = text.replace("at dawn on Saturday", "at dawn on Monday")
    assert 12 in {p["fatalities"] for p in incidents(text, "2023-07-25")}


def test_a_toll_of_an_event_told_at_two_joined_places_stays_off_its_first_place():
    # the first place chosen is not itself joined to the others ("near X across Y and Z provinces")
    incs = incidents("Turkish drones and artillery pounded villages near Kobani across the north of Syria's Raqqa and "
                     "Hasakah provinces on Wednesday, killing at least 9 people, the SDF said.", "2025-01-09")
    assert len(incs) >= 2 and all(p["fatalities"] is None for p in incs)
    assert any(p["fatalities_text"] == "killing at least 9" for p in incs)


def test_a_toll_told_at_an_area_named_with_adjectives_stays_off_the_frontier_line():
    s = "The army said it had killed 14 rebels in fighting around the gold-mining area of Tarbaka, on the border."
    assert [s[a:b] for a, b in locative_names(s)] == ["Tarbaka"]
    incs = incidents("Sudan's army said on Monday it had killed 14 rebels in fighting around the gold-mining area of "
                     "Tarbaka, on the border with South Sudan.", "2024-03-05")
    assert incs and all(p["fatalities"] is None for p in incs)


def test_a_place_the_dead_came_from_is_no_second_place_of_the_toll():
    incs = incidents("Two men from Kherson were killed when Russian shells hit Beryslav on Monday.", "2024-10-14")
    assert [(p["location"], p["fatalities"]) for p in incs] == [("Beryslav", 2)]


def test_a_toll_naming_no_place_stays_off_an_incident_placed_by_a_guess():
    # the village the gazetteer lacks stands at a neighbour's point; the toll told beside it names no place
    text = ("NAIROBI, May 27 - Gunmen attacked a police post in the village of Bura Dhima near Garissa on Saturday, "
            "police said. Officials reported five officers killed.")
    incs = incidents(text, "2024-05-27")
    assert [p["placement"] for p in incs if p["location"] == "Bura Dhima"] == ["unlisted place"]
    assert all(p["fatalities"] is None for p in incs)
    # a toll that names the place is that place's
    incs = incidents(text.replace("Officials reported five officers killed.",
                                  "Five officers were killed in Bura Dhima, officials said."), "2024-05-27")
    assert [p["fatalities"] for p in incs if p["location"] == "Bura Dhima"] == [5]
    # in the event's own sentence: the deaths' words and the event's clause name no place of it
    incs = incidents("Residents of the village of Kotobaga in Dama Chiefdom, Kenema District, are living in "
                     "fear after Liberian soldiers allegedly shot dead a farmer on Sunday morning.", "2024-06-04")
    assert incs and all(p["fatalities"] is None for p in incs)
    assert any(p["fatalities_text"] == "shot dead a farmer" for p in incs)


def test_a_toll_does_not_follow_its_event_to_a_village_the_gazetteer_lacks():
    # the event first stood on the frontier line; the next sentence puts it at a name the gazetteer
    # lacks, standing at a neighbour's point: two guesses together are no number
    text = ("Venezuelan soldiers opened fire on villagers near the border with Brazil on Saturday, killing two "
            "people. The shooting happened at a checkpoint in Warakopai, a village on the road that links Santa "
            "Elena de Uairén with the rest of Bolívar state, community leaders said.")
    incs = [p for p in incidents(text, "2025-03-02") if p["placement"] == "place told later"]
    assert [(p["location"], p["fatalities"], p["fatalities_text"]) for p in incs] == [("Warakopai", None, "killing two")]


def test_deaths_told_beside_an_attack_and_burning_are_the_attacks():
    # burning houses kills no one when an attack is told beside it: the toll is the attack's
    text = ("Militants crossed from Somalia on Sunday. On Monday, gunmen attacked a village near El Wak and burned "
            "30 houses; the toll from that attack has risen to six, officials said.")
    tolled = [(p["sub_event_type"], p["fatalities"]) for p in incidents(text, "2023-07-22") if p["fatalities"]]
    assert tolled == [("Attack", 6)]


def test_the_clause_telling_what_killed_them_ties_the_deaths_to_its_place():
    # a village the gazetteer lacks, named in the "after ..." clause of the deaths: they are its
    text = ("Kenyan police said on Saturday that two herders were killed after gunmen attacked their homes in "
            "Warakopai, a village near Mandera, on Friday night.")
    tolled = [(p["location"], p["fatalities"]) for p in incidents(text, "2024-05-12") if p["fatalities_text"]]
    assert tolled == [("Warakopai", 2)]


def test_the_dead_of_an_event_with_no_place_are_not_the_toll_of_the_event_before():
    fc = extract_text("Gunmen attacked a market in Abeche on Sunday. Hours later, militants ambushed a patrol, "
                      "killing two soldiers.", published="2026-07-15")
    (p,) = [f["properties"] for f in fc["features"] if f["properties"]["layer"] == "incident"]
    assert (p["location"], p["fatalities"]) == ("Abéché", None)
