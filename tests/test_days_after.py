"""Days counted from the event told before (geomap.text.days_after) and the dates they give."""

import pytest

from geomap.reading.pipeline import extract_text
from geomap.text.days_after import days_after


@pytest.mark.parametrize("sentence, days", [
    ("A day later, gunmen attacked a police post.", 1),
    ("Two days later the rebels returned.", 2),
    ("The next morning, drones struck the depot.", 1),
    ("On the following day soldiers shelled the hills.", 1),
    ("The same night, militiamen stormed the station.", 0),
    ("Gunmen attacked a police post on Monday.", None),
])
def test_days_after(sentence, days):
    got = days_after(sentence)
    assert (got[0] if got else None) == days


def test_an_event_a_day_after_the_one_told_before_is_dated_the_day_after():
    fc = extract_text("Insurgents raided Mindouli on Sunday, burning 30 huts. A day later, gunmen attacked a "
                      "police post in Kinkala.", published="2026-03-04")
    dates = {p["location"]: p["date"] for f in fc["features"] if (p := f["properties"])["layer"] == "incident"}
    assert dates == {"Mindouli": "2026-03-01", "Kinkala": "2026-03-02"}
