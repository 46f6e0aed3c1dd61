"""Displacement cues of one sentence: the parts that each tell one group's movement
("20,000 were evacuated from X, while 3,000 residents of Y left" is two), which group a part
is (the one before, others beside it, part of it), and whether a place is where people went
or where they left.

Split from ``geomap.text.cues`` (which re-exports these names) so that the displacement
grammar lives in one module; none of it knows any place name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from geomap.text.literals import prefiltered
from geomap.text.displacement_counts import displaced_from_text, is_displacement_sentence
from geomap.text.quantities import Count
from geomap.text.second_groups import ONWARD_AFTER_CAUSE
from geomap.text.total_split import SPLIT_AFTER_TOTAL

__all__ = ["displacement_groups", "is_anaphoric_group", "is_elliptic_group", "is_other_group", "is_subgroup",
           "is_host", "displacement_direction"]


# "since Friday", "since early May", "since 20 April": when, not a new clause
_TIME = (r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september"
         r"|october|november|december|last|early|late|mid|the\s+(?:start|beginning|end|weekend)|then|this|yesterday|\d"
         # "since the attack", "since the floods": an event named as a time, not a clause of its own
         r"|the\s+(?:attacks?|raids?|fighting|clashes|violence|floods?|flooding|storms?|cyclone|earthquake|offensive"
         r"|shelling|strikes?|bombings?|unrest|riots?|incursions?|ambush|rains?|downpours?|monsoon|landslides?|mudflows?)\b)")
# a count with nothing but a qualifier before it ("about 1,200 "): the start of a group told by its count alone
_COUNT_ONLY = r"(?:(?:some|about|around|nearly|almost|over|more\s+than|another|a\s+further)\s+)?\d[\d,]*\s+"
_GROUP_BREAK = re.compile(
    # not "after walking for three days from X": the same people on their way
    r";|,?\s+(?:while|whereas|after|following|amid|(?<!\bhave\s)(?<!\bhas\s)(?<!\bhad\s)since)\s"
    r"(?!(?:walking|fleeing|travell?ing|trekking|crossing|leaving|escaping|spending)\b)(?<!since\s(?=" + _TIME + r"))"
    + ONWARD_AFTER_CAUSE +  # ("..., after an attack on X, moving to Y": one group)
    r"|,\s+but\s|,?\s+and\s+that\s|,\s+(?=(?:among\s+(?:them|whom)|of\s+whom|including)\s)"
    r"|,\s+(?=" + _COUNT_ONLY + r"of\s+(?:whom|them)\s)"  # "hosts 5,600 Malians, 1,100 of whom arrived from X"
    # "between 400 and 500 had left X since Sunday: about 300 of them had reached Y": a share, its own group
    r"|:\s+(?=" + _COUNT_ONLY + r"of\s+(?:them|these|those)\s)"
    r"|,?\s+and\s+(?=the\s+(?:others|rest|remainder)\b(?!\s+of\b))"  # "900 went to X, and the others remain in Y"
    + SPLIT_AFTER_TOTAL +  # "410 evacuated from X: about 260 to A, the rest to B": each share its own group
    r"|,?\s+as\s+(?!(?:many|much|well|far|long|soon|of|a\s+result|part)\b)"
    # "8,000 went to X, and some 2,500 to Y", "fled A, with about 1,500 reaching B": a group with its own figure
    r"|(?P<sub>,\s+(?:and|with)\s+(?=(?:(?:some|about|around|nearly|almost|over|more\s+than|at\s+least"
    r"|an\s+estimated|another|a\s+further|roughly|up\s+to)\s+)?\d"
    # "..., and a dozen families from nearby X spent the night in Y": a group counted in words
    r"|(?:a\s+dozen|dozens|scores|hundreds|a\s+few|several|a\s+handful)\s+(?:of\s+)?(?:other\s+)?(?:families|households"
    r"|people|residents|villagers|others)\b)"
    # "2,000 fled to A and 500 to B", "4,500 arrived in A, 1,200 in B": a second count told only by
    # where it went or is, its own group
    r"|\s+and\s+(?=" + _COUNT_ONLY + r"(?:to|into|for|towards)\s)|(?:,\s+(?:and\s+)?|\s+and\s+)(?=" + _COUNT_ONLY
    + r"(?:in|at)\s+(?:the\s+)?(?-i:[A-Z]))"
    # "fled to the X camp, which has also received 1,200 people from Y": the camp's other group
    r"|,\s+(?=which\s+(?:has\s+|had\s+|have\s+)?(?:also\s+|already\s+)?(?:received|taken\s+in|took\s+in|welcomed"
    r"|registered)\s+(?:(?:some|about|around|nearly|almost|over|more\s+than|another|a\s+further)\s+)?\d)"
    # "800 left A for B and 250 crossed from C into D": a second count with its own movement
    # word, its own group (when the part before tells a movement; not "between 1,800 and 2,000
    # people fled")
    r"|(?P<own>(?<!\d)\s+and\s+(?=" + _COUNT_ONLY + r"(?:[\w-]+\s+){0,2}?(?:fled|left|crossed|escaped|moved|went"
    r"|reached|arrived|(?:were|had\s+been)\s+(?:evacuated|moved|taken|relocated|displaced|bused|bussed)"
    r"|had\s+(?:fled|left|crossed|arrived|moved))\b))"
    # "Of the 8,000 who fled X, 5,000 are now in Y": the part told where it is
    r"|,\s+(?=(?:(?:some|about|around|nearly|almost|over|more\s+than|at\s+least|roughly)\s+)?\d[\d,]*\s+"
    r"(?:of\s+them\s+)?(?:are|were|remain|remained)\s+(?:now|currently|still)\s))",
    re.I,
)


def displacement_groups(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of the parts of a sentence that each tell one group's movement:
    "20,000 were evacuated from X, while 3,000 residents of Y left" is two."""
    return list(_groups(sentence))


@lru_cache(maxsize=2048)  # (asked again for each displacement feature, area and side of a sentence)
def _groups(sentence: str) -> tuple[tuple[int, int], ...]:
    spans, start = [], 0
    for m in _GROUP_BREAK.finditer(sentence):
        if (m.group("sub") or m.group("own")) and not is_displacement_sentence(sentence[start:m.start()]) \
                and not (start and _ELLIPTIC_GROUP.match(sentence[start:m.start()])):  # (", 1,200 in A and 800 in B")
            continue  # "panic spread, with 450 people fleeing to X": the first group to move
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.start()
    spans.append((start, len(sentence)))
    read: dict[tuple[int, int], Count | None] = {}  # (start, end) -> its figure: each part read once
    return tuple(part for span in spans for part in _counted_twice(sentence, span, read))


_COMMA = re.compile(r",(?!\d{3})\s")


def _counted_twice(sentence: str, span: tuple[int, int], read: dict) -> list[tuple[int, int]]:
    """"2,000 residents of X have moved to Y, in Z 5,000 people were evacuated": a comma
    between two counted movements parts two groups. ``read`` keeps the figure of each part
    already read (the rest after a comma is read again as the next span)."""
    def figure(a: int, b: int) -> Count | None:
        if (a, b) not in read:
            read[a, b] = displaced_from_text(sentence[a:b])
        return read[a, b]

    lo, hi = span
    if sentence.count(",", lo, hi) == 0 or figure(lo, hi) is None:
        return [span]
    for m in _COMMA.finditer(sentence, lo, hi):
        if figure(lo, m.start()) and (after := figure(m.start(), hi)) and after.value is not None:
            return [(lo, m.start()), *_counted_twice(sentence, (m.start(), hi), read)]
    return [span]


_ANAPHORIC_GROUP = re.compile(
    r"^\W*(?:(?:;|,|while|whereas|and|as)\s+)*(?:most|many|some|all|half|others|the\s+rest)\b"
    r"(?:\s+of\s+(?:them|those))?\s+(?!of\b|\d)", re.I)


_ELLIPTIC_GROUP = re.compile(r"^\W*(?:and\s+)?" + _COUNT_ONLY + r"(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])", re.I)


def is_elliptic_group(group: str) -> bool:
    """", 1,200 in B" after "4,500 had arrived in A": a count told only by where it is, the
    group before's movement understood."""
    return bool(_ELLIPTIC_GROUP.match(group))


def is_anaphoric_group(group: str) -> bool:
    """"most reached X", "; many of them went to Y": the group counted just before."""
    return bool(_ANAPHORIC_GROUP.match(group))


_OTHER_GROUP = prefiltered(re.compile(
    r"^\W*(?:(?:;|,|while|whereas|and|as)\s+)*(?:others|the\s+(?:rest|remainder|others))\b", re.I))


_SUBGROUP = re.compile(r"(?:^|[,;(])\s*(?:among\s+(?:them|whom)|of\s+whom|including)\b", re.I)


def is_subgroup(group: str) -> bool:
    """", among them dozens of families from X": part of the group told just before, so X is
    where some of them came from."""
    return bool(_SUBGROUP.search(group))


def is_other_group(group: str) -> bool:
    """"while others moved to Y", "the rest reached Z": people beside those counted just
    before, so not that group's figure."""
    return bool(_OTHER_GROUP.match(group))


_TO_CUE = re.compile(
    r"\b(?:(?<!close\s)(?<!next\s)(?<!according\s)(?<!due\s)(?<!up\s)to|into|for|towards?|reached|reaching|arrived|arriving|arrivals?\s+(?:in|at)|registered|(?:recorded|counted)\s+(?:in|at)|sheltering|sheltered"
    r"|shelters?|camps?|hosted|hosting|hosts|entered|entering|through|crossed\s+at|crossing\s+at|returned"
    r"|(?:sleeping|camped|housed|accommodated)\s+(?:in|at)"
    r"|(?:sought|seeking|taken|took|taking|found|finding)\s+(?:refuge|shelter|safety|sanctuary)"
    r"|moved\s+(?:[a-z]+\s+)?within|(?:are|were|is|remain|remained)\s+(?:now|currently|still)\s+(?:in|at)"
    # "fled X, joining 1,200 already displaced in Y": where they went
    r"|joining\b(?:[^,;]|,(?=\d)){0,60}?\b(?:in|at)"
    # "with 2,900 of them now staying in Y"
    r"|(?:now|currently|still)\s+(?:living|staying|settled)\s+(?:in|at)|(?:have|has|had|are|were)\s+settled\s+(?:in|at|near|with)|sleeping\s+(?:rough\s+)?(?:in|at)|staying\s+(?:with\s+[\w\s]{0,30}?\s+)?(?:in|at)"
    # "food for 2,400 displaced people in X", "refugees at Y": where the displaced are now
    r"|(?:displaced\s+(?:people|persons|families|households|residents|civilians)|refugees|IDPs|evacuees)"
    r"\s+(?:(?:now|currently|still)\s+)?(?:(?:living|staying|sheltering)\s+)?(?:in|at)"
    # "moved to relatives' homes in X", "staying with host families in Y": where they went
    r"|(?:(?<=\bto\s)|(?<=\bwith\s)|(?<=\bamong\s))(?:their\s+)?(?:relatives|friends|host\s+famil(?:y|ies))"
    r"(?:['\u2019]s?\s+(?:homes?|houses?))?\s+(?:in|at)"
    # "expelled 900 migrants, leaving them at the frontier near X": where they were put down
    r"|(?:leaving|left|abandoning|abandoned|dumping|dumped|stranding)\s+them\s+(?:stranded\s+)?(?:in|at|near|on)"
    # "40,000 refugees who fled X, most of them in Y": where they are now
    r"|(?:most|many|some|half|all)\s+of\s+them\s+(?:(?:now|currently|still)\s+)?(?:(?:living|staying|sheltering)\s+)?(?:in|at)"
    # "; 2,900 of them are in accommodation centres in Y": where that share of them is
    r"|\d+\s+of\s+(?:them|whom)\s+(?:are|were|remain|remained)\s+(?:(?:now|currently|still)\s+)?(?:in|at))\b",
    re.I,
)
_FROM_CUE = re.compile(
    # "left the camp in X", "fled a shelter at Y": a camp people left (before "left" alone)
    r"\b(?:(?:left|leaving|leave|fled|fleeing|abandoned|out\s+of|from)\s+(?:the\s+|their\s+|an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:camps?|shelters?|settlements?|sites?)\s+(?:in|at|near|of)"
    r"|from|fled|fleeing|flee|flees|left|leaving|leave|abandoned|escape|escaping|residents\s+of"
    r"|inhabitants\s+of|out\s+of|displaced|evacuated|uprooted|homes"
    # "crossed into Y since the clashes in X": the fighting that drove them out was where they left
    r"|(?:since|after|following|amid)\s+(?:[\w'’-]+\s+){0,3}?(?:clash(?:es)?|fighting|attacks?|violence|raids?"
    # ("since Sunday's clashes between farmers and border guards near X": who fought, then where)
    r"|shelling|unrest|air\s*strikes?|bombing|offensive)(?:\s+(?:between|among|involving|with)\s+[^,;.()]{1,60}?)?"
    r"\s+(?:in|at|around|near))\b",
    re.I,
)


#: "Nsanje district is hosting 6,700 ...", "X, which hosts 40,000 refugees": the place people are in
_HOST_AFTER = re.compile(
    # ("the centre in X, which has room for 500 people, is sheltering 1,300": the aside is the place's)
    r"(?:\s+(?:district|province|region|county|state|town|city|camp|settlement))?(?:\s*,\s*which(?:\s[^,;.]{0,60}?,)?)?"
    r"\s+(?:(?:is|are|was|were|has|have|had|now|currently|still|already|also)\s+){0,2}(?:been\s+)?"
    r"(?:hosting|hosts|hosted|receiving|received|welcomed|welcoming|sheltering|sheltered)\s+(?:some\s+|about\s+|over\s+"
    r"|more\s+than\s+|nearly\s+|around\s+|an\s+estimated\s+)?\d"
    # "X has been receiving since last week the nationals expelled from Y"
    r"|(?:\s+(?:district|province|region|county|state|town|city|camp|settlement))?\s+(?:has|have|had|is|are|was|were)"
    r"\s+(?:been\s+)?(?:hosting|receiving|welcoming|sheltering)\s+(?:[\w ]{0,30}?\s)?(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:nationals|refugees|migrants|families|returnees|evacuees|deportees|displaced|expellees|people|traders|workers"
    r"|miners|foreigners|citizens)\b", re.I)


def is_host(sentence: str, end: int) -> bool:
    """A place told as hosting a counted group ("X is hosting 6,700 refugees"): where they went."""
    return bool(_HOST_AFTER.match(sentence, end))


# "registered 340 new arrivals from A in the B region": B, told after where they came from, is where
# they were counted (not "arrived from villages in B", where B is where the villages are)
_ARRIVED_FROM_THEN_IN = re.compile(
    r"\b(?:arrivals?|arrived|arriving|registered|recorded|counted)\b[^.;]{0,40}?\bfrom\s+(?:[^.;]{0,60}?\s)?"
    r"(?-i:[A-Z])[\w'’-]*(?:\s+(?:region|province|state|district|county|department|governorate|prefecture))?"
    r"\s+(?:in|at)\s+(?:the\s+)?$", re.I)


def displacement_direction(before: str) -> str | None:
    """"to" when the last movement word before a place says people went there ("crossed
    into X", "sheltering in X", "left A for X"), "from" when it says they left it ("fled X",
    "residents of X", "evacuated from X"), None when no such word precedes it."""
    to = [m.end() for m in _TO_CUE.finditer(before)]
    frm = [m.end() for m in _FROM_CUE.finditer(before)]
    if not to and not frm:
        return None
    if _ARRIVED_FROM_THEN_IN.search(before):
        return "to"
    return "to" if (to[-1] if to else -1) > (frm[-1] if frm else -1) else "from"
