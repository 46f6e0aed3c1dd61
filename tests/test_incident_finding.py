"""Which incidents an article gives and where (geomap.reading.events, .placement, .candidates and
geomap.text.event_words), on sentences written for these tests about frontiers no fixture is
about (issue 12: incidents found at their place). Each test names the rule it needs."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from geomap.reading.candidates import incident_candidates
from geomap.reading.mentions import Mention
from geomap.reading.pipeline import extract_text
from geomap.reading.resolve import Place
from geomap.text import cues
from geomap.text.dates import all_dates_from_text
from geomap.text.event_words import events_from_text
from geomap.text.sentences import Sentence

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


def test_aircraft_backing_fighters_on_the_ground_are_no_air_strike_of_their_own():
    assert located("Militiamen backed by Sudanese aircraft attacked army positions near Birao on Monday.") == [
        ("Birao", "Armed clash")]


def test_boats_seized_are_property_taken_not_territory():
    (ev,) = events_from_text("Police said the gunmen seized two boats and their nets near the island.")
    assert ev.sub_event_type == "Looting/property destruction"
    # nor is the shore they headed back to where it happened
    got = incidents("LUSAKA, May 6 - Fishermen fear new raids. Police said the gunmen seized two boats and their "
                    "nets before heading back towards the shoreline near Moba.")
    assert got == []


def test_civilians_the_shelling_killed_are_its_victims_across_a_relative_clause():
    got = incidents("Officials said Ukrainian shelling of Kamianka-Dniprovska, which they call Kamenka, killed three "
                    "civilians on Sunday.")
    assert [(p["sub_event_type"], p["fatalities"]) for p in got] == [("Shelling/artillery/missile attack", 3)]


def test_the_town_across_the_border_from_the_place_holds_no_incident():
    assert located("Soldiers clashed with smugglers near Rivera, the border town opposite the Brazilian city of "
                   "Santana do Livramento, on Monday.") == [("Rivera", "Armed clash")]


def test_a_capital_whose_strikes_they_are_is_no_place_of_them():
    assert located("Pakistani jets struck militant hideouts near Saravan on Monday, in the latest of a series of "
                   "cross-border strikes by Islamabad.") == [("Sarāvān", "Air/drone strike")]


def test_where_survivors_went_is_not_where_the_strike_was():
    assert located("A drone strike hit fishermen on the lake near Kalemie on Monday, killing four, according to "
                   "survivors who reached Kigoma.") == [("Kalemie", "Air/drone strike")]
    assert all(p["location"] != "Kigoma" for p in incidents(
        "A drone strike hit fishermen on the lake on Monday, killing four, according to survivors who reached Kigoma."))


def test_a_province_in_an_official_s_title_is_where_he_speaks_from():
    text = "Luapula Province Police Commissioner Mr Mwale said gunmen shot two traders."
    a = text.index("Luapula")
    b = a + len("Luapula Province")
    place = Place(Mention("Luapula Province", a, b, 0, "luapula", ()), SimpleNamespace(place_type="admin1", feature="admin1"), 1.0)
    assert incident_candidates(Sentence(text, 0, len(text)), [place]) == []
    text = "Gunmen shot two traders in Luapula Province on Sunday, police said."
    a = text.index("Luapula")
    place = Place(Mention("Luapula Province", a, a + 16, 0, "luapula", ()), SimpleNamespace(place_type="admin1",
                                                                                          feature="admin1"), 1.0)
    assert incident_candidates(Sentence(text, 0, len(text)), [place]) == [place]


def test_deaths_go_to_the_event_of_their_own_clause_and_a_clause_on_the_border_stays_there():
    got = {p["sub_event_type"]: p for p in incidents(
        "Three soldiers were killed when their vehicle hit a landmine near Bignona on Sunday, the army said, as troops "
        "pressed an offensive against rebels near the border with Gambia.")}
    assert (got["Remote explosive/landmine/IED"]["location"], got["Remote explosive/landmine/IED"]["fatalities"]) == (
        "Bignona", 3)
    assert got["Armed clash"]["placement"] == "frontier" and got["Armed clash"]["fatalities"] is None


def test_triggers_other_writers_use_are_read():
    assert located("NIAMEY, May 5 - In Niger, gunmen of an armed group attacked Tillia on Thursday, killing at least "
                   "20 people, officials said.") == [("Tillia", "Attack")]
    assert located("A bomb went off near the main market in Yala on Friday, wounding six people.") == [
        ("Yala", "Remote explosive/landmine/IED")]
    assert located("Dozens of villagers burned at least five huts in Kalabo on Wednesday.") == [
        ("Kalabo", "Looting/property destruction")]
    assert located("A woman was wounded by a stray bullet in Busia on Sunday.") == [("Busia", "Armed clash")]
    assert located("Kenyan border guards fired at a boat near Busia on Sunday.") == [("Busia", "Armed clash")]
    assert located("Police said their officers had come under attack near Busia on Sunday.") == [("Busia", "Armed clash")]
    (ev,) = events_from_text("Barrel bombs killed two people in the village.")
    assert ev.sub_event_type == "Air/drone strike"


def test_an_event_told_again_moves_only_to_a_place_the_words_put_it_at():
    text = ("NAIROBI, May 5 - Ugandan soldiers opened fire along the border with Kenya on Saturday, killing two herders. "
            "The shooting happened {}.")
    (got,) = incidents(text.format("near a bridge that links the town with Malaba"))
    assert got["placement"] == "frontier"
    (got,) = incidents(text.format("at a checkpoint near Malaba"))
    assert (got["location"], got["fatalities"]) == ("Malaba", 2)


def test_the_village_residents_spoke_of_is_where_the_next_sentence_s_deaths_are():
    got = incidents("COTONOU, May 5 - Tension is high in the north. Residents of Malanville said soldiers arrived on "
                    "Wednesday and searched homes. Two traders were shot dead at the market outside the town, a local "
                    "official said.")
    assert [(p["location"], p["geo_precision"], p["fatalities"]) for p in got] == [("Malanville", 2, 2)]
    # a town known only by its region: "the town" names it, but its point is a guess, and so the toll stays words
    got = incidents("BAMAKO, May 5 - Fighting spread in the north. Air strikes hit militant positions around Tinkara, "
                    "in the Timbuktu region, on Thursday. At least 13 civilians were killed when a strike hit a cattle "
                    "market in the town.")
    assert [p["fatalities"] for p in got if p["location"] == "Tinkara"] == [None, None]


def test_an_existential_there_points_back_at_no_place():
    got = incidents("COTONOU, May 5 - Tension is high in the north. Shells hit Malanville on Monday. There were no "
                    "reports of casualties from the shelling.")
    assert len(got) == 1


def test_a_trigger_word_inside_a_name_is_no_event():
    assert events_from_text("A base of the Popular Mobilisation Forces near the town was also struck.") == []
    assert [e.sub_event_type for e in events_from_text("Iraq mobilised the Popular Mobilisation Forces.")] == [
        "Change to group/activity"]


def test_the_border_attackers_escaped_towards_is_not_where_they_attacked():
    got = incidents("ABUJA, May 5 - Bandits attacked the market in Illela on Monday, killing six traders. The gunmen "
                    "opened fire on traders and carted away cattle before escaping towards the border with Niger.")
    assert all(p["placement"] != "frontier" for p in got)


def test_a_place_saying_where_the_speaker_is_holds_no_incident():
    assert incidents("A police spokesman in Gulu, across the border in Northern Region, said soldiers fired in "
                     "self-defence after smugglers attacked a patrol.") == []


def test_a_place_in_a_group_s_name_holds_no_incident():
    assert located("Residents said gunmen of the Michoacan Family Cartel and the Sinaloa Cartel had been fighting "
                   "for a week around Tapachula.") == [("Tapachula", "Armed clash")]


def test_protests_a_group_is_accused_of_stoking_are_no_protest_told():
    assert events_from_text("Tehran accused the groups of smuggling weapons and of stoking protests in Mahabad.") == []
    assert [e.sub_event_type for e in events_from_text("Students organised a protest in Mahabad on Monday.")] == [
        "Peaceful protest"]


def test_reinforcements_agreed_to_be_withdrawn_are_no_troop_movement_yet():
    got = events_from_text("The governors met at the border checkpoint on Monday and agreed to withdraw reinforcements.")
    assert [e.sub_event_type for e in got] == ["Agreement"]


def test_shooting_that_broke_out_is_a_clash():
    assert located("Shooting broke out near Busia on Friday afternoon, police said.") == [("Busia", "Armed clash")]


def test_the_district_of_the_district_hospital_points_back_at_no_district():
    assert cues.anaphor_kinds("Two people were killed, a doctor at the district hospital said.") == set()
    assert cues.anaphor_kinds("Two people were killed in the district on Monday.") == {"district"}


def test_an_event_named_only_as_a_time_is_the_one_told_before():
    # "during the fighting", "since Monday's shelling": the event just told, pointed back at
    def places(text):
        return [(f["properties"]["location"], f["properties"]["sub_event_type"])
                for f in extract_text(text, published="2024-05-14")["features"] if f["properties"]["layer"] == "incident"]
    assert places("Pakistani and Afghan troops clashed near Torkham on Monday. Two soldiers were wounded during the "
                  "fighting, and shops in Landi Kotal were closed.") == [("Torkham", "Armed clash")]
    assert len(places("Russian forces shelled Vovchansk on Monday. Residents of Vovchansk have fled to Kharkiv "
                      "since Monday's shelling.")) == 1
    # another event told beside the pointer stays its own
    assert ("Kok-Tash", "Shelling/artillery/missile attack") in places(
        "Kyrgyz and Tajik troops clashed near Vorukh on Friday. During the fighting, Tajik forces fired mortars at Kok-Tash.")


def test_a_camp_attacked_is_where_the_attack_happened_not_a_refuge():
    # "camp at X" is where people fled to only when nothing struck the camp
    got = incidents("On Tuesday, gunmen attacked their camp at Kalemie, killing four soldiers, a spokesman said.")
    assert [(p["location"], p["fatalities"]) for p in got] == [("Kalemie", 4)]
    s = "Refugees were registered at the camp at Kalemie."
    assert cues.is_destination(s, s.index("Kalemie"))


def test_a_raid_on_an_army_post_is_a_clash():
    assert located("Militants raided an army post near Bukavu on Wednesday.") == [("Bukavu", "Armed clash")]


def test_the_hospital_a_soldier_died_in_is_not_where_the_event_on_the_frontier_happened():
    told = "Ghanaian and Togolese troops exchanged fire along the border on Saturday, the army said. "
    assert located(told + "One soldier died in a hospital in Tamale on Sunday.") == [("Ghana–Togo border", "Armed clash")]
    assert located(told + "One soldier was killed near Bawku.") == [("Bawku", "Armed clash")]


def test_an_armed_group_killing_soldiers_is_a_clash():
    got = incidents("Militants killed five soldiers at a checkpoint in Bawku on Saturday, the army said.")
    assert [(p["location"], p["sub_event_type"], p["fatalities"]) for p in got] == [("Bawku", "Armed clash", 5)]


def test_a_definite_subject_naming_the_actor_tells_a_new_event():
    got = located("Ghanaian and Togolese troops exchanged fire near Bawku on Sunday. The militants overran an army "
                  "post at Bolgatanga on Saturday.")
    assert ("Bolgatanga", "Non-state actor overtakes territory") in got


def test_a_town_named_only_to_say_where_the_place_lies_takes_no_incident():
    got = located("ACCRA, May 5 - Gunmen attacked an army post at Zebilla, near Bawku, on Sunday, killing three "
                  "soldiers, the army said.")
    assert [loc for loc, _ in got] == ["Zebilla"]


def test_another_target_of_the_same_verb_at_another_place_is_one_more_place_of_the_event():
    got = located("ACCRA, May 5 - The militants attacked the village of Garu, near Bawku, and army positions in "
                  "Bolgatanga on Wednesday, residents said.")
    assert sorted(loc for loc, _ in got) == ["Bolgatanga", "Garu"]


def test_a_province_named_before_its_forces_is_whose_they_are_not_where():
    got = located("LAHORE, May 5 - Indian drones attacked the village of Wagah, near Lahore, and Punjab police posts "
                  "in Kasur on Wednesday, officials said.")
    assert "Punjab" not in [loc for loc, _ in got] and "Kasur" in [loc for loc, _ in got]


def test_an_attack_told_at_a_county_then_at_a_town_of_it_is_one_incident_at_the_town():
    got = incidents("ACCRA, May 5 (Reuters) - Suspected militants attacked a police camp in Ghana's Upper East region "
                    "on Sunday, killing four officers, police said.\n\nThe attackers stormed the camp at Bawku before "
                    "dawn and fled back across the border with Togo, a police commander said.")
    assert [(p["location"], p["fatalities"]) for p in got] == [("Bawku", 4)]


def test_a_key_point_told_again_in_the_report_is_one_incident():
    text = ("GHANA: Upper East region - Flash Update No. 2 (5 May 2025)\n\nKEY POINTS\n"
            "• Attack on a police post near Bawku leaves five officers dead\n"
            "• New arrivals of refugees from Togo\n\nSITUATION OVERVIEW\n"
            "• On 3 May, gunmen attacked a police post at Zebilla, near Bawku, killing five officers.\n"
            "• Partners distributed food to 1,200 displaced people in Bolgatanga.\n")
    got = incidents(text)
    assert [(p["location"], p["fatalities"]) for p in got] == [("Zebilla", 5)]


def test_an_event_dated_by_since_a_year_when_is_history():
    text = ("ACCRA, May 5 (Reuters) - Togolese soldiers shot dead a farmer near Bawku on Saturday, police "
            "said.\n\nTensions have been high since 2016, when Togolese troops occupied part of the Bolgatanga area "
            "for weeks.")
    assert "Bolgatanga" not in [loc for loc, _ in located(text)]


def test_more_ways_to_tell_an_attack_are_read():
    text = ("ACCRA, May 5 (Reuters) - Togolese soldiers and Ghanaian border guards traded gunfire near Bawku on "
            "Sunday.\n\nA soldier was killed by a sniper near Yendi on Monday.\n\nUnknown assailants set ablaze a "
            "customs post at Tamale on Friday night.\n\nMilitants on motorcycles raided Bimbilla on Thursday, "
            "stealing cattle.\n\nThe army said it had killed 14 insurgents near Navrongo over the weekend.")
    got = located(text)
    for want in [("Yendi", "Armed clash"), ("Tamale", "Looting/property destruction"), ("Bimbila", "Attack"),
                 ("Navrongo", "Armed clash")]:
        assert want in got


def test_where_a_statement_was_issued_is_no_place_of_the_event():
    got = located("ACCRA, May 5 (Reuters) - Togolese troops shelled positions near Bawku from across the border on "
                  "Sunday, Ghana's army said in a statement issued in Tamale.")
    assert [loc for loc, _ in got] == ["Bawku"]


def test_an_event_recalled_to_compare_since_a_date_when_is_no_incident():
    text = ("ACCRA, May 5 (Reuters) - Gunmen killed four traders at a market in Bawku on Sunday, police said.\n\n"
            "The raid was the deadliest since January, when 12 people were killed in an attack on a quarry near "
            "Bolgatanga.")
    assert "Bolgatanga" not in [loc for loc, _ in located(text)]


def test_fighting_that_spread_to_a_town_is_at_that_town_too():
    got = located("ACCRA, May 5 (Reuters) - Clashes erupted near Bolgatanga on Friday and spread to Bawku on "
                  "Saturday, police said.")
    assert ("Bawku", "Armed clash") in got


def test_two_weapons_striking_one_place_is_one_incident_with_the_toll():
    got = incidents("ACCRA, May 5 (Reuters) - Togolese missiles and drones struck an army base near Bawku on Sunday, "
                    "killing nine soldiers, officials said.")
    assert [(p["location"], p["fatalities"]) for p in got] == [("Bawku", 9)]
