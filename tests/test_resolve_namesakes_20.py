"""Places resolved to the article's own point (issue 12): a namesake elsewhere read for a place of
a local frontier story, and a place the gazetteer lacks put at the middle of a large border
province (geomap.reading.local_namesakes, geomap.reading.division_stretch, the area and appositive
rules of geomap.reading.unlisted and geomap.text.place_cues), on the real gazetteer and
boundaries. Every sentence is invented; the frontiers are in no fixture."""
from conftest import place_point, places_by_mention

from geomap.gazetteer import fold, get_gazetteer, haversine_km
from geomap.reading.local_namesakes import far_from_local_story
from geomap.text.place_cues import place_cues
from geomap.text.sentences import split_sentences


def test_a_town_listed_with_the_story_places_is_no_namesake_across_the_world():
    text = ("Spanish and Portuguese police broke up a fuel smuggling ring on the Guadiana frontier, the Guardia "
            "Civil said on Thursday. Officers searched warehouses in Nogales and Olivenza and a farm outside Elvas; "
            "two men were arrested in Campo Maior.")
    lat, lon, iso2 = place_point(text, "Nogales")
    assert iso2 == "ES" and haversine_km(lat, lon, 38.68, -7.10) < 60  # by Olivenza, not Nogales, Sonora


def test_a_far_village_of_a_local_story_is_put_by_the_places_told_with_it():
    # the gazetteer's only Vinaixa lies in Lleida, 800 km from the story's places by the Guadiana
    text = ("Floodwater from the Guadiana reached houses in Olivenza, Elvas and Campo Maior on Sunday. "
            "Spanish firefighters also pumped out basements in Vinaixa and Badajoz, the regional government said.")
    village = places_by_mention(text)["Vinaixa"][0].entry
    assert not village.in_gazetteer and haversine_km(village.lat, village.lon, 38.88, -6.97) < 60


def test_a_village_far_from_a_story_spread_over_a_country_keeps_its_reading():
    # no three places of the story lie together: no local story, the gazetteer's village stands
    gaz = get_gazetteer()

    def town(name):
        return next(h.entry for h in gaz.hits(fold(name)) if h.entry.iso2 in ("ES", "PT") and h.entry.place_type == "city")

    village = town("Vinaixa")
    assert not far_from_local_story(village, [town(n) for n in ("Malaga", "Bilbao", "Sevilla", "Vigo")])
    assert far_from_local_story(village, [town(n) for n in ("Olivenza", "Elvas", "Campo Maior", "Vigo")])
    # a village of another region, named in passing by world news, is no namesake of the story's
    lapland = next(h.entry for h in gaz.hits(fold("Utsjoki")) if h.entry.iso2 == "FI")
    assert not far_from_local_story(lapland, [town(n) for n in ("Olivenza", "Elvas", "Campo Maior", "Vigo")])


def test_a_town_listed_with_countries_is_no_namesake_of_the_story():
    text = ("Spanish and Portuguese vets culled pigs at farms in Olivenza, Elvas and Campo Maior. The strain is "
            "related to those found in Sudan, Peru and Nogales years ago, officials said.")
    assert places_by_mention(text)["Nogales"][0].entry.iso2 == "MX"


def test_an_unlisted_village_at_the_middle_of_a_large_border_province_goes_to_its_frontier():
    text = ("Swedish and Finnish rescuers searched the Torne river on Saturday for two snowmobilers who went "
            "through the ice near the border. The men had set off from Pajala on Friday evening, Norrbotten "
            "police said. Residents of Kangos village in Norrbotten county joined the search.")
    lat, lon, iso2 = place_point(text, "Kangos")
    # Norrbotten's middle (66.9, 20.2) is 150 km from the Torne; Pajala is on it
    assert iso2 == "SE" and haversine_km(lat, lon, 67.21, 23.37) < 60


def test_where_people_were_taken_stays_at_the_middle_of_the_province():
    text = ("Finnish border guards said 40 migrants had crossed the Torne near Pajala on Monday. They were "
            "taken to Kangos village in Norrbotten county, Swedish police said.")
    lat, lon, _ = place_point(text, "Kangos")
    assert haversine_km(lat, lon, 66.88, 20.21) < 30


def test_the_area_of_another_countrys_unit_is_no_namesake():
    text = ("Firefighters from Elvas were sent to the Nogales area of Badajoz province on Tuesday, "
            "the Portuguese civil protection agency said.")
    area = places_by_mention(text)["Nogales"][0].entry
    assert area.iso2 == "ES" and not area.in_gazetteer


def test_the_main_town_of_a_province_is_a_town_not_a_namesake():
    text = ("Officials in Medellín, the main town of eastern Badajoz, said the bridge over the Guadiana had "
            "been closed since the floods began near the Portuguese border.")
    cue = next(c for c in place_cues(text, split_sentences(text)) if c.name == "Medellín")
    assert cue.place_type == "city" and cue.anchor_start == text.index("Badajoz")
    assert places_by_mention(text)["Medellín"][0].entry.iso2 == "ES"
    # "the main town of Spain's south-west" names a part of a country, no unit to put it in
    text = "Officials in Medellín, the main town of Spain's south-west, said the bridge had been closed."
    assert not any(c.name == "Medellín" for c in place_cues(text, split_sentences(text)))


def test_a_village_that_sits_on_the_frontier_goes_there_and_the_place_told_opposite_follows():
    from geomap.reading.borders import default_borders

    text = ("Spanish and Portuguese police doubled patrols along the border on Monday. Farm workers who had lived "
            "in Zaragoza for years crossed back from Spain and registered in Ndorobwe, Portuguese officials said. "
            "In Ndorobwe, a village of some 800 people that sits on the frontier opposite Kabwendo, the arrivals "
            "now outnumber residents.")
    for name in ("Ndorobwe", "Kabwendo"):  # both told with Zaragoza's point at first, 300 km inland
        lat, lon, _ = place_point(text, name)
        near = default_borders().nearest_on_frontier("ESP", "PRT", lon, lat)
        assert haversine_km(lat, lon, near[1], near[0]) < 5, name
