"""When a death toll must stay off an incident: a wrong toll is worse than none.

``events`` picks the incident a sentence's toll would go to; these checks say when the words
tie the toll somewhere else, so it stays null on that incident with its words kept
(``untie``):

- the clause telling the deaths, or the event they point back at ("the toll from that
  attack"), puts them at a place of its own ("killed four people outside Ferfer", "attacked
  Kerawa") while the incident stands elsewhere (another town, the frontier line): its own
  place is unknown, and the toll does not move to a neighbour;
- the deaths are told for several places at once ("strikes near Yeed and El Barde killed 100",
  "pounded villages near X across Y and Z provinces": ``joined_places``),
  or summed over places told inside the toll's own words ("left five dead, while in X three
  soldiers were killed": ``spans_places``);
- a toll told in a sentence of its own ("Dozens have been killed across the Tillaberi region")
  names a place, known or not, other than the incident it would join;
- the deaths are counted in an event told before that already carries its toll ("one of its
  fighters had also been killed in the exchange of fire"): a part of that total
  (``counted_before``);
- the same deaths are told again where they happened ("The three were killed when a drone hit
  their car near X"): the number goes with the place told, not the wider one told first
  (``retold_elsewhere``);
- an incident whose place the words did not give (the frontier line) is told again just after
  at a place of its own ("The shooting happened at a checkpoint in X"): the deaths are there
  (``placed_later``).

- a toll told again as risen ("The death toll from Friday's attack on a village in X has risen
  to 14") replaces the first count of that attack told beside it ("... stormed Y at dawn on
  Friday, killing eleven"): the smaller, older number is no longer the event's (``superseded``).

- the incident stands at a guessed point (a name the gazetteer lacks, at a neighbour's point; a
  place carried from the sentence before or told after) and the toll's words do not tie the
  deaths to that name (neither the toll's clause nor its event's names it): two guesses
  together are no number (``guessed_and_loose``).

- the count is an earlier event's the sentence recalls ("in retaliation for an ambush that killed
  12 soldiers last month", "to avenge the deaths of three"; ``earlier_events_toll``), of a day
  before the incident's (``another_day``), or a running count over weeks ("the conflict has
  killed 1,200", "which has killed 300 since January"; ``running_total``), which a point
  incident does not carry (``other_events_toll``).

Counts that each follow their own event and place in one sentence go to their own incidents
(``split_by_event``: "clashed near X, killing two, and a landmine exploded near Y, killing a
farmer").

And one tie the other way: a follow-up toll told alone ("The death toll from Saturday's raid on
villages in X region has risen to 31") is the count of the raid told next without one
("struck three villages in Y, killing mostly women and children"; ``follow_up_fits``), or the new
count of the attack told just before with a smaller one (``risen_over``).
"""

from __future__ import annotations

import re
from datetime import date

from geomap.reading.first_counts import RISEN_BY_ONE_DEATH, first_count_after
from geomap.reading.frontier_choice import country_of_word
from geomap.reading.resolve import Place
from geomap.settings import TOLL_LONG_RUNNING_DAYS, TOLL_RUNNING_DAYS
from geomap.text import cues
from geomap.text.count_words import PERSON
from geomap.text.dates import all_dates_from_text
from geomap.text.disputed_claims import disputed_claim
from geomap.text.scene_words import told_at_the_scene
from geomap.text.teller_seat import is_teller_seat
from geomap.text.toll_cues import (coordinated_name, event_told_at, in_told_event, locative_names,
                                   names_speakers_office, refers_back, retold_count)
from geomap.text.toll_forms import told_by_rivals

__all__ = ["toll_untied", "adjacent_toll_untied", "untie", "counted_before", "retold_elsewhere", "placed_later",
           "spans_places", "follow_up_fits", "risen_over", "first_count_of", "superseded", "GUESSED", "guessed_and_loose",
           "joined_places", "countries_only", "split_by_event", "earlier_events_toll", "another_day",
           "running_total", "long_running", "other_events_toll"]

#: how many sentences back an event told again, or deaths told again, may point
_TOLD_BEFORE = 3


def _unknown_names(text: str, places: list[Place], offset: int, lo: int, hi: int) -> list[tuple[int, int]]:
    """Locative names in ``text[lo:hi]`` that no resolved place mention covers."""
    spans = [(p.mention.start - offset, p.mention.end - offset) for p in places]
    return [(a, b) for a, b in locative_names(text, lo, hi)
            if not any(s <= a < e for s, e in spans) and country_of_word(text[a:b].split()[0]) is None
            and not countries_only(text[a:b].split()[0])]


def countries_only(name: str) -> bool:
    """"Niger-Chad", "Zambia–Malawi": a pair of countries naming their frontier, no place of its own."""
    words = [w for w in re.split(r"[-–/\s]+", name) if w]
    return bool(words) and all(country_of_word(w) for w in words)


def toll_untied(text: str, offset: int, fat, trigger: tuple[int, int], mention: tuple[int, int] | None,
                places: list[Place]) -> bool:
    """True when a sentence's toll does not belong to the incident of ``trigger`` placed at
    ``mention`` (offsets in the sentence; None: placed without a mention, e.g. on the frontier)."""
    if fat.start is None:
        return False
    if mention is not None and any(p.entry.place_type == "water" and p.mention.start - offset == mention[0]
                                   for p in places):
        mention = None  # "on the Cuyuni River near X": a river is no place the deaths can be put at

    def untied_in(lo: int, hi: int) -> bool:  # (a place only saying who spoke is not where the deaths were)
        inside = mention is not None and lo <= mention[0] < hi and not _spoke_from(text, mention[0])
        return not inside and bool(_unknown_names(text, places, offset, lo, hi))

    toll_clause = cues.clause_span(text, fat.start, fat.end)
    if refers_back(fat.text):  # "the toll from that attack": where the attack was told, before
        if untied_in(0, toll_clause[0]):
            return True
    elif untied_in(*toll_clause) or untied_in(*cues.clause_span(text, *trigger)):
        return True
    other = coordinated_name(text, *mention) if mention is not None else None
    return other is not None and country_of_word(re.sub(r"['’]s$", "", other)) is None  # not "Kherson and Ukrainian troops"


#: "Police in X said ...": where the police who spoke sit
_POLICE_IN = re.compile(r"\b(?:police|policemen|gendarmes?|gendarmerie|prosecutors?)\s+(?:in|at|from)\s+(?:the\s+)?$", re.I)


def _spoke_from(text: str, start: int) -> bool:
    """Whether the place at ``start`` only says where someone spoke ("officials in X said", "Police in X said")."""
    return cues.is_speaker_place(text, start) or is_teller_seat(text, start) or bool(_POLICE_IN.search(text, max(0, start - 30), start))


def split_by_event(fat, placed: list) -> list[tuple[int, tuple[int, int, int]]] | None:
    """Counts of one sentence that each follow their own event and place ("Troops clashed near X,
    killing two, and a landmine exploded near Y, killing a farmer"): [(index in ``placed``, (start,
    end, value))], each count going to the one place told between it and the count before; None
    unless every count has exactly one such place and no place is told inside or after them.
    ``placed``: (event, k, location) of the sentence's incidents, offsets in the sentence."""
    if len(fat.parts) < 2:
        return None
    mentions = [(loc.mention_start, n, loc.name) for n, (_ev, _k, loc) in enumerate(placed) if loc.mention_start is not None]
    out, prev = [], 0
    for part in fat.parts:
        seg = [(m, n, name) for m, n, name in mentions if prev <= m < part[0]]
        if len({name for _m, _n, name in seg}) != 1:
            return None
        out.append((seg[0][1], part))
        prev = part[1]
    if any(m >= prev or any(a <= m < b for a, b, _v in fat.parts) for m, _n, _name in mentions):
        return None  # a place told inside or after the counts: perhaps where they died
    return out


# what tells an event before the one reported: "in retaliation for an ambush that killed 12", "since an
# attack killed 20 in March", "to avenge the deaths of three", "after gunmen killed two herders last week"
_PAST_CUE = re.compile(r"\b(?P<strong>(?:retaliation|revenge|reprisals?)\s+for|in\s+response\s+to|avenge|avenging|anniversary\s+of"
                       r"|mourn\w*|commemorat\w*|funerals?\s+(?:of|for))\b"
                       r"|\b(?:since|after|following|than|like|similar\s+to|recalled|recalling|reminiscent\s+of)\b", re.I)
#: time words that place a count before the event reported ("last month", "days earlier", "in 2019")
_PAST_TIME = re.compile(r"\b(?:last|previous|prior)\s+(?:week|month|year|weekend|time)\b|\b(?:days?|weeks?|months?|years?)"
                        r"\s+(?:ago|earlier|before)\b|\bearlier\s+this\s+(?:week|month|year)\b", re.I)


def earlier_events_toll(sentence: str, fat, date_iso: str | None, published) -> bool:
    """True when the sentence's count is that of an earlier event it recalls, not of the one it
    reports on ``date_iso`` ("Troops shelled X on Monday in retaliation for an ambush that killed
    12 soldiers last month", "the first attack since an ambush killed 20 officers in March",
    "vowed to avenge the deaths of three officers"): a recalling word just before the count (no
    comma between) and, unless it is one of revenge or mourning, a time of its own before the
    event's."""
    if fat.start is None or fat.end is None or not fat.value:
        return False
    cue = None
    for m in _PAST_CUE.finditer(sentence, max(0, fat.start - 80), fat.start):
        if not re.search(r"[,;:]", sentence[m.end():fat.start]):
            cue = m
            break
    if cue is None:
        return False
    if cue.group("strong"):
        return True
    stop = re.search(r"[,;]", sentence[fat.end:])
    segment = sentence[cue.start():fat.end + (stop.start() if stop else len(sentence))]
    if _PAST_TIME.search(segment):
        return True
    return any(r.date is not None and date_iso is not None and r.date.isoformat() < date_iso
               for r in all_dates_from_text(segment, published))


# a running count over weeks or more: "which has killed 300 people since January", "a wave of violence that
# has killed 45 in three weeks", "The conflict has killed 1,200", "bringing the number killed this month to 18"
_TOLL_OF_A_WHOLE = re.compile(
    r"\b(?:conflict|war|insurgency|violence|crisis|unrest|wave|spate|campaign|feud|dispute)\s*,?\s+(?:which\s+|that\s+)?"
    r"(?:has|have|had)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:killed|claimed|left|cost)\b", re.I)
#: a count an event brings to a total ("bringing the number of soldiers killed this month to 18"): a
#: running count when the total is of a period ("bringing the toll to nine" is the event's own)
_BRINGING = re.compile(r"\b(?:bringing|brought|raising|raised|pushing|taking|took)\s+(?:the\s+|to\s+)?[^,;.]{0,60}?"
                       r"\b(?:toll|number|total)\b", re.I)
_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:been\s+killed|died|killed|claimed|left|cost"
                      r"|lost\s+their\s+lives)\b", re.I)
_WEEKS = re.compile(r"\b(?:over|in|during|within)\s+(?:the\s+)?(?:(?:past|last|previous)\s+)?(?:\w+\s+)?(?:weeks|months)\b"
                    r"|\b(?:over|in|during|within)\s+the\s+(?:past|last|previous)\s+month\b"
                    r"|\b(?:weeks|months)\s+of\b|\b(?:so\s+far\s+)?this\s+(?:month|year)\b|\bso\s+far\b", re.I)


def running_total(text: str, date_iso: str | None, published) -> bool:
    """True when ``text`` (a toll's words) tells a running count over weeks or more rather than
    one event's deaths: a whole's toll ("the conflict has killed", "a wave of violence that has
    killed"), a count an event brings to a total ("bringing the number killed this month to
    18"), or deaths told in the perfect over weeks ("have died over the past two weeks", "has
    killed 300 since January", when January is two weeks or more before the report). A count
    since a few days ago ("killed since Monday. Most died when shelling hit X") is that
    shelling's (ACLED splits it per day; the team's gold reads it so)."""
    if _TOLL_OF_A_WHOLE.search(text) or (_BRINGING.search(text) and _WEEKS.search(text)):
        return True
    if not _PERFECT.search(text):
        return False
    if _WEEKS.search(text):
        return True
    until = published or (date.fromisoformat(date_iso) if date_iso else None)  # the count runs up to the report
    return until is not None and any(r.date is not None and _SINCE_WORD.match(r.text)
                                     and (until - r.date).days >= TOLL_RUNNING_DAYS for r in all_dates_from_text(text, published))


#: a period of months or more: "this year", "over the past two years", "since 2023", "in recent months"
_LONG = re.compile(r"\b(?:so\s+far\s+)?this\s+year\b|\b(?:over|in|during|within)\s+(?:the\s+)?(?:past|last|previous|recent)"
                   r"\s+(?:\w+\s+)?(?:years?|months|decades?)\b|\bin\s+recent\s+(?:years|months)\b|\bsince\s+(?:19|20)\d\d\b"
                   r"|\b(?:years|months)\s+of\b", re.I)


def long_running(text: str, date_iso: str | None, published) -> bool:
    """True when a toll's words tell a running count over months or more ("at least 60 people
    have been killed in cross-border raids this year", "has killed 300 since March"): no one
    incident's, not even a frontier-wide one's (the line's months of raids are not one event)."""
    if not (_PERFECT.search(text) or _TOLL_OF_A_WHOLE.search(text)):
        return False
    if _LONG.search(text):
        return True
    until = published or (date.fromisoformat(date_iso) if date_iso else None)
    return until is not None and any(r.date is not None and _SINCE_WORD.match(r.text)
                                     and (until - r.date).days >= TOLL_LONG_RUNNING_DAYS
                                     for r in all_dates_from_text(text, published))


def other_events_toll(sentence: str, fat, feats: list[dict], published) -> str | None:
    """Why a sentence's count belongs to no incident the sentence tells, else None: an earlier
    event's (``earlier_events_toll``), or a running count over weeks told in the toll's own
    clause (``running_total``) while the incident stands at a place (a frontier-wide incident, or a
    unit the sentence names as such, "In X department, dozens have been killed since April", may
    carry it: the team's gold reads them so), or over months or more (``long_running``: not even
    a frontier-wide incident carries "60 killed in cross-border raids this year", nor a unit told
    as such a count over the year, "killed in the district this year")."""
    date_iso = feats[0]["properties"]["date"]
    if earlier_events_toll(sentence, fat, date_iso, published):
        return "the toll of an earlier event the sentence recalls"
    if disputed_claim(sentence, fat):  # "said they had killed eight soldiers, a claim the army denied"
        return "the killers' own claim, told as disputed"
    if fat.start is None or not fat.value:
        return None
    lo = max((m.end() for m in re.finditer(r"[,;]", sentence[:fat.start])), default=0)
    stop = re.search(r"[,;]", sentence[fat.end:])
    clause = sentence[lo:fat.end + (stop.start() if stop else len(sentence))]
    opening = _OPENING_PERIOD.match(sentence)
    if opening and opening.end() <= lo:  # "Over the past month, fighting ... has left 22 people dead"
        clause = opening.group(1) + " " + clause
    if all(f["properties"]["geo_precision"] >= 3 or _told_as_unit(sentence, f) for f in feats):
        wide = all(f["properties"]["geo_precision"] >= 3 and not _told_as_unit(sentence, f) for f in feats)
        # (a unit told as such carries a count since a day, but not one over the year: "at least 14 people
        # have been killed in the district this year")
        over_year = bool(_LONG.search(clause)) and bool(_PERFECT.search(clause) or _TOLL_OF_A_WHOLE.search(clause))
        return "a running count over months, no one event's" \
            if (wide or over_year) and long_running(clause, date_iso, published) else None
    if running_total(clause, date_iso, published):
        return "a running count over weeks, no one event's"
    return None


#: a period the sentence opens on, before the comma of the toll's clause ("Over the past month, ...",
#: "In recent weeks, ...", "Since January, ..."): the period of the whole sentence's count
_OPENING_PERIOD = re.compile(r"\s*((?:over|in|during|within|for|since)\b[^,;]{1,40}),", re.I)


#: a unit word after a place's name: "In X department, dozens have been killed since April" is that unit's toll
_UNIT_AFTER = re.compile(r"\s+(?:department|province|region|district|county|state|governorate|prefecture|oblast"
                         r"|division|municipality|commune)\b", re.I)


def _told_as_unit(sentence: str, incident: dict) -> bool:
    """Whether the incident's place is told as an administrative unit ("In X department, ...")."""
    end = incident["properties"].get("mention_end")
    return end is not None and bool(_UNIT_AFTER.match(sentence, end))


def another_day(sentence: str, date_iso: str | None, published) -> bool:
    """True when a toll's sentence tells deaths of a day before the incident's ("Four soldiers
    were killed in the area last week" after Monday's shelling): another event's count. A
    running count's first day ("killed since Monday", "since fighting escalated again earlier in
    December") is no such day."""
    if date_iso is None:
        return False
    if any(not _SINCE.search(sentence, 0, m.start()) for m in _PAST_TIME.finditer(sentence)):
        return True
    return any(
        r.date is not None and r.date.isoformat() < date_iso and not _SINCE.search(sentence, 0, r.start)
        and not _SINCE_WORD.match(r.text)
        for r in all_dates_from_text(sentence, published))


#: "since Monday", "from Monday": where a running count starts, not the day of other deaths
_SINCE = re.compile(r"\b(?:since|from|between)\s+(?:early\s+|late\s+|last\s+)?$|\bsince\b[^,;.]{0,60}$", re.I)
_SINCE_WORD = re.compile(r"(?:since|from|between)\b", re.I)


def joined_places(text: str, locs: list) -> bool:
    """Whether two of an event's places are told joined ("across Syria's Raqqa and Hasakah
    provinces"): the event's toll is then no one place's. Places that only say where another
    lies ("near the village of X near Y town") are not joined."""
    names = [text[loc.mention_start:loc.mention_end] for loc in locs if loc.mention_start is not None]
    for loc in locs:
        if loc.mention_start is not None and (other := coordinated_name(text, loc.mention_start, loc.mention_end)):
            if any(n != text[loc.mention_start:loc.mention_end] and n.split()[0] == other for n in names):
                return True
    return False


#: how an incident is placed when its point is a guess: a name the gazetteer lacks standing at
#: another place's point, a place carried from the sentence before (by an anaphor, or as the scene the
#: sentence goes on telling: ``sentence_before``), or one told after it
GUESSED = frozenset(("unlisted place", "previous sentence", "sentence before", "place told later"))


def guessed_and_loose(text: str, fat, trigger: tuple[int, int], basis: str, mention: tuple[int, int] | None) -> bool:
    """True when an incident placed by a guess (``basis`` in ``GUESSED``) would take a toll whose
    words do not name its place: the place (``mention``, offsets in the sentence) lies in neither
    the toll's clause nor its event's ("Residents of X in Y chiefdom are living in fear after
    soldiers shot dead a farmer": the deaths' words name no place; the clause telling what killed
    them, "were killed after pirates attacked boats on X", names theirs). Measured on the border sets
    2-4 together: 69 -> 68 tolls right, 16 -> 13 wrong. A toll naming its event ("the toll
    from that attack") is tied by that reference; deaths told at the scene of the act the sentence
    before told ("killed at the scene", "as the group withdrew") are tied to the place it named."""
    if basis not in GUESSED or fat.start is None or refers_back(fat.text):
        return False
    if basis in _TOLD_BEFORE_IT and told_at_the_scene(text):
        return False  # "... crossed the line in X. One soldier was killed when a mine exploded as the group withdrew"
    if mention is None:
        return True
    spans = [cues.clause_span(text, fat.start, fat.end), cues.clause_span(text, *trigger)]
    if cause := _CAUSE_AFTER.match(text, spans[0][1]):  # "three were killed after pirates attacked boats on X"
        spans.append(cues.clause_span(text, cause.end(), cause.end()))
    return not any(lo <= mention[0] < hi for lo, hi in spans)


#: a place carried from the sentence before: the scene that sentence told
_TOLD_BEFORE_IT = frozenset(("previous sentence", "sentence before"))
#: the clause telling what killed them, right after the deaths' own ("were killed after/when ...")
_CAUSE_AFTER = re.compile(r"\s*(?:after|when)\b", re.I)


def adjacent_toll_untied(text: str, offset: int, places: list[Place], location: str, iso3: str | None) -> bool:
    """True when a toll told in a sentence of its own names a place of its own (resolved or
    not) other than ``location``, the incident it would join (its country, or a place only
    saying who spoke, "officials in X said", are not other places; its province is: "dozens
    were killed across the X region" is that region's toll)."""
    for p in places:
        e = p.entry
        if p.role != "place" or e.name == location or (e.place_type == "country" and e.iso3 == iso3):
            continue
        if _spoke_from(text, p.mention.start - offset) or cues.is_care_place(text, p.mention.start - offset) \
                or _ACCORDING_TO.search(text, max(0, p.mention.start - offset - 60), p.mention.start - offset) \
                or names_speakers_office(text, p.mention.end - offset):
            continue  # ("died at the hospital in X": where the wounded died, not where they were hit;
            # "the X state prosecutor's office said": whose office spoke)
        return True
    return bool(_unknown_names(text, places, offset, 0, len(text)))


#: "according to the prefect of X", "according to the governor of X": whose official gave the count
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?(?:of|in|from)\s+(?:the\s+)?$", re.I)


def untie(props: dict, fat, why: str) -> None:
    """Keep a toll's words on an incident without its number."""
    props.update(fatalities=None, fatalities_text=fat.text, fatalities_basis=f"not this incident's: {why}")


def counted_before(sentence: str, fat, event_type: str, tolled: list[tuple[int, dict]], index: int) -> bool:
    """True when the deaths are told as part of an event of ``event_type`` told in the
    sentences just before that already carries a number ("one of its fighters had also been
    killed in the exchange of fire"): that event's total counts them, no second incident does.
    ``tolled``: (sentence index, incident) of the incidents given a number so far."""
    if fat.end is None or not fat.value or not in_told_event(sentence, fat.start, fat.end):
        return False
    return any(index - _TOLD_BEFORE <= j < index and f["properties"]["event_type"] == event_type
               for j, f in tolled)


def retold_elsewhere(sentence: str, fat, feats: list[dict], tolled: list[tuple[int, dict]], index: int) -> list[dict]:
    """The incidents told just before whose deaths this sentence tells again ("The three
    were killed when a drone hit their car near X") at another place, where this sentence's
    incident took the number: the earlier, wider place must not keep it too."""
    if fat.start is None or not fat.value or not retold_count(sentence, fat.start):
        return []
    here = {f["properties"]["location"] for f in feats if f["properties"]["fatalities"] == fat.value}
    if not here:
        return []
    return [f for j, f in tolled if index - _TOLD_BEFORE <= j < index
            and f["properties"]["fatalities"] == fat.value and f["properties"]["location"] not in here]


def placed_later(incident: dict, next_sentence: str | None) -> str | None:
    """The place the next sentence gives the event of ``incident`` when the words had given it
    none ("... opened fire near the border, killing two. The shooting happened at a checkpoint
    in X"): the deaths are at X, not on the frontier line. Countries are no such place."""
    if next_sentence is None or incident["properties"].get("mention_start") is not None:
        return None
    for a, b in event_told_at(next_sentence):
        name = next_sentence[a:b]
        if country_of_word(name.split()[0]) is None and name != incident["properties"]["location"]:
            return name
    return None


def spans_places(text: str, offset: int, fat, places: list[Place], placed_at: frozenset | set = frozenset()) -> bool:
    """True when the toll's words hold a place of their own ("five dead, while in X three
    soldiers were killed"): counts told for several places, summed, are no one incident's. A
    toll naming its event ("the toll from Friday's shelling of X has risen to 14") holds that
    event's place, not another. ``placed_at``: the mention starts (in the sentence) of the places
    the sentence's incidents stand at as told (not moved to the frontier line nor guessed)."""
    if fat.start is None or fat.end is None or refers_back(fat.text):
        return False
    inside = [p for p in places if p.role == "place" and p.entry.place_type != "country"
              and fat.start <= p.mention.start - offset < fat.end
              and not _FROM_BEFORE.search(text, 0, p.mention.start - offset)]  # "two men from X were killed"
    # "killed 30 near X, while the army said it lost two": one event's rival counts; not when each
    # count has a place of its own ("killed a dozen villagers near X, while the army said it killed
    # scores of rebels near Y": two events)
    if not fat.parts and told_by_rivals(fat.text) and len({p.entry.name for p in _places_in(
            text, offset, places, fat.start, len(text)) if p.entry.place_type != "country"}) <= 1:
        return False
    if inside and all(p.mention.start - offset in placed_at for p in inside) \
            and _places_in_first_part(text, offset, fat, places, inside):
        return False  # "killed 23 rebels in fighting around X, and that four of its own soldiers had died": X's
    named = [p for p in inside if p.entry.place_type != "water"]
    if len(named) < len(inside) and len({p.entry.name for p in named}) == 1 \
            and all(p.mention.start - offset in placed_at for p in named) \
            and not _unknown_names(text, places, offset, fat.start, fat.end):
        return False  # "shot on the Okavango river near X ... has died": the river by X, one place
    return bool(inside) or bool(_unknown_names(text, places, offset, fat.start, fat.end))


def _places_in(text: str, offset: int, places: list[Place], lo: int, hi: int) -> list[Place]:
    """The resolved places told in ``text[lo:hi]`` (offsets in the sentence)."""
    return [p for p in places if p.role == "place" and lo <= p.mention.start - offset < hi]


#: what joins the second count of a sum to the first: "..., and that four of its own soldiers had died"
_PART_JOIN = re.compile(r",?\s+and\s+that\s|,\s+(?:while|whereas|but|and)\s|;", re.I)


def _places_in_first_part(text: str, offset: int, fat, places: list[Place], inside: list[Place]) -> bool:
    """True when a sum of two counts ("it had killed 12 smugglers in a clash near X, and that three
    of its own soldiers had died") names its places only in the first count's words, before what
    joins the second, and none from there to the end of the sentence: both sides' dead of one
    fight at one place, not counts told for several places ("five dead, while in X three ...")."""
    if len(fat.parts) != 2:
        return False
    joins = list(_PART_JOIN.finditer(text, fat.parts[0][1], fat.parts[1][0]))
    if not joins:
        return False
    join = joins[-1].start()
    later = [p for p in places if p.role == "place" and p.mention.start - offset >= join]
    return all(p.mention.start - offset < join for p in inside) and not later \
        and not _unknown_names(text, places, offset, join, len(text)) \
        and len({p.entry.name for p in inside if p.entry.place_type in ("city", "landmark", "admin2")}) <= 1


#: "two men from X", "a young fisherman of X", "a fisherman from X, in Y province,": where the dead came from
_FROM_BEFORE = re.compile(r"(?:\bfrom|\b" + PERSON + r"s?\s+of)\s+(?:the\s+)?$|\bfrom\s+[\w'-]+(?:\s+[\w'-]+){0,3},\s+in\s+(?:[\w-]+['\u2019]s\s+)?$", re.I)


def follow_up_fits(text: str, offset: int, fat, places: list[Place], incident: dict, event_date) -> bool:
    """True when a follow-up toll told in a sentence of its own ("The death toll from
    Saturday's raid on villages in X region has risen to 31") counts the deaths of ``incident``:
    an incident told just beside it whose own words tell deaths without a number ("killing
    mostly women and children"), not told for another day than the toll names (``event_date``;
    a day of its own must be that one), and no place in the
    toll's sentence other than the incident's own, its country, its region (when the incident's
    region is that one or unknown), a place the wounded died in, or where someone spoke."""
    p = incident["properties"]
    if not refers_back(fat.text) or p["fatalities"] is not None or not p.get("fatalities_text") \
            or p.get("fatalities_basis") or event_date is None:
        return False
    if p.get("date_basis") == "sentence" and p.get("date") != event_date.isoformat():
        return False  # "On Sunday, gunmen raided ...": another day's event
    return _names_only_its_own(text, offset, places, p)


def risen_over(text: str, offset: int, fat, places: list[Place], incident: dict, event_date, just_before: bool) -> bool:
    """True when a risen toll told in a sentence of its own ("The death toll from the attack has
    risen to nine after four wounded officers died in hospital in Lagos") is the new count of
    ``incident``, told just before with a smaller one ("stormed a customs post at X, killing
    five"): the toll names its event, the day it names (``event_date``, None when it names none)
    is the incident's, and its sentence names no place but the incident's own (or where the
    wounded died, or who spoke). A toll naming no event ("The death toll has since risen to nine")
    is that of the incident told in the sentence ``just_before`` it, unless it tells a whole
    ("the overall toll of the conflict"); so is a risen toll told just after an event told with no
    count ("Militants attacked a bus near X. The toll rose to 11 when two of the wounded died")."""
    p = incident["properties"]
    if (p["fatalities"] or 0) >= fat.value or _WHOLE.search(text):
        return False
    if not refers_back(fat.text) and not just_before:
        return False
    if not p["fatalities"] and (not just_before or p.get("fatalities_basis")):
        return False  # "Militants attacked a bus near X. The toll rose to 11": the event just before only
    if event_date is not None and p.get("date") != event_date.isoformat():
        return False
    return _names_only_its_own(text, offset, places, p)


def first_count_of(text: str, offset: int, fat, places: list[Place], incident: dict, gap: int,
                   event_types: set[str]) -> bool:
    """True when a risen total told in a sentence with no incident of its own ("A police officer
    shot during the chase died in hospital in Y, bringing the toll from the shootout to two") sums up
    the first count of ``incident``, told ``gap`` sentences after it at the scene ("One of the
    smugglers was killed at the scene when officers returned fire outside X"): an event of the same
    kind (``event_types``: the total's sentence's), and no place in the total's sentence but the
    incident's own (or where the wounded died, or who spoke)."""
    p = incident["properties"]
    if not fat.value or not RISEN_BY_ONE_DEATH.search(text) or (event_types and p["event_type"] not in event_types):
        return False
    if not first_count_after(0, fat.value, gap, p["fatalities"], p.get("source_sentence") or ""):
        return False
    return _names_only_its_own(text, offset, places, p)


#: a toll of more than one event: the conflict's, the year's, everyone's
_WHOLE = re.compile(r"\b(?:overall|total|cumulative|combined|conflict|war|fighting|violence|insurgency|clashes|attacks"
                    r"|since\s+(?:the\s+|\d|last\b|early\b|mid|late\b|(?-i:[A-Z]))|so\s+far|this\s+(?:year|month|week)|in\s+all)\b",
                    re.I)


def _names_only_its_own(text: str, offset: int, places: list[Place], p: dict) -> bool:
    """No place in a follow-up toll's sentence other than the incident's own, its country, its
    region (when the incident's region is that one or unknown), a place the wounded died in, or
    where someone spoke."""
    for q in places:
        e, start = q.entry, q.mention.start - offset
        if q.role != "place" or e.name == p["location"] or cues.is_care_place(text, start) \
                or cues.is_speaker_place(text, start):
            continue
        if e.iso3 == p["iso3"] and (e.place_type == "country"
                                    or (e.place_type == "admin1" and p.get("admin1") in (None, e.name))):
            continue
        if e.place_type == "country" and e.iso3 != p["iso3"] and not _toll_place_words(text, start):
            continue  # "armed men from South Sudan": who came, not where the deaths were
        return False
    return not _unknown_names(text, places, offset, 0, len(text))


def _toll_place_words(text: str, start: int) -> bool:
    """"in X", "at X", "near X" right before a name: where something is put, not whence."""
    return bool(re.search(r"\b(?:in|at|near|inside|outside)\s+(?:the\s+)?$", text[max(0, start - 12):start]))


#: a toll told as risen since it was first given ("the death toll from Friday's attack has risen to 14")
_RISEN = re.compile(r"\b(?:toll|number\s+of\s+(?:people\s+|those\s+|civilians\s+)?(?:killed|dead|deaths|victims))\b[^.;]{0,240}?"
                    r"\b(?:risen|rose|climbed|increased|jumped|grown|now\s+stands)\b", re.I)


def superseded(incidents: list[dict], index_of: dict[int, int], dates_of) -> list[dict]:
    """The incidents whose first count a risen toll told within ``_TOLD_BEFORE`` sentences
    replaces: of the same kind of event, on the day the risen toll names (both known: ``dates_of``
    reads the dates of a text), with a smaller number ("The death toll from Friday's attack ...
    has risen to 14. Gunmen stormed X at dawn on Friday, killing eleven": eleven is no longer the
    attack's toll); a risen toll naming no day replaces the count of the event it was placed at,
    told before it ("... killing four. The toll from the ambush now stands at six"); a total a late
    death brought the toll to replaces the first count told at the scene just after it
    (``first_count_after``). ``index_of``:
    sentence start -> sentence index."""
    out = []
    for r in incidents:
        p = r["properties"]
        if not p["fatalities"] or not (_RISEN.search(p.get("fatalities_text") or "")
                                       or RISEN_BY_ONE_DEATH.search(p.get("source_sentence") or "")):
            continue
        day = next(iter(dates_of(p["fatalities_text"])), None)
        i = index_of.get(p["sentence_start"], -99)
        for f in incidents:
            q = f["properties"]
            if f is r or not q["fatalities"] or q["fatalities"] >= p["fatalities"] \
                    or q["event_type"] != p["event_type"] or abs(index_of.get(q["sentence_start"], -99) - i) > _TOLD_BEFORE:
                continue
            if first_count_after(i, p["fatalities"], index_of.get(q["sentence_start"], -99), q["fatalities"],
                                 q.get("source_sentence") or ""):
                out.append(f)  # "... bringing the toll from the clash to three. Two were killed at the scene"
                continue
            if day is None and p.get("placement") != "earlier incident":
                continue
            if day is None:  # "The toll from the ambush now stands at six", placed where the ambush was told
                if q["location"] != p["location"] or index_of.get(q["sentence_start"], -99) >= i:
                    continue
            elif q.get("date_basis") != "sentence" or q.get("date") != day.isoformat():
                continue
            out.append(f)
    return out
