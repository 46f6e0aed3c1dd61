"""Areas people fled from and areas they went to, as admin-1 polygons with their figures.

A displacement sentence is read part by part (``cues.displacement_groups``: "20,000 were
evacuated from X, while 3,000 residents of Y left for Z" is two groups). Each place of a
group is an area people left (``from``) or reached (``to``), by the last movement word
before it (``cues.displacement_direction``; none: ``from``). A group's figure goes to its own
areas only, both directions ("3,200 who fled A reached B": 3,200 on A and on B); a group
without a figure that goes on from one with a figure ("...; most reached X") takes that one's.

When the displacement parts name no area people left, the places of the sentence's other
parts are (as a cause: "crossed into Thailand as fighting reached X"), except places the
attackers came from ("militants crossing from X"); then the areas of an adjacent sentence of
the same paragraph (without a figure, since it counts for that sentence); then, when the text
names no area but tells a flight, the admin-1 units along the border at issue
(``frontier_areas``, ``geomap.reading.frontier_sides``), with the figure kept as words only: a total for the whole frontier is
nobody's area figure.

Sentences that tell history years before publication give no area, nor do crossing points the
text names ("18,400 crossed at X"), towns known only by their country, or the province of a
speaker's town. A figure stays off an area the text does not give it to: "others" beside a
counted group, places told only as where fighting was when there are several of them, a place
where refugees of a country were counted inside it (or returnees outside it). Which division
an area is, is ``area_units``'s.
"""

from __future__ import annotations

import re
from dataclasses import replace

from geomap import settings
from geomap.gazetteer.normalize import fold
from geomap.reading.arrival_country import crossed_on_leaving, one_arrival_country, origin_not_entered, refugees_where_hosted
from geomap.reading.area_units import (Area, ArticleUnits, area_names, area_of_place, article_units, district_inside,
                                      group_people)
from geomap.reading.country_figures import country_keeps_figure
from geomap.reading.figure_scope import figures_dropped
from geomap.reading.frontier_sides import (add_side_areas, crossing_named, frontier_areas, people_side, side_areas,
                                          told_side)
from geomap.reading.listed_figures import listed_figures
from geomap.reading.onward_after_flight import onward_after_flight, others_went_on
from geomap.reading.origin_told_before import origin_told_before
from geomap.reading.placement import Frontier, same_paragraph
from geomap.reading.reported_arrivals import arrivals_told_by_locals
from geomap.reading.resolve import Place
from geomap.reading.restated_figures import restated_figure
from geomap.reading.split_destinations import split_destinations
from geomap.reading.shared_figures import JOINED, joined_shared, split_count_origins
from geomap.reading.told_origin import (arrivals_after_flight, counted_share, flight_told_apart, share_of_clause,
                                       tells_origin)
from geomap.reading.unit_left import unit_left
from geomap.reading.told_twice import (finer_without_figures_dropped, foreign_origin_unsure, uncrossed_origin_unsure, vague,
                                      vague_beside_exact, vague_then_exact)
from geomap.text import cues
from geomap.text.armed_flight import armed_subject_fled
from geomap.text.arrival_groups import described_flight_blanked
from geomap.text.crossing_words import crossing_named_before
from geomap.text.displaced_acts import protest_by_displaced
from geomap.text.counted_not_group import counts_no_group
from geomap.text.ordinary_travel import ordinary_travel
from geomap.text.other_roles import camp_place, fire_came_from, seat_of_speaking_body
from geomap.text.place_roles import BRACKETED_CONTAINER, country_received, river_named
from geomap.text.unknown_figures import says_uncounted
from geomap.text.total_split import share_destination
from geomap.text.dozens_words import dozens_only
from geomap.text.unit_around import around_in_unit
from geomap.text.where_clause import in_counted_clause, where_owners
from geomap.text.origin_words import (goods_from, intended_destination, left_then_home, most_came_from, part_came_from,
                                      share_before, sheltered_then_moved)
from geomap.text.group_words import (EARLIER, FORECAST, HOME_TO, HOST_CLAUSE, HOUSEHOLDS, WHERE_ARRIVED, blank,
                                      counts_people, none_moved, returns_home, still_away, went_back)
from geomap.text.displacement_counts import (displaced_from_text, elliptic_count, is_armed_flight, is_death_report,
                                              is_displacement_sentence, only_displacement_nouns)
from geomap.text.quantities import Count
from geomap.text.sentences import Sentence, headline_span

__all__ = ["area_of_place", "named_areas", "frontier_areas", "displacement_features", "Area"]


# "drove thousands into Uganda", "entered Burundi", "fled Venezuela", "fled X for Tanzania": a country as where people
# went or what they left (not "Cameroon's Extreme-Nord", which names the finer area)
_COUNTRY_MOVE = re.compile(
    r"\b(?:into|to|entered|entering|reached|reaching|fled|fleeing|left|leaving|from"
    r"|(?:displaced|sheltering|sheltered|arrived|arriving|registered)\s+in"
    r"|(?:fled|fleeing|left|leaving|headed|heading)\b[^.;]{0,60}?\s+for)\s+(?:the\s+)?$", re.I)
_POSSESSIVE = re.compile(r"['’]s?\b")

_RIVER_AFTER = re.compile(r"\s+(?:river|river's|river’s)\b", re.I)
_SOURCE_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,6}?(?:of|in)\s+$", re.I)
# "through border points along the Kajo-Keji frontier", "crossed at the Bunagana border post":
# where people crossed, on whichever side, not an area they left or reached
_CROSSING_AFTER = re.compile(  # (also the first of a list: "the Karo and Lemu crossing points")
    r"(?:(?:\s*,|\s+and|\s+or)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*)*"
    r"\s+(?:crossing|checkpoint|(?:border|frontier)\s+(?:post|crossing|point|checkpoint|gate|bridge|station)s?"
    r"|(?:border|frontier)(?!\s+(?:region|area|district|province|village|town|communit|zone|settlement)))\b", re.I)
# "La Victoria, a town in Apure state", "Arauquita, in the province of Arauca", "Asadabad, the
# capital of Kunar", "X department, in Z region": the area the place before lies in, which the text knows better
_CONTAINER = re.compile(
    r"^(?:\s+(?:department|district|county|municipality|commune|prefecture))?"
    r"\s*,?\s*(?:(?:an?|the)\s+(?:[\w-]+\s+){0,3}?)?(?:in|of|inside|within)\s+(?:the\s+)?"
    r"(?:(?:province|state|region|district|county|governorate)\s+of\s+)?(?:(?:[\w-]+\s+){0,2}?[\w'’-]+['’]s\s+)?$", re.I)
_AMONG = re.compile(r"^\s*(?-i:[a-z]+)?\s*(?:,\s*(?:notably|including|in\s+particular|especially|such\s+as|among\s+them"
                    r"|mainly|mostly)\s+(?:(?:in|at)\s+)?|,?\s+at\s+)(?:the\s+)?$", re.I)  # "A, notably B", "A district at B"
_CROSSED_INTO = re.compile(r"\b(?:crossed|crossing)\s+(?:the\s+(?:border|frontier)\s+)?into\b", re.I)
_AT_POINT = re.compile(r"\b(?:at|through|via)\s+(?:the\s+)?$", re.I)
# "crossed into Romania at A and B": the towns they crossed at, on the way (no area's figure)
_AT_POINTS = re.compile(r"\b(?:at|through|via)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s*(?:,|and|or)\s+){0,3}$", re.I)
_CROSSED = re.compile(r"\b(?:cross(?:ed|ing|es)?|pass(?:ed|ing|es)?)\b", re.I)
_LISTED = re.compile(r"^\s*(?:,|,?\s*(?:and|or))\s*$", re.I)  # "Kantchari and Diapaga, in ...": one list

_GOVERNMENT_ACTS = re.compile(
    r"\s+(?:has\s+|had\s+|have\s+)?(?:asked|urged|called|accused|demanded|warned|insisted|denied|said|says|told"
    r"|protested|summoned|sent|agreed|rejected|blamed|welcomed|condemned)\b", re.I)


# "1.7 million Venezuelans who fled their country", "... who left their homeland": the people's own country
_OWN_COUNTRY_LEFT = re.compile(r"\b(?:fled|fleeing|left|leaving|escaped|escaping)\s+(?:their|his|her)\s+(?:own\s+)?"
                               r"(?:country|homeland|nation)\b", re.I)

# "Residents of Zaranj said ... families had left for Farah": where the people speaking live
_RESIDENTS_BEFORE = re.compile(r"\b(?:residents|villagers|inhabitants|locals)\s+(?:of|in|from)\s+$", re.I)


# "authorities in X district evacuated 2,100 residents": not where someone spoke, where they moved people out
_MOVED_PEOPLE_HERE = re.compile(r"(?:\s+(?:district|province|region|county|state|municipality|department))?"
                                r"\s+(?:(?:have|has|had)\s+)?(?:evacuated|relocated|moved|bus+ed|transferred)\b", re.I)


def _attributed(text: str, a: int, b: int) -> bool:
    """"..., the X regional commissioner said": a place named in the closing attribution."""
    return bool(_ATTRIBUTION_BEFORE.search(text, max(0, a - 8), a) and _TITLE_SAID_AFTER.match(text, b))


_ATTRIBUTION_BEFORE = re.compile(r",\s*(?:the\s+|a\s+)?$", re.I)
_TITLE_SAID_AFTER = re.compile(
    r"(?:\s+(?-i:[a-z-]+)){0,2}?\s+(?:commissioner|governor|officials?|authorities|administrator|administration|police"
    r"|mayor|spokes(?:man|woman|person)|council|chief|office|government|red\s+cross)\s+(?:said|says|told|reported|announced"
    r"|confirmed|added)\b", re.I)


_OWNER_BEFORE = re.compile(r"(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?['’]s\s+$")


def _usable(sentence: Sentence, p: Place, residents: bool = False) -> bool:
    """Whether a place of a displacement sentence may be an area (not the dateline, a river,
    a crossing point, a source, a speaker; with ``residents``, "residents of X said" may)."""
    a, b = p.mention.start - sentence.start, p.mention.end - sentence.start
    if p.role == "dateline":  # where the report was filed
        return False
    if _RIVER_AFTER.match(sentence.text, b):  # "crossed the Arauca River": a river, not an area
        return False
    if _CROSSING_AFTER.match(sentence.text, b) or crossing_named_before(sentence.text[:a]):
        return False
    if river_named(sentence.text, a, b, p.entry.place_type):
        return False  # "clashes along the Zambezi", "crossed the Luangwa": a river or a line, not the town
    if _SOURCE_BEFORE.search(sentence.text, max(0, a - 90), a) or goods_from(sentence.text[:a]) \
            or intended_destination(sentence.text[:a]):
        return False  # "according to the municipality of X", "relief supplies from X", "hoping to reach X"
    owner = _OWNER_BEFORE.search(sentence.text, max(0, a - 40), a)  # "officials in Kenya's X county said"
    if (cues.is_speaker_place(sentence.text, a) or owner and cues.is_speaker_place(sentence.text, owner.start())) \
            and not (residents and _RESIDENTS_BEFORE.search(sentence.text, 0, a)) and not _MOVED_PEOPLE_HERE.match(sentence.text, b) \
            or cues.is_mediator_context(sentence.text, a, b):
        return False
    if fire_came_from(sentence.text, a) or seat_of_speaking_body(sentence.text, a, b) and not _ARRIVALS.search(sentence.text):
        return False  # (a body that tells arrivals, "the X administration said it had registered 312": where they came)
    if p.entry.feature == "capital" and _GOVERNMENT_ACTS.match(sentence.text, b):
        return False  # "N'Djamena has asked Bangui to ...": the government, not the town
    return not cues.is_reference_point(sentence.text, a)


def _is_town(p: Place) -> bool:
    """Whether a place is a town, village or landmark (its area is named by it, in its division)."""
    return p.entry.place_type in ("city", "landmark")


def _other_name_of_place_before(sentence: Sentence, a: int, places: list[Place]) -> bool:
    """Whether the place at ``a`` in the sentence is in brackets right after another place."""
    before = sentence.text[:a].rstrip()
    if not before.endswith("("):
        return False
    end = len(before[:-1].rstrip())
    return any(q.mention.end - sentence.start == end for q in places)


def _group_areas(sentence: Sentence, span: tuple[int, int], places: list[Place], borders,
                 cause: list[tuple[int, int]] | None = None, units: ArticleUnits | None = None,
                 figure_at: int | None = None) -> list[Area]:
    """Areas named in one group, each with its direction; with ``cause`` (the spans of the
    displacement groups), the areas named outside them instead, as areas people fled ("as
    fighting reached X"), except places attackers came from ("militants crossing from X").
    With ``figure_at`` (where the group's figure is in the sentence), a figure told in a
    ", where ..." clause is only the place's before it (``text.where_clause.where_owners``)."""
    spans = sorted((p.mention.start - sentence.start, p.mention.end - sentence.start) for p in places)
    owners, owner = where_owners(sentence.text, spans, figure_at, lambda between: bool(_CONTAINER.match(between))) \
        or (None, None) if cause is None else (None, None)
    out: list[Area | None] = []
    prev_end, prev_dir, cued, prev_unit = None, None, True, None  # (prev_unit: the country of a first-level unit just named)
    words = sentence.text[span[0]:span[1]]
    people = group_people(words) if cause is None and not _CROSSING.search(words) else None
    listed: list[int] = []  # indexes in ``out`` of the places listed together just before
    inside: set[int] = set()  # indexes in ``out`` of places named as where the one before lies
    unusable_end = None  # the end of the place just before, when it was no area (a speaker's place)
    runs: list[int] = []  # for each place in ``out``, the list of places joined by "and"/"or" it is told in
    said_by: set[int] = set()  # indexes in ``out`` of places named only in the closing attribution
    for p in sorted(places, key=lambda q: q.mention.start):
        a, b = p.mention.start - sentence.start, p.mention.end - sentence.start
        if cause is not None:
            if any(s <= a < e for s, e in cause) or cues.is_origin(sentence.text, a):
                continue
        elif not (span[0] <= a and b <= span[1]):
            continue
        if unusable_end is not None and p.entry.place_type == "country" and _POSSESSIVE.match(sentence.text, b) \
                and _CONTAINER.match(sentence.text[unusable_end:a]):
            continue  # "officials in X, in Congo's Y department": Congo's names Y, no area either
        if not _usable(sentence, p, residents=cause is not None) or unusable_end is not None and \
                _CONTAINER.match(sentence.text[unusable_end:a]):  # "officials in X, a town in Y": Y is no area either
            unusable_end = b
            continue
        unusable_end = None
        if _other_name_of_place_before(sentence, a, places):
            continue  # "crossed at Qustul (Ashkeit)": the place just told, under its other name
        if units is not None and fold(p.entry.name) in units.crossings and _AT_POINT.search(sentence.text, 0, a) \
                and _CROSSED.search(sentence.text, span[0], a):
            continue  # "18,400 crossed at X", X a crossing point the text names: where they passed, either side
        if p.entry.place_type == "country" and out and out[-1] is not None and out[-1].iso3 != p.entry.iso3 \
                and prev_end is not None and re.fullmatch(r"\s*,\s*", sentence.text[prev_end:a]):
            out[-1] = None  # "moved to X, Ethiopia", X read in another country: misread
        if p.entry.place_type == "country" and _POSSESSIVE.match(sentence.text, b) and prev_end is not None:
            continue  # "Diapaga, in Burkina Faso's Est region": part of the words naming the unit
        got = area_of_place(p, borders, people, units)
        between = sentence.text[prev_end:a] if prev_end is not None else ""
        if got and out and out[-1] is not None and _AMONG.match(between) and (out[-1].name, out[-1].iso3) != got:
            continue  # "villages of A sector, notably B", "in A district at B": B lies in A; read elsewhere, it is misread
        contains = prev_end is not None and bool(_CONTAINER.match(between) or BRACKETED_CONTAINER.match(between)
                                                 or around_in_unit(between)) \
            and not (prev_unit and got and prev_unit != got[1])  # "arrivals from A in B province": A is no part of B
        inside |= {len(out)} if contains else set()
        if contains:
            direction = prev_dir  # "Asadabad, the capital of Kunar": where Asadabad lies
            if p.entry.place_type == "admin1" and got:
                # the text's own admin-1 unit for the place before, or for the whole list before
                # it when a comma sets it apart ("A and B, in C's Est region"; not "Kilis and
                # Reyhanli in Hatay")
                ks = listed if between.lstrip().startswith(",") else listed[-1:]
                if district_inside(out, ks, got):  # "the wilayat of X, in Y governorate", X read in Y: X says it finer
                    prev_end = b
                    continue
                for k in ks:
                    out[k] = None
        elif cause is not None:
            direction, cued = "from", False
        elif _attributed(sentence.text, a, b):  # whose officials spoke: the area itself at most, not where people went
            direction, cued = "from", False
            said_by.add(len(out))
        else:
            direction = "to" if cues.is_host(sentence.text, b) or WHERE_ARRIVED.match(sentence.text, b) \
                or HOME_TO.match(sentence.text, b) or camp_place(sentence.text, a, b) or share_destination(words) \
                else cues.displacement_direction(sentence.text[span[0]:a])
            # "The X administration said it had registered 312 new arrivals": where they came to
            arrived = _ARRIVALS.search(words) and not _FLIGHT.search(described_flight_blanked(words))
            # "X hosts 126,000 refugees, of whom 60,000 are in Y": the split is where they are too
            before = sentence.text[:span[0]]
            arrived = arrived or (cues.is_anaphoric_group(words) or _OF_WHOM.match(words) or cues.is_elliptic_group(words)) \
                and _ARRIVALS.search(before) \
                and not _FLIGHT.search(before + words)
            cued, direction = direction is not None, direction or ("to" if arrived else "from")
            if direction == "from" and left_then_home(sentence.text[span[0]:a], sentence.text[b:]):
                direction = "to"  # "300 villagers who had left X returned home": X is where they went back to
            elif direction == "to" and sheltered_then_moved(sentence.text[span[0]:a], sentence.text[b:]):
                direction = "from"  # "300 who had sheltered in X were moved to Y": X is where they left again
            if a == owner:  # "spread to X, where 3,000 were evacuated": where they left
                cued, direction = True, "from"
        listed = listed + [len(out)] if prev_end is not None and _LISTED.match(between) else [len(out)]
        runs.append(runs[-1] if runs and prev_end is not None and direction == prev_dir and JOINED.match(between)
                    else len(runs))
        prev_end, prev_dir, prev_unit = b, direction, p.entry.iso3 if p.entry.place_type == "admin1" else None
        # ("3,100 refugees, some of them from X": only part of them came from X)
        part = owners is not None and a not in owners or in_counted_clause(sentence.text, a, figure_at) \
            or (direction == "to" or cued) and share_before(sentence.text[span[0]:a], direction == "from") \
            or _is_town(p) and bool(_AT_POINTS.search(sentence.text, max(0, a - 60), a)) \
            and bool(_CROSSED.search(sentence.text, span[0], a)) \
            or part_came_from(sentence.text[span[0]:a]) and not most_came_from(sentence.text[span[0]:a]) \
            or cause is not None and share_before(sentence.text[max(0, a - 80):a])  # "..., many of them after ... in X"
        if p.entry.place_type == "country":
            out.append(_country_area(sentence.text, span[0], a, b, p, direction, part) if cause is None else None)
            continue
        label, admin1 = area_names(p, got[0], borders, units) if got else ("", "")
        out.append(Area(got[0], got[1], direction, part, label, admin1, cued=cued, town=_is_town(p)) if got else None)
    if any(a is not None and k not in said_by for k, a in enumerate(out)):  # the group names its own area
        out = [None if k in said_by else a for k, a in enumerate(out)]
    out = joined_shared(out, runs, counts_people(words))
    # "clashes in X and fighting across Y have pushed 11,000 into Uganda": places told as where
    # fighting was, not as where people left, share the figure; it is none of theirs alone
    # (a town and the division named beside it are two places: "clashes in X county and fighting across Y",
    # X in Y; two towns of one division are that division's)
    uncued = {(a.admin1, True) if a.town else (a.label or a.name, False) for k, a in enumerate(out)
              if a is not None and not a.cued and not a.country and k not in inside}
    if len(uncued) > 1:
        out = [replace(a, part=True) if a is not None and not a.cued else a for a in out]
    home = group_people(words) if cause is None and (_RETURN.search(words) or _REFUGEES.search(words)
                                                     or _ARRIVALS.search(words)) else None
    # "6,100 South Sudanese returnees arrived at X": X should be in South Sudan; "3,200 Sudanese
    # refugees were registered at Y": Y should be outside Sudan. Else the place is read wrong or
    # is a stop on the way: the group's figure is not its own
    back = bool(_RETURN.search(words))
    out = [replace(a, part=True) if home and a is not None and a.direction == "to" and (a.iso3 == home) != back
           else a for a in out]
    out = refugees_where_hosted(foreign_origin_unsure(out, group_people(words) if cause is None and not back else None),
                                words, group_people(words) if cause is None and not back else None)
    if cause is None:  # (a country named anywhere in the sentence may say where the group went)
        out = uncrossed_origin_unsure(out, words, group_people(words) is not None or any(
            p.entry.place_type == "country" for p in places), group_people(words))
    unique: list[Area] = []
    for area in out:
        if area is not None and area not in unique:
            unique.append(area)
    unique = origin_not_entered(crossed_on_leaving(unique))
    if _CROSSED_INTO.search(words):  # "fled X region and crossed into Y": Y read in X's country is misread
        unique = [a for a in unique if a.direction != "to" or a.country
                  or not any(f.direction == "from" and f.iso3 == a.iso3 for f in unique)]
    # "Mizoram's Champhai district": the division is where the district lies, not a second area
    districts = {(a.admin1, a.iso3, a.direction) for a in unique if a.label and a.label != a.admin1 and not a.part}
    unique = [a for a in unique if a.label != a.admin1 or (a.admin1, a.iso3, a.direction) not in districts]
    return one_arrival_country(unique)


def _country_area(text: str, start: int, a: int, b: int, p: Place, direction: str, part: bool) -> Area | None:
    """A country people went to or left, when a movement word leads straight to its name (or it
    is told as having received them: "Chad has received 8,100", a figure the whole country's)."""
    if not p.entry.iso3 or _POSSESSIVE.match(text, b) or not (_COUNTRY_MOVE.search(text[start:a]) or country_received(text, b)):
        return None
    return Area("", p.entry.iso3, direction, part, p.entry.name, "", country=True)


# "..., of whom 60,000 are in X": a group with a number of its own, though not read as a figure,
# does not take another group's
_OWN_NUMBER = re.compile(r"\b\d[\d,.]*\b(?!\s*(?:km|kilomet|miles?|per\s*cent|%))")


_OF_WHOM = re.compile(r"^\W*(?:of|among)\s+(?:whom|them|those)\b", re.I)


def sentence_areas(sentence: Sentence, places: list[Place], borders,
                   units: ArticleUnits | None = None) -> list[tuple[Area, Count | None]]:
    """(area, figure) pairs of one displacement sentence, from its own words only."""
    text = sentence.text
    groups = []
    for span in cues.displacement_groups(HOST_CLAUSE.sub(blank, text)):
        part = text[span[0]:span[1]]
        if returns_home(part) or none_moved(part):  # "1,100 residents of X returned home": no longer displaced
            groups.append([span, None, False, []])
            continue
        rest = still_away(part) if groups and (returns_home(text[groups[-1][0][0]:groups[-1][0][1]])
                                               or went_back(text[groups[-1][0][0]:groups[-1][0][1]])) else None
        if rest is not None:  # "...returned home, while 700 remain at a church in X": X is where those 700 are
            home = {(a.admin1 or a.name, a.iso3) for a in groups[-1][3]}  # (read where the others went home: misread)
            rest_areas = [replace(a, direction="to") for a in _group_areas(
                sentence, span, places, borders, units=units, figure_at=span[0] + rest[0])
                if not a.country and (a.admin1 or a.name, a.iso3) not in home]
            if rest_areas:
                groups.append([span, Count(rest[2], part[rest[0]:rest[1]], rest[0], rest[1]), True, rest_areas])
                continue
        count = displaced_from_text(HOST_CLAUSE.sub(blank, part)) or (elliptic_count(part) if groups and groups[-1][1] else None) \
            or flight_told_apart(text, span)
        if went_back(part):
            count = None  # "4,700 displaced villagers returned to X": a return, no one newly displaced
        moving = bool(cues.is_anaphoric_group(part) or count or is_displacement_sentence(part)
                      or groups and groups[-1][2] and (cues.is_subgroup(part) or cues.is_other_group(part)))
        if count is not None and (FORECAST.search(part) or EARLIER.search(part)):
            count = None  # "2,000 could cross into X", "in 2015 250,000 fled to X": not this report's movement
        if count is not None and not settings.HOUSEHOLDS_AS_PEOPLE and HOUSEHOLDS.match(part, count.start, count.end + 40):
            count = None  # "300 households fled": not a count of people
        areas = _group_areas(sentence, span, places, borders, units=units,
                             figure_at=span[0] + count.start if count is not None else None) if moving else []
        if cues.is_other_group(part) and count is None:  # "; the others remain in X": only a movement word says where
            areas = [a for a in areas if a.cued]
        groups.append([span, count if count and count.value is not None else None, moving, areas])
    for k, g in enumerate(groups):  # "; most reached X": the group counted just before
        words = text[g[0][0]:g[0][1]]
        if g[2] and g[1] is None and g[3] and k and groups[k - 1][1] and cues.is_anaphoric_group(words) \
                and not cues.is_other_group(words) and not _OWN_NUMBER.search(words):
            g[1] = groups[k - 1][1]
    def land(g) -> list[Area]:  # a country named whole takes no group's figure
        return [a for a in g[3] if not a.country]

    for k, g in enumerate(groups):  # "...from A to B; 2,100 people were moved": the figure names no area
        if g[1] is not None and not land(g):
            for j in (k - 1, k + 1):
                if 0 <= j < len(groups) and groups[j][3] and groups[j][1] is None \
                        and not _OWN_NUMBER.search(text[groups[j][0][0]:groups[j][0][1]]):
                    groups[j][1] = g[1]
                    break
    # "8,000 were evacuated from A, many of them to B": not all 8,000 went to B
    for g in groups:  # "officials in X district said 2,300 Guineans had arrived": X is where they arrived
        if g[1] is not None and not any(a.direction == "to" and not a.country for a in g[3]):
            g[3] += [Area(got[0], got[1], "to", False, *area_names(p, got[0], borders, units), town=_is_town(p))
                     for p in arrivals_told_by_locals(sentence, places, g[0], frozenset(
                         a.iso3 for a in g[3] if a.direction == "from")) if (got := area_of_place(p, borders, units=units))]
    split_count_origins(text, groups)
    out = [(area, None if area.part or area.shared else g[1]) for g in groups for area in g[3]]
    if not any(a.direction == "from" for a, _ in out):
        counts = [g[1] for g in groups if g[1] is not None]
        count = counts[0] if len(counts) == 1 and not any(land(g) and g[1] for g in groups) else None
        if any(not g[2] and counts_people(text[g[0][0]:g[0][1]]) for g in groups):
            count = None  # "..., while a further 600 were stranded in X": X's group has a number of its own
        spans = [g[0] for g in groups if g[2] and (g[3] or cues.is_other_group(text[g[0][0]:g[0][1]]))]
        cause = _group_areas(sentence, (0, len(text)), places, borders, cause=spans, units=units)
        out += [(a, None if a.part or a.shared else count) for a in cause if (a, count) not in out]
    return out


def named_areas(text: str, sentences: list[Sentence], index: int, places_by_sentence: dict[int, list[Place]],
                borders, units: ArticleUnits | None = None) -> list[tuple[Area, Count | None]]:
    """Areas of displacement sentence ``index`` with their figures; else, without figures,
    those of an adjacent sentence of its paragraph."""
    own = sentence_areas(sentences[index], places_by_sentence.get(index, []), borders, units)
    if not any(area.direction == "from" for area, _ in own):
        own += _place_referred_to(text, sentences, index, places_by_sentence, borders, units)
    if own or _WHOLE.search(sentences[index].text):  # "in total, the region has seen 45,000 uprooted"
        return own
    for j in (index - 1, index + 1):
        if 0 <= j < len(sentences):
            first, second = sorted((sentences[j], sentences[index]), key=lambda s: s.start)
            if same_paragraph(text, first, second):
                got = sentence_areas(sentences[j], places_by_sentence.get(j, []), borders, units)
                if got:
                    return [(a, None) for a, _ in got]
    return []


# a figure told for a whole region or country: not for the areas of the sentences beside it
_WHOLE = re.compile(r"\b(?:in\s+total|nationally|nationwide|countrywide|across\s+the\s+(?:whole\s+|entire\s+)?"
                    r"(?:region|country)|(?:the|whole|entire|wider)\s+region\s+(?:has|had|have|as\s+a\s+whole))\b", re.I)
# "Most of the island's 1,300 residents were evacuated", "residents of the town fled"
_DEFINITE_PLACE = re.compile(r"\bthe\s+(island|town|village|city)(?:['’]s|\s+of\b)|\b(?:residents|inhabitants|people)"
                             r"\s+of\s+the\s+(island|town|village|city)\b", re.I)
_KIND_TYPES = {"island": ("city", "landmark", "admin2"), "town": ("city", "admin2"), "village": ("city",),
               "city": ("city",)}


def _place_referred_to(text: str, sentences: list[Sentence], index: int, places_by_sentence: dict[int, list[Place]],
                       borders, units: ArticleUnits | None) -> list[tuple[Area, Count | None]]:
    """The area people left when the sentence names it only as "the island", "the town": the
    last such place told in the sentences before, in the same paragraph, with the figure
    when the sentence gives one."""
    s = sentences[index]
    m = _DEFINITE_PLACE.search(s.text)
    if m is None:
        return []
    kinds = _KIND_TYPES[(m.group(1) or m.group(2)).lower()]
    for j in range(index - 1, max(-1, index - 3), -1):
        if not same_paragraph(text, sentences[j], s):
            break
        for p in sorted(places_by_sentence.get(j, []), key=lambda q: -q.mention.start):
            if p.role == "place" and p.entry.place_type in kinds and _usable(sentences[j], p):
                got = area_of_place(p, borders, units=units)
                if got is None:
                    return []
                label, admin1 = area_names(p, got[0], borders, units)
                count = displaced_from_text(s.text)
                return [(Area(got[0], got[1], "from", False, label, admin1, town=_is_town(p)),
                         count if count and count.value else None)]
    return []


# a group told by where it arrived or was received, not by what it left
_ARRIVALS = re.compile(r"\b(?:arrivals|arrived|arriving|registered|registering|counted|hosting|hosts|hosted|received|receiving|welcomed"
                       r"|taken\s+in|took\s+in|shelters|sheltering|houses|housing|(?:is|are|now|already)\s+home\s+to)\b", re.I)
_FLIGHT = re.compile(r"\b(?:fled|flee\w*|displac\w*|evacuat\w*|drove|driven|pushed|forced|uprooted|escap\w*|left"
                     r"|leaving|expel\w*)\b", re.I)
_REFUGEES = re.compile(r"\brefugees?\b", re.I)
_RETURN = re.compile(r"\b(?:returnees|returned|returning|repatriated|repatriation)\b", re.I)
# a group that crossed a border: its people may be anywhere on either side
_CROSSING = re.compile(r"\b(?:cross\w*|across|into|entered|entering|refugees?|asylum|border|frontier)\b", re.I)


def displacement_features(text: str, sentences: list[Sentence], places_by_sentence: dict[int, list[Place]],
                          frontier: Frontier | None, borders, past: set[int] = frozenset()) -> list[dict]:
    """SPEC `displacement` features: one per (admin-1 unit, direction), first report first.
    Sentences in ``past`` tell history years before publication ("In 2018 an operation drove
    380,000 out of X"): not the displacement the article reports, so they give no area."""
    feats: dict[tuple[str, str, str, str], dict] = {}
    crossings = frozenset(fold(p.entry.name) for ps in places_by_sentence.values() for p in ps
                          if _CROSSING_AFTER.match(text, p.mention.end))
    units = replace(article_units(places_by_sentence, borders), crossings=crossings)
    listed = listed_figures(text, sentences, places_by_sentence, borders, units, lambda j: sentence_areas(
        sentences[j], places_by_sentence.get(j, []), borders, units))
    if not listed and not any(is_displacement_sentence(s.text) for s in sentences):
        return []  # (most articles: an origin, a share or a movement is read only after a displacement sentence)
    for i, s in enumerate(sentences):
        if i in listed and i not in past:  # "Sussundenga district: 12,400; Mossurize district: 3,100"
            _add(feats, [(Area(unit, iso3, direction, False, label, admin1), count)
                         for unit, iso3, direction, label, admin1, count in listed[i]], s, "listed", None, borders)
            continue
        if i not in past and tells_origin(text, sentences, i):  # "Most of the new arrivals are from X": no figure
            _add(feats, [(a, None) for a in _group_areas(s, (0, len(s.text)), places_by_sentence.get(i, []), borders,
                                                         units=units) if a.direction == "from"], s, "named", None, borders)
            continue
        if i not in past and (share := counted_share(text, sentences, i)):  # "430 of them were sleeping in X"
            _add(feats, [(a, None if a.part else share_of_clause(s.text, lo, hi, share)) for lo, hi in cues.displacement_groups(
                s.text) for a in _group_areas(s, (lo, hi), places_by_sentence.get(i, []), borders, units=units)
                if a.cued and a.direction == "to"], s, "named", None, borders)
            continue
        if i not in past and (restated := restated_figure(text, sentences, i)):  # "... puts the number at 400 people"
            _add(feats, [(a, None if a.part or a.shared else restated) for a, _ in sentence_areas(
                sentences[i - 1], places_by_sentence.get(i - 1, []), borders, units)], s, "named", restated, borders)
            continue
        if i not in past and onward_after_flight(text, sentences, i):  # "Some were said to have gone on to X"
            _add(feats, [(a, None) for a in _group_areas(s, (0, len(s.text)), places_by_sentence.get(i, []), borders,
                                                         units=units) if a.direction == "to"], s, "named", None, borders)
            continue
        if i not in past and (arrived := arrivals_after_flight(text, sentences, i)):  # "Since May, 6,200 have arrived from X"
            _add(feats, [(a, None if a.part or a.shared else arrived) for a in _group_areas(
                s, (0, len(s.text)), places_by_sentence.get(i, []), borders, units=units)], s, "named", arrived, borders)
            continue
        if i in past or not (is_displacement_sentence(s.text) or others_went_on(text, sentences, i)) \
                or is_death_report(s.text) or is_armed_flight(s.text) or armed_subject_fled(s.text) \
                or protest_by_displaced(s.text) or ordinary_travel(s.text) or counts_no_group(s.text) \
                or all(returns_home(s.text[a:b]) or none_moved(s.text[a:b]) for a, b in cues.displacement_groups(s.text)):
            continue
        sentence_count = displaced_from_text(s.text)
        found = figures_dropped(text, sentences, i, named_areas(text, sentences, i, places_by_sentence, borders, units))
        found += [(a, c) for u, iso3, label, admin1, c in unit_left(text, sentences, i, places_by_sentence, borders, units)
                  if (a := Area(u, iso3, "from", False, label, admin1)) not in [f for f, _ in found]]
        found += [(a, c) for a, c in origin_told_before(text, sentences, i, [f for f, _ in found], places_by_sentence,
                                                        borders, units, _usable, past) if a not in [f for f, _ in found]]
        basis = "named"
        side = side_areas(s, places_by_sentence.get(i, []), frontier, borders)
        if side:
            add_side_areas(feats, side, s, borders)
        if not found and not side and frontier is not None and not only_displacement_nouns(s.text) \
                and not crossing_named(places_by_sentence.get(i, []), units) and _FLIGHT.search(s.text) \
                and len(s.text.split()) > 3:  # (not a heading: "DISPLACEMENT")
            told = told_side(s.text, frontier)
            side = told or people_side(s.text[sentence_count.start:] if sentence_count else s.text, frontier)
            found = [(Area(n, iso3, "from"), None) for n, iso3 in frontier_areas(frontier, borders)
                     if side is None or iso3 == side]  # "Venezuelans who fled": their side only
            if told is not None:  # "1,000 displaced on the Yemeni side of the frontier": that side (the figure in the words)
                name = frontier.name_a if told == frontier.iso3_a else frontier.name_b
                found.append((Area("", told, "from", False, name, "", country=True), None))
            if side is not None and _OWN_COUNTRY_LEFT.search(s.text):  # "Venezuelans who fled their country": it, whole
                name = frontier.name_a if side == frontier.iso3_a else frontier.name_b
                found.append((Area("", side, "from", False, name, "", country=True), None))
            basis = "frontier"
        _add(feats, split_destinations(found, s.text), s, basis, sentence_count, borders)
    for f in feats.values():
        f["properties"].pop("_cued", None)
    return finer_without_figures_dropped(vague_beside_exact(_headline_frontier_dropped(text, list(feats.values()))))


def _headline_frontier_dropped(text: str, feats: list[dict]) -> list[dict]:
    """"Thousands flee as troops trade fire" over "In X province, 20,000 were evacuated": the
    frontier's units put for a headline that names no area add nothing beside the areas the
    body names for the flight it tells again; without any, they stay."""
    head = headline_span(text)
    if head is None or not any(f["properties"]["area_basis"] == "named" and f["properties"]["direction"] == "from"
                               for f in feats):
        return feats
    return [f for f in feats if f["properties"]["area_basis"] != "frontier"
            or not head[0] <= f["properties"]["sentence_start"] < head[1]]


def _add(feats: dict, found: list[tuple[Area, Count | None]], s: Sentence, basis: str, sentence_count: Count | None,
         borders) -> None:
    """Features of one sentence's (area, figure) pairs, one per (area, direction): a figure
    said better later replaces a first one (see the comments)."""
    for area, count in found:
        got = borders.country_area(area.iso3) if area.country else borders.admin1_area(area.name, area.iso3)
        if got is None:
            continue
        label, admin1 = area.label or got[0], None if area.country else area.admin1 or got[0]
        key = (label, admin1 or "", got[1], area.direction)
        words = count or sentence_count
        if area.country and not country_keeps_figure(area, found, basis, count, s.text) \
                or (not settings.VAGUE_DISPLACED_AS_NUMBER or says_uncounted(s.text)) and vague(count) \
                or count is not None and dozens_only(count.text, s.text):  # (text.dozens_words)
            count = None  # a group's figure on a whole country would read as its national total (unless its own)
        if key in feats:
            props = feats[key]["properties"]
            if props["area_basis"] == "frontier" and basis != "frontier":
                props["area_basis"] = basis  # a frontier unit the text then names: named
            # "clashes in X have pushed 11,000 into Y", then "7,800 people from X": the group's own figure
            if count is not None and (props["displaced"] is None or area.cued and not props.get("_cued", True)
                                      or props["source_sentence"] != s.text and vague_then_exact(props, count)):
                props.update(displaced=count.value, displaced_text=count.text, source_sentence=s.text, _cued=True)
            continue
        props = {
            "layer": "displacement", "name": label, "admin1": admin1, "iso3": got[1], "polygon_unit": got[0],
            "direction": area.direction, "displaced": count.value if count else None, "area_level": "country"
            if area.country else "division" if label == admin1 else "town" if area.town else "district",
            "displaced_text": words.text if words else None,
            "source_sentence": s.text, "sentence_start": s.start, "area_basis": basis, "_cued": area.cued,
        }
        if area.country:
            props["displaced_scope"] = "a country named only: a figure only when the group reached it whole"
        if basis == "frontier" and words is not None:
            props["displaced_scope"] = "total for all areas"
        feats[key] = {"type": "Feature", "geometry": got[2], "properties": props}

