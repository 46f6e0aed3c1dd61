"""Places the gazetteer lacks, typed by the text, placed at the unit the text gives
(geomap.reading.unlisted), on the real gazetteer."""
import pytest

from conftest import places_by_mention

from geomap.gazetteer import get_gazetteer, haversine_km
from geomap.reading.pipeline import extract_text, place_feature, places_from_text

by_mention = places_by_mention


def test_a_village_absent_from_the_gazetteer_is_placed_at_its_district():
    gaz = get_gazetteer()
    assert not gaz.lookup("Zaravandi")  # invented: no gazetteer holds it
    text = ("Georgian police said shots were fired at a post near Zaravandi, a village in Gori municipality, "
            "on Saturday. Residents of Zaravandi said no one was hurt.")
    got = by_mention(text)
    first, again = got["Zaravandi"]
    e = first.entry
    assert e.in_gazetteer is False and e.place_type == "city" and e.feature == "village"
    assert e.iso2 == "GE" and e.placed_at and "Gori" in e.placed_at and e.placed_at_type in ("admin2", "city")
    gori = [p.entry for p in got["Gori"]][0] if "Gori" in got else None
    assert gori is not None and (e.lat, e.lon) == (gori.lat, gori.lon)
    assert again.entry == e  # the second, bare mention is the same place


def test_place_features_say_whether_the_gazetteer_holds_them():
    text = "Troops shelled Zaravandi, a village in Gori municipality, on Monday, Georgia said."
    feats = {p.mention.text: place_feature(p)["properties"] for p in places_from_text(text)}
    assert feats["Zaravandi"]["in_gazetteer"] is False and "Gori" in feats["Zaravandi"]["placed_at"]
    assert feats["Georgia"]["in_gazetteer"] is True and "placed_at" not in feats["Georgia"]


def test_an_unlisted_village_can_be_where_an_incident_happened():
    text = ("Kenya: On Thursday night, a roadside bomb struck a police vehicle near the village of Qorahey "
            "near Mandera town, killing four police reservists, officials said.")
    fc = extract_text(text, published="2025-03-01")
    incidents = [f for f in fc["features"] if f["properties"]["layer"] == "incident"]
    mandera = [p.entry for p in places_from_text(text) if p.mention.text == "Mandera"][0]
    assert incidents
    lon, lat = incidents[0]["geometry"]["coordinates"]
    assert haversine_km(lat, lon, mandera.lat, mandera.lon) < 30


def test_a_known_name_typed_as_a_village_is_not_a_far_country():
    # "Arabia" is an alternate name of Saudi Arabia; here it is a Kenyan village
    text = ("A bomb struck near the village of Arabia near Mandera town, killing four, Kenyan police said. "
            "About 2,300 residents who fled Arabia are sheltering in schools.")
    got = by_mention(text)
    assert all(p.entry.iso2 == "KE" and p.entry.place_type == "city" for p in got["Arabia"])


def test_the_x_river_is_water_not_the_town_of_x():
    text = ("Tajik guards and Taliban fighters exchanged fire across the Panj river in Tajikistan’s Darvaz district. "
            "The two countries share a long border, much of it along the Panj.")
    got = by_mention(text)
    assert got["Panj river"][0].entry.place_type == "water" and got["Panj river"][0].entry.iso2 == "TJ"
    assert got["Panj"][0].entry.place_type == "water"
    assert got["Darvaz"][0].entry.place_type == "admin2" and got["Darvaz"][0].entry.iso2 == "TJ"


def test_a_crossing_named_after_a_far_town_is_placed_by_the_text():
    # Joda is also a town in India; this crossing lies near Malakal
    text = "South Sudan: arrivals through the Joda crossing near Malakal rose again, Sudanese refugees said."
    p = by_mention(text)["Joda crossing"][0]
    assert p.entry.iso2 == "SS" and p.entry.in_gazetteer is False and p.entry.placed_at == "Malakal"


def test_a_name_the_gazetteer_knows_elsewhere_takes_the_candidate_in_the_named_unit():
    # several towns are called La Victoria; "in Apure state" asks for the one there, if any,
    # else the unlisted town at Apure: never La Victoria in Aragua
    text = "Venezuela: soldiers clashed with rebels near La Victoria, a town in Apure state, officials said."
    e = by_mention(text)["La Victoria"][0].entry
    assert e.iso2 == "VE" and e.admin1 == "Apure"


def test_an_unknown_name_in_a_named_province():
    text = "India said 700 people from Tavelwa in southern Chin State had fled to Mizoram."
    p = by_mention(text)["Tavelwa"][0]
    assert p.entry.in_gazetteer is False and p.entry.iso2 == "MM"


def test_a_bare_name_listed_after_in_is_a_place_near_the_county():
    # issue 12 kind 1: "in Elwako and Dhamu" hints places even without a type word
    text = "Militants burnt masts in Mandera County, cutting networks in Elwako and Dhamu, Kenyan officials said."
    got = by_mention(text)
    assert got["Dhamu"][0].entry.in_gazetteer is False and got["Dhamu"][0].entry.iso2 == "KE"


def test_no_unlisted_place_without_a_word_that_hints_it():
    text = ("Militants burnt masts in Mandera County, Kenyan officials said. Dhamu told reporters the "
            "networks were cut, and Governor Abdi Wario met President Ruto in Nairobi.")
    got = by_mention(text)
    assert "Dhamu" not in got and "Wario" not in got and "Ruto" not in got


def _incidents(text):
    fc = extract_text(text, published="2025-07-29")
    places = {f["properties"]["mention"]: f for f in fc["features"] if f["properties"]["layer"] == "place"}
    return places, [f for f in fc["features"] if f["properties"]["layer"] == "incident"]


def test_a_name_placed_only_near_another_place_puts_its_incident_on_the_frontier():
    # no unit in its sentence: the point borrowed from Sisaket is no place for the shelling
    places, incidents = _incidents("Thai and Cambodian troops exchanged fire on Monday in Thailand's Sisaket "
                                   "province. On Tuesday shells hit the Dangkor Tuol camps, killing two people, "
                                   "Cambodia said.")
    camp = places["Dangkor Tuol camps"]["properties"]
    assert camp["in_gazetteer"] is False and camp["admin1"] is None
    inc = [f for f in incidents if f["properties"]["fatalities"] == 2][0]
    assert inc["geometry"]["type"] in ("LineString", "MultiLineString") and inc["properties"]["geo_precision"] == 3


def test_a_village_known_by_its_province_puts_its_incident_on_that_provinces_stretch():
    places, incidents = _incidents("Thai artillery shelled Kravanh Thom, a village in Cambodia's Oddar Meanchey "
                                   "province, on Tuesday, killing three people, Cambodia said.")
    village = places["Kravanh Thom"]
    assert village["properties"]["placed_at"] == places["Oddar Meanchey"]["properties"]["name"]
    inc = [f for f in incidents if f["properties"]["fatalities"] == 3][0]
    assert inc["geometry"]["type"] in ("LineString", "MultiLineString") and inc["properties"]["geo_precision"] == 3
    coords = inc["geometry"]["coordinates"]
    points = coords if inc["geometry"]["type"] == "LineString" else [p for part in coords for p in part]
    assert all(lat > 13.9 for _, lat in points)  # Oddar Meanchey's stretch, not the frontier down to the sea


def test_a_name_told_together_with_a_town_is_placed_at_that_town_and_keeps_its_toll_there():
    # "landed in X and in the market of Y": no unit for X, but it is told with Y, not with the
    # place named just before it (where the shells came from)
    places, incidents = _incidents("Thai and Cambodian troops clashed near the border on Monday. Shells fired from "
                                   "the hills near Poipet landed in Phum Kravan and in the market of Sisophon on Tuesday. Three "
                                   "people were killed in Phum Kravan, a local official said.")
    sisophon = places["Sisophon"]["geometry"]["coordinates"]
    assert places["Phum Kravan"]["properties"]["placed_at"] == "Sisophon"
    inc = [f for f in incidents if f["properties"]["fatalities"] == 3][0]
    assert inc["properties"]["location"] == "Phum Kravan"
    assert inc["geometry"] == {"type": "Point", "coordinates": sisophon} and inc["properties"]["geo_precision"] == 2


def test_a_village_whose_incident_is_on_its_provinces_stretch_stands_there_too():
    places, _ = _incidents("Thai artillery shelled Kravanh Thom, a village in Cambodia's Oddar Meanchey "
                           "province, on Tuesday, killing three people, Cambodia said.")
    lon, lat = places["Kravanh Thom"]["geometry"]["coordinates"]
    province = places["Oddar Meanchey"]["geometry"]["coordinates"]
    assert [lon, lat] != province and lat > 14.2  # by the Thai frontier, north of the province's middle
    assert places["Kravanh Thom"]["properties"]["in_gazetteer"] is False


def test_a_district_known_by_its_province_puts_its_incident_on_that_provinces_stretch():
    # "the Trapeang Tav district of Oddar Meanchey province": a district the gazetteer lacks, on
    # the province's stretch of the frontier like a village, not at the province's middle
    places, incidents = _incidents("Thai jets struck targets in the Trapeang Tav district of Cambodia's Oddar "
                                   "Meanchey province on Tuesday, Cambodia said.")
    assert places["Trapeang Tav"]["properties"]["in_gazetteer"] is False
    inc = [f for f in incidents if f["properties"]["location"] == "Trapeang Tav"][0]
    assert inc["geometry"]["type"] in ("LineString", "MultiLineString") and inc["properties"]["placement"] == "frontier stretch"


def _unlisted(places, mention):
    """The properties of a place feature the gazetteer does not hold."""
    props = places[mention]["properties"]
    assert props["in_gazetteer"] is False
    return props


def test_a_camp_without_a_place_of_its_own_is_where_the_people_arrived_not_the_last_place_named():
    places, _ = _incidents("Since Monday, 3,000 Cambodians have fled to Thailand's Sa Kaeo province, while 500 "
                           "people displaced from Samraong have moved north within Oddar Meanchey province. New "
                           "arrivals are staying with relatives in the Ban Kraisorn camps.")
    camp = _unlisted(places, "Ban Kraisorn camps")
    assert camp["iso3"] == "THA" and camp["placed_at"] == places["Sa Kaeo province"]["properties"]["name"]


def test_a_place_the_text_calls_a_border_village_puts_its_incident_on_the_frontier_not_at_its_district():
    places, incidents = _incidents("Cambodia said two Thai mortar shells landed in Phum Kork, a border village in "
                                   "Anlong Veng district, on Tuesday, injuring a woman.")
    assert places["Phum Kork"]["properties"]["in_gazetteer"] is False
    inc = [f for f in incidents if f["properties"]["location"] == "Phum Kork"][0]
    assert inc["properties"]["placement"] == "frontier stretch" and inc["properties"]["geo_precision"] == 3
    # without the border word it stays at the district's town
    places, incidents = _incidents("Cambodia said two Thai mortar shells landed in Phum Kork, a village in "
                                   "Anlong Veng district, on Tuesday, injuring a woman.")
    inc = [f for f in incidents if f["properties"]["location"] == "Phum Kork"][0]
    assert inc["geometry"]["type"] == "Point"


def test_a_name_typed_with_a_nationality_is_in_that_country_not_in_the_unit_it_is_told_near():
    text = ("Fighting around Ban Phak Kat and Ban Nong Sa, two Thai villages near the frontier with Cambodia's "
            "Oddar Meanchey province, drove some 2,000 Thais from their homes this week.")
    places, incidents = _incidents(text)
    for name in ("Ban Phak Kat", "Ban Nong Sa"):
        assert places[name]["properties"]["iso3"] == "THA" and places[name]["properties"]["in_gazetteer"] is False
    assert not [f for f in incidents if f["properties"]["location"] == "Ban Phak Kat"
                and f["properties"]["placement"] == "frontier stretch"]  # not Oddar Meanchey's side


def test_a_name_across_the_river_from_a_town_is_in_the_other_country_on_the_frontier_by_that_town():
    places, incidents = _incidents("Thailand said 3,000 people fled Myanmar this week. Myanmar rebels overran an "
                                   "army camp at Ban Pha Luang, across the Moei river from Mae Sot, on Tuesday.")
    place = places["Ban Pha Luang"]
    assert place["properties"]["iso3"] == "MMR" and place["properties"]["in_gazetteer"] is False
    inc = [f for f in incidents if f["properties"]["location"] == "Ban Pha Luang"][0]
    lon, lat = inc["geometry"]["coordinates"]
    mae_sot = places["Mae Sot"]["geometry"]["coordinates"]
    assert inc["properties"]["geo_precision"] == 2 and [lon, lat] != mae_sot
    assert haversine_km(lat, lon, mae_sot[1], mae_sot[0]) < 15  # where the frontier passes Mae Sot


def test_a_gorge_is_no_town_the_gazetteer_spells_otherwise():
    # "Kodori" would be read as Kojori, a town near Tbilisi, by the spelling step
    places, _ = _incidents("TBILISI, Aug 9 - Russian jets bombed Gori and the port of Poti on Saturday, Georgia "
                           "said. In Abkhazia, Abkhaz forces attacked Georgian positions in the upper Kodori gorge, "
                           "the only part of the region held by Tbilisi, a spokesman said.")
    assert _unlisted(places, "Kodori")["name"] == "Kodori"


def test_a_district_the_gazetteer_lacks_stands_at_the_town_it_is_named_after():
    gaz = get_gazetteer()
    tera = [h.entry for h in gaz.hits("tera") if h.entry.iso2 == "NE"][0]
    text = ("Gunmen attacked a market near Torodi in Niger on Monday. In Téra department, dozens of "
            "families have fled their villages, aid workers said.")
    e = by_mention(text)["Téra"][0].entry
    # the gazetteer's town itself, or a department the gazetteer lacks standing at it
    assert e.iso2 == "NE" and (e.in_gazetteer or e.place_type == "admin2")
    assert haversine_km(e.lat, e.lon, tera.lat, tera.lon) < 1  # not at Torodi, 110 km away


def test_a_crossing_with_no_incident_stands_on_its_provinces_stretch_of_the_frontier():
    # a crossing is on the frontier by what it is: not at the middle of its province (Mafraq's
    # middle lies in the eastern desert, far from the Syrian frontier)
    places, _ = _incidents("Jordan and Syria traded accusations on Monday. Traffic at the Qasr Wadi crossing on "
                           "the road from Mafraq resumed, customs officials in Mafraq province said.")
    crossing = places["Qasr Wadi crossing"]
    lon, lat = crossing["geometry"]["coordinates"]
    assert crossing["properties"]["in_gazetteer"] is False
    assert lat > 32.4  # by the Syrian frontier, north of Mafraq governorate's middle (32.3)
    # on the frontier itself: where it passes the town of Mafraq ("the road from Mafraq" is the town since
    # round 36's unit_seats), or on the governorate's stretch when the name is read as the governorate
    from geomap.reading.borders import default_borders
    on = default_borders().nearest_on_frontier("JOR", "SYR", lon, lat)
    assert on is not None and haversine_km(lat, lon, on[1], on[0]) < 2.0


def test_a_village_the_text_puts_on_the_border_stands_on_the_frontier():
    # "a Cambodian village on the border": on the frontier, not at the town it is told near
    places, _ = _incidents("Thai and Cambodian troops exchanged fire on Monday. Residents of Kravanh Thom, a "
                           "Cambodian village on the border north of Samraong, fled south.")
    lon, lat = places["Kravanh Thom"]["geometry"]["coordinates"]
    town = places["Samraong"]["geometry"]["coordinates"]
    assert [lon, lat] != town and lat > 14.25
    assert places["Kravanh Thom"]["properties"]["in_gazetteer"] is False
    # where the frontier passes the town it is told near, not the middle of its province's stretch
    # (Hodh Ech Chargui's stretch of the Malian frontier runs 600 km north of Bassikounou)
    places, _ = _incidents("Malian troops pursued fighters into Mauritania on Monday. Residents of Kowaridji, a "
                           "Mauritanian village on the border near Bassikounou, fled to Mbera.")
    lon, lat = places["Kowaridji"]["geometry"]["coordinates"]
    town = places["Bassikounou"]["geometry"]["coordinates"]
    assert haversine_km(lat, lon, town[1], town[0]) < 60


def test_a_gulf_the_gazetteer_lacks_is_read_from_its_leading_word():
    got = by_mention("Migrants reach Turbo, in Colombia’s Antioquia department, and cross the Gulf of Urabá by "
                     "boat to Acandí.")
    gulf = got["Gulf of Urabá"][0].entry
    assert gulf.in_gazetteer is False and gulf.place_type == "water" and gulf.iso2 == "CO"
    assert "Gulf" not in by_mention("Oil prices rose in the Gulf, and Gulf states met in Turbo, Colombia.")


def test_a_river_or_lake_known_only_by_its_country_or_a_capital_stands_where_the_article_is():
    got = by_mention(" ".join((
        "Iranian border guards clashed with Taliban fighters near Zabol on Sunday.",
        "Tehran and Kabul have been at odds over water from the Helmand river, which flows from Afghanistan into",
        "Iran’s Hamoun wetlands. Traders in Zabol said the crossing was shut.")))
    zabol = got["Zabol"][0].entry
    for name in ("Helmand river", "Hamoun wetlands"):
        e = got[name][0].entry
        assert e.in_gazetteer is False and e.place_type == "water"
        assert haversine_km(e.lat, e.lon, zabol.lat, zabol.lon) < 100  # not at Kabul, nor Iran's middle


def test_units_and_areas_of_other_countries_type_unknown_names():
    # Bangladesh's unions, a land port, "the X and Y areas": (text, name, place_type, country)
    cases = [("Two youths from Dahagram union in Lalmonirhat were shot.", "Dahagram", "admin2", "BD"),
             ("Trade resumed at the Burimari land port in Bangladesh.", "Burimari", "landmark", "BD"),
             ("Jets struck PKK targets in the Metina and Zap areas of Iraq's Duhok province.", "Metina", "region", "IQ"),
             ("Jets struck PKK targets in the Metina and Zap areas of Iraq's Duhok province.", "Zap", "region", "IQ")]
    for text, name, kind, iso2 in cases:
        e = by_mention(text)[name][0].entry
        assert (e.in_gazetteer, e.place_type, e.iso2) == (False, kind, iso2), name
    assert "European" not in by_mention("The European Union and the Bay Area met in Lalmonirhat, Bangladesh.")


def _placed_at_town(text, name, town):
    """The entry of ``name``, asserted to stand at the point of ``town``."""
    got = by_mention(text)
    e, t = got[name][0].entry, got[town][0].entry
    assert (e.lat, e.lon) == (t.lat, t.lon)
    return e


def test_a_hinted_name_with_no_place_around_stands_at_the_town_the_article_names_most():
    # the region is named more often than the town, but a town is where a village is near
    e = _placed_at_town("Malian troops patrolled Niafunké, in the Timbuktu region, on Monday. Officials in the "
                        "Timbuktu region said Niafunké was calm, and traders in the Timbuktu region agreed. Mali's "
                        "army said it had neutralised fighters near Kowaridji.", "Kowaridji", "Niafunké")
    assert e.in_gazetteer is False  # and not at the region's desert middle


def test_what_lies_across_from_a_town_is_a_river_beside_it():
    got = by_mention("A drone came down in Ukraine’s Vinnytsia region, across the Dniester from Otaci, Moldova said.")
    river, town = got["Dniester"][0].entry, got["Otaci"][0].entry
    assert river.place_type == "water"  # (the gazetteer holds the Dniester since round 37: put by Otaci still)
    assert (river.lat, river.lon) == (town.lat, town.lon)
    assert "street" not in by_mention("He lives across the street from Otaci, in Moldova.")


def test_a_country_told_across_a_river_from_a_town_stays_the_country():
    got = by_mention("Refugees crossed into Thailand, across the Moei from Myawaddy, on Monday.")
    assert got["Thailand"][0].entry.place_type == "country" and got["Thailand"][0].entry.in_gazetteer


def test_the_articles_main_town_is_in_the_countries_it_names_most_not_where_talks_are_held():
    # nothing named before the cave: it goes to the article's main town, in Ecuador or Peru
    cave = _placed_at_town("Helicopters attacked Cueva de los Tayos on Thursday, Ecuador said. Peru denied it, Peru "
                           "said, Lima said, and Ecuador's army stayed put. Settlers fled to Cuenca in Ecuador. Talks "
                           "began in Rio de Janeiro, Brazil, on Thursday, and envoys in Rio de Janeiro hope for "
                           "progress. Ecuador and Peru fought in 1941.", "Cueva de los Tayos", "Cuenca")
    assert cave.iso2 == "EC"


def test_a_unit_known_only_by_its_countrys_possessive_stands_at_the_articles_town_there():
    got = by_mention("Traders in Yabelo, Ethiopia, said fighting spread on Monday. Families from Ethiopia’s Borana "
                     "zone arrived overnight, traders in Yabelo said.")
    zone, town = got["Borana"][0].entry, got["Yabelo"][0].entry
    assert zone.iso2 == "ET" and town.iso2 == "ET"
    assert haversine_km(zone.lat, zone.lon, town.lat, town.lon) < 1  # not Ethiopia's middle, 600 km away


def test_a_plural_demonym_after_a_locative_is_no_hinted_place():
    text = ("The Philippines reported 29 cases in Cebu and Davao. Six of the cases were in Filipinos who had "
            "returned from visits to the U.S. and to Seattle.")
    assert "Filipinos" not in by_mention(text)


def test_a_village_in_an_unlisted_province_of_a_named_country_is_there_not_at_the_dateline():
    # both names unlisted: the province is read first (in Syria, at the article's town there),
    # then the village in it; not in Jordan at the dateline's point
    got = by_mention("AMMAN, May 2 (Reuters) — Drones struck the village of Qarnawit in southern Syria’s Hazmiya "
                     "province on Thursday, killing four people, as Jordan’s army reinforced Mafraq. A second strike "
                     "hit a farm outside Salkhad, near the border, residents said.")
    village, town = got["Qarnawit"][0].entry, got["Salkhad"][0].entry
    assert village.iso2 == "SY" and got["Hazmiya"][0].entry.iso2 == "SY"
    assert haversine_km(village.lat, village.lon, town.lat, town.lon) < 100


def test_a_district_told_after_talks_with_a_capital_is_not_put_at_that_capital():
    got = by_mention("ARUSHA, June 3 — Militants attacked a market in Mocímboa da Praia on Monday, Mozambique said. "
                     "Tanzania and Mozambique agreed on joint patrols, officials in Dodoma said after talks with "
                     "Maputo. Another raid was reported in Kessaba district on Friday.")
    district, capital = got["Kessaba"][0].entry, got["Maputo"][0].entry
    assert district.in_gazetteer is False
    assert haversine_km(district.lat, district.lon, capital.lat, capital.lon) > 500  # not where statements come from


def test_a_hinted_name_read_as_a_far_town_of_a_country_the_article_never_names_is_a_place_it_lacks():
    got = by_mention("MOGADISHU, May 4 — Somali forces clashed with militants in Beledweyne on Monday, Somalia said, "
                     "and drones struck positions outside Palma, Somali officials said. Kenya closed its border "
                     "at Mandera.")
    e = got["Palma"][0].entry
    assert e.iso2 == "SO" and e.in_gazetteer is False  # not Palma de Mallorca, 6,000 km away


def test_a_camp_in_a_province_stands_at_the_articles_town_there_not_at_the_provinces_middle():
    got = by_mention("Gunmen attacked lorries near Baboua on Sunday, Cameroon said. Truckers blocked the road at "
                     "Garoua-Boulaï on Monday. About 500 Central Africans crossed into Cameroon’s East region and "
                     "were taken to the Tondiri camp, UNHCR said.")
    camp, town = got["Tondiri camp"][0].entry, got["Garoua-Boulaï"][0].entry
    assert camp.in_gazetteer is False and camp.iso2 == "CM"
    assert haversine_km(camp.lat, camp.lon, town.lat, town.lon) < 30  # the region's middle is ~220 km away


def test_a_name_is_not_placed_at_the_town_a_speaker_talks_from():
    # "an official in Aranyaprathet said": where the statement came from, not where the pass lies,
    # so the pass is known only by its country and its incident goes to the frontier
    places, incidents = _incidents("Thai and Cambodian troops exchanged fire along the border on Monday. The toll "
                                   "from Friday's mortar attack near the Chong Krabei Pass has risen to four, an "
                                   "official in Aranyaprathet said.")
    assert places["Chong Krabei Pass"]["properties"]["in_gazetteer"] is False
    inc = [f for f in incidents if f["properties"]["fatalities"] == 4][0]
    assert inc["geometry"]["type"] in ("LineString", "MultiLineString")


def test_a_river_named_like_a_town_does_not_make_that_town_the_article_s_place():
    # "the Panj river" is no mention of the town of Panj: a district known only by its country
    # ("Tajikistan's X district") goes to the town the article is about, not to Panj, 250 km west
    from geomap.reading.pipeline import extract_text

    text = ("Tajik and Afghan guards traded fire across the Panj river in Tajikistan's Yazgulom district on "
            "Monday. Troops in Khorog were put on alert, and families from villages near Khorog moved to Ishkoshim.")
    got = {f["properties"]["mention"]: f["geometry"]["coordinates"] for f in extract_text(text, published="2025-03-04")
           ["features"] if f["properties"]["layer"] == "place"}
    assert got["Yazgulom"][0] > 71.0, got  # at Khorog (71.55 E), not at the town of Panj (69.10 E)


def test_a_capitalised_town_of_ordinary_words_is_a_place_of_the_articles_county():
    text = ("Refugees from Côte d'Ivoire were registered in Grand Gedeh County, and 900 more in River Gee "
            "County, around Blue Town, Liberian officials said.")
    got = by_mention(text)
    e = got["Blue Town"][0].entry
    assert e.in_gazetteer is False and e.iso2 == "LR"


def test_an_area_held_by_a_people_is_no_place_name():
    got = by_mention("Artillery pounded Kurdish-held areas and rebel-controlled villages across northern Syria's "
                     "Hasakah province on Monday.")
    assert not any("held" in k or "controlled" in k for k in got)


def test_a_province_hidden_in_its_police_s_name_is_the_gazetteer_s_province():
    got = by_mention("Copperbelt Province Police Commissioner Ms Jane Banda said two men were arrested in Zambia.")
    e = got["Copperbelt Province"][0].entry
    assert e.place_type == "admin1" and e.iso2 == "ZM" and e.in_gazetteer


def test_the_adjective_of_a_country_before_town_of_places_the_town_in_that_country():
    # El Espino is a village of Mexico, Colombia and Panama (none in Guatemala); the adjective says which
    got = by_mention("Soldiers clashed with smugglers near Ciudad Hidalgo, opposite the Guatemalan town of "
                     "El Espino, Mexican officials said.")
    assert got["El Espino"][0].entry.iso2 == "GT"


def test_a_town_named_with_common_french_words_is_placed_near_the_towns_before_it():
    got = by_mention("Gangs burned the police station in Mirebalais, Haiti, on Monday. They also attacked the "
                     "nearby town of Bois-Joli the following day.")
    e = got["Bois-Joli"][0].entry
    assert e.in_gazetteer is False and e.iso2 == "HT"


def test_the_area_of_a_known_place_stays_that_place():
    got = by_mention("Cholera is spreading in the area of Malakal, and the area of Iraq near Turkey reported bird flu.")
    assert got["Malakal"][0].entry.iso2 == "SS" and got["Malakal"][0].entry.in_gazetteer
    assert got["Iraq"][0].entry.place_type == "country"


def test_crossing_points_named_together_stand_on_their_provinces_stretch_of_the_frontier():
    places, _ = _incidents("Jordan and Syria traded accusations on Monday. Traffic at the Qasr Wadi and Tal Hamra "
                           "crossing points in Mafraq province resumed, customs officials said.")
    for name in ("Qasr Wadi", "Tal Hamra"):
        assert places[name]["properties"]["in_gazetteer"] is False
        assert places[name]["geometry"]["coordinates"][1] > 32.5  # by the Syrian frontier, not Mafraq's middle


def test_a_village_from_a_unit_the_gazetteer_reads_as_its_town_is_placed_there():
    # "from X in Y regency": Y is a unit by its word, though the gazetteer knows only the town of Y
    got = by_mention("Dozens of villagers from Sumberwaru Lor in East Java's Malang regency burned two huts, police said.")
    e = got["Sumberwaru Lor"][0].entry
    town = got["Malang"][0].entry
    assert e.in_gazetteer is False and haversine_km(e.lat, e.lon, town.lat, town.lon) < 1


def test_a_hinted_name_in_a_sentence_naming_no_country_stands_at_the_place_told_just_before():
    got = by_mention("Kenyan police said fighting spread around Lodwar, in Turkana county, Kenya, near the border "
                     "with South Sudan, on Monday. The toll from the attack on a lorry near Lokwamorit has risen "
                     "to four.")
    village, town = got["Lokwamorit"][0].entry, got["Lodwar"][0].entry
    assert village.in_gazetteer is False and village.iso2 == "KE"
    assert (village.lat, village.lon) == (town.lat, town.lon)


def test_a_name_hinted_where_no_country_is_named_waits_for_the_place_it_is_told_with_later():
    # the first sentence says nothing of where Zandokro is; the second puts it beside Bouar
    got = by_mention("Gunmen attacked a convoy near Garoua-Boulaï in Cameroon on Sunday. Troops clashed with the "
                     "gunmen near Zandokro on Monday night, officials said. Attacks on the road between Zandokro and "
                     "Bouar, in the Central African Republic, have become more frequent.")
    village, town = got["Zandokro"][0].entry, got["Bouar"][0].entry
    assert village.iso2 == "CF" and (village.lat, village.lon) == (town.lat, town.lon)


def test_a_hinted_name_on_a_countrys_border_is_not_placed_in_that_country():
    # "on the Nigerian border" says the village faces Nigeria: it lies by the Cameroonian town told before
    got = by_mention("Refugees from Nigeria reached Mora, in Cameroon, on Monday. Gunmen attacked a village near "
                     "Dambokoro on the Nigerian border on Tuesday.")
    assert got["Dambokoro"][0].entry.iso2 == "CM"


def test_a_hinted_name_told_with_a_foreign_army_and_no_place_of_its_country_stands_by_the_places_told_before():
    # "Turkish troops" names Turkey, but the article names no place there: it is by the places told before
    got = by_mention("Turkey and Iraq traded accusations on Monday. Shelling hit villages near Amadiya, in Iraq's Duhok "
                     "province, officials said. Residents said Turkish troops had been deployed around Derakolit.")
    village, town = got["Derakolit"][0].entry, got["Amadiya"][0].entry
    assert village.in_gazetteer is False and village.iso2 == "IQ"
    assert haversine_km(village.lat, village.lon, town.lat, town.lon) < 100


def test_a_village_known_by_its_province_stands_on_its_stretch_by_the_town_the_article_names_there():
    # Aysén's stretch of the Chile–Argentina frontier runs some 600 km: its middle is far from
    # Cochrane, the town the paragraph names; the village stands on the stretch by Cochrane
    fc = extract_text("Argentine gendarmes exchanged fire with smugglers at Puesto Alcaraz, a village in "
                      "Chile's Aysén region, on Monday, killing two people, Chilean police said. The shooting "
                      "began on the road out of Cochrane, close to the Argentine frontier, and went on for an hour.",
                      published="2025-03-04")
    feats = {f["properties"]["name"]: f for f in fc["features"] if f["properties"].get("layer") == "place"}
    lon, lat = feats["Puesto Alcaraz"]["geometry"]["coordinates"]
    town_lon, town_lat = feats["Cochrane"]["geometry"]["coordinates"]
    assert feats["Puesto Alcaraz"]["properties"]["in_gazetteer"] is False
    assert haversine_km(lat, lon, town_lat, town_lon) < 40


def test_a_village_in_a_sentence_naming_one_country_stands_by_that_countrys_places():
    got = by_mention("Fighting started near Yagoua on Sunday. Refugees reached Bongor, in Chad, on Monday. "
                     "In Cameroon, the villages of Tagawa and Bidzar were burned.")
    assert got["Tagawa"][0].entry.in_gazetteer is False
    assert got["Tagawa"][0].entry.iso2 == got["Bidzar"][0].entry.iso2 == "CM"


def test_a_valley_read_as_a_region_of_a_country_the_article_never_names_gives_way():
    # Namibia's Zambezi region is the gazetteer's reading; the story is on the Zambia–Zimbabwe frontier
    got = by_mention("Zimbabwe police said the patrol acted within the law at Binga. Villagers in Siachilaba "
                     "and Sianzyundu, in the Zambezi valley, said they heard shooting. Traders in Livingstone "
                     "said the Victoria Falls crossing had slowed.")
    valley = got["Zambezi valley"][0].entry
    assert valley.iso2 != "NA" and valley.in_gazetteer is False
    assert all(got[n][0].entry.iso2 != "NA" for n in ("Siachilaba", "Sianzyundu"))


@pytest.mark.parametrize("name", ["Nueva Esperanza", "Santa Rosa de Yanamaru"])
def test_a_community_whose_name_the_gazetteer_reads_far_away_stands_by_the_article(name):
    # the Nueva Esperanza the gazetteer knows is on the Pacific side, 750 km off; "Santa Rosa de
    # Yanamaru" is no part of its Santa Rosa, 1,000 km south: the communities are on the Putumayo
    got = by_mention("Colombian marines at Puerto Leguízamo and Peruvian troops at Soplín Vargas reported gunfire "
                     f"on Thursday, Peru said. Boats fled towards the communities of {name} and Tipishcayo.")
    community, anchor = got[name][0].entry, got["Puerto Leguízamo"][0].entry
    assert community.in_gazetteer is False and community.feature == "community"
    assert haversine_km(community.lat, community.lon, anchor.lat, anchor.lon) < 161


def test_the_department_of_x_is_the_articles_district_not_a_namesake_abroad():
    text = ("Gendarmes clashed with smugglers in Clorinda, in the department of Pilcomayo, on Monday, near the "
            "border with Paraguay. The prosecutor of Pilcomayo opened an inquiry.")
    got = by_mention(text)
    clorinda = got["Clorinda"][0].entry
    for p in got["Pilcomayo"]:  # (the gazetteer's Pilcomayo is a town of Peru)
        assert p.entry.iso2 == "AR" and haversine_km(p.entry.lat, p.entry.lon, clorinda.lat, clorinda.lon) < 100


def test_a_town_told_opposite_in_a_province_is_in_that_province_not_a_namesake_in_another():
    text = "Kyrgyz border guards said Kazakh herders crossed near a checkpoint opposite Karasu in Zhambyl region on Friday."
    assert all(h.entry.admin1 != "Zhambyl" for h in get_gazetteer().hits("karasu"))  # only namesakes elsewhere
    e = by_mention(text)["Karasu"][0].entry
    assert e.iso2 == "KZ" and e.admin1 == "Zhambyl" and e.in_gazetteer is False


def test_a_river_alone_in_its_sentence_is_by_the_region_it_names():
    text = ("Two fishermen were shot at Kirumi (Mara region) on Monday. The agreement on joint patrols "
            "along the Mara River, signed in 2024, will be reviewed.")
    e = by_mention(text)["Mara River"][0].entry
    assert e.place_type == "water" and e.iso2 == "TZ" and e.placed_at == "Mara"


def test_a_road_is_placed_at_the_place_told_with_it_even_a_hinted_one():
    text = ("Panama and Costa Rica closed the crossing at Sixaola and Guabito on Thursday. On Friday, some 300 "
            "small traders blocked the Inter-American Highway near Tochibá, on the Pacific side of the border.")
    road = by_mention(text)["Inter-American Highway"][0].entry
    assert road.place_type == "landmark" and road.in_gazetteer is False and road.iso2 in ("CR", "PA")


def test_a_unit_said_to_hold_the_town_before_it_is_no_namesake_far_from_that_town():
    for text in ("Police seized coca leaves near Pichanal, in the department of Orán, on Tuesday.",
                 "Police seized coca leaves near Pichanal, in the department of Orán, in northern Argentina, on "
                 "Tuesday, near the border with Bolivia."):
        got = by_mention(text)
        e, town = got["Orán"][0].entry, got["Pichanal"][0].entry  # (the gazetteer's Oran is Algeria's)
        assert e.iso2 == "AR" and haversine_km(e.lat, e.lon, town.lat, town.lon) < 100


def test_a_village_read_through_another_spelling_in_another_province_is_unlisted_in_its_own():
    text = "Police in Iaşi county said they had seized a drone in a field near the village of Sculeni on Thursday."
    e = by_mention(text)["Sculeni"][0].entry  # (the gazetteer has only Siculeni, in Harghita)
    assert e.in_gazetteer is False and e.iso2 == "RO" and e.placed_at == "Iasi"


def test_a_unit_named_after_its_title_is_in_the_district_the_text_gives():
    text = ("Hundreds of villagers from Traditional Authority Chikowi in Zomba district marched on Saturday. "
            "Relatives in Chikowi said the two men were collecting firewood near Lake Chilwa.")
    for p in by_mention(text)["Chikowi"]:
        assert p.entry.in_gazetteer is False and p.entry.iso2 == "MW" and p.entry.placed_at == "Zomba"


def test_a_given_name_with_an_accent_is_no_demonym():
    # "Germán" folds to "german", a demonym; written with its accent it is a name
    text = "Police clashed with coca growers in Cliza, in the province of Germán Jordán, Bolivia, on Monday."
    e = by_mention(text)["Germán Jordán"][0].entry
    assert e.in_gazetteer is False and e.iso2 == "BO"
