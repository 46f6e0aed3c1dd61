"""What the words of one displacement group say about its figure, beyond the movement itself.

A group may tell people going home (no longer displaced), a movement expected or of years
before (no figure of this report), a host's stock ("X, which already hosts 20,000 refugees,"),
households rather than people, or where people reached ("X, where 3,500 arrived", "X is now home
to ..."). ``geomap.reading.displacement`` reads these to keep a number off where it does not belong.
"""

from __future__ import annotations

import re

__all__ = ["ARMED", "returns_home", "went_back", "none_moved", "HOST_CLAUSE", "blank", "FORECAST", "EARLIER", "HOUSEHOLDS", "HOME_TO", "WHERE_ARRIVED",
           "counts_people", "holds_displaced", "still_away"]

#: armed men ("43 soldiers who fled the camps", "the attackers ... fled east"): not displaced people
ARMED = re.compile(r"\b(?:soldiers|troops|fighters|militants|rebels|servicemen|guards|policemen|officers|gunmen|attackers"
                   r"|assailants|raiders|bandits|smugglers|traffickers|insurgents|jihadists|militiamen|poachers)\b", re.I)

# people going back to the homes they had fled, or out of the camps they fled to: the end of a
# displacement, not one ("returned home as the shelling eased", "came back to X from camps in Y",
# "refugees returned from the Nduta and Mtendeli camps to X": camps told by several names)
_HOME_AGAIN = re.compile(
    r"\b(?:return(?:ed|ing|s)?|went\s+back|gone\s+back|going\s+back|came\s+back|coming\s+back|come\s+back"
    r"|(?:have|has|had)\s+(?:since\s+)?(?:been\s+)?(?:able\s+to\s+)?go\s+back)(?:\s+(?:on|to)\s+(?:foot|their\s+own))?"
    r"(?:\s+(?:home|to\s+(?:their|his|her)\s+(?:own\s+)?(?:homes?|villages?|houses?|towns?|farms?|communities|areas?\s+of\s+origin))\b"
    r"|[^.;]{0,80}?\bfrom\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:camps?|shelters?|settlements?|exile|displacement"
    r"|evacuation\s+cent(?:re|er)s?|host\s+communities)\b)"
    r"|\b(?:came|went|come|go|coming|going)\s+back\s+to\b", re.I)
_STILL_FLEEING = re.compile(r"\b(?:fled|flee\w*|displac\w*|evacuat\w*|uprooted|escap\w*|forced|driven|drove)\b", re.I)


# "X, which already hosts 20,000 refugees, received 1,300 new arrivals from Y": the people X
# held before, not the group that moved (nor Y's figure)
HOST_CLAUSE = re.compile(
    r",\s*(?:(?:which|that|where)\b(?:[^,;]|,(?=\d)){0,30}?\b(?:hosts|hosted|hosting|shelters|sheltered|sheltering|houses"
    r"|housed|holds|is\s+home|was\s+home|live|lives|lived|living|already|stay|stayed|are\s+staying)\b"
    r"|(?:already\s+)?(?:home\s+to|hosting)\b)"
    r"(?:[^,;]|,(?=\d)){0,60}?\d(?:[^,;]|,(?=\d))*(?:,(?!\d)|[.;]?\s*$)", re.I)


# a movement expected, feared or planned for, not one that happened
FORECAST = re.compile(
    r"\b(?:(?:(?:are|is|were)\s+(?:expected|likely|feared|projected|forecast|set)\s+to|could|(?-i:may)|might|would|will)"
    r"\s+(?:\w+\s+)?(?:cross|flee|arrive|reach|leave|be\s+(?:displaced|forced|evacuated|uprooted)|seek|head)"
    r"|preparing\s+for|prepare\s+for|plans?\s+for|planning\s+for|contingency)\b", re.I)
# a movement of years before ("last year", "in 2015", "three years ago"): not the one reported now
EARLIER = re.compile(r"\b(?:last\s+year|a\s+year\s+ago|the\s+previous\s+year|(?:two|three|four|five|several|\d+)"
                     r"\s+years\s+ago|in\s+(?:19\d\d|20[01]\d))\b", re.I)
# a figure of households or families, with no people counted beside it
HOUSEHOLDS = re.compile(r"(?:[^\d]{0,40}?)\d[\d,.]*(?:\s+(?!people\b)[\w-]+){0,2}?\s+(?:households|families)\b"
                        r"(?!\s*[,(]\s*(?:some\s+|about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?\d)", re.I)
# "Togo's Savanes region is now home to 14,600 people displaced by ...": where they are
HOME_TO = re.compile(r"(?:\s+(?:district|province|region|county|state|town|city|department))?\s+(?:is|are|has\s+become)"
                     r"\s+(?:now\s+|already\s+|currently\s+)?home\s+to\b", re.I)
# "X region, where 3,500 Nigerians arrived this month": the place people reached
WHERE_ARRIVED = re.compile(
    r"(?:\s+(?:district|province|region|county|state|town|city|camp|department))?\s*,\s*where\s+(?:[^,;]|,(?=\d)){0,60}?"
    r"\b(?:arrived|arriving|have\s+arrived|took\s+refuge|sought\s+refuge|are\s+sheltering|are\s+staying|settled"
    r"|have\s+settled|found\s+refuge)\b", re.I)


def blank(m: re.Match) -> str:
    """Spaces as long as the match: its words unread, the offsets kept."""
    return " " * len(m.group(0))


def returns_home(group: str) -> bool:
    """A group told as going home or leaving its refuge, with no new flight in its words (the
    flight a relative clause tells before the return is the earlier one: "1,200 people who
    fled X in March have returned home", "people evacuated from X had gone back home")."""
    return any(not _NOT_BACK.search(group, max(0, m.start() - 40), m.start()) for m in _HOME_AGAIN.finditer(group)) \
        and not _STILL_FLEEING.search(_FLED_THEN_BACK.sub("", group))


def went_back(group: str) -> bool:
    """A group of displaced people told going back, to wherever the text says ("4,700 displaced
    villagers returned to X", "2,000 people who had fled to Y returned to X", "... returned on
    Monday"), with no new flight in its words: the places are theirs, the figure counts no
    one displaced (``returns_home`` is the return told as going home: no area at all)."""
    back = [m for m in _DISPLACED_BACK.finditer(group) if not _NOT_BACK.search(group, max(0, m.start() - 40), m.start())]
    # (not "... have not returned")
    back += [m for m in _FLED_THEN_BACK.finditer(group) if not _NEGATED_END.search(group, max(0, m.end() - 12), m.end())]
    return bool(back) and not _STILL_FLEEING.search(_DISPLACED_BACK.sub("", _FLED_THEN_BACK.sub("", group)))


# "did not want to return to their homes", "are afraid to go back", "have not returned": still displaced
_NOT_BACK = re.compile(r"\b(?:not|n['’]t|never|no\s+plans?\s+to|refus\w*\s+to|unable\s+to|afraid\s+to|reluctant\s+to"
                       r"|too\s+(?:scared|afraid|frightened)\s+to)\s+(?:(?:yet|want|wish|plan|dare|be\s+able)\s+)?(?:to\s+)?$", re.I)


# "who fled X in March have returned", "that had been evacuated from Y are going back": the flight before the return
# (also with no helping verb, "who had fled to X last month returned to ...", and with no "who",
# "1,050 people evacuated from X had gone back home"; "herders who crossed into X to escape raids
# have returned home": the crossing was the flight)
_FLED_THEN_BACK = re.compile(
    # ("900 households (4,500 people) displaced by floods have returned home": the people in brackets)
    r"\b(?:who|that|people|persons|residents|villagers|inhabitants|civilians|families|households)\)?\s+"
    r"(?:had\s+|have\s+|has\s+)?(?:been\s+)?(?:fled|displaced|evacuated|uprooted|escaped|forced|driven|crossed)\b"
    r"[^,;]{0,80}?(?=\s+(?:(?:have|has|had|are|were)\s+)?(?:now\s+|since\s+|already\s+|all\s+)?(?:returned|gone\s+back"
    r"|come\s+back|came\s+back|went\s+back|going\s+back|returning)\b)", re.I)
_NEGATED_END = re.compile(r"\b(?:not|never|yet)$|n['’]t$", re.I)
# "4,700 displaced villagers returned to X", "the evacuees went back to Y": people told as
# displaced going back, to whatever place the text names
_DISPLACED_BACK = re.compile(
    r"\b(?:(?:displaced|evacuated|uprooted)\s+(?:[\w-]+\s+)?(?:people|persons|residents|villagers|inhabitants|civilians"
    r"|families|households)|evacuees|IDPs)\s+(?:(?:have|has|had)\s+)?(?:now\s+|since\s+|already\s+|all\s+)?"
    r"(?:returned|gone\s+back|come\s+back|came\s+back|went\s+back)\b", re.I)


# a movement denied: "the camp received no new arrivals", "no families have fled", "they did not cross"
_NONE_MOVED = re.compile(
    r"\b(?:received|receiving|reported|recorded|registered|saw|seen|had|has|have|there\s+(?:were|was|have\s+been|has\s+been))"
    r"\s+no\s+(?:new\s+|further\s+|more\s+)?(?:[\w-]+\s+)?(?:arrivals|refugees|displaced|evacuees|IDPs|families"
    r"|households|people|one)\b"
    r"|\bno\s+(?:new\s+|further\s+)?(?:one|families|households|people|residents|civilians|refugees|villagers)\s+"
    r"(?:(?:has|have|had)\s+)?(?:yet\s+)?(?:fled|left|crossed|arrived|been\s+(?:displaced|evacuated))\b"
    r"|\b(?:did|do|does|have|has|had)\s+not\s+(?:yet\s+)?(?:fled|flee|crossed|cross|left|leave|arrived|arrive"
    r"|been\s+(?:displaced|evacuated))\b|\b(?:nobody|none)\s+(?:(?:has|have|had)\s+)?(?:fled|left|crossed|arrived"
    r"|been\s+displaced)\b", re.I)
_MOVED = re.compile(r"\b(?:fled|flee\w*|displac\w*|evacuat\w*|uprooted|crossed|arrived|arrivals|refugees|sheltering)\b",
                    re.I)


def none_moved(group: str) -> bool:
    """A group telling that nobody moved ("the school shelter had received no displaced
    families"), with no other movement in its words: no area, and no figure."""
    denied = list(_NONE_MOVED.finditer(group))
    rest = "".join(group[a:b] for a, b in zip([0] + [m.end() for m in denied], [m.start() for m in denied] + [len(group)]))
    return bool(denied) and not _MOVED.search(rest)


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_NUMBER_AS_PEOPLE = re.compile(r"(?<![\d,.])(?<!-)\b\d{1,3}(?:,\d{3})+\b|(?<![\d,.])\b\d+\b(?![.,]\d)", re.I)
_NOT_PEOPLE_AFTER = re.compile(r"\s*(?:-|\s)?(?:km|kilomet|miles?|per\s*cent|%|" + _MONTH + r"|hours?|days?|weeks?|months?"
                               r"|years?|a\.m|p\.m|am\b|pm\b|GMT|local\s+time)", re.I)
_MONTH_BEFORE = re.compile(_MONTH + r"\s+$", re.I)


def counts_people(words: str) -> bool:
    """Whether a group's words hold a number that may count people (not a date, a distance,
    a time or a year)."""
    for m in _NUMBER_AS_PEOPLE.finditer(words):
        n = m.group(0).replace(",", "")
        if re.fullmatch(r"(?:19|20)\d\d", n) or _NOT_PEOPLE_AFTER.match(words, m.end()) \
                or _MONTH_BEFORE.search(words, max(0, m.start() - 12), m.start()):
            continue
        return True
    return False


# "X is home to 40,000 people displaced by ...", "home to 9,000 who fled": the people it holds are
# the displaced ones (not "X, home to 400,000 people, was emptied as residents fled")
_DISPLACED_HELD = re.compile(r"(?:\s+(?:people|persons|civilians|residents|villagers|[A-Z][a-z]+(?:ans|ians|ese|is|ns)))?"
                             r"\s+(?:(?:who|that)\s+(?:(?:have|has|had)\s+)?(?:been\s+)?)?(?:displaced|uprooted|evacuated"
                             r"|fled|internally\s+displaced|refugees|evacuees|IDPs)\b")
# told as what the place is now ("is home to"), not in an aside (", home to 20,000 refugees,": its stock)
_IS_HOME_TO = re.compile(r"\b(?:is|are|was|were|has\s+become|have\s+become)\s+(?:now\s+|already\s+|currently\s+)?home\s+to\s+"
                         r"(?:some\s+|about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+|an\s+estimated\s+)?$", re.I)


def holds_displaced(sentence: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end``, after "home to", counts displaced people a place is
    now home to ("X is home to 40,000 people displaced by ..."), not its population."""
    return bool(_DISPLACED_HELD.match(sentence, end)) and bool(_IS_HOME_TO.search(sentence[max(0, start - 40):start]))


# ", while 700 remain at a church compound in X", "but about 1,200 are still in Y": the rest of the
# people whose return was told just before, still away from home where the words put them
_STILL_AWAY = re.compile(
    r"^\W*(?:(?:while|whereas|but|and)\s+)?(?:(?:some|about|around|nearly|almost|over|more\s+than|roughly|another)\s+)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?:\s+(?:others|people|families|households|of\s+them))?\s+"
    r"(?:remain(?:s|ed)?|are\s+still|were\s+still|stay(?:ed)?|are\s+staying|were\s+staying)\s+(?:\w+\s+){0,6}?(?:in|at)\s", re.I)


def still_away(group: str) -> tuple[int, int, int] | None:
    """(start, end, value) of the count of a group told as the rest still away after others went
    home (", while 700 remain at a church compound in X"), else None; only the words of the
    group, so the caller checks that a return was told just before."""
    m = _STILL_AWAY.match(group)
    return (m.start("num"), m.end("num"), int(m.group("num").replace(",", ""))) if m else None
