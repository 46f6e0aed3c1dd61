"""Textual cues used to place incidents and choose the frontier (geomap.text.cues)."""

from geomap.text import cues


def at(sentence, word):
    return sentence.index(word)


def test_border_location_ignores_border_institutions():
    assert cues.has_border_location("Clashes erupted at several points along the border.")
    assert cues.has_border_location("Shells fell on a cross-border market.")
    assert not cues.has_border_location("Talks went on within a joint border committee.")
    assert not cues.has_border_location("The border dispute dates back a century.")
    assert cues.has_border_words("The border dispute dates back a century.")


def test_clause_span_stops_at_background_and_coordination():
    s = "Talks resumed on Monday, following renewed fighting along the border."
    cs, ce = cues.clause_span(s, at(s, "Talks"), at(s, "Talks") + 5)
    assert "border" not in s[cs:ce]
    s = "Refugees sheltered near Arba and that stray bullets hit houses in Dola."
    cs, ce = cues.clause_span(s, at(s, "stray"), at(s, "stray") + 13)
    assert "Dola" in s[cs:ce] and "Arba" not in s[cs:ce]


def test_speaker_mediator_destination_and_near():
    s = "Officials in Arba said troops shelled Dola."
    assert cues.is_speaker_place(s, at(s, "Arba")) and not cues.is_speaker_place(s, at(s, "Dola"))
    s = "A truce brokered by Arba collapsed, and troops clashed in Dola."
    assert cues.is_mediator_context(s, at(s, "Arba"), at(s, "Arba") + 4)
    assert not cues.is_mediator_context(s, at(s, "Dola"), at(s, "Dola") + 4)
    s = "Families were evacuated from villages in Arba to the city of Dola."
    assert cues.is_destination(s, at(s, "Dola")) and not cues.is_destination(s, at(s, "Arba"))
    s = "Shells fell 10 km north of Arba and in Dola."
    assert cues.is_near_qualified(s, at(s, "Arba")) and not cues.is_near_qualified(s, at(s, "Dola"))


def test_border_site_anaphor_city_of_and_actors():
    assert cues.names_border_site("They met at a border checkpoint in the east.")
    assert not cues.names_border_site("They met in the capital.")
    assert cues.anaphor_kinds("Shelling hit the town again.") == {"town"}
    assert cues.anaphor_kinds("Fighting went on there.") == {"any"}
    s = "Many fled to the city of Dola."
    assert cues.is_city_of(s, at(s, "Dola"))
    words = [w for w, _ in cues.military_actors("Thai troops and Cambodia's army exchanged fire.")]
    assert words == ["Thai", "Cambodia"]


def test_riot_police_is_not_a_riot():
    from geomap.text.event_words import classify_event

    assert classify_event("He had served with the city's riot police for years.") is None
    assert classify_event("Rioters torched shops in the market.").event_type == "Riots"


def test_coordination_containers_origins_and_offsets():
    from geomap.text import cues

    s = "Drones struck positions near Sotk, close to the border, and near the town of Vardenis, the ministry said."
    cs, ce = cues.clause_span(s, 0, 6)
    assert "Vardenis" not in s[cs:ce] and "Vardenis" in s[cs:cues.coordinated_clause_end(s, ce)]
    assert cues.is_container_of_previous(", in ") and cues.is_container_of_previous(", the capital of ")
    assert cues.is_container_of_previous(" in Pakistan's ") and not cues.is_container_of_previous(" and in villages near ")
    t = "Shells fired from the Venezuelan bank hit a boat"
    assert cues.is_origin(t, t.index("Venezuelan"))
    u = "the rebels seized Sake, 25 km west of Goma"
    assert cues.stated_offset(u, u.index("Goma")) == (25.0, 270.0)
    v = "along the 50 km border north of Kotli"
    assert cues.stated_offset(v, v.index("Kotli")) is None


def test_residents_who_speak_are_speakers_but_residents_who_flee_are_not():
    from geomap.text import cues
    s = "Residents of Zaranj, the provincial capital, said families had fled."
    assert cues.is_speaker_place(s, s.index("Zaranj"))
    s = "Residents of Jermuk fled as shells fell, officials said."
    assert not cues.is_speaker_place(s, s.index("Jermuk"))


def test_fled_into_a_country_near_a_town_names_where_people_went():
    assert cues.displacement_direction("More than 300 guards fled into Bangladesh near ") == "to"
    assert cues.displacement_direction("villagers fled to escape shelling near ") == "from"
    assert cues.displacement_direction("300 families had fled Dangam for ") == "to"
    assert cues.displacement_direction("300 families had fled ") == "from"
    assert cues.displacement_direction("600 residents of ") == "from"
    assert cues.displacement_direction("are sheltering in schools in ") == "to"
    assert cues.displacement_direction("the UN said ") is None


def test_displacement_groups_split_each_groups_movement():
    s = "About 1,800 people were evacuated from X this week, while 600 residents of Y left for Z; most reached W."
    parts = [s[a:b] for a, b in cues.displacement_groups(s)]
    assert len(parts) == 3 and "1,800" in parts[0] and "600" in parts[1] and "most" in parts[2]
    assert cues.is_anaphoric_group(parts[2]) and not cues.is_anaphoric_group(parts[1])


def test_reference_points_are_no_areas():
    s = "a town in Apure state across the river from the Colombian town of Arauquita"
    assert cues.is_reference_point(s, s.index("Arauquita"))
    s = "two towns near the frontier with Soum province"
    assert cues.is_reference_point(s, s.index("Soum"))
    s = "people fled from Soum province"
    assert not cues.is_reference_point(s, s.index("Soum"))


def test_where_the_dead_were_counted():
    s = "killing two people in Kherson and damaging a hospital in Beryslav"
    assert cues.is_toll_place(s, len("killing two"), s.index("Kherson"))
    assert not cues.is_toll_place(s, len("killing two"), s.index("Beryslav"))
    s = "after two injured workers died in hospital in Mandera"
    assert cues.is_care_place(s, s.index("Mandera"))
    assert cues.place_untold("Police said two more bodies had been recovered but did not say where.")
    assert cues.place_untold("11 refugees had died; where they were wounded is not known.")
    assert not cues.place_untold("Two people were killed in Kherson.")
    assert cues.place_untold("Two soldiers died in the operation, he said, without giving details of where.")
    assert cues.place_untold("The ministry did not give details of where the three had been hurt.")
    assert not cues.place_untold("Armed men burned houses, the mission said, without giving a toll.")


def test_relative_clause_after_a_place():
    s = "The district lies 25 km west of Kantharalak, which was hit by rockets."
    end = s.index("Kantharalak") + len("Kantharalak")
    assert cues.in_relative_clause_after(s, end, s.index("hit"))
    s2 = "Rockets hit 25 km west of Kantharalak, the governor said."
    end2 = s2.index("Kantharalak") + len("Kantharalak")
    assert not cues.in_relative_clause_after(s2, end2, s2.index("hit"))


def test_an_army_camp_at_a_place_is_not_where_people_sheltered():
    from geomap.text.cues import is_destination

    s = "Rebels overran two military camps at Rikhawdar on Monday."
    assert not is_destination(s, s.index("Rikhawdar"))
    s = "Families are staying in camps at Rikhawdar."
    assert is_destination(s, s.index("Rikhawdar"))


def test_where_something_was_said_is_a_speaker_place_for_every_step():
    # one cue shared by incidents, tolls, displacement and unlisted places (each had its own)
    for s, name in (("IOM said in Harare that 2,300 people had fled Chipinge.", "Harare"),
                    ("The army said on Monday from Lusaka that troops had repelled the raid.", "Lusaka"),
                    ("In a statement issued in Maputo, the ministry said the post was shelled.", "Maputo"),
                    ("Speaking by phone from Kasese, the mayor said the town was calm.", "Kasese")):
        assert cues.is_speaker_place(s, s.index(name)), s
    s = "Families fled Chipinge for Mutare, officials said."
    assert not cues.is_speaker_place(s, s.index("Chipinge")) and not cues.is_speaker_place(s, s.index("Mutare"))
