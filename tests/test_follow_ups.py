"""A follow-up toll goes to the incident of the day it names (geomap.reading.follow_ups)."""

from geomap.reading.pipeline import extract_text


def test_a_risen_toll_is_the_incident_of_the_day_it_names_not_the_last_told():
    fc = extract_text("On Sunday, gunmen attacked a market in Adre, killing two traders. On Monday, gunmen attacked "
                      "a bus near Abeche, wounding three passengers. The toll from Sunday's attack in the market has since "
                      "risen to five.", published="2026-07-15")
    got = {(p["location"], p["date"]): p["fatalities"] for f in fc["features"]
           if (p := f["properties"])["layer"] == "incident"}
    assert got == {("Adré", "2026-07-12"): 5, ("Abéché", "2026-07-13"): None}
    assert len(got) == 2


def test_a_risen_number_of_dead_from_another_day_is_no_toll_of_the_event_told_just_before():
    fc = extract_text("Gunmen attacked a market in Abeche on Saturday, killing five. On Monday, troops clashed with "
                      "smugglers in Ati. The number of people killed in Saturday's attack has risen to 12, officials "
                      "said.", published="2026-07-15")
    got = {p["location"]: p["fatalities"] for f in fc["features"] if (p := f["properties"])["layer"] == "incident"}
    assert got["Ati"] is None
