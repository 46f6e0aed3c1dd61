"""Read counts from a sentence: fatalities and displaced people (a stated border length: ``border_length``).

Readings are conservative, as ACLED codes them: the lowest reported number wins
("more than 100" → 100), vague words get fixed floors ("dozens" → 12, "hundreds" → 100,
"several" → 3, "many" → 10), "casualties" alone → 0, and the wounded are never fatalities.
A number only counts when it is tied, inside the same clause, to a word of the right kind
(killed/dead/died; displaced/fled/refugees), so stray figures such as "wounded 40" are
ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from geomap.text.count_words import A_PERSON as _A_PERSON, CORE as _CORE, NUM as _NUM, PERSON as _PERSON, value_of as _value
from geomap.text.count_words import COUNT_GATE as _COUNT_GATE, NUM_GATE as _NUM_GATE, not_a_figure
from geomap.text.group_words import ARMED as _ARMED, holds_displaced
from geomap.text.literals import fold_ascii, prefiltered
from geomap.text.toll_forms import contested, extra_hits, one_before, running_hits
from geomap.text.toll_grammar import (inside_risen_toll, lone_subject, named_deaths, one_and_kin, the_one, told_as_cause,
                                     with_untold, cause_hits)

__all__ = [
    "Count",
    "casualties_untold",
    "fatalities_from_text",
    "displaced_from_text",
    "elliptic_count",
    "is_displacement_sentence",
    "is_death_report",
    "only_displacement_nouns",
    "is_armed_flight",
]


@dataclass(frozen=True)
class Count:
    """A number read from a sentence; ``value`` None means "mentioned, not counted"."""

    value: int | None
    text: str
    start: int
    end: int
    #: the (start, end, value) of each count a summed toll adds up ("killing two, ... killing a farmer")
    parts: tuple = field(default=(), compare=False, repr=False)


# Words that cut the tie between a number and a later death/displacement word.
_STOP = (
    r"(?:and|or|but|while|whereas|wounded|injured|hurt|missing|arrested|detained|captured|after"
    r"|when|where|who|which|that|as|in|on|at|by|with|from|since|during|before|near|than)"
)
_GAP = r"(?:\s+(?!" + _STOP + r"\b)(?!\d)[A-Za-z][\w'\u2019-]*){0,5}?"
_ASIDE = (
    r"(?:\s*,\s*(?:including|among\s+them|most\s+of\s+them|many\s+of\s+them|mostly|all\s+of\s+them"
    r"|of\s+whom)\b[^,;]{0,80},"
    # "11 people, six of them civilians, were killed"; "The three, a man and his two sons, were killed"
    r"|\s*,\s*(?:\w+\s+of\s+them\b|(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|both|all)\s+(?!of\b))"
    r"(?![^,;]*\b(?:killed|dead|died|wounded|injured|hurt|said|says|told)\b)[^,;\d]{0,60},)?"
)
_UNIT_AFTER = re.compile(
    r"\s*(?:-|\s)?(?:km|kms|kilomet|metres?|meters?|miles?|mi\b|days?|weeks?|months?|years?|hours?"
    r"|minutes?|percent|per\s+cent|%|a\.m|p\.m|am\b|pm\b|o['\u2019]clock)",
    re.I,
)

# "were hacked to death", "were massacred": killed, told by how
_KILLED_BY = (r"(?:(?:burnt|burned|hacked|stabbed|beaten|bludgeoned|clubbed|stoned|shot)\s+to\s+death"
              r"|massacred|murdered|beheaded|lynched)")
_PASSIVE_DEATH = r"(?:dead|died|martyred|perished|" + _KILLED_BY + r"|(?:lost|lose)\s+(?:their\s+lives|his\s+life|her\s+life)|deaths|fatalities|lives\s+(?:were\s+|have\s+been\s+)?lost|bodies)"
_AUX = re.compile(r"\b(?:were|was|been|being|be|are|is|got|left)\b", re.I)
# "two fighters of the West Papua National Liberation Army (TPNPB) were killed", "a youth from Rajapur
# Municipality-8 was killed": the group or the place they belong to
_OF_NAMED_GROUP = r"(?:\s+(?:of\s+the|from)(?:\s+(?-i:[A-Z])[\w'\u2019-]*){1,6}(?:\s+\([A-Z]{2,8}\))?)?"
# "An officer who was shot during the unrest died", "two guards wounded in the clash died": the
# count read past how they were hurt (a few words of where and when, no other count nor death word)
_HURT = (r"(?:\s*,?\s+(?:who\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?)?(?:shot|wounded|injured"
         r"|hurt|stabbed|beaten)(?:\s+(?!(?:which|where|when|who|whom|that|killed|killing|died|dead|people|and)\b)"
         r"[A-Za-z][\w'\u2019-]*){0,7}?\s*,?(?:\s+later)?(?=\s+died\b))?")
# The number before the death word ("12 people were killed", "dozens have died").
_BEFORE = prefiltered(re.compile(
    r"(?:" + _A_PERSON + r"|\b" + _NUM + r")" + _GAP + _OF_NAMED_GROUP + _ASIDE + _HURT
    + r"(?:\s+(?:have|has|had|were|was|are|is)(?:\s+been)?)?"  # "…, including civilians, have been killed"
    + r"(?:\s+(?:shot|stabbed|attacked|beaten)\s+and)?"  # "A soldier was shot and killed"
    + r"\s+(?P<word>killed|slain|" + _PASSIVE_DEATH + r")\b",
    re.I,
), gate=_COUNT_GATE)  # (gates: a sentence without a count is not searched, see count_words)
# The number after an active verb ("killing dozens", "killed at least 12 people").
_AFTER = prefiltered(re.compile(
    r"\b(?P<word>killed|killing|kills|kill|slew|shot\s+dead|shooting\s+dead|gunned\s+down|claimed\s+the\s+lives\s+of|claiming\s+the\s+lives\s+of"
    r"|cost\s+the\s+lives\s+of|the\s+deaths\s+of|the\s+killing\s+of|the\s+killings\s+of"
    r"|massacred|massacring|murdered|murdering|beheaded|beheading|lynched|lynching)\s+"
    r"(?:(?:its|their|his|her|the|all(?:\s+the)?)\s+(?=\S+\s+\w))?"  # "killing its two occupants", "killing all four"
    r"(?:" + _A_PERSON + r"|" + _NUM + r")",
    re.I,
))
_LIVES = prefiltered(re.compile(r"\b(?P<word>claimed|claiming|cost|costing)\s+" + _NUM + r"\s+lives\b", re.I))
_TOLL = prefiltered(re.compile(
    r"\b(?P<word>death\s+toll|toll|number\s+of\s+(?:dead|deaths|people\s+killed))\b(?:\s+[\w-]+){0,4}?"
    r"\s+(?:to|at|of|reached|reaches|hit|hits|is|was|stands\s+at|stood\s+at|rose\s+to|rises\s+to|climbed\s+to"
    r"|climbs\s+to)\s+" + _NUM,
    re.I,
))
# "the death toll from Friday's shelling of X has risen to 14": a follow-up report's new total
_TOLL_RISEN = prefiltered(re.compile(
    r"\b(?P<word>death\s+toll|toll|number\s+of\s+(?:dead|deaths|people\s+killed))\b[^.;]{0,240}?"
    r"\b(?:(?:has|have|had)\s+)?(?:risen|rose|rises|climbed|climbs|increased|jumped|grown|reached|reaches)\s+(?:to\s+)?" + _NUM,
    re.I,
))
# "A mother and her": one person told before the group of hers that died with her ("A mother and
# her three children were killed" is four dead)
_ONE_AND_KIN = re.compile(r"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:" + _PERSON
                          + r"|mother|father|wife|husband|son|daughter|brother|sister|grandmother|grandfather)"
                          r"\s+and\s+(?:his|her|their)\s+$", re.I)
_AMONG_BEFORE = re.compile(r"\bamong\s+$", re.I)
#: "Four of the dead were children", "two of those killed were soldiers": the count is a part of a
#: total (told elsewhere or not at all), the death word its noun, not its verb
_OF_THE = re.compile(r"\s+of\s+(?:the|those)\s+", re.I)
_PART_OF_DEAD = re.compile(r"\s+(?:were|was|are|is|included)\b", re.I)
#: "Municipality-8", "Ward-3": a number joined to a name by a hyphen is part of the name, no count
_NAME_NUMBER = re.compile(r"[A-Za-z]-$")
# "Eleven soldiers and": the first group of "Eleven soldiers and two drivers were killed"
_FIRST_OF_PAIR = re.compile(r"\b" + _NUM.replace("(?P<num>", "(?P<num0>") + _GAP + r"\s+and\s+$", re.I)
_AND_MORE = re.compile(
    r"(?:\s+(?!" + _STOP + r"\b)[A-Za-z][\w'-]*){0,4}?,?\s+and\s+(?:" + _A_PERSON + r"|" + _NUM + r")"
    r"(?!(?:\s+(?!and\b)[\w-]+){0,3}?\s+(?:were\s+|was\s+|been\s+)?(?:wounded|injured|hurt|missing|arrested|detained))",
    re.I,
)
# "killing 30 cows", "killed dozens of goats": animals, no toll
_ANIMAL = (r"(?:cattle|cows?|goats?|sheep|camels?|donkeys?|livestock|animals|horses?|pigs?|chickens|oxen|bulls?"
           r"|elephants?|rhinos?|lions?|dogs?)")
_ANIMALS = re.compile(r"\s+(?:of\s+)?(?:(?:their|the|his|her)\s+)?(?:[\w-]+\s+)?(?:head\s+of\s+)?" + _ANIMAL + r"\b", re.I)
_ANIMAL_WORD = re.compile(r"\b" + _ANIMAL + r"\b", re.I)
_INCLUDING_BEFORE = re.compile(r"(?:including|among\s+them|among\s+the\s+dead|of\s+whom|of\s+them)\s*$", re.I)
_ACTIVE_FOLLOW = re.compile(r"\s+(?!(?:in|on|at|by|during|near|when|while|after|before|and|as|since|along|across|inside|outside|overnight|yesterday|today|last|this|early|late|earlier|later|over|amid|following|within|around|close|about|under|through|there|here)\b)[A-Za-z\d]")
_ZERO = prefiltered(re.compile(
    r"\b(?:no\s+(?:one|body)\s+(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+)?(?:\w+\s+)?(?:killed|hurt|injured|harmed|died)"
    r"|nobody\s+(?:was\s+|had\s+been\s+|has\s+been\s+)?(?:\w+\s+)?(?:killed|hurt|injured|harmed|died)"
    r"|no\s+(?:immediate\s+)?(?:reports?\s+of\s+|word\s+of\s+)?(?:any\s+)?(?:casualties|deaths|fatalities|injuries|loss\s+of\s+life|one\s+dead)"
    r"|without\s+(?:any\s+)?(?:casualties|loss\s+of\s+life)"
    r"|there\s+were\s+no\s+(?:casualties|deaths|fatalities)"
    r"|\bno\s+(?:[\w-]+\s+){0,2}?(?:were|was|have\s+been|had\s+been)\s+(?:reported\s+)?(?:killed|dead))",
    re.I,
))
#: casualties the text says it does not know ("there was no information on casualties", "details of
#: casualties were not available"): no count, not zero
_CASUALTIES_UNKNOWN = re.compile(
    r"\bno\s+(?:immediate\s+)?(?:information|details|figures?|confirmation)\s+(?:on|about|of|regarding)\s+(?:any\s+)?"
    r"(?:the\s+)?(?:casualties|deaths|fatalities|victims)"
    r"|\b(?:casualt(?:y|ies)|deaths?|fatalit(?:y|ies))\s+(?:figures?\s+|details\s+|tolls?\s+)?(?:was|were)\s+(?:not\s+(?:immediately\s+)?"
    r"(?:known|available|clear|given)|unknown|unclear)"
    r"|\b(?:unclear|not\s+(?:immediately\s+)?(?:known|clear))\s+(?:whether|if)\s+(?:there\s+were\s+)?(?:any\s+)?"
    r"(?:casualties|deaths|fatalities)"
    # "no casualty figures were available", "gave no figure for the dead"
    r"|\bno\s+(?:immediate\s+|official\s+)?(?:casualty|death)\s+(?:figures?|counts?|tolls?)\s+(?:was|were|had\s+been|have\s+been)"
    r"\s+(?:\w+\s+)?(?:available|given|released|reported|provided|known)"
    r"|\bgave\s+no\s+(?:casualty\s+|death\s+)?(?:figures?|toll|count)\s+(?:for|of|on)\s+(?:the\s+)?(?:dead|casualties|deaths)",
    re.I,
)
def casualties_untold(words: str) -> bool:
    """Whether the words say the deaths are not known ("no casualty figures were available"): the
    event's toll is unknown, and a count told beside it is not its own."""
    return bool(_CASUALTIES_UNKNOWN.search(words))


_CASUALTIES = prefiltered(re.compile(r"\b(?:(?:heavy|light|mass|civilian|many|" + _CORE + r")\s+)?casualties\b", re.I))
_DEATH_WORD = prefiltered(re.compile(r"\b(?:killed|dead|died|martyred|deaths?|fatalities|lives\s+lost|killing|death\s+toll|perished|slain)\b", re.I))


# Cheap gates: most sentences mention neither deaths nor displacement.
# (prefiltered: under re.I a plain alternation cost 15-25 µs a sentence; see geomap.text.literals)
_FATAL_GATE = prefiltered(re.compile(
    r"kill|dead|die|martyr|death|fatal|lives|casualt|slain|slew|perish|bodies|toll|nobody|no one|succumb|lost|losing|loses"
    r"|massacr|murder|behead|lynch",
    re.I))
_DISP_GATE = prefiltered(re.compile(
    r"displac|evacu|fled|flee|refuge|homes|shelter|uproot|homeless|relocat|IDP|hosting|cross|left|abandon|desert"
    r"|moved|arriv|returnee|returned|drove|driven|pushed|entered|reach|expel|deport|continued|gone|went|travel"
    r"|pressed|ferried|airlift|taken by|depart|forc|asylum|receiv|welcom|regist|took in",
    re.I
))


def _num_count(m: re.Match, sentence: str) -> int | None:
    return 1 if m.groupdict().get("one") else _value(m.group("num"))


def _followed_by_unit(sentence: str, m: re.Match) -> bool:
    return bool(_UNIT_AFTER.match(sentence, m.end("num"))) if m.groupdict().get("num") else False


#: sentences whose toll (and displaced count, and displacement words) is kept: the reading asks
#: a document's sentences twice or more (tolls beside incidents, then places by their dead;
#: displacement sentences, then their areas), about a long article's worth apart at most
_TOLLS_KEPT = 512


@lru_cache(maxsize=_TOLLS_KEPT)  # a Count is frozen: a kept one is safe to hand out again
def fatalities_from_text(sentence: str) -> Count | None:
    """The number of people a sentence reports killed, read as ACLED would.

    Parameters
    ----------
    sentence : str
        One sentence.

    Returns
    -------
    Count or None
        ``value`` 0 for "no casualties" / "no one was killed" / "casualties" alone; ``value``
        None when deaths are mentioned without any number ("civilians were killed"); None when
        the sentence reports no deaths (the wounded alone are not fatalities).
    """
    if not _FATAL_GATE.found(sentence):
        return None
    toll = _TOLL.search(sentence) or _TOLL_RISEN.search(sentence)
    if toll and not _followed_by_unit(sentence, toll):
        value = _value(toll.group("num"))
        if value is not None:
            return _lowest_told(sentence, Count(value, toll.group(0), toll.start(), toll.end()))

    hits: list[tuple[int, int, int]] = []
    for m in _AFTER.finditer(sentence):
        if _followed_by_unit(sentence, m):
            continue
        value = _num_count(m, sentence)
        if value is None:
            continue
        end = m.end()
        more = _AND_MORE.match(sentence, end)
        if _ANIMALS.match(sentence, end):  # "killing 30 cows and two herders": the herders only
            if more and not _followed_by_unit(sentence, more) and not _ANIMALS.match(sentence, more.end()) \
                    and (extra := _num_count(more, sentence)) is not None:
                hits.append((more.start("num") if more.groupdict().get("num") else more.start(), more.end(), extra))
            continue
        if more and not _followed_by_unit(sentence, more):
            extra = _num_count(more, sentence)
            if extra is not None:
                value += extra
                end = more.end()
        hits.append((m.start(), end, value))
    for rx in (_LIVES,):
        for m in rx.finditer(sentence):
            value = _value(m.group("num"))
            if value is not None:
                hits.append((m.start(), m.end(), value))
    for m in _BEFORE.finditer(sentence):
        if _followed_by_unit(sentence, m):
            continue
        word = m.group("word").lower()
        if word in ("killed", "slain", "massacred", "murdered", "beheaded", "lynched"):
            between = sentence[m.start():m.start("word")]
            if not _AUX.search(between) and _ACTIVE_FOLLOW.match(sentence, m.end()):
                continue  # "two gunmen killed villagers": the number is the killers
        if _PART_OF_DEAD.match(sentence, m.end()) and _OF_THE.fullmatch(sentence, m.end("one") if m.group("one") else m.end("num"), m.start("word")):
            continue  # "Four of the dead were children": a part of a total, not the toll
        value = _num_count(m, sentence)
        if value is None or (m.group("num") and _NAME_NUMBER.search(sentence, 0, m.start("num"))):
            continue
        if _ANIMAL_WORD.search(sentence, m.start(), m.start("word")):
            continue  # "30 cattle were killed": no people
        if (alone := lone_subject(sentence, m.start(), m.end("num") if m.group("num") else None, m.start("word"),
                                  value)) is not None:  # "A man driving a van with eleven migrants was shot dead"
            if alone >= 0:
                hits.append((alone, m.end(), 1))
            continue
        start = m.start()
        pair = _FIRST_OF_PAIR.search(sentence, max(0, start - 80), start)
        if (pair and pair.end() == start and not _UNIT_AFTER.match(sentence, pair.end("num0"))
                and not _AUX.search(sentence, pair.end("num0"), pair.end())  # ("six soldiers was ambushed and one ...")
                and (first := _value(pair.group("num0"))) is not None):
            # "Eleven soldiers and two drivers were killed"; "for several hours and two were killed" is one group
            start, value = pair.start(), value + first
        elif (kin := _ONE_AND_KIN.search(sentence, max(0, start - 80), start)) and kin.end() == start:
            start, value = kin.start(), value + 1  # "A mother and her three children were killed"
        elif (first := one_before(sentence, start)) is not None:
            start, value = first, value + 1  # "A border guard and two civilians were killed"
        hits.append((start, m.end(), value))

    hits.extend(extra_hits(sentence))
    hits.extend(named_deaths(sentence))  # "the death of Chief Sergeant X, killed in an attack"
    hits.extend(with_untold(sentence))  # "Four soldiers and an unknown number of militants were killed"
    hits.extend(one_and_kin(sentence))  # "killed a farmer and his two sons"
    hits.extend(the_one(sentence))  # "wounding its driver, who later died in hospital"
    hits = [h for h in hits if not inside_risen_toll(sentence, h[0])]  # "three, a toll that rose when a wounded man died"
    if causes := cause_hits(sentence, hits):  # "marched over the deaths of two": another event's dead
        a, b = min(causes, key=lambda h: (not told_as_cause(sentence, h[0]), h[0]))[:2]
        hits = [h for h in hits if h not in causes]
        if not hits:  # "Clashes over the killing of a herder left five dead": the count told after it
            rest = fatalities_from_text(sentence[b:]) if len(sentence) - b > 8 else None
            if rest is not None and rest.value and rest.start is not None:
                return Count(rest.value, rest.text, b + rest.start, b + rest.end)
            return Count(None, sentence[a:b], a, b)
    hits = [h for h in hits if h not in running_hits(sentence, hits)]  # "..., the latest of raids that have killed 41"
    zeros = [(z.start(), z.end()) for z in _ZERO.finditer(sentence)]
    hits.sort(key=lambda h: (h[0], -h[1]))  # of two counts starting together, the longer ("a man and his wife")
    kept: list[tuple[int, int, int]] = []
    for start, end, value in hits:
        if kept and start < kept[-1][1]:
            continue
        if any(zs <= start < ze or start <= zs < end for zs, ze in zeros):
            continue
        if kept and _INCLUDING_BEFORE.search(sentence, 0, start):
            continue  # "12 killed, including three civilians killed ..." counts once
        if _AMONG_BEFORE.search(sentence, max(0, start - 10), start):
            continue  # "(and) among the dead were four children": a part of a total, told or not
        kept.append((start, end, value))
    if kept:
        start, end = kept[0][0], kept[-1][1]
        values = [v for _, _, v in kept]
        if contested(sentence, kept):
            return Count(min(values), sentence[start:end], start, end)
        return Count(sum(values), sentence[start:end], start, end, tuple(kept) if len(kept) > 1 else ())

    unknown = _CASUALTIES_UNKNOWN.search(sentence)
    if unknown:  # "no information on casualties": the words, no number (not zero)
        return Count(None, unknown.group(0), unknown.start(), unknown.end())
    zero = _ZERO.search(sentence)
    if zero:
        return Count(0, zero.group(0), zero.start(), zero.end())
    death = _DEATH_WORD.search(sentence)
    if death:
        return Count(None, death.group(0), death.start(), death.end())
    cas = _CASUALTIES.search(sentence)
    if cas:
        return Count(0, cas.group(0), cas.start(), cas.end())
    return None


def _lowest_told(sentence: str, toll: Count) -> Count:
    """A toll phrase's count, or another source's lower count told beside it ("Local media put the
    toll at nine, while police said six people had died"): ACLED's lowest."""
    for lo, hi in ((toll.end, len(sentence)), (0, toll.start)):
        other = fatalities_from_text(sentence[lo:hi]) if hi - lo > 10 else None
        if other is not None and other.value is not None and other.value < toll.value and other.start is not None:
            a, b = lo + other.start, lo + other.end
            pair = [(toll.start, toll.end, toll.value), (a, b, other.value)]
            if contested(sentence, sorted(pair)):
                return Count(other.value, sentence[a:b], a, b)
    return toll


# --- displacement --------------------------------------------------------------------------

_DISP_VERB = (
    r"(?:displaced|evacuated|fled|fleeing|flee|forced\s+(?:from|out\s+of)\s+their\s+homes"
    r"|driven\s+(?:from|out\s+of)\s+their\s+homes|uprooted|(?:made|left)\s+homeless"
    r"|(?:sought|taken|took|taking|seeking)\s+(?:refuge|shelter)|sheltering|sheltered|relocated"
    r"|moved\s+to\s+(?:safety|safer\s+(?:ground|areas?|places?))|(?:had|have|has)\s+moved\s+(?:to|away|out|(?:their\s+)?(?:families"
    r"|animals|livestock|herds|belongings)(?:\s+and\s+(?:their\s+)?[a-z]+)?\s+(?:from|away|out|towards?|to))"
    r"|lost\s+their\s+homes|cross(?:ed|ing)?(?:\s+[\w'\u2019-]+){0,4}?\s+into|entered|arrived\s+(?:in|at)|returned\s+(?:to|home)"
    r"|(?:had|have|has)\s+moved\s+(?:north|south|east|west)\w*\s+to|(?:were|was|been|being)\s+(?:(?:later|then|also|subsequently)\s+)?"
    r"(?:moved|relocated|transferred|bused|bussed|ferried|airlifted|taken\s+by\s+(?:ferry|boat|bus|buses|trucks?|road|air|helicopter))"
    r"|left(?:\s+(?!for\b)[\w'\u2019-]+){0,4}?\s+for|left\s+(?:their\s+)?(?:homes?|villages?|houses)"
    # "2,100 residents of X moved to Y", "800 families have moved downriver to Y", "6,000 people
    # crossed at the X border post", "residents of X left the Y district"
    r"|moved\s+(?:(?:north|south|east|west)\w*\s+|downriver\s+|upriver\s+|inland\s+)?to"
    r"|crossed\s+(?:at|through|over)|left\s+(?:the\s+)?(?-i:[A-Z])\w*"
    # "1,500 Tanzanians had crossed, fleeing ...", "900 people crossed the border on Monday"
    r"|crossed(?=\s*[,;.]|\s+(?:the\s+)?(?:border|frontier|river)\b|\s+(?:over\s+)?from\b)"
    r"|arrived(?=\s*[,;.]|\s+(?:this|last|on|over|since|during|within|earlier|from)\b)"
    r"|(?:had|have|has)\s+(?:left|abandoned|deserted)"
    # "8,000 have continued to X", "2,500 have gone on to Y", "1,500 reaching X": onward to a named place
    r"|(?:continued|gone\s+on|went\s+on|moved\s+on|travell?ed\s+on|pressed\s+on|reached|reaching)"
    r"(?:\s+(?:on\s+)?to)?(?=\s+(?:the\s+)?(?-i:[A-Z])))"
)
_DISP_NOUN = (
    r"(?:refugees|evacuees|returnees|(?:new\s+)?arrivals|displaced\s+(?:people|persons|residents|civilians|families)"
    r"|internally\s+displaced(?:\s+(?:people|persons))?|IDPs|asylum[- ]seekers)"
)
# "500 nomads and fishing families have left", "3,200 people who fled", "350 Colombians who had
# lived there for years returned to X"
# "450 families, about 2,600 people, reached X", "300 households (1,500 people)": the people
_PEOPLE_ASIDE = (r"\s*(?:,(?!\d{3})|\()\s*(?:or\s+)?" + _NUM.replace("<num>", "<people>")
                 + r"\s+(?:people|persons|individuals|residents)\s*[,)]")
_DISP_BEFORE = prefiltered(re.compile(
    r"\b" + _NUM + _GAP + r"(?:\s+and(?:\s+[a-z][\w-]*){1,2})?" + _ASIDE + r"(?:" + _PEOPLE_ASIDE + r")?"
    r"(?:\s+(?:who|that)\b[^,;]{0,60}?)?"
    + r"(?:\s+(?:have|has|had)(?:\s+been)?(?:\s+(?:since|already|now|also))?)?\s+(?P<word>" + _DISP_VERB + r")\b", re.I),
    gate=_NUM_GATE)
_DISP_NOUN_AFTER = prefiltered(re.compile(
    r"\b" + _NUM + r"(?:\s+(?!including\b)[A-Za-z][\w-]*){0,2}?\s+(?P<word>" + _DISP_NOUN + r")\b", re.I))
# "fighting drove some 2,700 Malians into X", "moved 1,200 residents of X to Y", "police expelled
# 12,000 Congolese from X", "deported 900 migrants back to Y" (people expelled: not "expelled two diplomats")
_DISP_MOVED = prefiltered(re.compile(
    r"\b(?P<word>drove|driven|forced|pushed|moved|relocated|transferred|bused|bussed"
    r"|expelled|expelling|deported|deporting)\s+" + _NUM
    + r"(?:\s+[a-z][\w-]*)?\s+(?:people|persons|residents|civilians|villagers|families|households|inhabitants"
    r"|refugees|children|women|migrants|asylum[- ]seekers|(?-i:(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+(?:s|ese)))"
    r"\s+(?:back\s+)?(?:into|out\s+of|across|from|of|to)\b", re.I))
# "the transit centre received 1,100 people", "Kisoro has registered 3,000 Congolese": people taken in
_DISP_RECEIVED = prefiltered(re.compile(
    r"\b(?P<word>received|receiving|registered|registering|welcomed|took\s+in|taken\s+in)\s+" + _NUM
    + r"(?:\s+(?:new|more|other))?\s+(?:people|persons|civilians|residents|villagers|families|households"
    r"|(?-i:(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+(?:ans|ians|ese|is|ns)))\b", re.I))
_FLIGHT_CONTEXT = re.compile(r"\b(?:fle\w*|refuge\w*|displac\w*|escap\w*|safety|shelter\w*|asylum|evacu\w*|uproot\w*|(?:after|amid"
                             r"|following)\s+(?:[\w-]+\s+){0,2}?(?:fighting|clashes|attacks?|violence|raids|shelling))\b",
                             re.I)
_FOREIGNERS = re.compile(r"\b(?-i:[A-Z][a-z]+(?:ans|ians|ese|is|ns))\b")
_TAKEN_IN_CONTEXT = re.compile(r"\b(?:transit|reception|camps?|asylum|refugees?|displac\w*|fled|flee\w*|shelter\w*"
                               r"|border|frontier|crossing|arrivals?|evacu\w*)\b", re.I)
_HURT_AFTER = re.compile(r"[^.;]{0,40}?\b(?:wound\w*|injur\w*|hurt|gunshot|treatment|treated|bodies|dead|burns)\b", re.I)
# "Another 900 reached X", "a further 300 arrived in Y": more of the people counted before
_DISP_ANOTHER = prefiltered(re.compile(
    r"\b(?:another|a\s+further)\s+" + _NUM + r"(?:\s+[a-z][\w-]*){0,2}?(?:" + _PEOPLE_ASIDE + r")?\s+(?:(?:have|has|had)\s+)?"
    r"(?P<word>reached|arrived|crossed|entered|fled|came)\b", re.I))
_DISP_AFTER = prefiltered(re.compile(
    r"\b(?P<word>evacuated|evacuating|evacuate|displaced|displacing|displace|uprooted|uprooting"
    r"|sheltering|sheltered|shelters|hosting|hosts|relocated|relocating)\s+" + _NUM + r"(?!\s+(?:tonnes|tons|schools|families|households))",
    re.I,
))
# "35,000 residents of Oddar Meanchey and Preah Vihear provinces had moved to safer ground"
_DISP_GROUP_OF = prefiltered(re.compile(
    r"\b" + _NUM + r"\s+(?:[A-Z][a-z]+\s+)?(?:people|persons|residents|civilians|villagers|families|households|inhabitants"
    r"|settlers|herders|pastoralists|miners|farmers|(?-i:[A-Z][a-z]+(?:ans|ians|ese|is|ns)))"
    r"\s+(?:of|from|in|living\s+in)\s+(?:(?!\band\s+that\b|,\s*and\b|\bkill)[^.;]){1,80}?\s+(?:(?:had|have|has|were|was)(?:\s+been)?\s+)?"
    r"(?P<word>" + _DISP_VERB + r")\b",
    re.I,
), gate=_NUM_GATE)
_DISP_TOTAL = prefiltered(re.compile(
    r"\b(?P<word>number\s+of\s+(?:displaced|refugees|evacuees)(?:\s+people)?)(?:\s+[\w'\u2019-]+){0,5}?"
    r"\s+(?:to|at|of|reached|hit|is|was|stands\s+at|rose\s+to|climbed\s+to)\s+" + _NUM,
    re.I,
))
_DISPLACEMENT = prefiltered(re.compile(
    r"\b(?:displace(?:d|ment|s)?|displacing|evacuat(?:ed|ion|ions|e|es|ing)|evacuees|fled|flee(?:ing|s)?"
    r"|refugees?|(?:from|out\s+of|flee|fled|leave|left|abandon(?:ed)?)\s+their\s+homes"
    r"|(?:people|residents|civilians|villagers|families|households|herders|pastoralists)\b[^.;]{0,40}\bcrossed"
    r"|(?:people|residents|civilians|villagers|families|inhabitants|arrivals|refugees)\b[^.;]{0,40}\b(?:being|been|were|was)\s+"
    r"(?:moved|relocated|resettled|bussed|bused|taken)\s+(?:out|away|to|from)"
    # "the nationals expelled from X", "migrants deported from Y": people forced across a border
    r"|(?:nationals|migrants|people|families|residents|workers|traders|villagers|miners|panners|foreigners|citizens)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:expelled|deported)\s+(?:from|by|across|over)"
    # "614 residents were sleeping in the community hall and two schools in X": people in collective shelters
    r"|(?:sleeping|staying|camped|camping|housed|accommodated)\s+(?:in|at)\s+(?:[\w-]+\s+){0,4}?(?:schools?|churche?s"
    r"|(?:community|town|village|sports)\s+halls?|tents|mosques?|stadiums?|gym(?:nasium)?s?|warehouses?|classrooms?)\b"
    # "police moved residents of about 60 homes in X to hotels in Y": the movers as subject
    r"|(?:moved|relocated|bussed|bused|transferred)\s+(?:about\s+|some\s+|\d[\d,.]*\s+)?(?:residents|villagers|families"
    r"|households|inhabitants)\b(?=[^.;]{0,80}\bto\b)"
    r"|(?:made|left)\s+homeless|uprooted|(?:sought|seeking|taken|took|taking)\s+(?:refuge|shelter)"
    r"|(?:people|residents|civilians|villagers|families|households|inhabitants)\b[^.;]{0,40}\b(?:had|have|has)\s+"
    r"(?:left|abandoned|deserted|moved\s+(?:to|away|out))\b|(?:left|abandoned|deserted)\s+(?:their\s+)?(?:homes|villages|houses)"
    r"|moved\s+to\s+(?:safety|safer\s+(?:ground|areas?|places?))"
    r"|shelters?|sheltering|sheltered|(?:evacuation|reception)\s+cent(?:re|er)s?|relief\s+camps?|IDPs?|exodus"
    r"|returnees|\d[\d,.]*\s+(?:new\s+)?arrivals|arrivals\s+(?:from|in|at|through|into|to)"
    r"|(?:drove|driven|pushed)\s+(?!off\b)(?:[\w,.]+\s+){0,5}?(?:into|out\s+of|from|across|towards?)"
    r"|(?:people|residents|civilians|villagers|families|households|inhabitants)\b[^.;]{0,40}\bleft\s+(?:\w+\s+){0,3}?for"
    r"|(?:people|migrants|refugees|families|civilians)\b[^.;]{0,40}\bset\s+(?:out|off)\s+from"
    r"|\d[\d,.]*\s+(?:[A-Za-z]+\s+){0,2}?entered"
    # "61 per cent of those crossing reported departing from X"
    r"|(?:people|persons|individuals|those|refugees|arrivals|families|migrants|civilians|residents)\b[^.;]{0,40}"
    r"\b(?:departing|departed)\s+from)\b",
    re.I,
))
# "sheltering militants", "gave shelter to fighters": harbouring armed men, not displacement.
_HARBOURING = re.compile(
    r"\b(?:shelter(?:ing|ed|s)?|harbou?r(?:ing|ed|s)?|hid(?:ing)?)\s+(?:\w+\s+){0,3}?(?:militants?|fighters|rebels?"
    r"|insurgents?|terrorists?|guerrillas?|gunmen|jihadists?|separatists?)\b",
    re.I,
)


# "11 refugees had died": a death count; "Djibo, home to 250,000 people": a population;
# "43 soldiers who fled the camps": armed men, not displaced people
_DIED_AFTER = re.compile(r"(?:\s*,[^,;]{1,40},)?(?:\s+[\w-]+){0,2}?\s+(?:(?:had|have|has|were|was)\s+(?:been\s+)?)?(?:died|killed|dead|drowned)\b", re.I)
_POPULATION_BEFORE = re.compile(r"\b(?:home\s+to|population\s+of|inhabited\s+by|town\s+of|city\s+of)\s+$", re.I)


def _not_displaced(sentence: str, m: re.Match) -> bool:
    """A number next to a displacement word that does not count displaced people."""
    if _DIED_AFTER.match(sentence, m.end()) or _DIED_AFTER.match(sentence, m.end("num")):  # "30 migrants have died"
        return True
    if _POPULATION_BEFORE.search(sentence[max(0, m.start("num") - 25):m.start("num")]) \
            and not holds_displaced(sentence, m.start("num"), m.end("num")):
        return True
    return bool(_ARMED.search(sentence, m.start("num"), m.start("word")))


@lru_cache(maxsize=_TOLLS_KEPT)  # (as fatalities_from_text: a Count is frozen)
def displaced_from_text(sentence: str) -> Count | None:
    """How many people a sentence says were displaced (a lower bound), or None.

    Parameters
    ----------
    sentence : str
        One sentence.

    Returns
    -------
    Count or None
        The first number tied to a displacement word ("more than 138,000 people have been
        displaced" → 138000, "evacuated 20,000 villagers", "1.5 million refugees");
        "tens of thousands" → 10000, "thousands" → 1000.
    """
    if not _DISP_GATE.found(sentence) or _NUM_GATE.search(fold_ascii(sentence)) is None:
        return None  # (every pattern below holds a count: a digit or a number word)
    hits = []
    for rx in (_DISP_TOTAL, _DISP_AFTER, _DISP_NOUN_AFTER, _DISP_BEFORE, _DISP_GROUP_OF, _DISP_MOVED, _DISP_ANOTHER,
               _DISP_RECEIVED):
        for m in rx.finditer(sentence):
            if _followed_by_unit(sentence, m) or _not_displaced(sentence, m):
                continue
            if rx is _DISP_RECEIVED and (not _TAKEN_IN_CONTEXT.search(sentence) or _HURT_AFTER.match(sentence, m.end())):
                continue  # "the clinic received 40 people with gunshot wounds"
            if m.group("word").lower() in ("crossed", "arrived") and not _FLIGHT_CONTEXT.search(sentence) \
                    and not _FOREIGNERS.search(sentence, m.start(), m.start("word")):
                continue  # "three farmers who had crossed the border to graze cattle": no flight
            said, at = ("people", m.start("people")) if m.groupdict().get("people") else ("num", m.start("num"))
            if (value := _value(m.group(said))) is not None and not not_a_figure(m.group(said), sentence[max(0, at - 4):at]):
                hits.append((m.start(), -m.end(), value, m))
    if not hits:
        return None
    start, neg_end, value, m = min(hits, key=lambda h: (h[0], h[1]))
    low = _RANGE_BEFORE.search(sentence, max(0, start - 60), start)
    if low is not None and (first := _value(low.group("num") or low.group("num2"))) is not None and first < value:
        start, value = low.start(), first  # "an estimated 10,000 to 15,000 people": the lower bound
    return Count(value, sentence[start:-neg_end], start, -neg_end)


# "10,000 to 15,000 people fled", "between 3,000 and 5,000 fled": the first number of a range
# (not "rose from 4,000 to 6,000": a new total)
_RANGE_BEFORE = re.compile(r"(?<![\d,.])(?:\bbetween\s+" + _NUM + r"\s+and|(?<!\bfrom\s)\b" + _NUM.replace("<num>", "<num2>")
                           + r"\s*(?:to|or|-|–))\s*$", re.I)


# ", and 2,000 to Y", ", and some 1,100 in Z": a second group told with the first one's verb
_ELLIPTIC = re.compile(r"^\W*(?:(?:and|with)\s+" + _NUM + r"(?:\s+(?:more|others|people|of\s+them))?"
                       r"(?:\s+(?:now|currently|still))?(?:\s+(?:living|staying|sheltering|settled))?\s+"
                       r"|" + _NUM.replace("<num>", "<num2>") + r"(?:\s+of\s+them)?\s+(?:are|were|remain|remained)\s+(?:now|currently|still)\s+"
                       r"(?:(?:living|staying|sheltering)\s+)?)(?:to|into|in|at)\s", re.I)


def elliptic_count(group: str) -> Count | None:
    """The figure of a group that leaves out the verb of the one before it ("8,000 went to
    X, and 2,000 to Y": 2,000), else None."""
    m = _ELLIPTIC.match(group)
    g = ("num" if m.group("num") else "num2") if m else None
    value = _value(m.group(g)) if m and not (m.group("num") and _followed_by_unit(group, m)) else None
    return Count(value, m.group(g), m.start(g), m.end(g)) if value is not None else None


@lru_cache(maxsize=_TOLLS_KEPT)
def displacement_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every displacement word of a sentence ("fled", "evacuated", "shelters")."""
    out = []
    for m in _DISPLACEMENT.finditer(sentence):
        if m.group(0).lower().startswith("shelter") and _HARBOURING.match(sentence, m.start()) \
                or _AGENCY_AFTER.match(sentence, m.end()) or _agency_before(sentence, m.start()):
            continue  # (not "the UN refugee agency", "the Commissioner for Refugees": a body's name)
        out.append((m.start(), m.end()))
    return tuple(out)


_AGENCY_AFTER = re.compile(r"\s+(?:agency|council|board|commission|department|directorate|office|affairs)\b", re.I)


def _agency_before(sentence: str, end: int) -> bool:
    """``_AGENCY_BEFORE`` ends at ``end`` (searched in the whole sentence before it only when the
    word right before is "for", "of" or "the", in any case, as in each of its matches)."""
    return sentence[:end].rstrip()[-3:].lower().endswith(("for", "of", "the")) \
        and bool(_AGENCY_BEFORE.search(sentence, 0, end))


_AGENCY_BEFORE = re.compile(r"\b(?:commissioners?|office|ministry|department|directorate|agency|council)\s+"
                            r"(?:for|of)\s+(?:the\s+)?$", re.I)


_DISPLACED_NOUNS = re.compile(
    r"(?:refugees?|evacuees|returnees|(?:\d[\d,.]*\s+)?(?:new\s+)?arrivals(?:\s+\w+)?|IDPs?|displaced)$", re.I)


def is_death_report(sentence: str) -> bool:
    """"11 refugees had died of their wounds": deaths among the displaced, told with
    displacement nouns only and no movement, are not a displacement report."""
    if fatalities_from_text(sentence) is None or displaced_from_text(sentence) is not None:
        return False
    return all(_DISPLACED_NOUNS.match(sentence[a:b]) for a, b in displacement_spans(sentence))


def only_displacement_nouns(sentence: str) -> bool:
    """A sentence that names refugees or arrivals ("the refugee response is 18 per cent
    funded") without telling any movement or figure."""
    return displaced_from_text(sentence) is None and all(
        _DISPLACED_NOUNS.match(sentence[a:b]) for a, b in displacement_spans(sentence))


def is_armed_flight(sentence: str) -> bool:
    """"Forty-three soldiers who fled the camps surrendered": armed men fleeing, not
    civilians displaced."""
    spans = displacement_spans(sentence)
    return bool(spans) and all(_ARMED.search(sentence, max(0, a - 40), a) for a, _ in spans)


def is_displacement_sentence(sentence: str) -> bool:
    """Whether a sentence talks about people leaving their homes (fled, evacuated, shelters,
    "4,700 Venezuelans have crossed the river into ...")."""
    return bool(displacement_spans(sentence)) or displaced_from_text(sentence) is not None
