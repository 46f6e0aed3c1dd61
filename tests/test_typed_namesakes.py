"""A valley, escarpment or village the text types is no far town or region of its name
(geomap.reading.typed_namesakes and its use in geomap.reading.unlisted), on the real gazetteer;
invented sentences."""
from conftest import places_by_mention


def test_an_escarpment_is_no_town_of_its_name_near_only_the_capital():
    # Luangwa town lies 230 km from Lusaka but 320+ km from Chipata and Lundazi, the places told
    text = ("Rangers from Lundazi and Chipata arrested two honey collectors on the Zambian side of the Luangwa "
            "escarpment on Friday. The men were flown to Lusaka for trial, Zambia said.")
    got = places_by_mention(text)["Luangwa escarpment"][0].entry
    assert got.in_gazetteer is False and got.iso2 == "ZM"
    assert got.lat > -14.5  # by the towns told, not at Luangwa town on the Zambezi (-15.6)


def test_an_escarpment_is_no_region_of_a_country_the_story_does_not_name():
    # Namibia's Zambezi region is no reading of "the Zambezi escarpment", and the village told near
    # it is not put there by it either
    text = ("Zimbabwean rangers said they patrolled the Zambezi escarpment near Mukumbura, while Mozambique "
            "sent police to Tete.")
    got = places_by_mention(text)
    assert got["Zambezi escarpment"][0].entry.iso2 != "NA"
    assert got["Mukumbura"][0].entry.iso2 != "NA"
