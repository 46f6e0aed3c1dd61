"""Incident, displacement and frontier features of one article (SPEC layers).

``event_features`` is what the pipeline calls. The steps:

1. ``frontier_features`` (``geomap.reading.frontier_features``): the pair(s) of countries the article is about
   (``geomap.reading.frontier_choice``), with the measured and the stated border length.
2. ``incident_features``: one incident per (sentence, location, sub-event type) — "hit X and Y" is two —, typed by
   ``geomap.text.event_words``, placed by ``geomap.reading.placement``, dated by ``incident_date``
   (``geomap.reading.incident_dates``) and counted by ``fatalities_from_text`` (on the sentence's main event, at
   the place the toll names when it names one; ``geomap.reading.adjacent_tolls`` does the same for a toll told in a
   sentence of its own, and never moves a toll whose place is unknown). A follow-up ("the death toll from Tuesday's
   fighting has risen to nine") without a place is where that kind of event was last told; an event told in a
   subordinate clause ("talks resumed in X after clashes killed 12") takes places from that clause only, and
   "traded blame for the fighting" or "condemned the strikes" just after the fighting is no new incident
   (``told_again``); told again with the place its first telling lacked ("The shooting happened at a checkpoint in
   X"), the event moves there off the frontier line (``place_retold``), as an agreement does to where it was signed
   ("The agreement was signed in X"), and "a depot in Y was also struck" after strikes is one more place of them.
3. ``displacement_features`` (``geomap.reading.displacement``): admin-1 polygons people fled from and went to, each
   with its own figure.

Boundaries are loaded only when an article needs a frontier or a placement.
"""

from __future__ import annotations

import math
import re

from collections import defaultdict
from dataclasses import replace
from datetime import date

from geomap.reading.later_totals import raise_to_later_totals
from geomap.reading.headline_events import headline_only_events
from geomap.reading.area_spelling import named_as_written
from geomap.reading.displacement import displacement_features
from geomap.reading.qualifier_tolls import province_of_unplaced_unit
from geomap.reading.frontier_choice import choose_frontiers, country_of_word
from geomap.reading.claimed_features import claimed_pairs
from geomap.reading.frontier_features import frontier_features
from geomap.reading.adjacent_tolls import FOLLOW_UP, attach_adjacent_fatalities, toll_place
from geomap.reading.placement import (Frontier, continuing_place, story_place, frontier_location, incident_candidates, choose_place,
                        coordinated_places, place_location, settle_bare_names, speaker_place_referred, told_as_place,
                        unlisted_precision)
from geomap.reading.incident_dates import incident_date, sentence_date, usable_date
from geomap.reading.resolve import Place
from geomap.reading.retold_inside import (family as _family, key_points_retold, merged_into_place_inside, move as _move,
                                          one_blast_per_place)
from geomap.reading.segment_homes import segment_home
from geomap.reading.spread_places import spread_places
from geomap.reading.road_between import on_road_between, road_named_by_ends
from geomap.reading.sentence_before import place_of_sentence_before
from geomap.reading.offset_retold import offsets_told_after
from geomap.reading.anaphor_offsets import offsets_from_named_before
from geomap.reading.referred_places import residents_home
from geomap.reading.told_again import DEFINITE_SUBJECT, referred_back, signed_at, told_again
from geomap.reading.place_day import one_event_per_place_day
from geomap.reading.named_after import place_named_after
from geomap.reading.clause_tolls import split_by_clause
from geomap.reading.deaths_told import deaths_told_alone
from geomap.reading.dead_found import dead_found_alone
from geomap.reading.dateline_protests import dateline_protest_place
from geomap.reading.part_incidents import give_part_counts
from geomap.reading.follow_ups import followed_up
from geomap.reading.acronym_camps import camp_told_before
from geomap.reading.sentence_events import (civilians_in_battle, is_past_background, is_planned,
                                            minor_developments_dropped, recalled_since, toll_owner)
from geomap.reading.guess_chains import untie_tolls_on_guesses
from geomap.reading.stranger_tolls import untie_tolls_far_abroad
from geomap.reading.borrowed_points import untie_tolls_on_borrowed_points
from geomap.reading.tolls import (counted_before, guessed_and_loose, joined_places, other_events_toll, placed_later,
                                  retold_elsewhere, spans_places, split_by_event, superseded, toll_untied, untie)
from geomap.text.arrest_deaths import died_in_the_arrest
from geomap.text.disputed_claims import disputed_claim
from geomap.text.toll_cues import is_long_total, is_total_of_events
from geomap.settings import EVENT_STRANGER_KM as STRANGER_KM
from geomap.text import cues
from geomap.text.dates import DateRef, all_dates_from_text
from geomap.text.part_events import part_events
from geomap.text.event_words import EVENT_TYPES, EventType, events_from_text
from geomap.text.quantities import fatalities_from_text
from geomap.text.sentences import Sentence, headline_span

__all__ = ["event_features", "incident_features", "frontier_features", "incident_date", "sentence_date", "actors",
           "main_event"]

_TYPE_RANK = {t: i for i, t in enumerate(EVENT_TYPES)}


def main_event(events: list[EventType]) -> EventType:
    """The event of highest ACLED precedence (the one fatalities are counted for)."""
    return min(events, key=lambda e: (_TYPE_RANK[e.event_type], e.start))


def actors(sentence: str) -> tuple[str | None, str | None]:
    """Military actors read from "<demonym/country> troops|forces|army|..." (ACLED naming)."""
    found: list[str] = []
    for word, _pos in cues.military_actors(sentence):
        hit = country_of_word(word)
        if hit is None and " " in word:
            hit = country_of_word(word.split()[-1])
        if hit:
            name = f"Military Forces of {hit[1]}"
            if name not in found:
                found.append(name)
    return (found[0] if found else None), (found[1] if len(found) > 1 else None)


def _incident(s: Sentence, ev: EventType, loc, when: tuple[DateRef | None, str | None], fat, actor_pair) -> dict:
    ref, basis = when
    props = {
        "layer": "incident", "event_type": ev.event_type, "sub_event_type": ev.sub_event_type,
        "date": ref.date.isoformat() if ref else None, "date_text": ref.text if ref else None,
        "time_precision": ref.precision if ref else None, "date_basis": basis,
        "fatalities": fat.value if fat else None, "fatalities_text": fat.text if fat else None,
        "location": loc.name, "iso3": loc.iso3, "admin1": loc.admin1, "admin2": loc.admin2,
        "geo_precision": loc.geo_precision,
        "placement": loc.basis, "source_sentence": s.text, "mention_start": loc.mention_start,
        "mention_end": loc.mention_end, "sentence_start": s.start, "trigger": ev.trigger,
        "actor1": actor_pair[0], "actor2": actor_pair[1], "notes": s.text,
    }
    return {"type": "Feature", "geometry": loc.geometry, "properties": props}


def _locate_event(text, sentences, i, ev, cands, by_sentence, frontier, ctx, earlier=None, day=None):
    """Where an event happened: its locations (first the main one), or []."""
    s = sentences[i]
    if ev.clause_start is not None:  # "talks resumed in X after fighting killed 12": not at X
        cands = [p for p in cands if p.mention.start - s.start >= ev.clause_start]
    if ev.own_clause and not cands:  # a second event of its kind that names no place of its own
        return []
    if (home := segment_home(s, by_sentence.get(i, []), cands, ev.start)) is not None:  # "...; residents of Z said": Z
        loc = place_location(home, s, frontier, ctx)
        return [replace(loc, geo_precision=max(loc.geo_precision, 2), basis="residents' place")]
    place = choose_place(s, ev.start, ev.end, cands)
    if place is not None and frontier is not None and _own_clause_on_border(s, ev, place):
        # "... hit a landmine near X, as troops pressed an offensive near the border": not at X
        loc = frontier_location(frontier, ctx.borders)
        return [loc] if loc is not None else []
    if place is not None:
        more = coordinated_places(s, ev.start, ev.end, place, cands, ctx.borders)
        more += [p for p in road_named_by_ends(s, place, cands) if p not in more]  # "on the X–Y road"
        more += [p for p in spread_places(s, ev.end, cands) if p is not place and p not in more]  # "..., and spread to Z"
        return on_road_between(s.text, [place_location(p, s, frontier, ctx, trigger=(ev.start, ev.end))
                                        for p in [place] + more])
    loc = _fallback_location(text, sentences, i, ev, by_sentence, frontier, ctx, earlier or [], day)
    return [loc] if loc is not None else []


#: a place pointed back to as where the event just told happened (not "killed on the spot": at once)
_AT_THE_SCENE = re.compile(r"\b(?:at|from)\s+the\s+scene\b", re.I)
_ESCAPE_TO_BORDER = re.compile(r"\b(?:escap\w*|fle[de]|fleeing|head(?:ed|ing)|ran|running|retreat\w*)\s+(?:back\s+)?"
                               r"(?:towards?|to|across|for)\s+the\s+(?:[\w-]+\s+){0,2}?(?:border|frontier)\b", re.I)
_OWN_CLAUSE = re.compile(r"(?:[;:]|,\s*(?:and|but|while|whereas|as))\s*$", re.I)


def _own_clause_on_border(s: Sentence, ev: EventType, place: Place) -> bool:
    """Whether an event told in a clause of its own (after ";", ", as", ", while", ", and") that
    names no place but the border is placed at a place of another clause."""
    cs, ce = cues.clause_span(s.text, ev.start, ev.end)
    a = place.mention.start - s.start
    return not cs <= a < ce and cs > 0 and bool(_OWN_CLAUSE.search(s.text, 0, cs)) \
        and cues.has_border_location(s.text[cs:ce])


def _between_frontier_forces(sentence: str, frontier: Frontier) -> bool:
    """"Djiboutian and Eritrean troops fought": the two countries' forces against each other."""
    a1, a2 = actors(sentence)
    want = {f"Military Forces of {frontier.name_a}", f"Military Forces of {frontier.name_b}"}
    got = {a1, a2}
    if got == want:
        return True
    words = [w for w, _ in cues.military_actors(sentence)]
    words += [w for m in _PAIR_FORCES.finditer(sentence) for w in m.groups()]
    isos = {hit[0] for word in words if (hit := country_of_word(word.split()[-1]))}
    return {frontier.iso3_a, frontier.iso3_b} <= isos


_PAIR_FORCES = re.compile(r"\b([A-Z][a-z]+)\s+and\s+([A-Z][a-z]+)\s+(?:[a-z-]+\s+)?" + cues.MILITARY + r"\b")


def _fallback_location(text, sentences, i, ev, by_sentence, frontier, ctx, earlier, day=None):
    s = sentences[i]
    if (named := place_named_after(text, sentences, i, by_sentence)) is not None:
        # "Shells struck the market, killing four. The town, X, ...": the event is at X
        loc = place_location(named, sentences[i + 1], frontier, ctx)
        return replace(loc, basis="named in the next sentence", mention_start=None, mention_end=None)
    if (camp := camp_told_before(sentences, i, by_sentence)) is not None:  # "attacked the ZDA camp": where it was told
        return replace(place_location(camp[0], camp[1], frontier, ctx), basis="camp told before", mention_start=None,
                       mention_end=None)
    cs, ce = cues.clause_span(s.text, ev.start, ev.end)
    if earlier and ev.event_type == "Strategic developments" and _AT_THE_SCENE.search(s.text, cs, ce):
        # "seized 450 kg of opium at the scene": where the last one told was (a violent act "at the scene" is it again)
        return replace(earlier[-1][2], basis="earlier incident", mention_start=None, mention_end=None)
    # "opened fire on traders before escaping towards the border": the way the attackers left
    if frontier is not None and cues.has_border_location(_ESCAPE_TO_BORDER.sub(" ", s.text[cs:ce])):
        return frontier_location(frontier, ctx.borders)
    if frontier is not None and any((hit := country_of_word(w)) and hit[0] in (frontier.iso3_a, frontier.iso3_b)
                                    for w in cues.country_parts(s.text[cs:ce])):
        return frontier_location(frontier, ctx.borders)  # "shelling across eastern Chad": its side of the frontier
    if FOLLOW_UP.search(s.text) and (told := followed_up(earlier, ev.event_type, day)) is not None:
        # "the death toll from Tuesday's fighting has risen to nine": where that fighting was told
        return replace(told, basis="earlier incident", mention_start=None, mention_end=None)
    if frontier is not None and ev.event_type == "Battles" and _between_frontier_forces(s.text, frontier):
        return frontier_location(frontier, ctx.borders)
    referred = speaker_place_referred(s, by_sentence.get(i, []))
    if referred is not None:  # "officials in X said drones hit the city"
        loc = place_location(referred[0], s, frontier, ctx)
        return replace(loc, geo_precision=max(loc.geo_precision, 2 if referred[1] else 1), basis="same sentence")
    if ev.event_type != "Explosions/Remote violence" and (  # (shells the residents of X saw fall may fall far away)
            home := residents_home(s, by_sentence.get(i, []), ev.start)) is not None:  # "villagers in X said raiders took"
        loc = place_location(home, s, frontier, ctx)
        return replace(loc, geo_precision=max(loc.geo_precision, 2), basis="residents' place")
    if (town := dateline_protest_place(i, s, ev, by_sentence, own_sentence=True)) is not None:  # "OCOTAL - Hundreds marched"
        return replace(place_location(town, s, frontier, ctx), basis="dateline", mention_start=None, mention_end=None)
    prev = continuing_place(text, sentences, i, by_sentence)
    # the anaphor ("outside the village") names the place in this sentence: a toll told beside it is
    # tied, unless that place is known only by its province or country (a guess at its point)
    said = next(((m.start(), m.end()) for m in cues.anaphors(s.text)), (None, None)) if prev is not None and (
        getattr(prev.entry, "in_gazetteer", True) or unlisted_precision(prev.entry) == 2) else (None, None)
    if prev is None and ev.event_type != "Strategic developments":
        prev = story_place(text, sentences, i, by_sentence)
    if prev is not None:
        loc = place_location(prev, sentences[prev.mention.sentence], frontier, ctx)
        near = said[0] is not None and cues.is_near_qualified(s.text, said[0])  # "outside the town": near it
        return type(loc)(loc.name, loc.iso3, loc.admin1, loc.geometry, max(loc.geo_precision, 2 if near else 1),
                         "previous sentence", *said)
    if not any(t == ev.event_type for t, _, _ in earlier) and (
            town := dateline_protest_place(i, s, ev, by_sentence, own_sentence=False)) is not None:
        # "... about 200 fishermen marched to the district commissioner's office": nothing else places it (and
        # no protest told before: "called the protest 'a misunderstanding'" is that one again)
        return replace(place_location(town, s, frontier, ctx), basis="dateline", mention_start=None, mention_end=None)
    return None


def incident_features(text: str, sentences: list[Sentence], by_sentence: dict[int, list[Place]],
                      events: dict[int, list[EventType]], frontier: Frontier | None,
                      published: date | None, ctx, follow_ups: set[int] = frozenset()) -> list[dict]:
    """SPEC `incident` features, one per (sentence, location, sub-event type); a sentence of
    ``follow_ups`` ("a warehouse in X was also struck") adds only places it names that hold no
    incident of that kind yet."""
    out, seen = [], set()
    earlier: list = []  # (event type, date, location) of the incidents told so far
    tolled: list[tuple[int, dict]] = []  # (sentence, incident) given a number so far
    placed_at: dict[int, list] = {}  # sentence -> (event type, Location) of its incidents
    for i in sorted(events):
        evs = events[i]
        s = sentences[i]
        cands = incident_candidates(s, by_sentence.get(i, []))
        fat = fatalities_from_text(s.text)
        main = toll_owner(evs, fat, main_event(evs), s.text)
        toll_at = toll_place(s, fat, by_sentence.get(i, []))
        actor_pair = actors(s.text)
        placed = []
        own_starts = sorted(e.clause_start for e in evs if e.own_clause)
        for ev in evs:
            when = incident_date(sentences, i, published, ev)
            day = when[0].date if when[0] is not None and when[1] == "sentence" else None
            upto = next((c for c in own_starts if c > ev.start), len(s.text))  # a later clause's places are its event's
            locs = _locate_event(text, sentences, i, ev, [p for p in cands if p.mention.start - s.start < upto],
                                 by_sentence, frontier, ctx, earlier, day) or [
                loc for loc in [place_of_sentence_before(text, sentences, i, ev, by_sentence, placed_at, frontier, ctx)] if loc]
            for k, loc in enumerate(locs):
                key = (i, loc.name, ev.sub_event_type)
                if key in seen or (i in follow_ups and (loc.mention_start is None or any(
                        f["properties"]["location"] == loc.name and f["properties"]["sub_event_type"] == ev.sub_event_type
                        for f in out))):
                    continue
                seen.add(key)
                placed.append((ev, k, loc))
                placed_at.setdefault(i, []).append((ev.event_type, loc))
                out.append(_incident(s, ev, loc, when, None, actor_pair))
                earlier.append((ev.event_type, when[0].date if when[0] is not None else None, loc))
        if fat is not None and placed:
            feats = out[-len(placed):]
            if counted_before(s.text, fat, main.event_type, tolled, i):  # "also killed in the exchange of fire"
                untie(feats[0]["properties"], fat, "counted in the toll of the event told before")
            elif why := other_events_toll(s.text, fat, feats, published):  # "for an ambush that killed 12 last month"
                untie(feats[0]["properties"], fat, why)
            elif split := split_by_event(fat, placed) or split_by_clause(s.text, fat, placed):
                # "clashed near X, killing two, and a mine near Y killed one"; "In X, gunmen killed three; in Y, two died"
                for n, (a, b, value) in split:
                    feats[n]["properties"].update(fatalities=value, fatalities_text=s.text[a:b])
            else:
                _give_toll(feats, placed, main, fat, toll_at, s, by_sentence.get(i, []))
                for f in retold_elsewhere(s.text, fat, feats, tolled, i):  # "The three were killed near X"
                    f["properties"].update(fatalities=None, fatalities_basis="the same deaths are told again at "
                                           + feats[0]["properties"]["location"])
            nxt = sentences[i + 1].text if i + 1 < len(sentences) else None
            for f in feats:  # "... killing two. The shooting happened at a checkpoint in X"
                if f["properties"]["fatalities"] and (where := placed_later(f, nxt)):
                    untie(f["properties"], fat, _TOLD_AT + where)
                elif f["properties"]["fatalities"] and disputed_claim(s.text, fat, nxt):  # "... The army denied the claim."
                    untie(f["properties"], fat, "the killers' own claim, disputed in the sentence after")
            tolled += [(i, f) for f in feats if f["properties"]["fatalities"]]
    return out


#: the words between a toll and the place its deaths happened at ("were killed on Saturday at a border post near X")
_DEATHS_AT = re.compile(r"[^,;.]{0,60}?\b(?:in|at|near|outside)\s+(?:the\s+)?", re.I)


def same_act(main: EventType, placed: list) -> EventType | None:
    """"Gunmen killed four fishermen and wounded 11 others near X": the killing and the wounding
    are one act, placed once (at the later verb, whose clause names the place); the deaths go on
    that one incident when it is the sentence's only one and of the killing's own kind."""
    if len(placed) != 1:
        return None
    ev = placed[0][0]
    return ev if ev.sub_event_type == main.sub_event_type and ev.start > main.start else None


def place_by_deaths(sentences: list[Sentence], events: dict[int, list[EventType]], by_sentence: dict[int, list[Place]],
                    incidents: list[dict], frontier: Frontier | None, ctx) -> None:
    """"... Saturday's clash on the frontier between Iran's Sistan province and Afghanistan's
    Nimroz province. Two guards were killed at a border post near Zabol": deaths told at a town
    in the sentence just after an event placed only on the frontier or a province's stretch of
    it say where that event happened (the deaths' place, ACLED's location)."""
    index_of = {s.start: k for k, s in enumerate(sentences)}
    told_in: dict[int | None, list[dict]] = defaultdict(list)  # sentence -> its incidents, in order
    for f in incidents:
        told_in[index_of.get(f["properties"]["sentence_start"])].append(f)
    for i, s in enumerate(sentences):
        # (the cheap tests first: a sentence with no place, or after no vague incident, needs no toll)
        if i in events or i == 0 or not by_sentence.get(i):
            continue
        vague = [f for f in told_in.get(i - 1, ()) if f["properties"]["placement"] in ("frontier", "frontier stretch")
                 and f["properties"]["geo_precision"] == 3]
        if len(vague) != 1:
            continue
        fat = fatalities_from_text(s.text)
        if fat is None or fat.end is None:
            continue
        told = vague[0]["properties"]["fatalities"]
        if told is not None and fat.value is not None and fat.value > told:
            continue  # "two soldiers were killed ... Troops killed three men near X": more than its dead, other deaths
        at = next((p for p in sorted(by_sentence.get(i, []), key=lambda q: q.mention.start)
                   if p.role == "place" and _DEATHS_AT.fullmatch(s.text, fat.end, p.mention.start - s.start)), None)
        if at is None or at.entry.place_type not in ("city", "landmark", "admin2"):
            continue
        if cues.is_care_place(s.text, at.mention.start - s.start):
            continue  # "He died in a hospital in X": where he was treated, not where he was hit
        _move(vague[0], place_location(at, s, frontier, ctx), "place of the deaths", s)


#: placements that stand at the place the sentence names, at its point or, for a place the gazetteer
#: lacks, on its province's stretch of the frontier ("shot on the X river near Y"): the toll's words
#: naming that place name the incident's own. (Not a place drawn as the whole frontier line: a number
#: there stands nowhere in particular.)
_AT_ITS_NAME = frozenset({"place", "offset from place", "frontier stretch", "frontier near place", "unlisted place"})


def _give_toll(feats: list[dict], placed: list, main: EventType, fat, toll_at: Place | None, s: Sentence,
               places: list[Place] = ()) -> None:
    """The sentence's toll goes on its main event at the place the toll names, else on the
    main event's first location. When the words tie it elsewhere (a place holding no
    incident, several places, a total) the number goes on none and the words stay on the
    sentence's first incident: a toll never moves to another place, and nothing is lost."""
    if is_total_of_events(s.text, fat.start, fat.end):  # "two attacks ... killed 19 this week": a total
        untie(feats[0]["properties"], fat, "a total over several events")
        return
    if is_long_total(s.text, fat.start, fat.end):  # "24 people have died in border clashes since 2021"
        untie(feats[0]["properties"], fat, "a running total over years")
        return
    if main.sub_event_type == "Arrests" and not died_in_the_arrest(s.text, fat.start, fat.end):
        # "arrested two in X over the shooting in which a guard was killed" (not "shot dead during the arrests")
        untie(feats[0]["properties"], fat, "the deaths of the act the arrest is for")
        return
    if spans_places(s.text, s.start, fat, places,  # "left five dead, while in X three were killed"
                    placed_at={loc.mention_start for _ev, _k, loc in placed if loc.basis in _AT_ITS_NAME}):
        untie(feats[0]["properties"], fat, "counts told for several places, summed")
        return
    if toll_at is not None:
        a = toll_at.mention.start - s.start

        def at(loc) -> bool:
            return loc.mention_start == a or loc.name == toll_at.entry.name

        named = [f for f, (ev, _k, loc) in zip(feats, placed) if at(loc)]
        target = next((f for f, (ev, _k, loc) in zip(feats, placed) if ev is main and at(loc)),
                      named[0] if named else None)
        if target is None:  # the deaths are told at a place holding no incident: the words, no number
            untie(feats[0]["properties"], fat, f"the deaths are told at {toll_at.entry.name}")
            return
    else:
        target = next((f for f, (ev, k, _loc) in zip(feats, placed) if ev is main and k == 0), None)
        if target is None and (same := same_act(main, placed)) is not None:  # "killed four and wounded 11 near X"
            main, target = same, feats[0]
        if target is None:  # the main event placed no incident of its own: the words, no number
            untie(feats[0]["properties"], fat, "told with an event that has no incident of its own")
            return
        if joined_places(s.text, [loc for ev, _k, loc in placed if ev is main]):  # "pounded X and Y, killing 11"
            untie(target["properties"], fat, "the event is told at several places")
            return
        # its own place unknown, or several places: the words, no number
        loc = next(loc for f, (_ev, _k, loc) in zip(feats, placed) if f is target)
        mention = None if loc.mention_start is None else (loc.mention_start, loc.mention_end)
        if toll_untied(s.text, s.start, fat, (main.start, main.end), mention, places):
            untie(target["properties"], fat, "the words put the deaths elsewhere or at several places")
            return
        if province_of_unplaced_unit(s.text, s.start, mention, places):  # "in Baruten LGA (Kwara State)"
            untie(target["properties"], fat, "the province only says where a unit the reader cannot place lies")
            return
        if guessed_and_loose(s.text, fat, (main.start, main.end), loc.basis, mention):
            untie(target["properties"], fat, "placed by a guess, and the words do not name the deaths' place")
            return
    target["properties"].update(fatalities=fat.value, fatalities_text=fat.text)


def far_strangers(places: list[Place], frontier: Frontier | None, borders) -> set[int]:
    """ids of places that cannot be where the article's events are: in a country the article
    never names, more than ``STRANGER_KM`` from the frontier at issue ("Kech" read as a town
    in Germany in an article about the Iran–Pakistan border)."""
    if frontier is None:
        return set()
    from geomap.boundaries.territories import sovereign
    from geomap.gazetteer import haversine_km

    named = {p.entry.iso3 for p in places if p.entry.place_type == "country" and p.entry.iso3}
    named |= {frontier.iso3_a, frontier.iso3_b}
    named |= {sovereign(c) for c in named}  # a territory's places are its state's (Cayenne, France-Brazil)
    pts = borders.frontier_points(frontier.iso3_a, frontier.iso3_b)
    if not pts:
        return set()
    # a great circle is at least as long as its north-south part: a place further in latitude
    # from every point than STRANGER_KM (and a km to spare for rounding) needs no distances
    reach = (STRANGER_KM + 1.0) / _KM_PER_DEGREE_LAT
    south, north = min(lat for lat, _ in pts) - reach, max(lat for lat, _ in pts) + reach
    out = set()
    for p in places:
        e = p.entry
        if e.place_type == "country" or not e.iso3 or e.iso3 in named or sovereign(e.iso3) in named:
            continue
        if e.lat < south or e.lat > north or not any(haversine_km(e.lat, e.lon, lat, lon) <= STRANGER_KM
                                                     for lat, lon in pts):  # (the first near point settles it)
            out.add(id(p))
    return out


#: km per degree of latitude on haversine_km's sphere (radius 6371 km)
_KM_PER_DEGREE_LAT = 6371.0 * math.pi / 180


def event_features(text: str, sentences: list[Sentence], places: list[Place], *,
                   published: date | None, ctx) -> list[dict]:
    """Frontier, incident and displacement features of one article (SPEC GeoJSON dicts);
    ``ctx`` is the ReadingContext (gazetteer, boundary look-ups, geocoder)."""
    by_sentence: dict[int, list[Place]] = defaultdict(list)
    events, follow_ups = {}, set()
    retold: dict[int, set[str]] = {}  # sentences telling an event again ("The strikes hit X"): its types
    restated: dict[int, list] = {}  # events told again as a definite subject ("The shooting happened at X")
    headline, head = headline_span(text), None
    for i, s in enumerate(sentences):
        if headline and headline[0] <= s.start < headline[1]:
            head = head or (i, [] if is_past_background(s.text, published) else recalled_since(
                minor_developments_dropped(civilians_in_battle(events_from_text(s.text), s.text)), s.text))
            continue  # the headline's events are the body's, told again (unless the body tells none such)
        evs = recalled_since(minor_developments_dropped(civilians_in_battle(events_from_text(s.text), s.text)), s.text)
        evs += part_events(s.text, evs, EventType)  # "11 killed, including five in an attack on X and three near Y"
        if evs and is_planned(s.text, published):  # talks due next week have not happened
            evs = [e for e in evs if e.event_type != "Strategic developments"]
        if not evs and (evs := _hit_in_the_told_attack(s.text, events, i)):
            follow_ups.add(i)
        elif not evs:  # "Three fighters were killed in X on 1 March": a clash told by its dead
            evs = deaths_told_alone(sentences, i, events, published) or dead_found_alone(sentences, i, events, published)
        again_evs = [e for e in evs if told_again(s.text, e, events, i) or referred_back(s.text, e, evs, events, i)]
        again = {e.event_type for e in again_evs}
        evs = [e for e in evs if e.event_type not in again]
        background = is_past_background(s.text, published)
        if evs and not background:
            events[i] = evs
        elif again:
            retold[i] = again
        if not background and (definite := [e for e in again_evs if DEFINITE_SUBJECT.match(s.text[:e.start])]):
            restated[i] = definite
    if head and (own := headline_only_events(head[1], head[0], events, places)):
        events[head[0]] = own  # "Soldier killed in clash near X", its body telling reactions only
    pairs = choose_frontiers(sentences, places, set(events), ctx)
    feats, frontiers = frontier_features(text, pairs, ctx.borders, claimed_pairs(places))
    main = frontiers[0] if frontiers else None
    strangers = far_strangers(places, main, ctx.borders)
    for p in settle_bare_names(places, ctx.gazetteer):
        if id(p) not in strangers:
            by_sentence[p.mention.sentence].append(p)
    incidents = incident_features(text, sentences, by_sentence, events, main, published, ctx, follow_ups)
    give_part_counts(incidents)
    place_retold(sentences, restated, by_sentence, incidents, main, ctx)
    place_by_deaths(sentences, events, by_sentence, incidents, main, ctx)
    incidents = offsets_told_after(sentences, incidents)  # "The attack happened 15 km south of the town"
    incidents = offsets_from_named_before(sentences, incidents, by_sentence)  # "at X, 30 km west of the crossing"
    incidents = merged_into_place_inside(incidents, {s.start: k for k, s in enumerate(sentences)}, ctx.borders)
    incidents = one_blast_per_place(key_points_retold(text, incidents))
    attach_adjacent_fatalities(text, sentences, incidents, by_sentence, retold, published)
    for f in superseded(incidents, {s.start: k for k, s in enumerate(sentences)},
                        lambda t: [r.date for r in all_dates_from_text(t, published) if usable_date(r, published)]):
        f["properties"].update(fatalities=None, fatalities_basis="not this incident's: a risen toll told beside it "
                               "replaces this first count")
    raise_to_later_totals(text, sentences, incidents)  # "13:15 ... The toll from the attack there is now two"
    untie_tolls_on_guesses(incidents, by_sentence)  # "a post near X, in Y", Y itself a guess: no number
    untie_tolls_far_abroad(incidents, main, ctx.borders)  # "the Baltic states" read as a Moldovan town
    untie_tolls_on_borrowed_points(incidents, by_sentence)  # "near Tonu in Siwai" put at Buin, which has its own dead
    feats += one_event_per_place_day(incidents)
    past = {i for i, s in enumerate(sentences) if is_past_background(s.text, published)}
    feats += named_as_written(displacement_features(text, sentences, by_sentence, main, ctx.borders, past=past),
                              text, sentences, by_sentence, ctx.borders)  # a division as the article names it
    return feats


def place_retold(sentences: list[Sentence], retold: dict[int, list[EventType]], by_sentence: dict[int, list[Place]],
                 incidents: list[dict], frontier: Frontier | None, ctx) -> None:
    """"Soldiers opened fire near the border on Saturday. The shooting happened at a checkpoint in
    X": an event told again with the place its first telling lacked (it stood on the frontier
    line) is at that place; an event first told at a place keeps it."""
    index_of = {s.start: k for k, s in enumerate(sentences)}
    for i, evs in sorted(retold.items()):
        s = sentences[i]
        cands = incident_candidates(s, by_sentence.get(i, []))
        for ev in evs:
            place = choose_place(s, ev.start, ev.end, cands)
            earlier = [f for f in incidents if i - 2 <= index_of.get(f["properties"]["sentence_start"], -9) < i
                       and _family(f["properties"]["event_type"]) == _family(ev.event_type)]
            if place is None or not earlier or not told_as_place(s, place):  # "... near a bridge that links it with X"
                continue
            if earlier[-1]["properties"]["placement"] != "frontier" and not (  # "The agreement was signed in X"
                    ev.sub_event_type == earlier[-1]["properties"]["sub_event_type"] == "Agreement"
                    and signed_at(s.text, place.mention.start - s.start)):
                continue
            loc = place_location(place, s, frontier, ctx, trigger=(ev.start, ev.end))
            _move(earlier[-1], loc, "place told later", s)
            if loc.basis != "unlisted place":  # a name the gazetteer lacks, at a neighbour's point: two guesses
                _toll_follows(earlier[-1]["properties"])


#: why a toll told on the frontier line was kept as words: the next sentence places its event
_TOLD_AT = "the event is told at "


def _toll_follows(props: dict) -> None:
    """The toll kept as words while its event stood on the frontier line ("... killing two. The
    shooting happened at X") is the event's again once the event is moved to X."""
    if props["fatalities"] is None and _TOLD_AT in (props.get("fatalities_basis") or ""):
        fat = fatalities_from_text(props.get("fatalities_text") or "")
        if fat is not None and fat.value:
            props["fatalities"] = fat.value
            del props["fatalities_basis"]


_PASSIVE_HIT = re.compile(r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:also\s+)?(?:struck|hit|targeted|bombed"
                          r"|destroyed|damaged|flattened)\b", re.I)
_NOBODY = re.compile(r"\b(?:no|not|nobody|no\s+one|none|nothing|never)\b", re.I)


def _hit_in_the_told_attack(sentence: str, events: dict[int, list[EventType]], index: int) -> list[EventType]:
    """"A headquarters in Akashat was also struck", "a warehouse near the crossing had been
    destroyed": a target told just after strikes or shelling, with no event word of its own,
    is one more place of that attack (ACLED: one event per location)."""
    strike = next((e for j in range(index - 1, max(-1, index - 3), -1) for e in events.get(j, ())
                   if e.event_type == "Explosions/Remote violence"), None)
    if strike is None:  # (looked at first: most sentences follow no strike, and the search costs)
        return []
    m = _PASSIVE_HIT.search(sentence)
    if m is None or _NOBODY.search(sentence, 0, m.start()):
        return []
    return [EventType(strike.event_type, strike.sub_event_type, m.group(0), m.start(), m.end())]
