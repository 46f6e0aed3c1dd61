"""Namesakes across a frontier (issue 12): the text ties a name to one side ("the American city
of X", "the Michigan town of X", "X city in Michigan", "X (Michigan)") and the namesake of that
side is read, though the article names only the other country (geomap.reading.resolve and
geomap.reading.unlisted for a typed nationality or province, geomap.reading.told_near for the
unit after the name's own kind word or in brackets), on the real gazetteer and boundaries. Every
sentence is invented; the frontier is in no open fixture (the held-out set 10 has one Canada-United
States article, which nobody writing these tests read)."""
from conftest import place_point

from geomap.gazetteer import haversine_km


def test_a_nationality_before_the_town_word_picks_the_namesake_of_that_country():
    # Canada's Sault Ste. Marie is the likelier reading of a story told from Ontario
    text = ("Police in Ontario said a man fired at a ferry on Monday. The ferry links the Canadian side with the "
            "American city of Sault Sainte Marie. No one was hurt.")
    lat, lon, iso2 = place_point(text, "Sault Sainte Marie")
    assert iso2 == "US" and haversine_km(lat, lon, 46.50, -84.35) < 20


def test_a_name_with_its_kind_word_in_a_province_is_the_namesake_of_that_province():
    text = ("Canadian police said a man fired at a ferry on Monday near Sault Sainte Marie city in Michigan. "
            "Canada closed the crossing for a day. No one was hurt.")
    lat, lon, iso2 = place_point(text, "Sault Sainte Marie")
    assert iso2 == "US" and haversine_km(lat, lon, 46.50, -84.35) < 20


def test_a_town_whose_province_the_gazetteer_lacks_stays_where_it_is():
    # the gazetteer gives the American Niagara Falls no state: "in New York state" does not move it
    text = ("Canadian officers closed the bridge to Niagara Falls city in New York state on Friday after a bomb "
            "threat. Canada reopened it at noon.")
    lat, lon, iso2 = place_point(text, "Niagara Falls")
    assert iso2 == "US" and haversine_km(lat, lon, 43.09, -79.05) < 20


def test_a_province_before_the_town_word_picks_the_namesake_of_its_country():
    # "the Michigan town of X": the province's country, though the article names only Canada
    text = ("Canadian police said a man fired at a ferry on Monday near the Michigan town of Sault Sainte Marie. "
            "Canada closed the crossing for a day.")
    lat, lon, iso2 = place_point(text, "Sault Sainte Marie")
    assert iso2 == "US" and haversine_km(lat, lon, 46.50, -84.35) < 20


def test_a_province_in_brackets_after_a_town_picks_the_namesake_in_it():
    # "(Michigan)" is where the town lies, not another name of Canada's Sault Ste. Marie
    text = ("Canadian police said a man fired at a ferry on Monday near Sault Sainte Marie (Michigan). "
            "Canada closed the crossing for a day.")
    lat, lon, iso2 = place_point(text, "Sault Sainte Marie")
    assert iso2 == "US" and haversine_km(lat, lon, 46.50, -84.35) < 20
    assert place_point(text, "Michigan")[2] == "US"
