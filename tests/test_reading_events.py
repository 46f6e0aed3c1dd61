"""Incident, displacement and frontier layers assembled from whole articles (geomap.reading.events).

The articles are written for these tests (other borders than the dev cases); the seed case
from ../shared runs only when that directory exists.
"""

import datetime as dt
import json
from pathlib import Path

import pytest

from geomap.reading.pipeline import extract_text

SEED = Path(__file__).resolve().parents[2] / "shared" / "eval" / "seed_article.txt"


def layer(fc, name):
    return [f for f in fc["features"] if f["properties"]["layer"] == name]


def props(fc, name):
    return [f["properties"] for f in layer(fc, name)]


# --- frontier ---------------------------------------------------------------------------

ARM_AZE = (
    "Azerbaijani and Armenian forces exchanged fire near Jermuk on Tuesday, Armenia's defence ministry said.\n"
    "Two soldiers were killed in clashes along the 1,000 km border, the ministry added.\n"
    "Talks mediated by Russia and France stalled last month."
)


def test_frontier_is_the_pair_at_issue_not_the_mediators():
    fc = extract_text(ARM_AZE, published="2024-03-14")
    (fr,) = props(fc, "frontier")
    assert {fr["iso3_a"], fr["iso3_b"]} == {"ARM", "AZE"}
    assert fr["stated_length_km"] == 1000 and "1,000 km" in fr["stated_length_text"]
    assert fr["length_km"] > 100 and fr["source"]
    geom = layer(fc, "frontier")[0]["geometry"]
    assert geom["type"] in ("LineString", "MultiLineString")


def test_frontier_from_demonyms_and_towns_on_both_sides():
    text = ("Fighting between Sudanese and South Sudanese troops near Heglig forced traders to close "
            "their shops in Aweil.")
    fc = extract_text(text, published="2012-04-12")
    (fr,) = props(fc, "frontier")
    assert {fr["iso3_a"], fr["iso3_b"]} == {"SDN", "SSD"}
    assert fr["stated_length_km"] is None


def test_no_frontier_for_distant_countries():
    text = "Officials in France and Japan signed a trade agreement on Monday."
    assert props(extract_text(text, published="2024-01-10"), "frontier") == []


# --- incidents ---------------------------------------------------------------------------

def test_near_a_town_is_precision_2_at_the_town():
    fc = extract_text(ARM_AZE, published="2024-03-14")
    near = [p for p in props(fc, "incident") if p["location"] == "Jermuk"]
    assert len(near) == 1
    p = near[0]
    assert (p["event_type"], p["sub_event_type"]) == ("Battles", "Armed clash")
    assert p["geo_precision"] == 2 and p["iso3"] == "ARM"
    assert p["date"] == "2024-03-12" and p["date_text"] == "on Tuesday" and p["time_precision"] == 1
    s = p["source_sentence"]
    assert s[p["mention_start"]:p["mention_end"]] == "Jermuk"
    assert ARM_AZE[p["sentence_start"]:p["sentence_start"] + len(s)] == s
    assert p["notes"] == s and p["trigger"] == "exchanged fire"


def test_along_the_border_is_the_frontier_line_with_fatalities():
    fc = extract_text(ARM_AZE, published="2024-03-14")
    line = [f for f in layer(fc, "incident") if f["properties"]["placement"] == "frontier"]
    assert len(line) == 1
    assert line[0]["geometry"]["type"] in ("LineString", "MultiLineString")
    p = line[0]["properties"]
    assert p["geo_precision"] == 3 and p["fatalities"] == 2 and p["fatalities_text"]


def test_in_a_town_is_precision_1_and_actor_from_demonym():
    text = "Russian troops shelled Vovchansk in Ukraine's Kharkiv region on Friday."
    fc = extract_text(text, published="2024-05-18")
    (p,) = props(fc, "incident")
    assert p["location"] == "Vovchansk" and p["geo_precision"] == 1 and p["iso3"] == "UKR"
    assert p["actor1"] == "Military Forces of Russia" and p["actor2"] is None
    assert p["date"] == "2024-05-17"


def test_in_a_district_is_precision_2():
    text = ("PESHAWAR, Pakistan — Militants crossing from Afghanistan attacked a border post in "
            "Kurram district on Tuesday, killing 11 soldiers, officials said.")
    fc = extract_text(text, published="2024-05-07")
    (p,) = props(fc, "incident")
    assert p["location"] == "Kurram District" and p["geo_precision"] == 2 and p["iso3"] == "PAK"
    assert p["admin2"] == "Kurram District"  # ACLED's admin2 column
    places = {q["mention"]: q for q in props(fc, "place")}
    assert places["PESHAWAR"]["role"] == "dateline"  # a dateline without an agency's name


def test_admin1_with_border_site_is_on_its_stretch_of_the_frontier():
    text = ("Armenian and Azerbaijani commanders met at a border checkpoint in Armenia's Tavush province "
            "on Monday, in talks about the frontier.")
    fc = extract_text(text, published="2024-04-16")
    (f,) = [f for f in layer(fc, "incident") if f["properties"]["sub_event_type"] == "Agreement"]
    p = f["properties"]
    assert p["placement"] == "frontier stretch" and p["geo_precision"] == 2
    assert p["iso3"] == "ARM" and p["admin1"] == "Tavush"
    from geomap.reading.borders import default_borders

    lon, lat = f["geometry"]["coordinates"]
    assert default_borders().locate(lon, lat) == ("ARM", "Tavush")


def test_capital_as_government_and_mediators_are_never_locations():
    text = ("Yerevan said Azerbaijani forces shelled Armenian positions along the border on Sunday. "
            "A ceasefire brokered by Moscow was signed in Moscow in 2020.")
    fc = extract_text(text, published="2024-02-12")
    locs = {p["location"] for p in props(fc, "incident")}
    assert "Yerevan" not in locs and "Moscow" not in locs
    assert any(p["placement"] == "frontier" for p in props(fc, "incident"))


def test_speaker_place_is_not_the_location():
    text = "Officials in Jermuk said Azerbaijani drones struck a village overnight."
    fc = extract_text(text, published="2024-02-12")
    assert all(p["location"] != "Jermuk" for p in props(fc, "incident"))


def test_sentence_without_place_or_border_word_gives_no_incident():
    text = ("Indian and Pakistani troops exchanged fire along the border on Monday.\n"
            "Heavy fighting broke out in July, killing dozens.")
    fc = extract_text(text, published="2019-03-05")
    incs = props(fc, "incident")
    assert len(incs) == 1 and incs[0]["placement"] == "frontier"
    assert {props(fc, "frontier")[0]["iso3_a"], props(fc, "frontier")[0]["iso3_b"]} == {"IND", "PAK"}


def test_anaphor_continues_the_previous_place_in_the_same_paragraph_only():
    same = "Russian forces pushed into Vovchansk on Monday. Shelling hit the town again overnight."
    fc = extract_text(same, published="2024-05-14")
    cont = [p for p in props(fc, "incident") if p["placement"] == "previous sentence"]
    assert [p["location"] for p in cont] == ["Vovchansk"]
    # the words naming it in this sentence are the anaphor's
    assert cont[0]["source_sentence"][cont[0]["mention_start"]:cont[0]["mention_end"]] == "the town"
    other = "Russian forces pushed into Vovchansk on Monday.\nShelling hit the town again overnight."
    fc = extract_text(other, published="2024-05-14")
    assert not [p for p in props(fc, "incident") if p["placement"] == "previous sentence"]


def test_one_incident_per_sentence_location_and_sub_event():
    text = "Armenian and Azerbaijani troops clashed near Jermuk, and fighting near Jermuk went on."
    fc = extract_text(text, published="2024-02-12")
    keys = [(p["sentence_start"], p["location"], p["sub_event_type"]) for p in props(fc, "incident")]
    assert len(keys) == len(set(keys)) == 1


def test_dates_after_publication_do_not_date_an_incident():
    text = ("Armenian and Azerbaijani troops clashed near Jermuk, and officials will meet on Saturday.")
    fc = extract_text(text, published="2024-02-14")  # a Wednesday
    (p,) = props(fc, "incident")
    assert p["date"] is None


def test_date_taken_from_the_previous_sentence():
    text = ("Armenia and Azerbaijan resumed talks on Wednesday.\n"
            "Senior officers met at a border post in Armenia's Tavush province.")
    fc = extract_text(text, published="2024-02-14")
    (p,) = [p for p in props(fc, "incident") if p["location"] == "Tavush"]
    assert p["date"] == "2024-02-14" and p["date_basis"] == "previous sentence"


# --- displacement ------------------------------------------------------------------------

def test_displacement_without_named_areas_uses_the_frontier_units_on_both_sides():
    text = ("Sudanese and South Sudanese troops clashed along the border on Sunday.\n"
            "More than 20,000 people have been displaced, aid agencies said.")
    fc = extract_text(text, published="2012-04-16")
    disp = layer(fc, "displacement")
    sides = {f["properties"]["iso3"] for f in disp}
    assert sides == {"SDN", "SSD"}
    for f in disp:
        p = f["properties"]
        # a total for the whole frontier is no one area's figure: kept as words only
        assert p["displaced"] is None and p["area_basis"] == "frontier" and p["direction"] == "from"
        assert p["displaced_scope"] == "total for all areas" and "20,000" in p["displaced_text"]
        assert f["geometry"]["type"] in ("Polygon", "MultiPolygon")


def test_displacement_named_towns_become_their_admin1():
    text = "Hundreds of thousands of people fled Vovchansk after Russian troops shelled the town."
    fc = extract_text(text, published="2024-05-14")
    (p,) = props(fc, "displacement")
    assert p["iso3"] == "UKR" and p["admin1"] == "Kharkiv" and p["area_basis"] == "named"
    assert p["displaced"] == 100000


def test_displacement_polygons_are_small_and_rounded():
    text = "About 5,000 residents of Tavush province were evacuated on Friday."
    fc = extract_text(text, published="2024-05-14")
    (f,) = layer(fc, "displacement")
    body = json.dumps(f["geometry"])
    assert len(body) < 20000
    ring = f["geometry"]["coordinates"][0]
    ring = ring[0] if f["geometry"]["type"] == "MultiPolygon" else ring
    assert all(len(str(c).split(".")[-1]) <= 5 for c in ring[0])


# --- seed case ---------------------------------------------------------------------------

@pytest.mark.skipif(not SEED.exists(), reason="../shared/eval is not available")
def test_seed_article():
    fc = extract_text(SEED.read_text(encoding="utf-8"), published=dt.date(2025, 12, 24))
    (fr,) = props(fc, "frontier")
    assert {fr["iso3_a"], fr["iso3_b"]} == {"THA", "KHM"} and fr["stated_length_km"] == 817
    talks = [p for p in props(fc, "incident") if p["sub_event_type"] == "Agreement"
             and p["placement"] == "frontier stretch"]
    assert talks and talks[0]["iso3"] == "THA" and talks[0]["admin1"] == "Chanthaburi"
    assert talks[0]["date"] == "2025-12-24"
    clashes = [f for f in layer(fc, "incident") if f["properties"]["sub_event_type"] == "Armed clash"]
    assert any(f["geometry"]["type"] in ("LineString", "MultiLineString") for f in clashes)
    disp = props(fc, "displacement")
    assert {p["iso3"] for p in disp} == {"THA", "KHM"}
    assert all(p["area_basis"] == "frontier" for p in disp)


def test_history_years_before_publication_are_not_incidents():
    from datetime import date

    from geomap.reading.events import is_past_background

    published = date(2024, 5, 14)
    assert is_past_background("Clashes there between 2008 and 2011 killed at least 28 people.", published)
    assert not is_past_background("Clashes on Monday killed 3 soldiers, the worst since 2011.", published)
    assert not is_past_background("Shelling killed two people on 12 May 2024.", published)
    assert not is_past_background("Clashes between 2008 and 2011 killed 28 people.", None)


def test_dateline_capital_is_not_where_the_shelling_happened():
    fc = extract_text("YEREVAN — Azerbaijani artillery shelled positions near Jermuk on Tuesday, "
                      "Armenia's defence ministry said.", published="2022-09-14")
    incidents = [f["properties"] for f in fc["features"] if f["properties"]["layer"] == "incident"]
    assert incidents and all(p["location"] != "Yerevan" for p in incidents)
    assert any(p["location"] == "Jermuk" for p in incidents)


# --- several places of one event, offsets, far misreadings, "since YEAR" ------------------

def test_one_event_at_coordinated_places_gets_one_incident_each():
    text = ("Israeli warplanes struck weapons depots near Nabatieh and a command post in Bint Jbeil on Wednesday, "
            "Lebanese media said, as fighting on the Israel-Lebanon border went on.")
    locs = {p["location"] for p in props(extract_text(text, published="2024-01-10"), "incident")
            if p["sub_event_type"] == "Air/drone strike"}
    assert len(locs) == 2


def test_container_area_after_a_town_is_not_a_second_location():
    text = ("Shells fired from Congo landed in Gisenyi, in Rubavu district, on Monday, killing five civilians, "
            "Rwanda's army said of the border clashes.")
    shelling = [p for p in props(extract_text(text, published="2025-01-28"), "incident")
                if p["sub_event_type"].startswith("Shelling")]
    assert len(shelling) == 1


def test_distance_and_direction_from_a_town_move_the_point():
    from geomap.reading.placement import offset_point

    lon, lat = offset_point(29.228, -1.674, 25.0, 270.0)
    assert abs(lat + 1.674) < 0.01 and 28.99 < lon < 29.01


def test_since_year_is_not_history():
    from geomap.reading.events import is_past_background

    assert not is_past_background("The patrol came under fire near the island, held since 1966.", dt.date(2024, 2, 7))
    assert is_past_background("Clashes between 2008 and 2011 killed 28 soldiers.", dt.date(2024, 2, 7))


def test_places_far_away_in_unnamed_countries_hold_no_events():
    text = ("Pakistani air strikes hit a village near Saravan in Iran's Sistan and Baluchestan province on Thursday. "
            "Residents of villages along the frontier in Panjgur and Kech districts said some families had fled "
            "their homes for fear of further strikes on the 959-km border.")
    fc = extract_text(text, published="2024-01-19")
    got = {p["iso3"] for p in props(fc, "incident") + props(fc, "displacement") if p.get("iso3")}
    assert got and got <= {"IRN", "PAK"}


def test_strangers_are_far_from_the_frontier_by_latitude_alone_or_by_distance():
    """Hamburg lies further north of the Thai-Cambodian frontier than the stranger distance
    (no distances needed), Karachi within that band of latitude but far away, Yangon near."""
    from geomap.reading.context import reading_context
    from geomap.reading.events import far_strangers
    from geomap.reading.pipeline import places_from_text
    from geomap.reading.placement import Frontier

    ctx = reading_context()
    places = places_from_text("Thai and Cambodian troops clashed along the border on Monday. Traders in Hamburg, "
                              "Karachi and Yangon said prices rose.", context=ctx)
    far = far_strangers(places, Frontier("THA", "KHM", "Thailand", "Cambodia"), ctx.borders)
    assert {p.entry.name: id(p) in far for p in places} == {"Hamburg": True, "Karachi": True, "Yangon": False}


def test_where_people_went_is_not_where_they_fled_from():
    fc = extract_text("More than 2,000 people were evacuated from villages in Gegharkunik and Syunik provinces, "
                      "many of them to hotels in Yerevan.", published="2022-09-14")
    disp = [f["properties"] for f in fc["features"] if f["properties"]["layer"] == "displacement"]
    assert {p["name"] for p in disp if p["direction"] == "from"} == {"Gegharkunik", "Syunik"}
    # the town the text names, in its division by the boundary data's spelling
    assert {(p["name"], p["admin1"]) for p in disp if p["direction"] == "to"} == {("Yerevan", "Erevan")}


def test_headline_events_are_not_counted_twice():
    text = ("Azerbaijani shelling hits Jermuk\n\n"
            "Azerbaijani forces shelled the town of Jermuk on Tuesday, Armenia said.\n")
    fc = extract_text(text, published="2022-09-14")
    incidents = [f for f in fc["features"] if f["properties"]["layer"] == "incident"]
    assert len(incidents) == 1 and incidents[0]["properties"]["date"] == "2022-09-13"


def test_deaths_told_apart_go_to_the_incident_next_to_them():
    text = ("At least 9 people, including civilians, have been killed since Monday. "
            "Most of them died when shelling hit Jermuk on Tuesday.\n"
            "Separately, 40 people were killed in a bus crash far away.\n")
    fc = extract_text(text, published="2022-09-14")
    inc = [f["properties"] for f in fc["features"] if f["properties"]["layer"] == "incident"]
    jermuk = [p for p in inc if p["location"] == "Jermuk"][0]
    assert jermuk["fatalities"] == 9 and jermuk["fatalities_basis"] == "adjacent sentence"


def test_civilians_killed_in_a_clash_are_the_clash_victims():
    fc = extract_text("Pakistani and Afghan forces exchanged heavy fire on Friday near Chaman, "
                      "killing at least four civilians.", published="2023-09-25")
    inc = [f["properties"] for f in fc["features"] if f["properties"]["layer"] == "incident"]
    assert [(p["event_type"], p["fatalities"]) for p in inc] == [("Battles", 4)]


def test_a_town_only_an_alternate_spelling_away_in_an_unnamed_country_is_dropped():
    fc = extract_text("Kosovo police said a gunfight at a monastery in Banjska, near the border with "
                      "Serbia, left four dead on Sunday.", published="2023-09-25")
    fronts = [f["properties"] for f in fc["features"] if f["properties"]["layer"] == "frontier"]
    assert {fronts[0]["iso3_a"], fronts[0]["iso3_b"]} == {"XKX", "SRB"}
    assert all(f["properties"]["iso2"] != "BG" for f in fc["features"] if f["properties"]["layer"] == "place")


def test_a_dateline_is_not_an_area_people_fled():
    fc = extract_text("BISHKEK, Sept 16 (Reuters) - Border guards traded fire, and more than 136,000 people "
                      "were evacuated from the Batken region.", published="2022-09-16")
    names = {f["properties"]["name"] for f in fc["features"] if f["properties"]["layer"] == "displacement"}
    assert names == {"Batken"}


def test_an_evacuation_told_with_the_fighting_is_not_a_separate_event():
    fc = extract_text("Border guards traded fire on Friday near Batken, and more than 136,000 people "
                      "were evacuated from the Batken region.", published="2022-09-16")
    subs = [f["properties"]["sub_event_type"] for f in fc["features"] if f["properties"]["layer"] == "incident"]
    assert "Other" not in subs and "Armed clash" in subs


def test_talks_due_next_week_are_no_incident():
    text = ("Kenyan police said militants attacked a post in Mandera county on Monday, killing four officers.\n"
            "Talks between Kenyan and Somali officials on reopening the border are due in Mogadishu next week.")
    fc = extract_text(text, published="2024-06-10")
    types = [p["event_type"] for p in props(fc, "incident")]
    assert "Strategic developments" not in types and types


def test_deaths_told_in_the_next_paragraph_go_to_the_shelling_they_point_back_at():
    text = ("Paramilitary forces shelled El Geneina in Sudan's West Darfur state on Friday, aid workers said.\n\n"
            "At least 23 civilians were killed in the shelling, according to a local medical group.")
    fc = extract_text(text, published="2024-06-10")
    (p,) = props(fc, "incident")
    assert p["fatalities"] == 23 and p["fatalities_basis"] == "the event told again"  # "in the shelling": the shelling told before
    # without the pointer back, a new paragraph's toll stays out
    fc = extract_text(text.replace("in the shelling", "this year"), published="2024-06-10")
    (p,) = props(fc, "incident")
    assert p["fatalities"] is None


def test_an_undated_incident_takes_the_story_s_last_date_as_an_estimate():
    text = ("Israeli warplanes struck a crossing near the town of Hermel in Lebanon early Saturday.\n"
            "Smugglers use dozens of illegal crossings along the border.\n"
            "The army keeps several posts in the area.\n"
            "Lebanese soldiers later clashed with gunmen near Baalbek, leaving two soldiers dead.")
    fc = extract_text(text, published="2024-06-10")
    (p,) = [p for p in props(fc, "incident") if p["event_type"] == "Battles"]
    assert p["date"] == "2024-06-08" and p["date_basis"] == "earlier in the article"
    assert p["time_precision"] == 2


def test_camps_across_the_border_where_most_went_are_no_origin():
    text = ("More than 600,000 people have fled West Darfur in Sudan since the war began, most of them "
            "to camps around Adré in Chad's Ouaddaï province, the U.N. said on Monday.")
    fc = extract_text(text, published="2024-06-10")
    names = {p["name"]: p["iso3"] for p in props(fc, "displacement")}
    assert "TCD" not in names.values() and "SDN" in names.values()


def test_an_event_told_again_is_one_incident():
    text = ("Israeli warplanes struck a border crossing near the town of Hermel in Lebanon on Saturday, "
            "killing three people.\n"
            "The strike hit the Qusayr crossing in Syria's Homs province, Syrian state media said.")
    fc = extract_text(text, published="2024-06-10")
    assert len(props(fc, "incident")) == 1


def test_the_toll_goes_to_the_event_that_killed():
    text = ("Mortar shells fired from Myanmar landed in Bangladesh's Bandarban district on Sunday, killing a "
            "woman, as fighting between the Arakan Army and Myanmar's military raged in Rakhine state.")
    fc = extract_text(text, published="2024-06-10")
    by_type = {p["event_type"]: p for p in props(fc, "incident")}
    assert by_type["Explosions/Remote violence"]["fatalities"] == 1
    assert by_type["Battles"]["fatalities"] is None


def test_summoning_an_ambassador_to_protest_is_no_demonstration():
    text = "Bangladesh summoned Myanmar's ambassador in Dhaka on Monday to protest the shelling."
    fc = extract_text(text, published="2024-06-10")
    assert all(p["event_type"] != "Protests" for p in props(fc, "incident"))


def test_where_residents_speak_from_is_not_where_shells_fell():
    text = ("Residents of Zaranj, the provincial capital of Afghanistan's Nimroz province, said mortar rounds "
            "landed near villages along the border with Iran on Saturday.")
    fc = extract_text(text, published="2024-06-10")
    (p,) = props(fc, "incident")
    assert p["location"] != "Zaranj"


def test_civilians_killed_by_shelling_are_the_shelling_s_victims():
    text = "In Ukraine's Sumy region, Russian shelling killed three civilians in the town of Krasnopillia on Monday."
    fc = extract_text(text, published="2024-08-15")
    (p,) = props(fc, "incident")
    assert p["event_type"] == "Explosions/Remote violence" and p["fatalities"] == 3


# --- issue 12: several places, tolls that stay put, directions, follow-ups ------------------

def _incidents(text, published="2024-05-14"):
    return {p["location"]: p for p in props(extract_text(text, published=published), "incident")}


def test_one_sentence_two_places_two_incidents_and_the_toll_where_it_says():
    got = _incidents("Russian shells hit Kramatorsk and Sloviansk on Monday, killing four people in Sloviansk.")
    assert set(got) == {"Kramatorsk", "Slovyansk"}
    assert got["Slovyansk"]["fatalities"] == 4 and got["Kramatorsk"]["fatalities"] is None


def test_a_toll_told_in_the_next_sentence_goes_to_the_place_it_names():
    got = _incidents("Russian shells hit Kramatorsk and Sloviansk on Monday. "
                     "At least five people were killed in Sloviansk, the governor said.")
    assert got["Slovyansk"]["fatalities"] == 5 and got["Kramatorsk"]["fatalities"] is None


def test_a_toll_whose_place_is_unknown_stays_null_rather_than_moving():
    for second in ("Officials said three people died in the Oskil hills.",
                   "Two more soldiers died on Tuesday, but officials did not say where."):
        got = _incidents("Russian shells hit Kramatorsk on Monday. " + second)
        assert got["Kramatorsk"]["fatalities"] is None, second


def test_a_follow_up_toll_is_the_told_event_with_its_own_date():
    (p,) = _incidents("The death toll from Friday's shelling of Sloviansk has risen to 14, officials said.").values()
    assert p["location"] == "Slovyansk" and p["fatalities"] == 14 and p["date"] == "2024-05-10"


def test_an_attack_told_with_its_dead_is_an_incident():
    (p,) = _incidents("Russia's attack on Kramatorsk on Monday killed nine people.").values()
    assert p["location"] == "Kramatorsk" and p["fatalities"] == 9 and p["date"] == "2024-05-13"


def test_a_follow_up_without_a_place_is_where_that_fighting_was_told():
    text = ("Djiboutian and Eritrean troops fought on Wednesday, officials said. "
            "The death toll from Tuesday's fighting has risen to nine, a spokesman said.")
    incs = props(extract_text(text, published="2008-06-12"), "incident")
    assert [p["fatalities"] for p in incs] == [None, 9]
    assert incs[1]["date"] == "2008-06-10" and incs[1]["location"] == incs[0]["location"]


def test_region_wide_events_are_placed_at_the_region():
    (p,) = _incidents("Attacks by armed groups intensified across the Est region in November; "
                      "dozens of civilians have been killed.", "2022-11-30").values()
    assert p["location"] == "Est" and p["geo_precision"] == 3 and p["fatalities"] == 12
    (p,) = _incidents("Gunmen burnt homes across Wajir County overnight on Wednesday.", "2023-07-22").values()
    assert p["geo_precision"] == 3 and p["sub_event_type"] == "Looting/property destruction"


def test_each_group_figure_goes_to_its_own_areas_with_directions():
    fc = extract_text("Some 4,000 people fled Sumy region for Poltava, while 2,000 residents of Kharkiv oblast "
                      "left for Dnipro.", published="2024-05-14")
    got = {(p["name"], p["direction"]): p["displaced"] for p in props(fc, "displacement")}
    assert got == {("Sumy", "from"): 4000, ("Poltava", "to"): 4000, ("Kharkiv", "from"): 2000,
                   ("Dnipro", "to"): 2000}  # (the town the text names, in Dnipropetrovs'k)


def test_crossing_into_a_province_is_where_people_went():
    fc = extract_text("Refugees fleeing Kharkiv oblast have crossed into Russia's Belgorod region, officials said.",
                      published="2024-05-14")
    got = {(p["name"], p["direction"]) for p in props(fc, "displacement")}
    assert ("Kharkiv", "from") in got and any(n.startswith("Belgorod") and d == "to" for n, d in got)


def test_deaths_among_refugees_are_no_displacement_figure():
    fc = extract_text("Thousands fled Sumy region on Monday. Health workers in Sumy said 11 refugees had died of "
                      "their wounds; where they were wounded is not known.", published="2024-05-14")
    assert all(p["displaced"] != 11 for p in props(fc, "displacement"))
    assert {p["displaced"] for p in props(fc, "displacement") if p["name"] == "Sumy"} == {1000}


def test_unlisted_places_get_precision_by_the_unit_they_stand_at():
    from types import SimpleNamespace
    from geomap.reading.placement import unlisted_precision

    assert unlisted_precision(SimpleNamespace(placed_at="Gori", admin1="Shida Kartli")) == 2
    assert unlisted_precision(SimpleNamespace(placed_at="Shida Kartli", admin1="Shida Kartli")) == 3
    assert unlisted_precision(SimpleNamespace(placed_at="Georgia", admin1=None)) == 3
    assert unlisted_precision(SimpleNamespace(placed_at_type="admin2", placed_at="Gori", admin1="Shida Kartli")) == 2
    assert unlisted_precision(SimpleNamespace(placed_at_type="admin1", placed_at="X", admin1="Y")) == 3


def test_an_event_across_one_side_of_a_country_is_on_its_frontier():
    text = ("Sudanese refugees keep arriving in Chad. "
            "Shelling across eastern Chad killed three people on Tuesday, officials said.")
    (p,) = props(extract_text(text, published="2024-05-14"), "incident")
    assert p["placement"] == "frontier" and p["geo_precision"] == 3 and p["fatalities"] == 3


def test_only_part_of_a_group_going_somewhere_gets_no_figure_there():
    fc = extract_text("More than 2,000 people were evacuated from villages in Gegharkunik province, "
                      "many of them to hotels in Yerevan.", published="2022-09-14")
    got = {(p["name"], p["direction"]): p["displaced"] for p in props(fc, "displacement")}
    assert got[("Gegharkunik", "from")] == 2000 and got[("Yerevan", "to")] is None


def test_an_unlisted_place_known_only_by_its_frontier_country_is_on_the_frontier():
    from dataclasses import replace as dc_replace
    from geomap.gazetteer.entry import GazetteerEntry
    from geomap.reading.context import reading_context
    from geomap.reading.placement import Frontier, place_location
    from geomap.reading.pipeline import places_from_text
    from geomap.text.sentences import split_sentences

    text = "Djiboutian and Eritrean troops fought at Obock."
    ctx = reading_context(None)
    s = split_sentences(text)[0]
    (p,) = [q for q in places_from_text(text, context=ctx) if q.mention.text == "Obock"]
    entry = GazetteerEntry("unlisted:dj:x", "Obock", 11.8, 42.6, "landmark", "headland", "DJ", "DJI")
    if "in_gazetteer" not in GazetteerEntry.__dataclass_fields__:
        pytest.skip("gazetteer entries carry no in_gazetteer flag yet")
    entry = dc_replace(entry, in_gazetteer=False, placed_at="Djibouti")
    loc = place_location(dc_replace(p, entry=entry), s, Frontier("DJI", "ERI", "Djibouti", "Eritrea"), ctx)
    assert loc.geometry["type"] in ("LineString", "MultiLineString") and loc.geo_precision == 3
    assert loc.name == "Obock"


# ---------------------------------------------------------------- the frontier at its real length
def test_frontier_is_measured_on_the_detailed_lines_beside_the_stated_length():
    """An article stating the Factbook's 817 km gets a frontier measured within 3 % of it
    (OpenStreetMap lines), the generalised Natural Earth figure kept beside it; the map's
    label shows both."""
    from geomap.render.data import frontier_label

    text = ("Thai and Cambodian troops exchanged fire on Monday at several points along the "
            "817-kilometre border, officials in Surin province said.")
    fc = extract_text(text, published="2025-07-28")
    (fr,) = [f["properties"] for f in fc["features"] if f["properties"]["layer"] == "frontier"]
    assert fr["stated_length_km"] == 817 and abs(fr["length_km"] - 817) / 817 < 0.03
    assert fr["source"].startswith("OpenStreetMap") and fr["length_km_generalised"] < 700
    label = frontier_label(fr)
    assert "82" in label and "817 km" in label


def test_frontier_on_natural_earth_when_asked(monkeypatch):
    from geomap import settings
    from geomap.reading.borders import Borders
    from geomap.reading.context import reading_context
    from geomap.boundaries import load_boundaries

    borders = Borders(load_boundaries, lines_file=None)
    fc = extract_text("Thai and Cambodian troops clashed along the border on Monday.", published="2025-07-28",
                      context=reading_context(boundaries=borders))
    (fr,) = [f["properties"] for f in fc["features"] if f["properties"]["layer"] == "frontier"]
    assert fr["source"].startswith("Natural Earth") and 600 < fr["length_km"] < 700
    assert settings.frontier_lines_file() is not None  # the default still uses the detailed lines


def test_an_event_in_a_relative_clause_is_at_the_town_not_at_an_offset_from_it():
    """"X lies 25 km west of Kantharalak, which was hit by rockets": the offset says where X
    lies, the rockets hit the town; a plain "5 km north of Goma" stays an offset."""
    fc = extract_text("Khun Han district lies some 25 km west of Kantharalak, which was hit by rockets on "
                      "Tuesday, officials said.", published="2025-12-12")
    (inc,) = [f for f in fc["features"] if f["properties"]["layer"] == "incident"]
    assert inc["properties"]["location"] == "Kantharalak" and inc["properties"]["placement"] == "place"
    fc = extract_text("Shells landed 5 km north of Goma on Tuesday, officials said.", published="2025-12-12")
    (inc,) = [f for f in fc["features"] if f["properties"]["layer"] == "incident"]
    assert inc["properties"]["placement"] == "offset from place"


def test_a_toll_does_not_go_to_a_next_sentence_that_tells_its_own_victims():
    text = ("Earlier on Friday, suspected insurgents attacked a ranger base in Tak Bai district with grenades. "
            "One ranger was killed, the army said. Two teachers were shot and wounded in Rueso district on Thursday.")
    got = {p["location"]: p["fatalities"] for p in props(extract_text(text, published=dt.date(2025, 3, 15)), "incident")
           if p["sub_event_type"] in ("Armed clash", "Attack")}
    assert got.get("Amphoe Rueso") is None and got.get("Amphoe Tak Bai") == 1


def test_deaths_told_at_a_town_just_after_a_clash_on_a_province_s_stretch_place_it():
    text = ("TEHRAN, May 29 (Reuters) — Iranian border guards and Taliban forces clashed on Saturday on the frontier "
            "between Iran's Sistan-Baluchestan province and Afghanistan, Iranian media reported.\n\n"
            "Two Iranian guards were killed on Saturday at a border post near Zabol, the news agency said.")
    got = props(extract_text(text, published="2024-05-29"), "incident")
    assert [(p["location"], p["placement"]) for p in got] == [("Zābol", "place of the deaths")]
