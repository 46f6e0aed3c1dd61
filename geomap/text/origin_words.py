"""Words that say whose origin a place is, when a counted group's figure is not its own.

"2,900 crossed into X, many of them women and children from Y": Y is where a part came from
(the figure is not Y's). "Some 300 villagers who had left Y returned home": Y is the home the
group went back to, not an area it fled now. "300 people who had sheltered in Z were moved to W":
Z is where they were displaced again from. All read a stretch of one sentence's words.
"""

from __future__ import annotations

import re

__all__ = ["part_came_from", "most_came_from", "home_of_people", "share_before", "left_then_home", "sheltered_then_moved", "goods_from", "intended_destination",
           "SHARE_OF_THEM"]

#: "many of them", "most of those": a share of the group counted before
SHARE_OF_THEM = r"\b(?:many|most|some|half|part|several|others|a\s+(?:few|third|quarter|majority))\s+of\s+(?:them|those|whom)\b"

# "..., many of them women and children from (the) ": who a share of them were, then where they came from,
# with no clause of their own between (not "most of them women, fled from X": the whole group fled X)
_SHARE_FROM = re.compile(SHARE_OF_THEM + r"[^,;:.()]{0,60}?\bfrom\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?$", re.I)


def part_came_from(before: str) -> bool:
    """Whether the words ``before`` a place tell it as where a share of the group came from
    ("..., many of them women and children from the " + place)."""
    return bool(_SHARE_FROM.search(before[-160:]))


# "..., most of them from (the) ", "the majority of them from ": where the bulk of the group came from
_MOST_FROM = re.compile(r"\b(?:most|the\s+majority|a\s+majority|nearly\s+all|almost\s+all)\s+of\s+(?:them|those|whom)"
                        r"\s+(?:(?:were|are|came|come|fled)\s+)?from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?$", re.I)
# the group told moving (not a stock: "feeding 3,100 refugees in X, most of them from Y")
_MOVED = re.compile(r"\b(?:arrived|arriving|arrivals|crossed|crossing|fled|fleeing|reached|displaced|evacuated|entered)\b",
                    re.I)


def most_came_from(before: str) -> bool:
    """Whether the words ``before`` a place tell it as where most of a group that moved came
    from ("640 refugees arrived at X, most of them from " + place): the group's origin, told
    with its figure (the few from elsewhere are not counted apart)."""
    return bool(_MOST_FROM.search(before[-160:])) and bool(_MOVED.search(before))


# "many of them to X" (a part went there), not "most of them women and children" (who they were)
_PART_OF = re.compile(r"\b(?:many|most|some|half|part|several|others)\s+of\s+(?:them|those)\b"
                      r"(?!\s+(?:(?:are|were)\s+)?(?:women|children|men|elderly|minors|girls|boys|mothers|students)\b)", re.I)


# ", most to X and to Y", "; the majority into X", "while others went to X": a share told with no "of
# them", opening its own clause, then where it went, with no figure of its own on the way (not ", some
# 400 to X": that group's own number)
_BARE_SHARE = re.compile(r"(?:[,;:(\u2014\u2013]|\s-|\b(?:and|while|whereas|but|with))\s+(?:most|many|some|half|several"
                         r"|others|the\s+(?:rest|others|majority|bulk)|a\s+(?:majority|few|third|quarter))\s+"
                         r"(?:(?:have|has|had|were|was|are)\s+)?(?:(?:been\s+)?(?:gone|went|go|moved|headed|fled|relocated"
                         r"|taken|sent|settled|staying|sheltering|living|crossed|walked|travell?ed)\s+)?"
                         r"(?:(?:on|away|back|further|south|north|east|west|inland|over)\s+)?(?:to|into|in|at|towards?)\b"
                         r"[^\d;]*$", re.I)


def share_before(before: str, origin: bool = False) -> bool:
    """Whether the words ``before`` a place tell a share of the group ("many of them to X",
    ", most to X"): the place is that share's, not the group's figure's; for the place people
    came from (``origin``), not when most of a group that moved came from it (``most_came_from``)."""
    return bool(_PART_OF.search(before) or not origin and _BARE_SHARE.search(before)) \
        and not (origin and most_came_from(before))


# "who had left / fled / been displaced from": a relative clause telling an earlier flight
_WHO_LEFT = re.compile(r"\b(?:who|that)\s+(?:had|have|has)\s+(?:\w+\s+)?(?:fled|left|abandoned|escaped"
                       r"|been\s+(?:displaced|evacuated|driven|forced)(?:\s+(?:out|away))?\s+(?:from|of)?)\b", re.I)
# the going home that follows it ("... returned home", "went back to their villages")
_HOME = re.compile(r"\b(?:return(?:ed|ing)?|went\s+back|came\s+back|have\s+gone\s+back|headed\s+back|moved\s+back)\b"
                   r"(?:\s+(?:on\s+)?\w+)?(?:\s+(?:home|to\s+(?:their|his|her)\s+(?:homes?|villages?|houses?|farms?|towns?)))\b"
                   r"|\b(?:returned|went\s+back|came\s+back)\s+(?:on|this|last|over|since|after|in|at|by)\b", re.I)


def left_then_home(before: str, after: str) -> bool:
    """Whether a place is the home a group went back to: the words ``before`` it end in a
    relative clause of an earlier flight ("villagers who had left ") and the words ``after``
    it tell the going home ("and other villages after the raid returned home")."""
    return _clause_then(before, _WHO_LEFT) and bool(_HOME.search(after))


def _clause_then(before: str, clause: re.Pattern) -> bool:
    """Whether ``before`` ends in a relative clause ``clause`` matches, no ";" or ":" after it."""
    m = None
    for m in clause.finditer(before):
        pass
    return m is not None and not re.search(r"[;:]", before[m.end():])


# "who had sheltered at / been staying in": a relative clause telling where a group was taken in before
_WHO_STAYED = re.compile(r"\b(?:who|that)\s+(?:had|have|has)\s+(?:\w+\s+)?(?:sheltered|stayed|lived|taken\s+refuge"
                         r"|been\s+(?:sheltering|staying|living|housed|hosted|accommodated|sheltered))\b", re.I)
# the moving on that follows it ("... were moved on Tuesday to", "have fled again")
_MOVED_ON = re.compile(r"^[^;:]{0,80}?\b(?:(?:were|was|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:moved|relocated|transferred"
                       r"|bused|bussed|evacuated|taken)|(?:fled|left|moved|went)\s+(?:again|on)|(?:have|has|had)\s+(?:fled|left"
                       r"|moved\s+(?:on|again|away)))\b", re.I)


def sheltered_then_moved(before: str, after: str) -> bool:
    """Whether a place is where a group was taken in before it moved again: the words ``before``
    it end in a relative clause of that stay ("people who had sheltered at a school in ") and
    the words ``after`` it tell the moving on ("were moved on Tuesday to a camp in ...")."""
    return _clause_then(before, _WHO_STAYED) and bool(_MOVED_ON.match(after))


# "a convoy of relief supplies from X", "food aid from Y": where goods were sent from, not people
_GOODS_FROM = re.compile(r"\b(?:supplies|aid|relief|convoys?|food|goods|shipments?|medicines?|equipment|donations)"
                         r"\s+(?:[\w'’-]+\s+){0,2}?from\s+(?:the\s+)?$", re.I)


def goods_from(before: str) -> bool:
    """Whether the words ``before`` a place tell it as where aid or goods came from."""
    return bool(_GOODS_FROM.search(before[-80:]))


# "most of them hoping to reach X or to travel on to Y", "bound for X", "on their way to Y": where people meant to go
_INTENT = re.compile(r"\b(?:(?:hoping|trying|seeking|intending|wanting|planning|attempting|aiming|hope|try|want|plan|intend)"
                     r"\s+to\s+(?:reach|get\s+to|travel|go|continue|cross|head|make\s+(?:it|their\s+way))"
                     r"|in\s+the\s+hope\s+of\s+reaching|bound\s+for|on\s+(?:their|the)\s+way\s+to|en\s+route\s+to)\b"
                     r"[^.;:()]{0,70}$", re.I)


def intended_destination(before: str) -> bool:
    """Whether the words ``before`` a place tell it as where people hoped or meant to go, not
    where they went ("..., most of them hoping to reach " + place, "or to travel on to " + place)."""
    return bool(_INTENT.search(before[-160:]))


# "two miners, both from ", "natives of ", "originally from ", "all from the ", ", most of them young men from ":
# where the people told are from
_HOME_OF = re.compile(r"(?:\b(?:both|all|each|originally|hail(?:s|ed|ing))\s+(?:(?:were|are|came|come)\s+)?from"
                      r"|\bnatives?\s+of"
                      r"|,\s+(?:both|all|each|most|many|several|some)(?:\s+of\s+them)?\s+(?:[\w-]+\s+){0,3}?from)"
                      r"\s+(?:the\s+)?$", re.I)


def home_of_people(before: str) -> bool:
    """Whether the words ``before`` a place tell it only as where people come from ("two miners,
    both from " + place): their home, often a thousand km from the stretch of frontier told."""
    return bool(_HOME_OF.search(before[-60:]))
