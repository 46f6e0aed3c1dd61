"""Kinds of place the gazetteer lacks that border reports name (geomap.reading.unlisted with
place_cues and place_hints), on the real gazetteer: lakes, forests and reserves, a ksar, a town
typed by its nationality, a unit named after its county with a compass word, a county the
gazetteer holds with its word, and a far namesake giving way to the article's own place.
Every sentence is invented."""
from conftest import places_by_mention

from geomap.gazetteer import get_gazetteer, haversine_km

by_mention = places_by_mention


def _km(a, b) -> float:
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def test_a_lake_named_with_its_word_first_is_a_water_by_the_places_told_with_it():
    # (the frontier lakes in landmarks.csv are listed; Lake Jipe is in no table)
    got = by_mention("Tanzanian rangers arrested eleven Kenyan fishermen on Lake Jipe near Taveta on "
                     "Wednesday, Kenya's foreign ministry said.")
    lake = got["Lake Jipe"][0].entry
    assert lake.place_type == "water" and not lake.in_gazetteer
    assert _km(lake, got["Taveta"][0].entry) < 100


def test_a_lake_near_which_a_unit_is_told_stays_a_water():
    got = by_mention("Two herders were shot dead near Lake Natron in Arusha region on Monday, police said.")
    lake = got["Lake Natron"][0].entry
    assert lake.place_type == "water" and lake.iso2 == "TZ"


def test_forests_reserves_and_a_ksar_are_places():
    gaz = get_gazetteer()
    assert not gaz.lookup("Gola Forest Reserve")
    got = by_mention("Rangers clashed with gold miners deep inside the Gola Forest Reserve, near Zimmi in "
                     "Sierra Leone, on Friday. Smugglers later hid on the edge of the Tiwai forest near "
                     "Pujehun. In Algeria, gendarmes raided a house in the Ouled Said ksar near Timimoun.")
    assert got["Gola Forest Reserve"][0].entry.iso2 == "SL"
    assert "Gola" not in got  # the name is the reserve's, not a village of Croatia
    assert got["Tiwai forest"][0].entry.iso2 == "SL"
    assert got["Ouled Said"][0].entry.iso2 == "DZ"


def test_a_town_typed_by_its_nationality_is_a_place_of_that_country():
    gaz = get_gazetteer()
    assert not gaz.lookup("Holili")
    got = by_mention("Kenyan police arrested fuel smugglers near Taveta on Monday. Over the hill lies Holili, "
                     "a Tanzanian town a few kilometres away whose market sells cheap diesel.")
    assert got["Holili"][0].entry.iso2 == "TZ" and not got["Holili"][0].entry.in_gazetteer
    # a person described after a comma is no place ("a 27-year-old from X village")
    got = by_mention("Kenyan police said Baraka, a 27-year-old from Holili village, was shot near Taveta.")
    assert "Baraka" not in got


def test_a_name_opposite_which_a_boat_landed_is_a_place():
    gaz = get_gazetteer()
    assert not gaz.lookup("Kanyemba")
    got = by_mention("Zambian police said a boat of smugglers crossed the Zambezi from Zimbabwe's Mashonaland "
                     "Central province to the bank opposite Kanyemba before dawn.")
    assert got["Kanyemba"][0].entry.iso2 in ("ZM", "ZW")


def test_a_county_the_gazetteer_holds_with_its_word_and_an_office_speaking_for_it():
    got = by_mention("Raiders from Tanzania attacked cattle camps near Olkiloriti in Kajiado West on Sunday. "
                     "Kajiado County Police Commander said the attackers fled south towards Longido. Kenya has "
                     "sent more police to the frontier.")
    county = got["Kajiado County"][0].entry
    assert county.iso2 == "KE" and county.place_type == "admin1"
    west = got["Kajiado West"][0].entry
    assert west.iso2 == "KE" and west.place_type == "admin2" and not west.in_gazetteer
    assert got["Olkiloriti"][0].entry.iso2 == "KE"


def test_a_small_far_namesake_gives_way_to_the_articles_own_place():
    # ("Isla" of the island's name is first read as a district of Mexico, near the namesake: once
    # the island is read, the Mexican village is alone, 1,400 km from the article's places)
    got = by_mention("Honduran soldiers fired on Salvadoran fishermen near Isla Zacate Grande on Sunday, El "
                     "Salvador's navy said. Separately, police in Nacaome said they had detained 30 Salvadoran "
                     "smugglers at La Ciénega last week, and more at Choluteca.")
    place = got["La Ciénega"][0].entry
    assert place.iso2 in ("HN", "SV") and not place.in_gazetteer


def test_a_name_forces_were_sent_to_with_a_known_town_is_a_place_beside_it():
    gaz = get_gazetteer()
    assert not gaz.lookup("Kabweza")
    got = by_mention("Clashes broke out at Chirundu on Sunday. Zambia has since sent soldiers to Chirundu and "
                     "Kabweza, the police said.")
    kabweza = got["Kabweza"][0].entry
    assert kabweza.iso2 == "ZM" and _km(kabweza, got["Chirundu"][0].entry) < 50


def test_a_lake_named_in_the_headline_is_the_lake_the_body_places():
    got = by_mention("Kenyan fishermen detained on Lake Jipe\n\nTanzanian police detained 23 Kenyan fishermen "
                     "near Kitobo on Lake Jipe on Saturday, officials in Kilimanjaro region said.")
    first, again = got["Lake Jipe"]
    assert first.entry == again.entry and first.entry.iso2 == "TZ" and first.mention.start < 45
