"""The words around a capitalised name that type it as a place (geomap.text.place_cues)."""
from geomap.text.place_cues import place_cues
from geomap.text.sentences import split_sentences


def cues(text):
    return {c.name: c for c in place_cues(text, split_sentences(text))}


def anchor(text, cue):
    return text[cue.anchor_start:].split()[0].strip(",.") if cue.anchor_start is not None else None


def test_village_of_x_near_y():
    text = "Refugees crossed through the village of Zaravandi near Adré, partners said."
    c = cues(text)["Zaravandi"]
    assert (c.kind, c.place_type, c.relation, anchor(text, c)) == ("village", "city", "near", "Adré")


def test_apposition_gives_the_container():
    text = "Fighters shelled Velmora, a village in Obock region, on Monday."
    c = cues(text)["Velmora"]
    assert (c.kind, c.relation, anchor(text, c)) == ("village", "in", "Obock")


def test_a_town_across_the_river_from_y_is_placed_near_y_rather_than_in_the_province():
    text = "Fighting raged around Puerto Zamal, a town in Apure state across the river from the Colombian town of Arauquita."
    c = cues(text)["Puerto Zamal"]
    assert (c.relation, anchor(text, c)) == ("across", "Arauquita")


def test_crossing_and_river_words_belong_to_the_mention_but_a_description_does_not():
    text = "Arrivals through the Tolvek crossing rose; the Marvi river flooded; the Dessa transit site is full."
    got = {text[c.start:c.end]: c.place_type for c in place_cues(text, split_sentences(text))}
    assert got == {"Tolvek crossing": "landmark", "Marvi river": "water", "Dessa": "landmark"}


def test_a_plural_district_word_types_the_whole_list():
    text = "Jets struck targets in the Tirzak and Pelvani districts of Kunar province."
    got = cues(text)
    assert set(got) == {"Tirzak", "Pelvani", "Kunar"}  # "Kunar province" is typed too (a region)
    assert all(got[n].place_type == "admin2" and anchor(text, got[n]) == "Kunar" for n in ("Tirzak", "Pelvani"))


def test_a_description_ends_at_the_comma():
    # "Tak, a Thai border town, followed clashes in Myanmar": Myanmar does not hold Tak
    # (typed by its nationality only: "Thai" says which country, the reading step whose town it is)
    got = cues("Shelling near Tak, a Thai border town, followed clashes in Myanmar.")
    assert "Tak" not in got or got["Tak"].anchor_start is None
    assert "Tak" not in cues("Shelling near Tak, a border town, followed clashes in Myanmar.")


def test_two_towns_near_the_frontier_with_a_province():
    text = "Fighting around Kelvessi and Dorondo, two Malian towns near the frontier with Soum province, went on."
    got = cues(text)
    assert set(got) == {"Kelvessi", "Dorondo", "Soum"}  # "Soum province" typed too
    assert all(anchor(text, got[n]) == "Soum" for n in ("Kelvessi", "Dorondo"))


def test_possessor_of_a_district():
    text = "Guards exchanged fire in Tajikistan’s Varzob district on Wednesday."
    c = cues(text)["Varzob"]
    assert c.place_type == "admin2" and text[:c.owner_end].endswith("Tajikistan")


def test_weekdays_and_organisations_are_not_containers_or_names():
    text = "The Rapid Support Forces camp was hit on Sunday; the Salarzai tehsil on Monday."
    got = cues(text)
    assert "Forces" not in got and "Rapid Support Forces" not in got
    assert got["Salarzai"].anchor_start is None


def test_the_word_filter_changes_no_cue(monkeypatch):
    """Only words some rule starts from are read: every cue is the one a reading of every word gives."""
    from conftest import same_without_word_filter

    from geomap.text import place_cues as module

    assert sum(map(len, same_without_word_filter(monkeypatch, module, "_CUE_WORDS", place_cues))) > 50


def test_a_province_the_gazetteer_may_lack_is_typed_with_its_countrys_possessive():
    text = "Drones struck farms in Syria’s Hazmiya province on Thursday."
    c = cues(text)["Hazmiya"]
    assert (c.kind, c.place_type) == ("province", "region")
    assert text[:c.owner_end].endswith("Syria")


def test_a_direction_before_the_container_does_not_hide_it():
    text = "Drones struck the village of Qarnawit in southern Syria’s Hazmiya province on Thursday."
    c = cues(text)["Qarnawit"]
    assert (c.relation, anchor(text, c)) == ("in", "Hazmiya")


def test_a_plural_kind_after_two_names_types_both():
    text = "Families sheltered in the Sobane and Tilène neighbourhoods, and on the Bota and Ngolo islands."
    got = cues(text)
    assert {n: got[n].place_type for n in ("Sobane", "Tilène", "Bota", "Ngolo")} == {
        "Sobane": "city", "Tilène": "city", "Bota": "landmark", "Ngolo": "landmark"}


def test_a_capitalised_town_is_part_of_the_name_but_a_lowercase_one_types_nothing():
    text = "Aid reached Bird Town on Friday; the border town was calm. Kpelle town elders met."
    got = cues(text)
    assert got["Bird Town"].place_type == "city"
    assert "border" not in got and "Kpelle" not in got


def test_an_unknown_name_in_a_countrys_province_is_told_in_the_province():
    text = "Gunmen came from Dobli in Guinea's Nzérékoré region on Sunday."
    c = cues(text)["Dobli"]
    assert (c.relation, anchor(text, c)) == ("in-unit", "Nzérékoré")


def test_a_kind_word_going_on_into_an_organisation_or_a_title_types_no_place():
    text = ("The Kolo River Union met on Monday, chaired by the Senior District Officer. "
            "The Kolo river rose, the Bomi District Council said.")
    got = cues(text)
    assert [c.end for c in got.values() if c.name == "Kolo"] == [text.index("Kolo river") + len("Kolo river")]
    assert "Senior" not in got
    assert got["Bomi"].place_type == "admin2"  # a unit's own body still names the unit


def test_a_plural_two_word_kind_types_both_names():
    text = "Refugees crossed through the Bolo and Tiwa crossing points in Kassala State on Monday."
    got = cues(text)
    assert got["Bolo"].place_type == "landmark" and got["Tiwa"].place_type == "landmark"
    assert anchor(text, got["Tiwa"]) == "Kassala"


def test_the_area_of_a_name_types_it_as_a_region():
    text = "Troops fought rebels around the gold-mining area of Tanga Woura, near the border, on Friday."
    c = cues(text)["Tanga Woura"]
    assert (c.kind, c.place_type) == ("area", "region")


def test_a_crossing_named_after_its_two_sides_types_both_names_but_a_hyphen_makes_one_name():
    text = "Traders met at the Velmo–Daruta crossing on Monday; the Kessa-Ombo border post stayed shut."
    c = cues(text)
    assert {n: c[n].place_type for n in ("Velmo", "Daruta")} == {"Velmo": "landmark", "Daruta": "landmark"}
    assert "Kessa" not in c and "Ombo" not in c


def test_a_plural_type_word_gives_each_listed_name_its_singular_kind():
    got = cues("Fighting spread in the Lokorit and Namugo counties and the Abeka and Tuvo regencies.")
    assert got["Lokorit"].kind == got["Namugo"].kind == "county"
    assert got["Abeka"].kind == got["Tuvo"].kind == "regency"


def test_a_plural_kind_before_of_types_every_name_of_its_list():
    text = "Gunmen burned the villages of Kolomba, Tessiri and Wandaka in Salamat province on Friday."
    got = cues(text)
    assert all(got[n].kind == "village" and got[n].place_type == "city" for n in ("Kolomba", "Tessiri", "Wandaka"))
    assert (got["Kolomba"].relation, anchor(text, got["Kolomba"])) == ("in", "Salamat")


def test_a_unit_word_before_of_types_the_name():
    got = cues("Officials in the jamoat of Dashtobod and in the sub-prefecture of Mboula said the road was shut.")
    assert (got["Dashtobod"].kind, got["Dashtobod"].place_type) == ("jamoat", "admin2")
    assert (got["Mboula"].kind, got["Mboula"].place_type) == ("sub-prefecture", "admin2")


def test_a_plural_kind_after_two_names_types_both():
    got = cues("Residents of Mberengwe and Tokolosi villages fled, while the Wumbe and Fungolo divisions stayed calm.")
    assert got["Mberengwe"].kind == got["Tokolosi"].kind == "village"
    assert got["Wumbe"].kind == got["Fungolo"].kind == "division"
    assert got["Wumbe"].place_type == "admin2"


def test_a_market_and_a_border_gate_are_landmarks():
    got = cues("Traders at the Nyakagezi market and at the Tabora Ndogo border gate said trucks were held.")
    assert (got["Nyakagezi"].kind, got["Nyakagezi"].place_type) == ("market", "landmark")
    assert (got["Tabora Ndogo"].kind, got["Tabora Ndogo"].place_type) == ("border gate", "landmark")


def test_a_units_command_is_no_place_named_after_the_unit():
    assert "Triangle" not in cues("The army's Triangle Region Command said militias had withdrawn.")


def test_the_islands_of_x_and_y_are_landmarks():
    got = cues("The boat sailed towards the islands of Bumbiro and Gozibe on Thursday.")
    assert got["Bumbiro"].place_type == got["Gozibe"].place_type == "landmark"


def test_a_people_before_village_is_no_village_name():
    got = cues("Shots were fired at Tamarupa, a Wayuri village near the highway; Kurdish villages were calm.")
    assert "Wayuri" not in got and "Kurdish" not in got


def test_the_unit_words_before_of_type_the_name_after_them():
    text = "Gendarmes clashed with smugglers in Clorinda, in the department of Pilcomayo, and in the wilayat of Qurayyat."
    got = cues(text)
    assert (got["Pilcomayo"].kind, got["Pilcomayo"].place_type) == ("department", "admin2")
    assert (got["Qurayyat"].kind, got["Qurayyat"].place_type) == ("wilayat", "admin2")


def test_the_border_post_of_x_is_a_crossing_but_a_trading_post_is_not():
    text = ("Traders blocked the road to the Argentine border post of Puerto Pilcomayo, far from the old "
            "trading post of Bahía Negra.")
    got = cues(text)
    assert (got["Puerto Pilcomayo"].kind, got["Puerto Pilcomayo"].place_type) == ("border post", "landmark")
    assert "Bahía Negra" not in got


def test_a_crossing_named_by_a_possessive_keeps_the_whole_name():
    text = "Raiders crossed near Sephapo's Gate, in Mafeteng district, on Sunday."
    c = cues(text)["Sephapo's Gate"]
    assert (c.kind, c.place_type, text[c.start:c.end]) == ("gate", "landmark", "Sephapo's Gate")


def test_a_bridge_named_after_its_river_is_the_bridge():
    text = "Trucks crossed the Old Drina River Bridge at dawn."
    c = cues(text)["Old Drina River"]
    assert (c.kind, c.place_type, text[c.start:c.end]) == ("bridge", "landmark", "Old Drina River Bridge")


def test_numbered_roads_and_capitalised_highways_are_named_places():
    text = ("Traders blocked National Route 11 near Clorinda and the Trans-Chaco Highway at Mariscal Estigarribia; "
            "the route 11 detour and the highway were calm.")
    got = cues(text)
    assert (got["National Route 11"].kind, got["National Route 11"].place_type) == ("road", "landmark")
    assert got["Trans-Chaco Highway"].place_type == "landmark"
    assert not any(name.lower().startswith(("route", "highway")) for name in got)
