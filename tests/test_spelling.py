"""Names spelt otherwise than the gazetteer writes them, matched only within the article's
countries (geomap.reading.spelling), and government metonyms (seats of government)."""
from geomap.gazetteer import get_gazetteer
from geomap.reading.pipeline import extract_text, places_from_text
from geomap.reading.spelling import _hits_within


def by_mention(text):
    return {p.mention.text: p for p in places_from_text(text)}


def test_a_name_split_in_two_words_is_found_in_the_articles_country():
    text = "Taliban fighters opened fire on a Tajik patrol near Qalai Khumb, in Tajikistan’s Badakhshan region."
    p = by_mention(text)["Qalai Khumb"]
    assert p.entry.iso2 == "TJ" and p.entry.place_type == "city"


def test_variants_are_never_matched_across_the_world():
    # the same spelling in an article about Thailand matches nothing
    assert "Qalai Khumb" not in by_mention("Thai troops patrolled near Qalai Khumb, Thailand said on Monday.")


def test_south_and_southern_are_one_name():
    gaz = get_gazetteer()
    hits, loose = _hits_within(gaz, "Southern Kordufan", {"SD"})
    assert hits and not loose and {h.entry.name for h in hits} == {"South Kordufan"}
    assert _hits_within(gaz, "Southern Kordufan", {"TH"})[0] == ()


def test_long_form_of_a_country_is_one_mention():
    got = by_mention("Refugees from the Democratic Republic of the Congo entered Burundi.")
    assert got["Democratic Republic of the Congo"].entry.iso2 == "CD"


def test_seats_of_government_speak_for_their_government():
    text = ("Downing Street said Britain would speed up deliveries of artillery shells, and the Pentagon said "
            "more missiles were on their way. The Kremlin dismissed the aid.")
    got = by_mention(text)
    for name, iso2 in (("Downing Street", "GB"), ("Pentagon", "US"), ("Kremlin", "RU")):
        assert got[name].role == "government" and got[name].entry.iso2 == iso2


def test_a_seat_of_government_is_never_an_incident_location():
    fc = extract_text("Downing Street said Britain would speed up deliveries of artillery shells to Ukraine.",
                      published="2025-06-09")
    assert not [f for f in fc["features"] if f["properties"]["layer"] == "incident"
                and f["properties"].get("iso3") == "GBR"]


def test_a_palace_named_like_towns_is_the_government_when_it_acts():
    text = ("Venezuela and Colombia traded blame. Miraflores accused Bogota of sheltering rebels, "
            "and the Casa de Nariño said troops were sent to the border.")
    got = by_mention(text)
    assert got["Miraflores"].role == "government" and got["Miraflores"].entry.iso2 == "VE"
    assert got["Casa de Nariño"].role == "government" and got["Casa de Nariño"].entry.iso2 == "CO"
    assert got["Bogota"].role == "government"


def test_a_capital_asked_to_act_is_the_government():
    got = by_mention("Kyiv asked Washington to allow strikes with its missiles, Ukraine said.")
    assert got["Washington"].role == "government"


def test_curly_and_straight_apostrophes_inside_a_name_are_one_name():
    got = by_mention("Refugees reached Cox’s Bazar on Monday and more crossed into Cox's Bazar district, Bangladesh said.")
    assert got["Cox’s Bazar"].entry.iso2 == "BD" and got["Cox's Bazar"].entry.iso2 == "BD"


def test_a_demonym_is_not_a_place_spelt_otherwise():
    assert "Darfuri" not in by_mention("Fighting between the army and Darfuri armed groups spread in West Darfur, Sudan.")


def test_a_seat_shared_by_several_countries_is_read_only_in_an_article_about_one():
    got = by_mention("Kenyan troops moved to Mandera. State House said the president had called a meeting.")
    assert got["State House"].role == "government" and got["State House"].entry.iso2 == "KE"
    assert "State House" not in by_mention("In Boston, Massachusetts, the State House said the budget passed.")
    got = by_mention("Ecuador sent troops to the border, and Carondelet said the president would visit Quito.")
    assert got["Carondelet"].role == "government" and got["Carondelet"].entry.iso2 == "EC"


def test_a_plural_demonym_is_no_place_spelt_otherwise():
    from geomap.reading.pipeline import places_from_text

    got = [p.mention.text for p in places_from_text(
        "At least 30 Bangladeshis were killed near Dhaka last year, a group in Bangladesh said.")]
    assert "Bangladeshis" not in got and "Dhaka" in got


def test_a_province_its_countrys_possessive_owns_is_that_countrys_province_spelt_otherwise():
    # the gazetteer knows "Kurdistan" only as Iraq's region; Iran's province is Kordestan
    for text in ("Guards said weapons were smuggled from Erbil into Iran's Kurdistan and West Azerbaijan provinces.",
                 "Guards said weapons were smuggled from Erbil into Iran's Kurdistan province."):
        e = by_mention(text)["Kurdistan"].entry
        assert e.iso2 == "IR" and e.place_type == "admin1" and e.in_gazetteer
    assert by_mention("Guards said weapons were smuggled from Erbil into Kurdistan.")["Kurdistan"].entry.iso2 == "IQ"


def test_a_name_known_only_abroad_is_the_articles_province_spelt_otherwise():
    # the gazetteer's Kharas is a West Bank town; Namibia's region it holds as Karas
    assert all(h.entry.iso2 != "NA" for h in get_gazetteer().hits("kharas"))
    text = "Flood water cut the road south of Keetmanshoop, in Namibia, on Monday, the Kharas regional council said."
    e = by_mention(text)["Kharas"].entry
    assert (e.iso2, e.place_type, e.name) == ("NA", "admin1", "Karas")
