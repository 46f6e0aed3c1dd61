"""Read the dead from a sentence (displaced people: ``displacement_counts``; a stated border
length: ``border_length``).

Readings are conservative, as ACLED codes them: the lowest reported number wins
("more than 100" → 100), vague words get fixed floors ("dozens" → 12, "hundreds" → 100,
"several" → 3, "many" → 10), "casualties" alone → 0, and the wounded are never fatalities.
A number only counts when it is tied, inside the same clause, to a word of the right kind
(killed/dead/died; displaced/fled/refugees), so stray figures such as "wounded 40" are
ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from geomap.text.count_masks import masked_counts
from geomap.text.described_one import described_one_hits
from geomap.text.disputed_claims import disputed_parts
from geomap.text.drowned_words import DROWNED as _DROWNED
from geomap.text.count_words import A_PERSON as _A_PERSON, CORE as _CORE, NUM as _NUM, PERSON as _PERSON, value_of as _value
from geomap.text.count_words import ANIMAL as _ANIMAL, COUNT_GATE as _COUNT_GATE
from geomap.text.household_counts import household_hits
from geomap.text.kin_lists import kin_list_hits, uncounted_kin_lists
from geomap.text.literals import prefiltered
from geomap.text.quoted_counts import unquote_counts
from geomap.text.unverified_side import counted_side
from geomap.text.toll_forms import contested, extra_hits, group_told_after, one_before, running_hits
from geomap.text.toll_grammar import (inside_risen_toll, lone_subject, named_deaths, one_and_kin, past_tellers, the_one, told_as_cause,
                                     with_untold, cause_hits, set_off_by)

__all__ = ["ASIDE", "Count", "GAP", "TOLLS_KEPT", "casualties_untold", "fatalities_from_text", "followed_by_unit"]


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


def _gap(most: int) -> str:
    """Up to ``most`` words between a count and its noun, none of them a word that cuts the tie."""
    return r"(?:\s+(?!" + _STOP + r"\b)(?!\d)[A-Za-z][\w'\u2019-]*){0," + str(most) + "}?"


GAP = _gap(5)
ASIDE = (
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

#: words before a toll that make it an earlier, corrected count ("earlier reports had put the toll at five",
#: "officials had initially given the toll as")
_EARLIER_REPORT = re.compile(r"\b(?:(?:earlier|initial|first|previous|preliminary)\s+(?:reports?|figures?|counts?|estimates?"
                             r"|accounts?)|(?:had\s+)?(?:earlier|initially|at\s+first|previously)\s+(?:put|given|gave|said"
                             r"|reported|estimated))\b[^.;]{0,40}$", re.I)

# "were hacked to death", "were massacred": killed, told by how
_KILLED_BY = (r"(?:(?:burnt|burned|hacked|stabbed|beaten|bludgeoned|clubbed|stoned|shot)\s+to\s+death"
              r"|massacred|murdered|beheaded|lynched)")
_PASSIVE_DEATH = r"(?:dead|died|martyred|perished|" + _KILLED_BY + r"|(?:lost|lose)\s+(?:their\s+lives|his\s+life|her\s+life)|deaths|fatalities|lives\s+(?:were\s+|have\s+been\s+)?lost|bodies)"
_AUX = re.compile(r"\b(?:were|was|been|being|be|are|is|got|left)\b", re.I)
# "two fighters of the West Papua National Liberation Army (TPNPB) were killed", "a youth from Rajapur
# Municipality-8 was killed": the group or the place they belong to
_OF_NAMED_GROUP = r"(?:\s+(?:of\s+the|from(?:\s+the\s+(?:village|town|city|district)\s+of)?)(?:\s+(?-i:[A-Z])[\w'\u2019-]*){1,6}(?:\s+\([A-Z]{2,8}\))?)?"
# "An officer who was shot during the unrest died", "two guards wounded in the clash died": the
# count read past how they were hurt (a few words of where and when, no other count nor death word)
_HURT = (r"(?:\s*,?\s+(?:who\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?)?(?:shot|wounded|injured"
         r"|hurt|stabbed|beaten)(?:\s+(?!(?:which|where|when|who|whom|that|killed|killing|died|dead|people|and)\b)"
         r"[A-Za-z][\w'\u2019-]*){0,7}?\s*,?(?:\s+later)?(?=\s+died\b))?")
# The number before the death word ("12 people were killed", "dozens have died").
_BEFORE = prefiltered(re.compile(
    r"(?:" + _A_PERSON + r"|\b" + _NUM + r")" + GAP + _OF_NAMED_GROUP + ASIDE + _HURT
    + r"(?:\s+(?:have|has|had|were|was|are|is)(?:\s+been)?)?"  # "…, including civilians, have been killed"
    + r"(?:\s+(?:shot|stabbed|attacked|beaten)\s+and)?"  # "A soldier was shot and killed"
    + r"(?:\s+shot(?=\s+dead\b))?"  # "Two men from X were shot dead": the home told, then the verb
    + r"\s+(?P<word>killed|slain|" + _PASSIVE_DEATH + r"|" + _DROWNED + r")\b",
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
    r"\b(?P<word>death\s+toll|toll|number\s+of\s+(?:dead|deaths|victims|(?:people|those|persons|civilians)\s+(?:killed|dead)))\b(?:\s+[\w-]+){0,4}?"
    r"\s+(?:to|at|of|as|reached|reaches|hit|hits|is|was|stands\s+at|stood\s+at|rose\s+to|rises\s+to|climbed\s+to"
    r"|climbs\s+to)\s+" + _NUM,
    re.I,
))
# "the death toll from Friday's shelling of X has risen to 14": a follow-up report's new total
_TOLL_RISEN = prefiltered(re.compile(
    r"\b(?P<word>death\s+toll|toll|number\s+of\s+(?:dead|deaths|victims|(?:people|those|persons|civilians)\s+(?:killed|dead)))\b[^.;]{0,240}?"
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
# "Eleven soldiers and": the first group of "Eleven soldiers and two drivers were killed"; a group
# may take a longer name here ("Three members of a local armed group and two civilians were killed"):
# the "and" and the second count hold it to the toll
_PAIR_GAP = _gap(7)
_FIRST_OF_PAIR = re.compile(r"\b" + _NUM.replace("(?P<num>", "(?P<num0>") + _PAIR_GAP + r"\s+and\s+$", re.I)
_AND_MORE = re.compile(
    r"(?:\s+(?!" + _STOP + r"\b)[A-Za-z][\w'-]*){0,4}?,?\s+and\s+(?:" + _A_PERSON + r"|" + _NUM + r")"
    r"(?!(?:\s+(?!and\b)[\w-]+){0,3}?\s+(?:were\s+|was\s+|been\s+)?(?:wounded|injured|hurt|missing|arrested|detained))",
    re.I,
)
# "killing 30 cows", "killed dozens of goats": animals, no toll
_ANIMALS = re.compile(r"\s+(?:of\s+)?(?:(?:their|the|his|her)\s+)?(?:[\w'\u2019-]+\s+)?(?:head\s+of\s+)?" + _ANIMAL + r"\b", re.I)
_ANIMAL_WORD = re.compile(r"\b" + _ANIMAL + r"\b", re.I)
#: "left three houses burned and one man dead": things counted beside the dead are no first group
_PROPERTY_WORD = re.compile(
    r"\b(?:houses?|homes?|huts?|shops?|stalls?|buildings?|vehicles?|cars?|trucks?|lorries|boats?|tents?"
    r"|schools?|churches|mosques?|granaries|warehouses?|bridges?|towers?|masts?)\b", re.I)
_INCLUDING_BEFORE = re.compile(r"(?:including|among\s+them|among\s+the\s+dead|of\s+whom|of\s+them)\s*$", re.I)
#: "shot dead" told actively, with its dead after it: "A soldier shot dead two smugglers"
_SHOT_BEFORE = re.compile(r"\b(?:shot|gunned)\s+$", re.I)
_OBJECT_AFTER = re.compile(r"\s+(?:(?:the|his|her|their|its|all)\s+)?(?:" + _NUM + r"|" + _A_PERSON + r")", re.I)
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


# Cheap gate: most sentences mention no deaths (displacement has its own, in displacement_counts).
# (prefiltered: under re.I a plain alternation cost 15-25 µs a sentence; see geomap.text.literals)
_FATAL_GATE = prefiltered(re.compile(
    r"kill|dead|die|martyr|death|fatal|lives|casualt|slain|slew|perish|bodies|toll|nobody|no one|succumb|lost|losing|loses"
    r"|massacr|murder|behead|lynch|drown",
    re.I))


def _num_count(m: re.Match, sentence: str) -> int | None:
    return 1 if m.groupdict().get("one") else _value(m.group("num"))


def followed_by_unit(sentence: str, m: re.Match) -> bool:
    """Whether the count a match holds is a measure ("40 km", "three days"), not people."""
    return bool(_UNIT_AFTER.match(sentence, m.end("num"))) if m.groupdict().get("num") else False


#: sentences whose toll (and displaced count, and displacement words) is kept: the reading asks
#: a document's sentences twice or more (tolls beside incidents, then places by their dead;
#: displacement sentences, then their areas), about a long article's worth apart at most
TOLLS_KEPT = 512


@lru_cache(maxsize=TOLLS_KEPT)  # a Count is frozen: a kept one is safe to hand out again
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
    if (side := counted_side(sentence)) is not None:  # 'six soldiers and "20 terrorists" were killed, the latter unverified'
        return Count(side[2], sentence[side[0]:side[1]], side[0], side[1])
    if (plain := unquote_counts(sentence)) is not sentence:  # 'killed "several" people': read as if unquoted
        c = fatalities_from_text(plain)
        if c is None or c.start is None:
            return c
        end = c.end + (c.end < len(sentence) and sentence[c.end] != plain[c.end])  # (its closing mark)
        return replace(c, text=sentence[c.start:end], end=end)
    if (plain := masked_counts(sentence)) is not sentence:  # "on 3 August ... between four and six ... dead": four
        c = fatalities_from_text(plain)
        return c if c is None or c.start is None else replace(c, text=sentence[c.start:c.end])
    toll = _TOLL.search(sentence) or _TOLL_RISEN.search(sentence)
    if toll and _EARLIER_REPORT.search(sentence, max(0, toll.start() - 60), toll.start()):
        toll = None  # "...; earlier reports had put the toll at five": a count since corrected, not the toll
    if toll and not followed_by_unit(sentence, toll):
        value = _value(toll.group("num"))
        if value is not None:
            end = toll.end()
            if (more := group_told_after(sentence, end)) is not None:  # "the toll as four soldiers and a civilian"
                end, value = more[0], value + more[1]
            return _lowest_told(sentence, Count(value, sentence[toll.start():end], toll.start(), end))

    hits: list[tuple[int, int, int]] = []
    for m in _AFTER.finditer(sentence):
        if followed_by_unit(sentence, m):
            continue
        value = _num_count(m, sentence)
        if value is None:
            continue
        end = m.end()
        more = _AND_MORE.match(sentence, end)
        if _ANIMALS.match(sentence, end):  # "killing 30 cows and two herders": the herders only
            if more and not followed_by_unit(sentence, more) and not _ANIMALS.match(sentence, more.end()) \
                    and (extra := _num_count(more, sentence)) is not None:
                hits.append((more.start("num") if more.group("num") else more.start("one"), more.end(), extra))
            continue
        if more and not followed_by_unit(sentence, more) and not _ANIMALS.match(sentence, more.end()):
            # ("killed 7 villagers and 20 cattle": the villagers only)
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
    for m in past_tellers(_BEFORE, sentence):  # ("a chief said four people died": four)
        if followed_by_unit(sentence, m):
            continue
        word = m.group("word").lower()
        if word in ("killed", "slain", "massacred", "murdered", "beheaded", "lynched"):
            between = sentence[m.start():m.start("word")]
            if not _AUX.search(between) and _ACTIVE_FOLLOW.match(sentence, m.end()):
                continue  # "two gunmen killed villagers": the number is the killers
        elif word == "dead" and _SHOT_BEFORE.search(sentence, 0, m.start("word")) \
                and not _AUX.search(sentence, m.start(), m.start("word")) and _OBJECT_AFTER.match(sentence, m.end()):
            continue  # "A soldier shot dead two smugglers": the one told first is the killer
        if _PART_OF_DEAD.match(sentence, m.end()) and _OF_THE.fullmatch(sentence, m.end("one") if m.group("one") else m.end("num"), m.start("word")):
            continue  # "Four of the dead were children": a part of a total, not the toll
        value = _num_count(m, sentence)
        if value is None or (m.group("num") and _NAME_NUMBER.search(sentence, 0, m.start("num"))):
            continue
        if _ANIMAL_WORD.search(sentence, m.start(), m.start("word")):
            # "30 cattle were killed": no people; "Two herders and 40 goats were killed": the herders
            if (people := _people_before_animals(sentence, m.start())) is not None:
                hits.append((people[0], m.end(), people[1]))
            continue
        if (alone := lone_subject(sentence, m.start(), m.end("num") if m.group("num") else None, m.start("word"),
                                  value)) is not None:  # "A man driving a van with eleven migrants was shot dead"
            if alone >= 0:
                hits.append((alone, m.end(), 1))
            continue
        start = m.start()
        if (pair := _first_group(sentence, start)) is not None:
            start, value = pair[0], value + pair[1]  # "Eleven soldiers and two drivers were killed"
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
    hits.extend(described_one_hits(sentence))  # "One passenger, a 52-year-old woman, died"
    hits.extend(household_hits(sentence))  # "a family of five was killed"
    hits.extend(kin_list_hits(sentence))  # "a farmer, his wife and their three children were killed"
    if untold := uncounted_kin_lists(sentence):  # "killed a chief, his wife and their children": not one
        hits = [h for h in hits if not any(a <= h[0] < b and h[1] <= b for a, b in untold)]
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
    hits = [h for h in hits if h not in set_off_by(sentence, hits)]  # "..., after a trader died in custody"
    hits = [h for h in hits if h not in disputed_parts(sentence, hits)]  # "killed 40, a figure not verified; two ..."
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


def _first_group(sentence: str, start: int) -> tuple[int, int] | None:
    """(start, count) of the first group of "Eleven soldiers and two drivers were killed" ending at
    ``start``; None for a duration ("for several hours and two were killed" is one group), a clause
    of its own ("six soldiers were ambushed and one ..."), animals ("30 cattle and a herder") or
    things ("three houses burned and one man dead")."""
    pair = _FIRST_OF_PAIR.search(sentence, max(0, start - 80), start)
    if (pair and pair.end() == start and not _UNIT_AFTER.match(sentence, pair.end("num0"))
            and not _ANIMAL_WORD.search(sentence, pair.start(), pair.end())
            and not _PROPERTY_WORD.search(sentence, pair.start(), pair.end())
            and not _AUX.search(sentence, pair.end("num0"), pair.end())
            and (first := _value(pair.group("num0"))) is not None):
        return pair.start(), first
    return None


def _people_before_animals(sentence: str, start: int) -> tuple[int, int] | None:
    """(start, count) of the people told just before animals that died with them ("Two herders
    and 40 goats were killed", "A herder and 30 camels were killed"), else None."""
    if (pair := _first_group(sentence, start)) is not None:
        return pair
    first = one_before(sentence, start)
    return (first, 1) if first is not None else None


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
