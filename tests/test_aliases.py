"""A name given a second name is the place of the second name (geomap.reading.aliases), on
the real gazetteer."""
from conftest import places_by_mention

from geomap.gazetteer import haversine_km


def test_a_town_also_known_by_the_gazetteer_s_name_is_that_town():
    # Derik is a town of Turkey too; the second name says which town is meant
    got = places_by_mention("Turkish drones struck a depot near Derik, also known as al-Malikiyah, in northeastern "
                            "Syria on Sunday, and shells fell on Qamishli; Turkey said it hit militants.")
    derik = got["Derik"][0].entry
    malikiyah = got["al-Malikiyah"][0].entry
    assert derik.iso2 == "SY" and haversine_km(derik.lat, derik.lon, malikiyah.lat, malikiyah.lon) < 1


def test_two_towns_listed_stay_two_places():
    got = places_by_mention("Turkish drones struck depots near Derik and al-Malikiyah in Syria on Sunday; "
                            "Turkey said it hit militants.")
    assert got["Derik"][0].entry.gid != got["al-Malikiyah"][0].entry.gid


def test_a_second_name_the_gazetteer_lacks_is_the_place_of_the_first():
    got = places_by_mention("Traders said the Chanika crossing, also known as Horohoro, was closed by Tanzanian "
                            "police on Monday after a shooting near Lunga Lunga in Kenya.")
    assert got["Horohoro"][0].entry == got["Chanika crossing"][0].entry


def test_a_name_known_in_a_country_as_another_is_the_place_of_that_name():
    # ", known in Mozambique as Milange": the country between the two names is no second name
    got = places_by_mention("Smugglers crossed near Mount Mulanje, known in Mozambique as Milange, on Monday, "
                            "Malawian police said.")
    mount, town = got["Mount Mulanje"][0].entry, got["Milange"][0].entry
    assert mount.in_gazetteer and mount.gid == town.gid
