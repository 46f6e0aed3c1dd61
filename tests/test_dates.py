"""Date rules: relative expressions resolved against the publication date."""

import datetime as dt

import pytest

from geomap.exceptions import InputError
from geomap.text.dates import DateRef, all_dates_from_text, date_from_text, parse_published

WED = dt.date(2025, 3, 19)  # a Wednesday
SAT = dt.date(2024, 8, 10)  # a Saturday


def D(y, m, d):
    return dt.date(y, m, d)


@pytest.mark.parametrize(
    "sentence, published, date, text, precision",
    [
        # weekdays, past and future
        ("Azerbaijani and Armenian troops exchanged fire on Monday near Sotk.", WED, D(2025, 3, 17), "on Monday", 1),
        ("Indian and Pakistani posts traded fire on Wednesday.", WED, WED, "on Wednesday", 1),
        ("Kyrgyz guards said on Thursday that two posts were hit.", WED, D(2025, 3, 13), "on Thursday", 1),
        ("Sudanese and South Sudanese officials will meet on Saturday in Juba.", WED, D(2025, 3, 22), "on Saturday", 1),
        ("Talks are scheduled to resume on Monday in Georgetown.", WED, D(2025, 3, 24), "on Monday", 1),
        ("The defence ministers met last Wednesday in Dushanbe.", WED, D(2025, 3, 12), "last Wednesday", 1),
        ("A planned visit next Friday was cancelled.", WED, D(2025, 3, 21), "next Friday", 1),
        ("Rockets struck Metula on Monday night, the army said.", WED, D(2025, 3, 17), "on Monday night", 1),
        ("On Sunday, Hezbollah fired drones at Galilee.", SAT, D(2024, 8, 4), "On Sunday", 1),
        # relative days
        ("Shelling resumed today along the Line of Control.", WED, WED, "today", 1),
        ("Gunmen attacked a village in Abyei yesterday.", WED, D(2025, 3, 18), "yesterday", 1),
        ("Drones struck Kiryat Shmona last night.", WED, D(2025, 3, 18), "last night", 1),
        ("Two guards were killed three days ago near Vorukh.", WED, D(2025, 3, 16), "three days ago", 1),
        # explicit day and month
        ("Fighting flared near Batken on December 7.", D(2025, 12, 24), D(2025, 12, 7), "on December 7", 1),
        ("Fighting flared near Batken on 7 December.", D(2025, 12, 24), D(2025, 12, 7), "on 7 December", 1),
        ("Fighting flared near Batken on Dec. 7.", D(2025, 12, 24), D(2025, 12, 7), "on Dec. 7", 1),
        ("Fighting flared on December 7, 2025, near Batken.", None, D(2025, 12, 7), "on December 7, 2025", 1),
        ("Skirmishes have continued since December 7.", D(2025, 12, 24), D(2025, 12, 7), "since December 7", 1),
        ("Shells fell on 7 Dec. near Kafr Kila.", D(2025, 12, 24), D(2025, 12, 7), "on 7 Dec.", 1),
        ("Venezuela held its referendum on 3 December 2023.", None, D(2023, 12, 3), "on 3 December 2023", 1),
        ("A clash on 12 May 2024 left one dead.", D(2024, 6, 1), D(2024, 5, 12), "on 12 May 2024", 1),
        ("The incident on 2024-05-12 was reported late.", None, D(2024, 5, 12), "on 2024-05-12", 1),
        # a past day-month later in the year than publication belongs to the previous year
        ("Troops clashed on December 28 near Kalapani.", D(2025, 1, 5), D(2024, 12, 28), "on December 28", 1),
        # weeks and months
        ("Shelling intensified last week near Tavush.", WED, D(2025, 3, 13), "last week", 2),
        ("Negotiators met twice this week in Bishkek.", WED, D(2025, 3, 18), "this week", 2),
        ("Clashes broke out earlier this month in Abyei.", WED, D(2025, 3, 10), "earlier this month", 3),
        ("Clashes broke out late last month in Abyei.", WED, D(2025, 2, 28), "late last month", 3),
        ("Heavy fighting broke out in July near Isfara.", D(2025, 12, 24), D(2025, 7, 15), "in July", 3),
        ("Heavy fighting broke out in July near Isfara.", D(2025, 3, 1), D(2024, 7, 15), "in July", 3),
        ("Fighting escalated again earlier in December.", D(2025, 12, 24), D(2025, 12, 12), "earlier in December", 3),
        ("Fighting escalated again in early December 2023.", None, D(2023, 12, 1), "in early December 2023", 3),
        ("The clashes of September 2022 killed dozens.", None, D(2022, 9, 15), "September 2022", 3),
    ],
)
def test_date_resolution(sentence, published, date, text, precision):
    ref = date_from_text(sentence, published)
    assert ref is not None
    assert (ref.date, ref.text, ref.precision) == (date, text, precision)
    assert sentence[ref.start:ref.end] == ref.text


@pytest.mark.parametrize(
    "sentence",
    [
        "Israeli jets struck southern Lebanon on Friday.",
        "Clashes erupted on Saturday near Agdam.",
        "Clashes erupted near Agdam on 30 December.",
        "Clashes erupted near Agdam in November.",
        "Clashes erupted near Agdam late this month.",
        "Troops clashed near Agdam this week.",
    ],
)
def test_past_events_never_dated_after_publication(sentence):
    published = D(2025, 3, 19)
    for ref in all_dates_from_text(sentence, published):
        assert ref.date is not None and ref.date <= published


def test_month_in_the_publication_month_stays_before_publication():
    ref = date_from_text("Fighting began in March near the Essequibo.", D(2025, 3, 6))
    assert ref.date <= D(2025, 3, 6) and ref.date.month == 3 and ref.precision == 3


@pytest.mark.parametrize(
    "sentence",
    [
        "Both sides must respond by a Thursday deadline.",
        "Markets in Wagah open every Friday.",
        "Officials expect a decision ahead of Thursday's deadline.",
        "Troops may withdraw, officials said.",
        "Residents marched in protest.",
        "The 817 km border runs through jungle.",
        "About 30 km from the border, 12 people were hurt.",
        "The conflict stems from a decades-old dispute.",
    ],
)
def test_no_date(sentence):
    assert date_from_text(sentence, WED) is None


def test_without_published_relative_dates_keep_text_but_no_date():
    ref = date_from_text("Artillery hit Shusha on Wednesday.", None)
    assert ref == DateRef(None, "on Wednesday", 21, 33, 1)
    ref = date_from_text("Artillery hit Shusha on May 9.", None)
    assert ref.date is None and ref.text == "on May 9"


def test_all_dates_in_order_and_most_precise_chosen():
    s = "A truce agreed in July collapsed on Tuesday when shelling resumed near Lachin."
    refs = all_dates_from_text(s, WED)
    assert [r.text for r in refs] == ["in July", "on Tuesday"]
    assert date_from_text(s, WED).text == "on Tuesday"
    assert date_from_text(s, WED).date == D(2025, 3, 18)


@pytest.mark.parametrize("value", ["2025-03-19", " 2025-03-19 "])
def test_parse_published(value):
    assert parse_published(value) == WED


@pytest.mark.parametrize("value", ["", "yesterday", "19/03/2025", "2025-02-30", "2025-3-19", "20250319"])
def test_parse_published_rejects_junk(value):
    with pytest.raises(InputError, match=r"bad --published date '.*': expected YYYY-MM-DD"):
        parse_published(value)
    with pytest.raises(ValueError):
        parse_published(value)
