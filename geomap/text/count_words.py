"""The words of a count: numbers in digits and words, ACLED's floors for vague amounts, and the
people a count can be of ("a soldier", "two civilians").

Shared by the readers of tolls and displacement (``quantities``, ``displacement_counts``,
``toll_forms``) so each stays one job and no reader imports another's grammar.
"""

from __future__ import annotations

import re

from geomap.text.literals import required_words, trie_pattern

__all__ = ["value_of", "NUM", "NUM_RX", "CORE", "PERSON", "A_PERSON", "ANIMAL", "NUM_GATE", "COUNT_GATE"]

# --- numbers -----------------------------------------------------------------------------

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
# Vague amounts, read as ACLED's conservative floors.
_VAGUE = {
    "hundreds of thousands": 100_000, "tens of thousands": 10_000, "millions": 1_000_000,
    "thousands": 1000, "hundreds": 100, "scores": 20, "dozens": 12, "tens": 10,
    "half a dozen": 6, "a dozen": 12, "several": 3, "a few": 3, "few": 3, "a number of": 3,
    "many": 10, "numerous": 10, "a handful of": 3,
}
_WORD_NUM = (
    r"(?:(?:" + "|".join(_TENS) + r")(?:[- ](?:" + "|".join(k for k in _UNITS if _UNITS[k] < 10)
    + r"))?|" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")"
)
_QUAL = (
    r"(?:(?:at\s+least|more\s+than|over|nearly|almost|about|around|some|up\s+to|as\s+many\s+as"
    r"|an\s+estimated|roughly|approximately|close\s+to|in\s+excess\s+of|well\s+over|fewer\s+than"
    r"|less\s+than|at\s+most|a\s+total\s+of|a\s+further|another|only|just)\s+)*"
)
_CORE = (
    r"(?:hundreds\s+of\s+thousands|tens\s+of\s+thousands"
    r"|(?:several|a\s+few|a|one|" + _WORD_NUM + r"|\d+(?:\.\d+)?)\s+(?:hundred|thousand|million)s?"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:\s*(?:million|m\b))?"
    r"|half\s+a\s+dozen|a\s+dozen|a\s+handful\s+of|a\s+number\s+of|a\s+few"
    r"|millions|thousands|hundreds|scores|dozens|tens|several|many|numerous|few"
    r"|" + _WORD_NUM + r")"
)
_NUM = r"(?P<num>" + _QUAL + r"\b" + _CORE + r"\b)(?:\s+of\b)?"
_NUM_RX = re.compile(_QUAL + r"\b(?P<core>" + _CORE + r")\b", re.I)


def _value(text: str) -> int | None:
    """Integer value of a number phrase matched by ``_NUM`` (qualifiers ignored)."""
    m = _NUM_RX.fullmatch(text.strip())
    core = " ".join((m.group("core") if m else text).lower().split())
    core = core.removesuffix(" of")
    if re.fullmatch(r"(?:19|20)\d\d", core):  # a year ("between 2008 and 2011 killed"), not a count
        return None
    if core in _VAGUE:
        return _VAGUE[core]
    parts = core.replace(",", "").split()
    if not parts:
        return None
    scale = 1
    if len(parts) > 1 and parts[-1].rstrip("s") in _SCALES:
        scale = _SCALES[parts[-1].rstrip("s")]
        parts = parts[:-1]
    elif parts[-1].endswith("million") or parts[-1] == "m":
        scale = 1_000_000
        parts[-1] = parts[-1].removesuffix("million").removesuffix("m")
        parts = [p for p in parts if p]
    head = " ".join(parts)
    if head in ("several", "a few"):
        base = 3.0
    elif head in ("a", "one"):
        base = 1.0
    elif re.fullmatch(r"\d+(?:\.\d+)?", head):
        base = float(head)
    else:
        words = head.replace("-", " ").split()
        if not words or any(w not in _UNITS and w not in _TENS for w in words):
            return None
        base = float(sum(_UNITS.get(w, 0) + _TENS.get(w, 0) for w in words))
    return int(round(base * scale))


_PERSON = (
    r"(?:soldier|civilian|child|boy|girl|man|woman|person|policeman|police\s+officer|officer"
    r"|guard|border\s+guard|fighter|militant|rebel|farmer|villager|marine|resident|teenager"
    r"|journalist|worker|trooper|peacekeeper|serviceman|shepherd|herder|trader|student|member"
    r"|commander|sergeant|conscript|reservist|volunteer|pilot|infant|baby|youth"
    # the trades and roles a frontier's single victims are told by ("poachers killed a ranger",
    # "shot dead a fisherman", "a smuggler was killed")
    r"|ranger|game\s+warden|fisherman|boatman|smuggler|poacher|hunter|miner|driver|porter|logger|trafficker"
    r"|migrant|refugee|pastoralist|nomad|gendarme|teacher|nurse|motorist|passenger|vendor|merchant"
    r"|businessman|suspect|gunman|insurgent|jihadist|bandit|militiaman|guerrilla|labou?rer|lieutenant|corporal"
    r"|groom|stable\s+hand|farmhand|farm\s+hand|ranch\s+hand|herdsman|herdboy|cowherd|goatherd"
    # "a Guatemalan national was shot dead": one person told by nationality
    r"|national|citizen"
    # crews, bystanders and captives ("A Bolivian navy sailor and two fishermen were killed")
    r"|sailor|seaman|crewman|shopkeeper|motorcyclist|cyclist|pedestrian|bystander|tourist|pilgrim|medic|paramedic"
    r"|doctor|priest|imam|hostage|prisoner|detainee"
    # officials and the village's heads ("gunmen killed a customs official", "a village chief was shot dead")
    r"|official|agent|employee|elder|chief)"
)
# "a soldier", "a 67-year-old woman", "a Guyana Defence Force (GDF) soldier", "a Canadian border services officer"
# (the lower-case words of a trade may follow its capitalised nationality or force)
_CAPITALISED = r"(?:(?-i:[A-Z])[\w-]*\s+|\([A-Z]{2,6}\)\s+)"
_A_PERSON = (r"(?P<one>\b(?:a|an|one)\s+(?:(?:[\w-]+|\([A-Z]{2,6}\))\s+){0,2}?(?:" + _CAPITALISED + r"{1,4}?"
             r"(?:(?!(?:and|or|of|the|a|an|with|to)\b)(?-i:[a-z])[\w-]*\s+){1,2}?|" + _CAPITALISED + r"{0,4}?)"
             + _PERSON + r")\b")

#: animals a raid kills or drives off ("killed 30 cattle and a herder"): a count of them is no toll
ANIMAL = (r"(?:cattle|cows?|calves|heifers?|bullocks?|oxen|bulls?|goats?|sheep|rams?|lambs?|camels?|donkeys?|mules?"
          r"|horses?|ponies|livestock|animals|pigs?|chickens|hens|poultry|buffalo(?:e?s)?|yaks?"
          r"|elephants?|rhinos?|lions?|dogs?)")

# --- cheap gates (geomap.text.literals.prefiltered) --------------------------------------
# Every ``_NUM`` match holds a digit or, at a word's start, one of these words (or a longer
# word they begin: "hundreds", "seventeen", "tens"); a pattern starting with a count costs
# ~60 µs a sentence under re.I, a sentence without any of them is skipped for ~1 µs.
_NUM_WORDS = sorted({*_UNITS, *_TENS, *_SCALES, "dozen", "handful", "number", "few", "score", "ten", "several",
                     "many", "numerous"})
_NUM_GATE = re.compile(r"\d|\b" + trie_pattern(_NUM_WORDS))
# ... and every ``_A_PERSON`` match one of the words of the person it names
_COUNT_GATE = re.compile(_NUM_GATE.pattern + "|" + trie_pattern(sorted(required_words(re.compile(_PERSON, re.I)))))

#: amounts without any scale ("many", "several", "a few"): a toll's ACLED floor, but no one's
#: count of displaced people ("many crossed into X" is not ten people)
_NO_SCALE = frozenset({"several", "a few", "few", "a number of", "many", "numerous", "a handful of"})


def not_a_figure(text: str, before: str = "") -> bool:
    """Whether a number phrase is a vague amount with no scale at all ("many", "several"), or
    one denied by the word ``before`` it ("no one has been displaced")."""
    m = _NUM_RX.fullmatch(text.strip())
    return " ".join((m.group("core") if m else text).lower().split()).removesuffix(" of") in _NO_SCALE \
        or " ".join(text.lower().split()) in _NO_SCALE or bool(re.search(r"\bno\s*$", before, re.I))


#: public names for the readers
NUM, NUM_RX, CORE, PERSON, A_PERSON = _NUM, _NUM_RX, _CORE, _PERSON, _A_PERSON
NUM_GATE, COUNT_GATE = _NUM_GATE, _COUNT_GATE
value_of = _value
