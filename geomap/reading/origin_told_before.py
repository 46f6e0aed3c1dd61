"""The area people fled, told earlier as where the fighting was.

"Colombian troops clashed with dissidents in La Dorada, a town in Putumayo. ... About 600
Colombians crossed the river into Sucumbíos after the fighting": the sentence counting the
crossing names only where they went; the area they left is the place of their own country
where the article told the violence just before (Putumayo). A group named by its
nationality is read so when it reached an area of another country and its sentence names no
area of its own country; any other group when its sentence names no area left (not in the
country it crossed into). The area takes the group's count when one group of the sentence
tells it (those counted came from there), else none, nor when the sentence telling the violence
counts the people it displaced itself (those counted later may be among them).
"""

from __future__ import annotations

import re
from typing import Callable

from geomap.reading.area_units import Area, ArticleUnits, area_names, area_of_place, group_people
from geomap.reading.frontier_choice import country_of_word
from geomap.reading.guess_chains import built_on_a_guess, guessed_names
from geomap.reading.frontier_sides import crossing_named
from geomap.reading.resolve import Place
from geomap.reading.placement import same_paragraph
from geomap.text.cues import displacement_groups, is_origin
from geomap.text.group_words import HOST_CLAUSE, blank
from geomap.text.displacement_counts import displaced_from_text, is_displacement_sentence
from geomap.text.quantities import Count
from geomap.text.event_words import classify_event
from geomap.text.sentences import Sentence

__all__ = ["origin_told_before"]

#: how many sentences back the fighting may have been told
LOOKBACK = 6
_CROSSED = re.compile(r"\b(?:cross(?:ed|ing|es)?(?!-)|into|fled|fleeing|sought\s+(?:refuge|safety)|entered|arrived|reached)\b", re.I)
# "crossed into Thailand", "across the border to X": where they went is abroad, not where they fled
_CROSSED_INTO = re.compile(r"\b(?:cross\w*|across)\b[^.;]{0,60}?\b(?:into|to)\b", re.I)
_PLACE_TYPES = ("admin1", "admin2", "city")
# "The wounded were evacuated to X", "troops withdrew": no people fleeing their homes
_NO_FLIGHT = re.compile(r"\b(?:wounded|injured|casualties|bodies|patients|soldiers|troops|crew)\b", re.I)
_VIOLENCE = ("Battles", "Explosions/Remote violence", "Violence against civilians")
_VIOLENCE_WORDS = re.compile(r"\b(?:raids?|attack(?:s|ed)?|clash(?:es|ed)?|fighting|shell(?:s|ed|ing)|air\s*strikes?"
                             r"|drone\s+strikes?|gunfire|bombing|bombardment|offensive|ambush(?:ed)?|violence)\b", re.I)
# a flight told by its verb (not "food for 2,400 displaced people in X": where they are)
_FLED = re.compile(r"\b(?:fled|flee\w*|evacuat\w*|driven|forced|uprooted|escap\w*|left|cross(?:ed|ing|es)?(?!-)"
                   r"|(?:been|were|was)\s+(?:\w+\s+)?displaced|displaced\s+(?:about\s+|some\s+|more\s+than\s+|nearly\s+|over\s+)?"
                   r"(?:\d|thousands|hundreds|tens|dozens))\b", re.I)
_COUNT_ARRIVED = re.compile(r"\d[\d,.]*\s[^.;]{0,60}?\b(?:arrived|crossed|reached|entered)\b", re.I)
_SIDE = re.compile(r"\b(?:on|from)\s+the\s+(\w+)\s+side\b", re.I)


def origin_told_before(text: str, sentences: list[Sentence], i: int, found: list[Area],
                       places_by_sentence: dict[int, list[Place]], borders, units: ArticleUnits | None,
                       usable: Callable[[Sentence, Place], bool],
                       past: set[int] = frozenset()) -> list[tuple[Area, Count | None]]:
    """[(the area left, the group's count)] by the people whose flight sentence ``i`` tells
    without naming it: the
    first fitting place of the paragraph of the nearest sentence before telling violence where
    they could have come from ("clashed near A. Fighting spread to B" told before "The violence
    drove 6,000 across": A); else []. See the module's docstring for which groups."""
    s = sentences[i]
    if _NO_FLIGHT.search(s.text) or len(s.text.split()) <= 3:  # (not a heading: "DISPLACEMENT")
        return []
    groups = displacement_groups(s.text)
    crossing = {(a, b): p for a, b in groups if _CROSSED.search(s.text[a:b]) and (p := group_people(s.text[a:b]))}
    people = set(crossing.values())
    if len(people) > 1:
        return []
    if people:
        iso3 = people.pop()
        spans = [g for g, p in crossing.items() if p == iso3]  # the group's own count, when one group tells it
        count = displaced_from_text(s.text[spans[0][0]:spans[0][1]]) if len(spans) == 1 else None
        if any(a.iso3 == iso3 for a in found) or not any(a.direction == "to" and a.iso3 != iso3 for a in found):
            return []
        fits: Callable[[str], bool] = lambda code: code == iso3
    else:  # "About 2,000 residents have fled their homes": whoever they are, they left where the fighting was
        if not _FLED.search(s.text) or units is not None and crossing_named(places_by_sentence.get(i, []), units):
            return []  # "1,200 were relocated to a camp", "3,000 crossed at X": no area left told, or where they passed
        before = sentences[i - 1].text if i > 0 else ""
        if len(before.split()) <= 3:  # (a heading, "DISPLACEMENT", tells no group)
            before = ""
        if any(a.direction == "from" for a in found) or before and (is_displacement_sentence(before)
                                                                     or _COUNT_ARRIVED.search(before)):
            return []  # (more of a group told just before: "2,300 Angolans have arrived. 1,100 were moved to X")
        barred = {a.iso3 for a in found if a.direction == "to"} if _CROSSED_INTO.search(s.text) else set()
        side = (m := _SIDE.search(s.text)) and country_of_word(m.group(1))
        fits = (lambda code: code == side[0]) if side else lambda code: code not in barred  # "on the Gabonese side"
        count = displaced_from_text(HOST_CLAUSE.sub(blank, s.text)) if len(groups) == 1 else None  # (not a stock hosted)
    told = [j for j in range(i - 1, max(-1, i - LOOKBACK - 1), -1) if j not in past and _violent(sentences[j].text)]
    def area(j: int) -> Area | None:
        return _first_area(sentences, j, places_by_sentence, borders, units, usable, fits)

    nearest = next((j for j in told if area(j)), None)
    if nearest is None:
        return []
    lead, k = nearest, nearest  # the paragraph's first such sentence: what its violence is about
    while k > 0 and same_paragraph(text, sentences[k - 1], sentences[k]):
        k -= 1
        if k in told and area(k):
            lead = k
    if _counts_its_own(sentences[lead].text):
        count = None  # "clashes near A displaced 600 families. 150 Yemenis crossed into B": maybe some of those 600
    return [(area(lead), count if count is not None and count.value is not None else None)]


def _counts_its_own(sentence: str) -> bool:
    """Whether a sentence telling the violence also counts the people it displaced there: a
    group counted later is then perhaps among them, no figure of that area's own."""
    got = displaced_from_text(HOST_CLAUSE.sub(blank, sentence))
    return got is not None and got.value is not None


def _violent(sentence: str) -> bool:
    """A sentence telling violence (an event of that kind, or its words: "raids ... have continued")."""
    event = classify_event(sentence)
    return event is not None and event.event_type in _VIOLENCE or bool(_VIOLENCE_WORDS.search(sentence))


def _first_area(sentences: list[Sentence], j: int, places_by_sentence: dict[int, list[Place]], borders,
                units: ArticleUnits | None, usable: Callable[[Sentence, Place], bool],
                fits: Callable[[str], bool]) -> Area | None:
    """The area of sentence ``j``'s first place that fits (not where attackers came from). None when
    that place is a guess built on a guess ("near Menkao, in Maluku", Maluku itself a guess): the
    place named after it only says where that guess was put."""
    sentence = sentences[j]
    guessed = guessed_names(p.entry for ps in places_by_sentence.values() for p in ps)
    for p in sorted(places_by_sentence.get(j, []), key=lambda q: q.mention.start):
        if not fits(p.entry.iso3) or p.entry.place_type not in _PLACE_TYPES or not usable(sentence, p) \
                or is_origin(sentence.text, p.mention.start - sentence.start):
            continue
        if built_on_a_guess(p.entry, guessed):
            return None
        got = area_of_place(p, borders, units=units)
        if got is not None and fits(got[1]):
            label, admin1 = area_names(p, got[0], borders, units)
            return Area(got[0], got[1], "from", False, label, admin1, town=p.entry.place_type == "city")
    return None
