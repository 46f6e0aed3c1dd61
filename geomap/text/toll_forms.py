"""Ways of telling a death toll that ``quantities`` reads through this module, and the one rule
for tolls that disagree.

- the dead counted as found or listed, not as killed: "the bodies of four herders were
  recovered", "the dead included two police officers and a smuggler", "the army lost four
  soldiers", "the army acknowledged the loss of four" (``extra_hits``);
- the wounded who died later: "another soldier succumbed to his wounds", "one of the wounded
  later died", "a fisherman shot by soldiers near X last week has died of his wounds"; two told as "both" ("killing both drivers"), or as one and
  his companion: "killing the driver and his assistant";
- one person told before a group that died with them: "A border guard and two civilians were
  killed" is three (``one_before``);
- deaths that add to a toll told before: the other side's ("The army said it killed four of the
  attackers"), or the wounded who died ("two of the injured died in hospital") (``adds_to_told``);
- a running count told beside the event's own: "killing three farmers, the latest in a series of
  raids that have killed 41 since February", "..., bringing to 11 the number killed this year" is
  three, not 44 (``running_hits``);
- two sources telling the same deaths differently: "the army says three were killed, but
  residents say ten died" is not thirteen; ACLED takes the lowest, most conservative count
  (``contested``; in a sentence of its own, "Police put the toll at three": ``rival_count``).
"""

from __future__ import annotations

import re

from geomap.text.count_words import A_PERSON, ANIMAL, NUM, PERSON, value_of
from geomap.text.literals import prefiltered
from geomap.text.wounded_later import wounded_told_before_died

__all__ = ["extra_hits", "one_before", "group_told_after", "contested", "told_by_rivals", "adds_to_told", "rival_count", "running_hits", "RUNNING_WORDS"]

_PEOPLE = r"(?:" + PERSON + r"s?|men|women|children|people|persons|troops|policemen|soldiers|civilians)"
# "the bodies of four herders", "bodies of 11 migrants": found dead, counted as dead
_BODIES = re.compile(r"\bbodies\s+of\s+" + NUM + r"(?=\s+(?:of\s+the\s+)?(?!(?:km|kilomet\w*|met(?:er|re)s|miles|days|weeks"
                     r"|months|years|hours)\b)[a-z][\w-]*)", re.I)
# "the dead included two police officers and a smuggler", "The dead were two soldiers and a civilian"
_DEAD_WERE = re.compile(r"\bthe\s+dead\s+(?:included|include|were|are)\s+(?:" + A_PERSON + r"|" + NUM
                        + r"(?:\s+[\w-]+){0,2}?\s+" + _PEOPLE + r"\b)", re.I)
# "the army acknowledged the loss of four (soldiers)": the side that lost them tells its dead
_LOSS_OF = re.compile(r"\b(?:acknowledged|admitted|confirmed|reported|announced)\s+the\s+loss(?:es)?\s+of\s+" + NUM
                      + r"(?!\s+(?:vehicles|tanks|aircraft|helicopters|drones|trucks|posts|positions|villages|towns)\b)", re.I)
# "the army lost four soldiers", "killed two raiders and lost one of their own": the side that lost them tells its dead
_LOST = re.compile(r"\b(?:lost|losing|loses)\s+" + NUM + r"(?:\s+of\s+(?:its|their|his|her))?"
                   r"(?=\s+(?:[\w-]+\s+){0,1}?(?:soldiers|troops|men|fighters|officers|policemen|guards|servicemen"
                   r"|personnel|members|comrades)\b|(?<=its|eir|his|her)\s+own(?=\s*[,.;]|\s*$|\s+(?:in|on|at|near|during|when|while|as|and|after|before)\b))",
                   re.I)  # ("lost one of their own in a clash", not "two of its own games")
# "Another soldier succumbed to his wounds", "two of the injured succumbed to their injuries"
_SUCCUMBED = re.compile(r"(?:" + A_PERSON + r"|\b" + NUM + r")(?:\s+(?!and\b)[\w-]+){0,3}?\s+(?:(?:have|has|had)\s+)?"
                        r"succumbed\s+to\s+(?:his|her|their)\s+(?:wounds|injuries)", re.I)
# "One of the wounded, a 34-year-old woman, later died of her injuries", "two of the injured died in
# hospital": the wounded of an event who died of their wounds
_OF_WOUNDED = re.compile(r"\b" + NUM + r"(?<=of)\s+the\s+(?:wounded|injured)\b(?:\s*,[^,;]{1,60},)?\s+(?:(?:later|since|also"
                         r"|subsequently|then|overnight)\s+)?(?:(?:have|has|had)\s+)?(?:died|succumbed)\b", re.I)
# "A Namibian fisherman shot by Angolan soldiers near X last week has died of his wounds": one person
# told first, the death of the wounds told at the end of the clause
_DIED_OF_WOUNDS = re.compile(A_PERSON + r"[^.;:]{0,120}?\s(?:(?:has|had)\s+(?:since\s+)?|later\s+)died\s+(?:of|from)\s+"
                             r"(?:his|her)\s+(?:wounds|injuries)\b", re.I)
# "Another soldier succumbed to his wounds", "another policeman was killed", "... and a second died later": one more
_ANOTHER = re.compile(r"\b(?P<one>another\s+(?:[\w-]+\s+){0,2}?" + PERSON + r"|(?<=\band\s)a\s+second(?:\s+" + PERSON
                      + r")?)\s+(?:later\s+)?(?:died|succumbed|was\s+killed|was\s+shot\s+dead)\b", re.I)
# "he was shot dead on Thursday night": one person told before by name ("the death of Rahman, ...")
_HE_WAS = re.compile(r"\b(?P<one>(?-i:[Hh]e|[Ss]he))\s+(?:was|had\s+been)\s+(?:shot\s+dead|killed"
                     r"|stabbed\s+to\s+death|beaten\s+to\s+death|hacked\s+to\s+death)\b", re.I)
# "killing the driver and his assistant", "killed a village chief and his son": two people, one told by the other
# (not "killed a herder and his camel")
_ONE_AND_HIS = re.compile(r"\b(?:killing|killed|kills)\s+(?:the|a|an)\s+(?:[a-z-]+\s+)?(?P<one>[a-z]+)\s+and\s+(?:his|her|their|its)\s+"
                          r"(?!wounding|injuring|" + ANIMAL + r"\b|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b)[a-z]+(?<!s)\b(?!\s+(?:were|was)\s+(?:wounded|injured|hurt))", re.I)
# "… and a civilian", "… and two civilians": the group told after the first
_AND_GROUP = re.compile(r"\s*,?\s+and\s+(?:" + A_PERSON + r"|(?P<any>(?:a|an|one)\s+(?!(?:few|number|dozen|half)\b)[a-z][\w-]*)\b|"
                        + NUM + r")"
                        r"(?!(?:\s+(?!and\b)[\w-]+){0,3}?\s+(?:were\s+|was\s+)?(?:wounded|injured|hurt|missing|arrested))",
                        re.I)
# "A border guard and ": one person before the group of "… and two civilians were killed"
_ONE_FIRST = re.compile(A_PERSON.replace("(?P<one>", "(?P<first>") + r"\s+and\s+$", re.I)
# "…, but local residents say ten died", "while the rebels said only five": another source's count
_RIVAL = re.compile(
    r"\b(?:but|while|whereas|though|although|however)\b[^.;]{0,60}?\b(?:say|says|said|claim|claims|claimed|put|puts"
    r"|insist|insists|insisted|reported|report|according|acknowledged|acknowledges|admitted|admits)\b", re.I)


# "killing both drivers", "Both guards on duty were killed": two people
_BOTH_WHO = r"(?:" + _PEOPLE + r"|drivers|occupants|passengers|brothers|sons|crew\s+members)"
_BOTH = re.compile(r"\b(?:killing|killed|kills|shot\s+dead|shooting\s+dead)\s+both\s+(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+)?"
                   + _BOTH_WHO + r"\b|(?<!\w\s)(?<!\w)\bboth\s+(?:the\s+)?(?:[a-z-]+\s+)?" + _BOTH_WHO
                   + r"(?:\s+[a-z-]+){0,3}?\s+(?:were|had\s+been|have\s+been)\s+(?:killed|shot\s+dead)\b", re.I)


def _count(m: re.Match) -> int | None:
    if m.groupdict().get("one") or m.groupdict().get("any"):
        return 1
    return value_of(m.group("num"))


# each looked for only in a sentence that holds a word its matches need (one scan of the
# sentence for every prefiltered pattern): most sentences hold none
_BODIES, _DEAD_WERE, _LOST, _SUCCUMBED, _ANOTHER, _ONE_AND_HIS, _HE_WAS, _DIED_OF_WOUNDS, _LOSS_OF = (
    prefiltered(rx) for rx in (_BODIES, _DEAD_WERE, _LOST, _SUCCUMBED, _ANOTHER, _ONE_AND_HIS, _HE_WAS, _DIED_OF_WOUNDS,
                               _LOSS_OF))


def extra_hits(sentence: str) -> list[tuple[int, int, int]]:
    """(start, end, value) of the dead told as found, listed, or lost by their side."""
    hits = []
    for rx in (_BODIES, _DEAD_WERE, _LOST, _SUCCUMBED, _ANOTHER, _OF_WOUNDED, _HE_WAS, _DIED_OF_WOUNDS, _LOSS_OF):
        for m in rx.finditer(sentence):
            value = _count(m)
            if value is None:
                continue
            end = m.end()
            more = _AND_GROUP.match(sentence, end) if rx is _DEAD_WERE else None
            if more and (extra := _count(more)) is not None:
                value, end = value + extra, more.end()
            hits.append((m.start(), end, value))
    hits.extend((m.start(), m.end(), 2) for rx in (_ONE_AND_HIS, _BOTH) for m in rx.finditer(sentence))
    return hits


#: a toll's count told with its group and a second group after it: "the toll as four soldiers| and a civilian"
_GROUP_THEN = re.compile(r"(?:\s+[\w-]+){0,2}?\s+" + _PEOPLE + r"\b")


def group_told_after(sentence: str, end: int) -> tuple[int, int] | None:
    """(end, count) of a second group told after a toll's count and its group ("gave the toll as four
    soldiers and a civilian": one more), else None."""
    first = _GROUP_THEN.match(sentence, end)
    more = _AND_GROUP.match(sentence, first.end()) if first else None
    extra = _count(more) if more else None
    return (more.end(), extra) if extra is not None else None


def one_before(sentence: str, start: int) -> int | None:
    """Where "A border guard and " ends at ``start`` (the group told next died with them), its start."""
    m = _ONE_FIRST.search(sentence, max(0, start - 80), start)
    return m.start() if m and m.end() == start else None


def told_by_rivals(words: str) -> bool:
    """Whether a toll's words hold another source's count of the same deaths ("killed 30 soldiers
    near X, while the army said it had lost two"): the place between them is the event's, not a
    second place's."""
    return bool(_RIVAL.search(words) or _SOURCE_AFTER_SEMI.search(words))


def contested(sentence: str, kept: list[tuple[int, int, int]]) -> bool:
    """True when each count after the first is another source's ("…, but residents say ten died";
    "Rebels said they killed 20 soldiers; the ministry said three soldiers died"), and not more dead
    it tells ("..., while residents said seven civilians also died")."""
    return len(kept) > 1 and all(_rival_after_joint(sentence, a, b) or _rival_after_semicolon(sentence, a, b)
                                 for a, b in zip(kept, kept[1:]))


def _rival_after_joint(sentence: str, a: tuple[int, int, int], b: tuple[int, int, int]) -> bool:
    """Whether count ``b`` is another source's, told after "but", "while" ... ("..., while the army
    acknowledged the loss of four": the source's verb may open the count itself), and not more dead."""
    m = _RIVAL.search(sentence, a[1], b[1])
    return bool(m) and m.start() < b[0] and not _OTHER_DEAD.search(sentence, b[0], b[1])


#: "...; the defence ministry said": another source, in a clause of its own after a semicolon
_SOURCE_AFTER_SEMI = re.compile(r";\s+(?:[\w'’-]+\s+){1,5}?(?:said|says|say|put|puts|claimed|claims|reported|insisted)\b",
                                re.I)
#: the second count telling more or other dead, not the same ones again
_OTHER_DEAD = re.compile(r"\b(?:also|more|another|other|others|further|separate|too|as\s+well)\b", re.I)


def _rival_after_semicolon(sentence: str, a: tuple[int, int, int], b: tuple[int, int, int]) -> bool:
    """Whether count ``b`` is another source's count of the same dead as ``a``, told after a
    semicolon: a source says it, of the same group ("soldiers" and "soldiers"), not more or others."""
    m = _SOURCE_AFTER_SEMI.search(sentence, a[1], b[0])
    if m is None or _OTHER_DEAD.search(sentence, m.start(), b[1] + 20):
        return False
    groups = [{w.lower().rstrip("s") for w in _NARROW.findall(sentence, lo, hi)} for lo, hi in
              ((max(0, a[0] - 10), a[1] + 20), (max(0, b[0] - 10), b[1] + 20))]
    return bool(groups[0]) and groups[0] == groups[1]


#: the other side of a fight told by its dead: attackers, not the victims counted first
OTHER_SIDE = r"(?:attackers|assailants|gunmen|raiders|militants|insurgents|smugglers|traffickers|bandits|intruders|jihadists|rebels)"
_OTHER_SIDE = re.compile(r"\b" + OTHER_SIDE + r"\b", re.I)
_SIDE_LOST = re.compile(r"\b" + OTHER_SIDE + r"\s+(?:(?:had|have|has)\s+)?(?:also\s+)?$", re.I)
_OTHER_SIDE_AFTER = re.compile(r"\s+(?:of\s+)?(?:the\s+|their\s+)?(?:[\w-]+\s+)?" + OTHER_SIDE + r"\b", re.I)


def adds_to_told(sentence: str, start: int, end: int) -> str | None:
    """What a sentence's count adds to the toll of an event told before, else None: "attackers"
    (or the like) when the dead are the other side ("troops killed four of the attackers as they
    retreated", "three of the gunmen died in the return fire", "the militants lost eleven fighters"), "wounded" when they are that
    event's wounded who died ("one of the wounded later died"). ACLED counts every death of the
    event."""
    if _OF_WOUNDED.search(sentence, start, end + 1) or wounded_told_before_died(sentence, start, end):
        return "wounded"  # ("one of the wounded later died", "the wounded farmer later died")
    m = _OTHER_SIDE.search(sentence, start, end) or _OTHER_SIDE_AFTER.match(sentence, end) \
        or (_LOST.match(sentence, start) and _SIDE_LOST.search(sentence, max(0, start - 40), start))  # "the militants lost"
    return m.group(0).split()[-1].lower() if m else None


#: a count told as a source's ("Police said three people were killed", "officials put the toll at three")
_SOURCED = re.compile(r"\b(?:said|says|say|told|put|puts|according\s+to|reported|confirmed|counted|gave)\b", re.I)
#: a group narrower than everyone killed ("three soldiers"): perhaps a part of the first count, not a rival
_NARROW = re.compile(r"\b(?:soldiers?|troops|police\w*|officers?|guards?|children|child|women|woman|men|civilians?"
                     r"|fighters|militants|attackers|gunmen|rebels|villagers|farmers|herders|traders|students|migrants"
                     r"|refugees|workers|miners|drivers)\b", re.I)


#: "three people were killed in a separate incident": another event's count
_ANOTHER_EVENT = re.compile(r"\b(?:separate|another|other|earlier|previous|later|last|since|so\s+far|in\s+all|in\s+total"
                            r"|altogether|total|overall)\b", re.I)


def rival_count(sentence: str, start: int, end: int, first_text: str) -> bool:
    """Whether a sentence's count (``sentence[start:end]``) is another source's count of the deaths
    told just before as ``first_text`` ("Residents said seven people were killed ... Police put the
    toll at three"): told as someone's word, of no group narrower than the first ("three soldiers"
    may be among seven people), and neither more deaths nor the other side's."""
    if not _SOURCED.search(sentence) or adds_to_told(sentence, start, end) or _ANOTHER_EVENT.search(sentence):
        return False
    narrow = {w.lower().rstrip("s") for w in _NARROW.findall(sentence[start:end])}
    return narrow <= {w.lower().rstrip("s") for w in _NARROW.findall(first_text)}


# "raids that have killed 41", "bringing to 11 the number of guards killed": a count the clause runs up
_RUNNING_WORDS = re.compile(r"\b(?:(?:that|which)\s+(?:have|has|had)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:killed|claimed|left)"
                            r"|(?:bringing|raising|taking|pushing)\s+(?:to\b|the\s+(?:toll|total|number|death)))", re.I)
# ... over a period or a series: "since February", "this year", "the latest in a series of raids"
_RUNNING_SPAN = re.compile(r"\b(?:since|this\s+(?:year|month)|so\s+far|to\s+date|over\s+the\s+(?:past|last)|in\s+recent"
                           r"|series|wave|spate|string|campaign|conflict|insurgency)\b", re.I)


def running_hits(sentence: str, hits: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The hits of a sentence that are a running count over a period or a series, told beside
    another count (the event's own): those are not added to it."""
    def running(start: int, end: int) -> bool:
        words = _RUNNING_WORDS.search(sentence, max(0, start - 40), end)
        stop = re.search(r"[,;]", sentence[end:])
        return bool(words) and bool(_RUNNING_SPAN.search(sentence, max(0, words.start() - 60),
                                                         end + (stop.start() if stop else len(sentence))))

    out = [h for h in hits if running(h[0], h[1])]
    return out if len(out) < len(hits) else []


RUNNING_WORDS = _RUNNING_WORDS

