"""One hurt in an event told before who died later, elsewhere ("An officer who was shot during the
unrest died at the hospital in Y on Wednesday"): the death is that event's, counted past the "who"
clause, and the hospital town is where the wounded died, not a new event nor another place's toll."""

from geomap.reading.pipeline import extract_text
from geomap.text.quantities import fatalities_from_text


def _incidents(text):
    return [f["properties"] for f in extract_text(text, published="2026-03-12")["features"]
            if f["properties"]["layer"] == "incident"]


def test_the_count_is_read_past_how_they_were_hurt():
    assert fatalities_from_text("An officer who was shot during the unrest died at the hospital in Mutare.").value == 1
    assert fatalities_from_text("Two guards wounded in the clash at Chirundu later died.").value == 2
    # a count inside the clause is its own, not the one hurt
    assert fatalities_from_text("A man who was shot during a protest in which three people died was buried.").value == 3


def test_a_wounded_officers_death_at_a_hospital_goes_to_the_unrest_told_before():
    incs = _incidents(
        "Unrest at Kenya-Tanzania border\n\n"
        "NAIROBI, March 12 - Rioters burned tyres and threw stones at police in Isebania on Monday after a "
        "trader was arrested.\n\n"
        "A policeman who was shot during the unrest died at the hospital in Migori on Wednesday, officials said.")
    assert [(p["location"], p["fatalities"]) for p in incs] == [("Isebania", 1)]


def test_a_wounded_smugglers_death_at_a_hospital_goes_to_the_clash_told_before():
    incs = _incidents(
        "Clashes at Kenya-Tanzania border\n\n"
        "NAIROBI, March 12 - Police clashed with smugglers at Isebania on Monday, a police spokesman said.\n\n"
        "A smuggler who was shot during the clashes died at the hospital in Kisii on Wednesday.")
    assert [(p["location"], p["fatalities"]) for p in incs] == [("Isebania", 1)]
