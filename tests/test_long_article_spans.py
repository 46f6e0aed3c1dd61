"""Two steps that read a long article in time linear in it (speed33): the bare-name test of the
definite-name step finds a name's spans with ``str.find`` (a look-behind pattern was tried at every
position of the text, once per name), and the told-away step finds the first town after a name by
bisection (every place was asked for every unlisted one). Their answers are those of before."""
from __future__ import annotations

import re

from geomap.reading.definite_names import _told_bare
from geomap.reading.told_away import _Towns


def _told_bare_by_pattern(text: str, name: str) -> bool:
    """The step's former reading, with the look-behind pattern."""
    from geomap.reading.definite_names import _KIND_AFTER

    for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
        before = text[max(0, m.start() - 4):m.start()].lower()
        if before != "the " and not before.endswith(("'s ", "\u2019s ")) and not _KIND_AFTER.match(text, m.end()) \
                and not (m.start() == 0 or text[m.start() - 1] == "\n"):
            return True
    return False


def test_a_name_told_bare_is_found_as_the_pattern_found_it():
    cases = [
        ("along the Kirva, then on to Kirva itself", "Kirva", True),
        ("along the Kirva and the Kirva valley", "Kirva", False),
        ("the Kirva river and Kirva-Ost", "Kirva", False),  # a hyphened word is another name
        ("Kirva\nthe Kirva", "Kirva", False),  # a line's first word (a heading) says nothing
        ("past Bukirva and the Kirva", "Kirva", False),  # inside a longer word
        ("Oblast's Kirva road", "Kirva", False),
        ("in Kirva_2 and in Kirva.", "Kirva", True),
        ("in Kirvaé and the Kirva", "Kirva", False),  # a letter of any script continues the word
    ]
    for text, name, bare in cases:
        assert _told_bare(text, name) is bare, text
        assert _told_bare_by_pattern(text, name) is bare, text


def test_the_first_town_after_a_name_is_found_by_bisection():
    from geomap.gazetteer import GazetteerEntry
    from geomap.reading.mentions import Mention
    from geomap.reading.resolve import Place

    def place(start, kind, name, listed=True):
        e = GazetteerEntry(f"t:{name}", name, 0.0, 0.0, kind, kind, "XX", "XXX", in_gazetteer=listed)
        return Place(Mention(name, start, start + len(name), 0, name.lower(), ()), e, 1.0)

    places = [place(40, "city", "Late"), place(10, "city", "Early"), place(25, "country", "Land"),
              place(30, "city", "Unlisted", listed=False), place(35, "landmark", "Gate"), place(35, "admin2", "Tie")]
    towns = _Towns(places)
    assert towns.first_from(0).entry.name == "Early"
    assert towns.first_from(11).entry.name == "Gate"  # (not the country, nor the unlisted place; first of a tie)
    assert towns.first_from(36).entry.name == "Late"
    assert towns.first_from(41) is None
