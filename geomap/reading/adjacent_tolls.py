"""Tolls told in a sentence of their own, and the place a sentence's toll names.

"At least 14 people have been killed since July 24. Most of the dead were caught by shelling in
Surin." — the deaths belong to the incident told next (else the one told before) in the same
paragraph, as ACLED adds victims to the event that caused them; a follow-up ("the death toll
from Saturday's raid has risen to 31") to the raid told beside it; a toll whose place is unknown
or tied elsewhere (``geomap.reading.tolls``) to none. Split from ``geomap.reading.events``,
which calls ``attach_adjacent_fatalities`` once its incidents are placed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

from geomap.reading.headline_toll import headline_toll
from geomap.reading.paragraph_toll import sole_act_before_paragraph
from geomap.reading.place_split_tolls import give_split_counts
from geomap.reading.placement import same_paragraph
from geomap.reading.resolve import Place
from geomap.reading.sentence_events import is_past_background
from geomap.reading.wounded_died import wounded_event
from geomap.text.live_blog import opens_update
from geomap.text.place_counts import counts_by_place
from geomap.text.scene_words import told_at_the_scene
from geomap.text.stated_totals import earlier_report, since_it_began, them_the_other_side
from geomap.text.wounded_later import rank_of_death
from geomap.reading.tolls import (GUESSED, adjacent_toll_untied, another_day, earlier_events_toll, first_count_of,
                                  follow_up_fits,
                                  long_running, risen_over, running_total)
from geomap.text import cues
from geomap.text.dates import all_dates_from_text
from geomap.text.event_words import events_from_text
from geomap.text.fire_returned import answers_fire
from geomap.text.quantities import casualties_untold, fatalities_from_text
from geomap.text.sentences import Sentence
from geomap.text.toll_cues import (is_long_total, is_total_of_events, names_care_building, opens_apart,
                                   points_back_to_place, retold_count)
from geomap.text.toll_forms import adds_to_told, rival_count

__all__ = ["FOLLOW_UP", "toll_place", "attach_adjacent_fatalities"]

#: a follow-up toll ("the death toll from Friday's shelling has risen to 14")
#: ("the number of people killed in Saturday's attack has risen to 12")
_COUNTED = r"(?:(?:death\s+)?toll|number\s+of\s+(?:people\s+|those\s+|civilians\s+)?(?:killed|dead|deaths|victims))"
FOLLOW_UP = re.compile(r"\b" + _COUNTED + r"\b[^.;]{0,240}?"
                       r"\b(?:risen|rose|rises|climbed|climbs|increased|jumped|reached|reaches|now\s+stands|stood)\b"
                       # "..., bringing the toll from the attack to 11"
                       r"|\b(?:bringing|brought|raising|raised|pushing|pushed|taking|took)\s+(?:the\s+)?" + _COUNTED + r"\b",
                       re.I)


def toll_place(s: Sentence, fat, places: list[Place]) -> Place | None:
    """The place a sentence's deaths happened at when the toll names one ("killing two people
    in Kherson", "were killed in Kutum", "spread to X, where three were killed")."""
    if fat is None or fat.end is None:
        return None
    for p in sorted(places, key=lambda q: q.mention.start):
        if p.role == "place" and p.entry.place_type != "water" \
                and cues.is_toll_place(s.text, fat.end, p.mention.start - s.start):  # ("on Lake X near Y": at Y)
            return p
    if fat.start is not None:  # "spread to X on Saturday, where three soldiers were killed"
        for p in places:
            if p.role == "place" and _WHERE_BEFORE_TOLL.fullmatch(s.text, p.mention.end - s.start, fat.start):
                return p
    return None


#: between a place and the toll told of it in a relative clause ("X on Saturday, where three ...")
_WHERE_BEFORE_TOLL = re.compile(r"(?:\s+(?!and\b|or\b)[\w'’-]+){0,3}?\s*,?\s+where\s+", re.I)


_REFERS_BACK = re.compile(
    r"\b(?:in|during|by|from|since)\s+(?:the\s+)?(?:shelling|attack|attacks|strike|strikes|air\s?strikes?|clash|clashes"
    r"|fighting|bombing|raid|ambush|assault|explosion|blast|gunfight|firefight|unrest|violence|riots?|rioting"
    r"|protests?|demonstrations?)\b", re.I)


#: "at least 11 people were killed that day": the deaths of the day just told
_THAT_DAY = re.compile(r"\b(?:that|the\s+same)\s+(?:day|night|morning|afternoon|evening)\b", re.I)
_OWN_CASUALTIES = re.compile(r"\b(?:killed|killing|wounded|wounding|injured|injuring|shot\s+dead)\b", re.I)
_UNKNOWN_PLACE_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:in|at|near)\s+(?:the\s+)?(?-i:[A-Z])", re.I)


def attach_adjacent_fatalities(text: str, sentences: list[Sentence], incidents: list[dict],
                               places_by_sentence: dict[int, list[Place]] | None = None,
                               retold: dict[int, set[str]] | None = None, published: date | None = None) -> None:
    """Deaths told in a sentence of their own ("At least 14 people have been killed since
    July 24. Most of the dead were caught by shelling in Surin.") go to the incident of the
    next (else the previous) sentence of the same paragraph, or of the paragraph before when
    the sentence points back at it ("killed in the shelling"), as ACLED adds victims to the
    event they died in. A sentence naming its place by reference only ("a strike hit a market
    in the town") points back: the previous sentence's incident of its own kind, never the
    next one's; a sentence opening on another event ("Separately, ...") takes no toll told
    before it, and gives none told in it to the one before. A sentence telling an event again ("The strikes hit X, killing 16"; ``retold``:
    sentence -> event types) gives its toll to that event's incident told just before.
    Nothing is invented: without such an incident the count stays out, and an incident whose
    toll the words put elsewhere takes none. Last, a toll told only in the headline goes to the
    body's one violent incident (``geomap.reading.headline_toll``). Deaths a sentence splits over
    places go each to the incident told beside it at its place (``geomap.reading.place_split_tolls``)."""
    index_of = {s.start: k for k, s in enumerate(sentences)}
    by_sentence: dict[int, list[dict]] = defaultdict(list)
    for f in incidents:
        by_sentence[index_of.get(f["properties"].get("sentence_start"), -1)].append(f)
    for i, s in enumerate(sentences):
        if split := counts_by_place(s.text):  # "22 people killed in X and at least nine in Y": each its place's,
            # to the incident told beside it at that place (the sentence's own one there tells it again)
            retold_here = give_split_counts(split, by_sentence.get(i, []), [
                f for j in (i - 1, i - 2, i + 1) if 0 <= j < len(sentences) and same_paragraph(text, sentences[j], s)
                for f in by_sentence.get(j, [])], s.text)
            incidents[:] = [f for f in incidents if all(f is not r for r in retold_here)]
            continue
        if by_sentence.get(i):  # its own incidents carry its toll
            continue
        if not any(by_sentence.get(j) for j in (i - 2, i - 1, i + 1)):
            continue  # (no incident within reach to take it: the sentence's toll need not be read)
        fat = fatalities_from_text(s.text)
        if fat is not None and fat.value and FOLLOW_UP.search(s.text) and published is not None:
            # "The death toll from Saturday's raid on villages in X has risen to 31": the raid told beside it
            when = next((r.date for r in all_dates_from_text(fat.text, published)), None)
            places = (places_by_sentence or {}).get(i, [])
            target = next((f for j in (i + 1, i - 1) for f in by_sentence.get(j, [])
                           if follow_up_fits(s.text, s.start, fat, places, f, when)), None)
            if target is not None:
                _give_adjacent(target, fat, s, "follow-up toll beside it")
            elif len(risen := _counted_first([f for j in (i - 1, i - 2) if j >= 0 and same_paragraph(text, sentences[j], s)
                                              for f in by_sentence.get(j, [])
                                              if risen_over(s.text, s.start, fat, places, f, when, j == i - 1)])) == 1:
                _give_adjacent(risen[0], fat, s, "a risen toll told just after")  # "... killing five. The toll ... has risen to nine"
            elif len(first := [f for j in (i + 1, i + 2) for f in by_sentence.get(j, [])
                               if first_count_of(s.text, s.start, fat, places, f, j - i,
                                                 {e.event_type for e in events_from_text(s.text)})]) == 1:
                # "..., bringing the toll from the shootout to two. One smuggler was killed at the scene": the total
                _give_adjacent(first[0], fat, s, "a risen total told before its first count")
            continue
        if fat is None or fat.value is None or cues.place_untold(s.text) or FOLLOW_UP.search(s.text) \
                or is_total_of_events(s.text, fat.start, fat.end) or is_long_total(s.text, fat.start, fat.end) \
                or earlier_report(s.text):
            continue  # "... but did not say where", "the toll from Tuesday's fighting": not the next event's;
            # ("The first reports spoke of two dead": a count since corrected, no event's toll)
        places = (places_by_sentence or {}).get(i, [])
        toll_at = toll_place(s, fat, places)
        if toll_at is None and fat.end is not None and (m := _UNKNOWN_PLACE_AFTER.match(s.text, fat.end)) \
                and not cues.is_care_place(s.text, m.end() - 1) and not _care_building_after(s.text, m.end() - 1):
            # ("died at the hospital in X", "died at the Tiene clinic": not where they were hit)
            continue  # "three people died in the Kalay hills": a place we cannot tell, not the event before
        if toll_at is None and (more := _MORE_DIED.search(s.text)) and not _counted_before_more(fat, more):
            # "Three more guards died of their wounds on Thursday"
            if not _UNCONFIRMED.search(s.text):  # ("two more bodies were found; this has not been confirmed": not added)
                _add_more(text, sentences, by_sentence, i, fat, places,
                          other_side=adds_to_told(s.text, fat.start, fat.end) not in (None, "wounded"))
            continue
        if toll_at is None and (who := adds_to_told(s.text, fat.start, fat.end) or them_the_other_side(
                s.text, fat.start, sentences[i - 1].text if i else None)) and _add_more(
                text, sentences, by_sentence, i, fat, places, who, published):
            continue  # "The ministry said troops killed four of the attackers": the same fight's other dead
        if toll_at is None and who == "wounded":  # "The wounded farmer later died": the act that wounded him, or none
            if (target := wounded_event(text, sentences, by_sentence, i)) is not None:
                _add_to(target, fat, s)
            continue
        if _lower_rival(text, sentences, by_sentence, i, fat, places, published):
            continue  # "Residents said seven people were killed ... Police put the toll at three": the lower
        if toll_at is None and (_DEAD_LISTED.match(s.text) or _hurt_in_told_act(s.text) or _TOLL_GIVEN.match(fat.text)):
            # "The dead included three traders and a child", "A man who was shot during the disturbance died",
            # "the army gave the toll as four soldiers and a civilian"
            target = _listed_dead_event(text, sentences, by_sentence, i)
            if target is not None and not adjacent_toll_untied(s.text, s.start, places, target["properties"]["location"],
                                                               target["properties"]["iso3"]) \
                    and not _another_events(s, fat, target, published):
                _give_adjacent(target, fat, s, "the dead listed after their event")
            continue
        if retold and i in retold:  # "The strikes hit several buildings in X, killing 16"
            told = [f for j in range(i - 1, max(-1, i - 3), -1) for f in by_sentence.get(j, [])
                    if f["properties"]["event_type"] in retold[i] and _open(f)]
            named = {p.entry.name for p in places if p.role == "place"}
            target = next((f for f in told if f["properties"]["location"] in named), told[0] if told else None)
            if target is not None and not adjacent_toll_untied(s.text, s.start, places, target["properties"]["location"],
                                                               target["properties"]["iso3"]) \
                    and not _another_events(s, fat, target, published):
                _give_adjacent(target, fat, s, "the event told again")
            continue
        back = points_back_to_place(s.text)  # "... when a strike hit a cattle market in the town"
        if not back and _tells_own_event(s.text):
            continue  # "Hours later, militants ambushed a patrol, killing two": its own event's dead, place unknown
        kinds = {e.event_type for e in events_from_text(s.text)} if back else set()
        scene = _AT_SCENE.search(s.text)  # "Two died at the scene": the event just told, never the next
        if scene and _part_of_told(by_sentence, i, fat):
            continue  # "... shot dead three herders. The herders were shot near X. Two died at the scene": among the three
        for j in ((i - 1,) if back or scene or _THAT_DAY.search(s.text) else (i + 1, i - 1)):
            if not (0 <= j < len(sentences)) or not by_sentence.get(j):
                continue
            if j == i + 1 and _OWN_CASUALTIES.search(sentences[j].text):
                continue  # "One ranger was killed. Two teachers were shot and wounded in X": X's victims are its own
            first, second = sorted((sentences[i], sentences[j]), key=lambda x: x.start)
            if opens_apart(second.text):  # "... were killed. Separately, troops clashed near X"
                continue
            # "At least 23 civilians were killed in the shelling" may open the next paragraph
            if not same_paragraph(text, first, second) and not (j == i - 1 and (
                    _REFERS_BACK.search(s.text) or sole_act_before_paragraph(text, sentences, by_sentence, i))):
                continue  # ("Two passengers were killed" opening the paragraph after the one act told: its dead)
            open_ = [f for f in by_sentence[j] if _open(f) and (not kinds or f["properties"]["event_type"] in kinds)
                     and (back != "settlement" or f["properties"]["geo_precision"] <= 2)]  # "the town" is no province
            if toll_at is not None:  # "27 people were killed in Kutum": the incident at Kutum only
                target = next((f for f in open_ if f["properties"]["location"] == toll_at.entry.name), None)
            else:  # ("found the bodies of 11 on a road outside X": of the acts told before, the one at X)
                named = {p.entry.name for p in places if p.role == "place"}
                target = next((f for f in open_ if f["properties"]["location"] in named), next(iter(open_), None))
            if target is not None and adjacent_toll_untied(s.text, s.start, places,
                                                           target["properties"]["location"], target["properties"]["iso3"]):
                break  # "Dozens were killed across the X region": another place's toll
            if target is not None and toll_at is None and target["properties"]["placement"] in GUESSED \
                    and not (scene and _carried_from_told_place(target, by_sentence.get(j - 1, []))) \
                    and not (_REFERS_BACK.search(s.text) and _names_location(places, target)):
                break  # the incident's point is a guess, and the toll names no place: no number
            if target is not None and _another_events(s, fat, target, published):
                break  # "killed in the area last week", "to avenge the deaths of three", "The conflict has killed 1,200"
            if target is not None and since_it_began(s.text) and target["properties"]["placement"] != "frontier":
                break  # "30 killed since the fighting began": no point incident's (the frontier-wide one may carry it)
            if target is not None:
                _give_adjacent(target, fat, s, "adjacent sentence")
                break
    headline_toll(text, sentences, incidents, places_by_sentence or {})  # "Six killed as gunmen raid market"


def _counted_before_more(fat, more) -> bool:
    """Whether a sentence tells its first count before the words that add more ("Five soldiers were
    killed and three attackers also died"): a whole toll of its own (ACLED sums both sides), not
    deaths added to a count told before."""
    return len(fat.parts) > 1 and fat.parts[0][1] <= more.start()


def _counted_first(incidents: list[dict]) -> list[dict]:
    """Of the incidents of one sentence a risen toll may update, the one told with a count ("Five
    officers were killed when dissidents attacked a post in X, on the border in Y. The death toll
    rose to seven"): the others are the same act's other places, no count to rise from."""
    counted = [f for f in incidents if f["properties"]["fatalities"]]
    same = len({f["properties"]["sentence_start"] for f in incidents}) == 1
    return counted if same and len(counted) == 1 else incidents


def _names_location(places: list[Place], incident: dict) -> bool:
    """Whether a sentence names the place an incident is told at ("Local officials in Amedi said 12
    were killed in the strikes", after strikes on "the Amedi area"): the toll's words name that
    place, whose point alone may be a guess."""
    return any(p.role == "place" and p.entry.name == incident["properties"]["location"] for p in places)


def _carried_from_told_place(incident: dict, told_before: list[dict]) -> bool:
    """Whether an incident placed at the place of the sentence before it stands where an incident
    of that sentence was told at its own place ("intercepted a truck west of X. Occupants opened
    fire on the patrol. One suspect was killed at the scene."): the scene is that place, no guess."""
    p = incident["properties"]
    return p["placement"] in ("sentence before", "previous sentence") and any(
        f["properties"]["location"] == p["location"] and f["properties"]["placement"] == "place" for f in told_before)


#: more deaths told as not confirmed: ACLED's lowest count leaves them out
_UNCONFIRMED = re.compile(r"\b(?:not\s+(?:yet\s+)?(?:been\s+)?(?:independently\s+)?(?:confirmed|verified)|unconfirmed"
                          r"|could\s+not\s+(?:be\s+)?(?:independently\s+)?(?:confirm|verif)\w*)\b", re.I)


#: where the dead of the event just told died: "Two died at the scene", "one was killed on the spot"
_AT_SCENE = re.compile(r"\b(?:at|on)\s+the\s+(?:scene|spot)\b|\binstantly\b", re.I)


def _part_of_told(by_sentence, i: int, fat) -> bool:
    """Whether an incident of the three sentences before already counts at least these deaths (a
    part of its toll told again, "Two died at the scene")."""
    return any((f["properties"]["fatalities"] or 0) >= fat.value for j in range(i - 3, i) for f in by_sentence.get(j, ()))


#: a trigger that tells only the dead ("killing two", "two civilian drivers were killed")
_VICTIMS_ONLY = re.compile(r"(?:killing|killed|wounding|wounded|injuring|injured|died|dead)\b"
                           r"|.*\b(?:was|were|been)\s+(?:\w+\s+)?(?:killed|wounded|injured|shot)\b", re.I)


#: an event named as the time or cause of the deaths ("killed since fighting escalated"), not told
_AS_TIME = re.compile(r"\b(?:since|after|following|amid|during|despite|in|from|by)\s+(?:\w+\s+)?$", re.I)


def _tells_own_event(sentence: str) -> bool:
    """Whether a sentence tells an event of its own besides its dead ("militants ambushed a patrol,
    killing two"): one not told before (those are ``retold``), so its toll is that event's; fire
    returned is the answer to the fight told before, not a new one (``answers_fire``)."""
    return any(not _VICTIMS_ONLY.match(e.trigger) and not answers_fire(e.trigger) and not _AS_TIME.search(sentence, max(0, e.start - 30), e.start)
               and not _TAKEN_WITH.search(sentence, max(0, e.start - 12), e.end)
               for e in events_from_text(sentence))


#: who was taken with the dead, told in the passive ("Two passengers were killed and the driver was abducted",
#: "One smuggler was killed and two were detained"): the same attack's victims or the same fight's caught, no
#: event of its own
_TAKEN_WITH = re.compile(r"\b(?:was|were)\s+(?:abducted|kidnapped|taken\s+hostage|arrested|detained|captured"
                         r"|apprehended)$", re.I)


#: "Three more guards died of their wounds", "another two soldiers succumbed", "a second fisherman died",
#: "Two soldiers were also killed": deaths added to a toll told before
_MORE_DIED = re.compile(r"\b(?:\w+\s+more|another\s+\w+|a\s+further\s+\w+|a\s+(?:second|third|fourth|fifth)\s+\w+)\s+"
                        r"(?:[\w-]+\s+){0,2}?(?:(?:have|had|has)\s+)?"
                        r"(?:died|succumbed|were\s+killed|was\s+killed|passed\s+away)\b"
                        r"|\b(?:were|was|had\s+been|have\s+been)\s+also\s+killed\b|\balso\s+(?:died|succumbed)\b"
                        r"|\b(?:\w+\s+more|another\s+\w+|a\s+further\s+\w+)\s+bodies\b", re.I)  # "three more bodies were found"


def _add_more(text: str, sentences: list[Sentence], by_sentence, i: int, fat, places: list[Place],
              who: str | None = None, published: date | None = None, other_side: bool = False) -> bool:
    """"N more died" adds to the toll of the incident told just before in the paragraph, when it has one
    and the words put the deaths nowhere else; True when it did. ``who``: the dead are told as the
    other side or the wounded (``adds_to_told``): then only when the count told before is not of
    them too ("two soldiers and four attackers were killed ... four attackers" is no second four),
    no day other than the incident's is told (the wounded may die days later), and the count is not the same deaths told again
    ("the four attackers")."""
    s = sentences[i]
    if who is not None and (retold_count(s.text, fat.start) or _RIVAL_SOURCE.search(s.text)):
        return False
    side = other_side or who not in (None, "wounded")
    for j in (i - 1, i - 2, i - 3) if side else (i - 1, i - 2):
        if j < 0 or not by_sentence.get(j) or not (same_paragraph(text, sentences[j], sentences[i])
                                                   or _ranked_after(s.text, by_sentence[j])
                                                   or all(opens_update(sentences[k].text) for k in range(j, i + 1))
                                                   or (side and _fight_told_on(text, sentences, by_sentence, j, i))):
            continue  # ("Two were initially reported dead. || A third died in hospital": the third of those;
            #            a live blog's updates, one after the other, are one paragraph)
        counted = [f for f in by_sentence[j] if f["properties"]["fatalities"]]
        if len(counted) != 1 or adjacent_toll_untied(s.text, s.start, places, counted[0]["properties"]["location"],
                                                     counted[0]["properties"]["iso3"]):
            return False
        p = counted[0]["properties"]
        if who is not None and ((who != "wounded" and re.search(rf"\b{who}", p["fatalities_text"] or "", re.I))
                                or who != "wounded" and any(r.date is not None and r.date.isoformat() != p.get("date")
                                       for r in _deaths_dates(s.text, published))):
            return False
        p.update(fatalities=p["fatalities"] + fat.value, fatalities_text=f'{p["fatalities_text"]}; {fat.text}',
                 fatalities_sentence=f'{p.get("fatalities_sentence") or p.get("source_sentence", "")} {s.text}'.strip())
        return True
    return False


def _fight_told_on(text: str, sentences: list[Sentence], by_sentence, j: int, i: int) -> bool:
    """Whether sentence ``i`` goes on telling the fight of sentence ``j`` in the paragraph just after
    it, nothing told between ("... killed five soldiers in an attack on a post at X. || The attackers
    were repelled after a firefight. Three of them were killed"): the other side's dead are that
    fight's (ACLED sums both sides)."""
    return text.count("\n\n", sentences[j].end, sentences[i].start) <= 1 \
        and not any(by_sentence.get(k) for k in range(j + 1, i))


def _ranked_after(sentence: str, told: list[dict]) -> bool:
    """Whether a death told by its rank ("A third fighter died") follows the one count told before
    it (two): the same event's next death, whatever paragraph it opens."""
    counted = [f["properties"]["fatalities"] for f in told if f["properties"]["fatalities"]]
    return len(counted) == 1 and rank_of_death(sentence) == counted[0] + 1


def _add_to(incident: dict, fat, s: Sentence) -> None:
    """Adds a sentence's deaths to an incident's toll (none counts as nought)."""
    p = incident["properties"]
    p.update(fatalities=(p["fatalities"] or 0) + fat.value,
             fatalities_text=f'{p["fatalities_text"]}; {fat.text}' if p["fatalities_text"] else fat.text,
             fatalities_sentence=f'{p.get("fatalities_sentence") or p.get("source_sentence", "")} {s.text}'.strip())


def _lower_rival(text: str, sentences: list[Sentence], by_sentence, i: int, fat, places: list[Place],
                 published: date | None) -> bool:
    """ACLED's conservative rule across sentences: a source's lower count of the deaths told just
    before in the paragraph ("Police put the toll at three" after "residents said seven people
    were killed") replaces the higher one; True when it did. Not for more deaths ("N more",
    "also"), another place or day, or a narrower group ("three soldiers"). A smaller count told
    at the scene after a risen total is the total's first count: kept out (True, nothing changed)."""
    s = sentences[i]
    if fat.start is None or _MORE_DIED.search(s.text):
        return False
    for j in (i - 1, i - 2):
        if j < 0 or not by_sentence.get(j) or not same_paragraph(text, sentences[j], s):
            continue
        counted = [f for f in by_sentence[j] if f["properties"]["fatalities"]]
        if len(counted) != 1:
            return False
        p = counted[0]["properties"]
        if fat.value < p["fatalities"] and FOLLOW_UP.search(p["fatalities_text"] or "") and told_at_the_scene(s.text):
            return True  # "The number killed ... rose to three when a wounded man died. Two died on the spot": in it
        if fat.value >= p["fatalities"] or not rival_count(s.text, fat.start, fat.end, p["fatalities_text"] or "") \
                or adjacent_toll_untied(s.text, s.start, places, p["location"], p["iso3"]) \
                or any(r.date is not None and r.date.isoformat() != p.get("date")
                       for r in _deaths_dates(s.text, published)):
            return False
        p.update(fatalities=fat.value, fatalities_text=f'{p["fatalities_text"]}; {fat.text}',
                 fatalities_basis="the lowest of the counts sources gave",
                 fatalities_sentence=f'{p.get("fatalities_sentence") or p.get("source_sentence", "")} {s.text}'.strip())
        return True
    return False


#: "Residents said ten of the attackers died": a rival source's count, not one more
_RIVAL_SOURCE = re.compile(r"\b(?:but|while|whereas|however|though|although|instead|true\s+toll|put\s+the)\b", re.I)


#: how an incident is dated when its own words tell no day
_DAY_UNTOLD = frozenset({"earlier in the article"})


def _another_events(s: Sentence, fat, target: dict, published: date | None) -> bool:
    """Whether a toll told in a sentence of its own counts other deaths than those of ``target``:
    of a day before it, of an earlier event it recalls, of a year long before the report, or a running count over weeks (which a
    frontier-wide incident may carry, unless it runs over months)."""
    p = target["properties"]
    # (an incident whose own words tell no day, dated by the article's: no day for the toll's to differ from)
    day = p["date"] if p.get("date_basis") not in _DAY_UNTOLD else None
    # ("... has a violent past: in 2011 four smugglers were killed in a shootout there": history recalled)
    return another_day(s.text, day, published) or earlier_events_toll(s.text, fat, p["date"], published) \
        or is_past_background(s.text, published) \
        or (p["geo_precision"] < 3 and running_total(s.text, p["date"], published)) \
        or long_running(s.text, p["date"], published)


#: "the army said on Tuesday": when it was said, not when anyone died
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|announced|reported|added|confirmed|stated)\s+(?:\w+\s+)?$", re.I)


def _deaths_dates(sentence: str, published: date | None) -> list:
    """The dates a sentence tells, but for when something was said."""
    return [r for r in all_dates_from_text(sentence, published) if not _SAID_BEFORE.search(sentence, 0, r.start)]


#: a sentence opening on a list of the dead ("The dead included three traders and a child", "The victims
#: were two soldiers"): the dead of an act already told, never of one told next
_DEAD_LISTED = re.compile(r"\s*(?:the\s+)?(?:dead|victims|those\s+killed)\s+(?:included|include|were|are)\b", re.I)
#: a count told as the toll, with no event of its own ("the army gave the toll as four soldiers")
_TOLL_GIVEN = re.compile(r"(?:death\s+)?toll\b", re.I)
_VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})


#: the act that hurt the dead told as part of an event told before: "who was shot during the disturbance"
_IN_TOLD_ACT = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:during|in|amid)\s+the\s+(?:disturbances?|unrest|violence|riots?|rioting"
                          r"|clash(?:es)?|fighting|protests?|demonstrations?|melee|stampede|confrontation|skirmish"
                          r"|shoot-?out|gunfight|exchange\s+of\s+fire)\b", re.I)


def _hurt_in_told_act(sentence: str) -> bool:
    """Whether every act a sentence tells is told as part of an event told before ("A motorcyclist
    who was shot during the disturbance died at the clinic"): its dead are that event's."""
    evs = events_from_text(sentence)
    return bool(evs) and all(_IN_TOLD_ACT.match(sentence, e.end) for e in evs)


def _care_building_after(sentence: str, start: int) -> bool:
    """Whether the capitalised name opening at ``start`` names a clinic or hospital ("died at the Tiene clinic")."""
    name = re.match(r"[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)*", sentence[start:])
    return bool(name) and names_care_building(sentence, start + name.end())


def _listed_dead_event(text: str, sentences: list[Sentence], by_sentence, i: int) -> dict | None:
    """The one violent act told in the three sentences before a list of the dead, at a place the
    text gave (its paragraph or the one before: "A man set off a bomb in X. || Police said the
    suspect had been arrested. The dead included three traders and a child"); None when there are
    several, the nearest was already given its dead, or it stands at a guessed point."""
    found, breaks = [], 0
    for j in range(i - 1, max(-1, i - 4), -1):
        breaks += not same_paragraph(text, sentences[j], sentences[j + 1])
        if breaks > 1:
            break
        found += [f for f in by_sentence.get(j, ()) if f["properties"]["event_type"] in _VIOLENT]
    if len({f["properties"]["location"] for f in found}) != 1 or not _open(found[0]) or _drawn_by_guess(found[0]):
        return None
    return found[0]


def _drawn_by_guess(incident: dict) -> bool:
    """Whether an incident stands at a guessed point: a place carried from elsewhere, or a town the
    gazetteer lacks drawn on its province's stretch of the frontier or on the line (a toll told
    sentences away from it would be a second guess)."""
    p = incident["properties"]
    return p["placement"] in GUESSED or (p["placement"] in ("frontier stretch", "frontier")
                                         and p["location"] != p.get("admin1"))


def _open(incident: dict) -> bool:
    """An incident that may still take a toll told beside it: none of its own, and none its
    words put elsewhere."""
    p = incident["properties"]
    # ("further exchanges of fire were reported, but no casualty figures were available": none to take; an
    # arrest kills no one: "14 people were arrested. A man shot in the unrest died" is the unrest's dead)
    return p["fatalities"] is None and not p.get("fatalities_basis") and p.get("sub_event_type") != "Arrests" \
        and not casualties_untold(p.get("fatalities_text") or "")


def _give_adjacent(incident: dict, fat, s: Sentence, basis: str) -> None:
    incident["properties"].update(fatalities=fat.value, fatalities_text=fat.text, fatalities_basis=basis,
                                  fatalities_sentence=s.text)
