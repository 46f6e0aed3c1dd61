"""Read displaced people from a sentence: how many ("evacuated 20,000 villagers"), and whether it
tells displacement at all ("fled", "shelters"), with the tests that set apart what only looks
like it (the dead among refugees, armed men who fled, the UN refugee agency).

Kept apart from ``quantities`` (the death toll reader) because it is a reading of its own, with
its own words; it shares the toll reader's count tie (a number, a few words, then the verb:
``GAP``, ``ASIDE``), its ``Count`` and, for "11 refugees had died", its toll.
"""

from __future__ import annotations

import re
from functools import lru_cache

from geomap.text.total_split import SHARE_QUALIFIER
from geomap.text.cared_for import cared_for_or_held
from geomap.text.count_words import NUM as _NUM, NUM_GATE as _NUM_GATE, not_a_figure, value_of as _value
from geomap.text.group_words import ARMED as _ARMED, holds_displaced
from geomap.text.household_people import people_beside_households
from geomap.text.literals import fold_ascii, prefiltered
from geomap.text.quantities import ASIDE as _ASIDE, GAP as _GAP, TOLLS_KEPT as _TOLLS_KEPT, Count, fatalities_from_text
from geomap.text.quantities import followed_by_unit as _followed_by_unit
from geomap.text.plain_moves import plain_move_count
from geomap.text.quoted_counts import unquote_counts
from geomap.text.second_groups import ORIGIN_THEN_VERB, SHARE_OF_GROUP

__all__ = [
    "displaced_from_text",
    "displacement_spans",
    "elliptic_count",
    "is_armed_flight",
    "is_death_report",
    "is_displacement_sentence",
    "only_displacement_nouns",
]

# Cheap gate: most sentences mention no displacement (prefiltered, as quantities' toll gate).
_DISP_GATE = prefiltered(re.compile(
    r"displac|evacu|fled|flee|refuge|homes|shelter|uproot|homeless|relocat|IDP|hosting|cross|left|abandon|desert"
    r"|moved|arriv|returnee|returned|drove|driven|pushed|entered|reach|expel|deport|continued|gone|went|travel|hosted"
    r"|sought safety|found safety|sanctuary"
    r"|pressed|ferried|airlift|taken by|depart|forc|asylum|receiv|welcom|regist|counted|took in|relief cent|relief camp"
    r"|accommodat|housed|lodged|flown|bussed|bused|taken out|walked|headed|made their way|made its way",
    re.I
))

_DISP_VERB = (
    r"(?:displaced|evacuated|fled|fleeing|flee|forced\s+(?:from|out\s+of)\s+their\s+homes"
    r"|driven\s+(?:from|out\s+of)\s+their\s+homes|uprooted|(?:made|left)\s+homeless"
    r"|(?:sought|taken|took|taking|seeking|found|finding)\s+(?:refuge|shelter|(?:safety|sanctuary)(?=\s+(?:in|at|with|across|inside)\b))"
    r"|sheltering|sheltered|relocated"
    r"|moved\s+to\s+(?:safety|safer\s+(?:ground|areas?|places?))|(?:had|have|has)\s+moved\s+(?:to|away|out|in\s+with|(?:their\s+)?(?:families"
    r"|animals|livestock|herds|belongings)(?:\s+and\s+(?:their\s+)?[a-z]+)?\s+(?:from|away|out|towards?|to))"
    r"|lost\s+their\s+homes|cross(?:ed|ing)?(?:\s+[\w'\u2019-]+){0,4}?\s+into|entered|arrived\s+(?:in|at)|returned\s+(?:to|home)"
    r"|(?:had|have|has)\s+moved\s+(?:north|south|east|west)\w*\s+(?:to|towards?)|(?:were|was|been|being)\s+(?:(?:later|then|also|subsequently)\s+)?"
    r"(?:moved|relocated|transferred|bused|bussed|ferried|airlifted|taken\s+by\s+(?:ferry|boat|bus|buses|trucks?|road|air|helicopter)"
    # "of whom 600 were accommodated in the sports hall in X": people put up where they are sheltered
    r"|(?:accommodated|housed|lodged|hosted)(?=\s+(?:in|at)\b))"
    r"|left(?:\s+(?!for\b)[\w'\u2019-]+){0,4}?\s+for|left(?:\s+(?!for\b)[\w'\u2019-]+){5,8}?\s+for(?=\s+(?-i:[A-Z]))|left\s+(?:their\s+)?(?:homes?|villages?|houses)"
    # "2,100 residents of X moved to Y", "800 families have moved downriver to Y", "6,000 people
    # crossed at the X border post", "residents of X left the Y district"
    r"|moved\s+(?:(?:north|south|east|west)\w*\s+|downriver\s+|upriver\s+|inland\s+)?to"
    # "3,400 moved south-west towards X": a count going a compass way to a named place
    r"|moved\s+(?:north|south)(?:-?(?:east|west))?\w*\s+towards?(?=\s+(?-i:[A-Z]))"
    r"|crossed\s+(?:at|through|over)|left\s+(?:the\s+)?(?-i:[A-Z])\w*"
    # "1,500 Tanzanians had crossed, fleeing ...", "900 people crossed the border on Monday"
    r"|crossed(?=\s*[,;.]|\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'\u2019-]*\s+)?(?:border|frontier|river)\b|\s+(?:over\s+)?from\b"
    # "400 Angolans had crossed since the fighting began": told by when, as "arrived since"
    r"|\s+(?:since|over\s+the\s+(?:weekend|past)|in\s+the\s+past|during|this\s+week|last\s+week)\b)"
    r"|arrived(?=\s*[,;.]|\s+(?:this|last|on|over|since|during|within|earlier|from)\b)"
    r"|(?:had|have|has)\s+(?:left|abandoned|deserted)"
    # "320 households moved within X, from A to B": a counted move inside one area
    r"|moved\s+within(?!\s+(?:(?:a|the|an|\w+)\s+)?(?:hours?|days?|weeks?|minutes?|months?|reach|range|sight)\b)"
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
_PEOPLE_ASIDE = (r"\s*(?:,(?!\d{3})|\(|—|–)\s*(?:or\s+)?" + _NUM.replace("<num>", "<people>")
                 + r"\s+(?:people|persons|individuals|residents)\s*[,)—–]")  # (also between dashes: "30 families — 140 people —")
# "3,400 individuals (680 households) were displaced": the households the people make up, in brackets
_HOUSEHOLDS_ASIDE = (r"\s*\(\s*(?:some\s+|about\s+|around\s+|approximately\s+|nearly\s+)?\d[\d,.]*\s+(?:households|families)\s*\)"
                     r"(?:\s+(?:were|was|are|is))?")
_DISP_BEFORE = prefiltered(re.compile(
    # ("1,240 households (6,200 individuals) were displaced", as IOM's flash reports count them)
    r"\b" + _NUM + _GAP + r"(?:\s+and(?:\s+[a-z][\w-]*){1,2})?" + _ASIDE + r"(?:" + _PEOPLE_ASIDE
    + r"(?:\s+(?:were|was|are|is))?|" + _HOUSEHOLDS_ASIDE + r")?"
    r"(?:\s+(?:who|that)\b[^,;]{0,60}?)?"
    + r"(?:\s+(?:have|has|had)(?:\s+been)?(?:\s+(?:since|already|now|also))?)?\s+(?P<word>" + _DISP_VERB + r")\b", re.I),
    gate=_NUM_GATE)
_DISP_NOUN_AFTER = prefiltered(re.compile(
    r"\b" + _NUM + r"(?:\s+(?!including\b)[A-Za-z][\w-]*){0,2}?\s+(?P<word>" + _DISP_NOUN + r")\b", re.I))
#: "forced between 1,200 and 1,500 residents", "evacuated 800 to 1,000 people": a range's opening words before
#: the figure read (its lower bound is taken from them, ``_RANGE_BEFORE``)
_RANGE_OPEN = r"(?:between\s+[\w,.]+\s+and\s+|\d[\d,.]*\s*(?:to|-|–)\s*)?"
# "fighting drove some 2,700 Malians into X", "moved 1,200 residents of X to Y", "police expelled
# 12,000 Congolese from X", "deported 900 migrants back to Y" (people expelled: not "expelled two diplomats")
_DISP_MOVED = prefiltered(re.compile(
    r"\b(?P<word>drove|driven|forced|pushed|moved|relocated|transferred|bused|bussed"
    r"|expelled|expelling|deported|deporting)\s+" + _RANGE_OPEN + _NUM
    + r"(?:\s+[a-z][\w-]*)?\s+(?:people|persons|residents|civilians|villagers|families|households|inhabitants"
    r"|refugees|children|women|migrants|asylum[- ]seekers|(?-i:(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+(?:s|ese)))"
    r"(?:" + _PEOPLE_ASIDE + r")?"  # "forced 250 households, about 1,400 people, out of": the people
    # ("forced 5,000 people in X's Y province from their homes": where they lived, then the flight)
    r"(?:\s+in\s+[^,;.]{1,50}?(?=\s+(?:from|out\s+of)\s+their\s+homes))?"
    r"\s+(?:back\s+)?(?:into|out\s+of|across|from|of|to)\b", re.I))
# "1,200 people expelled from Algeria had arrived", "1,850 Filipinos deported from Sabah": people forced over a
# border, counted before the verb (a group noun or a people's name; not "two diplomats expelled")
_DISP_EXPELLED = prefiltered(re.compile(
    r"\b" + _NUM + r"(?:\s+[a-z][\w-]*)?\s+(?:people|persons|migrants|nationals|workers|families|residents|refugees"
    r"|asylum[- ]seekers|(?-i:[A-Z][a-z]+(?:ans|ians|ese|is|ns|nos|nas)))"
    r"(?:\s+(?:who\s+)?(?:(?:had|have|has)\s+been|were|was))?\s+(?P<word>expelled|deported)\s+(?:back\s+)?(?:from|by|to|across|over)\b",
    re.I))
# "Some 250 people, mostly X families, travelled by boat downstream to Y": a group told going somewhere with a
# plain travel verb; a move of displaced people only right after a sentence telling the flight (``told_flight``)
_DISP_TRAVELLED = prefiltered(re.compile(
    r"\b" + _NUM + r"(?:\s+[a-z][\w-]*)?(?:\s+(?:people|persons|residents|villagers|families|households|civilians))?" + _ASIDE
    + r"\s+(?:(?:have|has|had)\s+)?(?P<word>travell?ed|walked|went|headed|made\s+(?:their|its)\s+way)"
    r"(?:\s+(?:by\s+(?:boat|canoe|road|bus|truck|foot)|on\s+foot|downstream|upstream|downriver|upriver|inland"
    r"|(?:north|south|east|west)\w*)){0,3}\s+(?:on\s+)?(?:to|towards?)\b", re.I))
# "the earthquake left some 7,000 people homeless": the people who lost their homes
_DISP_HOMELESS = prefiltered(re.compile(
    r"\b(?P<word>left|leaving|leaves|made|making)\s+" + _RANGE_OPEN + _NUM
    + r"(?:\s+[a-z][\w-]*)?\s+(?:people|persons|residents|civilians|villagers|inhabitants)\s+homeless\b", re.I))
# "the transit centre received 1,100 people", "Kisoro has registered 3,000 Congolese", "officials
# counted 430 Guineans in X": people taken in
_DISP_RECEIVED = prefiltered(re.compile(
    r"\b(?P<word>received|receiving|registered|registering|counted|welcomed|took\s+in|taken\s+in)\s+" + _NUM
    + r"(?:\s+(?:new|more|other))?\s+(?:people|persons|civilians|residents|villagers|families|households"
    r"|(?-i:(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+(?:ans|ians|ese|is|ns)))\b", re.I))
# ("... have arrived from X, fearing reprisals": a flight told by its fear)
_FLIGHT_CONTEXT = re.compile(r"\b(?:fle\w*|refuge\w*|displac\w*|escap\w*|safety|shelter\w*|asylum|evacu\w*|uproot\w*"
                             r"|fearing|(?:for|in)\s+fear\s+of|(?:after|amid"
                             r"|following)\s+(?:[\w-]+\s+){0,2}?(?:fighting|clashes|attacks?|violence|raids|shelling)"
                             # "... had crossed the border and were staying in schools and churches": taken in, not visiting
                             r"|(?:staying|sleeping|living)\s+(?:in|at|with)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:schools?"
                             r"|church(?:es)?|mosques?|camps?|tents?|relatives|host\s+famil\w+|(?:community\s+)?halls?))\b",
                             re.I)
# ("640 Nigerian nationals arrived": citizens of another country, told by an adjective)
_FOREIGNERS = re.compile(r"\b(?-i:[A-Z][a-z]+(?:ans|ians|ese|is|ns)|[A-Z][a-z]+(?:an|ese|i)\s+nationals)\b")
_TAKEN_IN_CONTEXT = re.compile(r"\b(?:transit|reception|camps?|asylum|refugees?|displac\w*|fled|flee\w*|shelter\w*"
                               r"|border|frontier|crossing|arrivals?|evacu\w*)\b", re.I)
_HURT_AFTER = re.compile(r"[^.;]{0,40}?\b(?:wound\w*|injur\w*|hurt|gunshot|treatment|treated|bodies|dead|burns)\b", re.I)
# "some 400 more had gone to relatives in X", "another 200 went to Y": a further group, told with a plain
# movement verb (the group before it tells the flight)
_WENT_TO = r"(?:gone|went|moved|headed)(?:\s+on)?\s+(?:to|into|towards?)"
# "Another 900 reached X", "a further 300 arrived in Y": more of the people counted before
_DISP_ANOTHER = prefiltered(re.compile(
    r"\b(?:another|a\s+further)\s+" + _NUM + r"(?:\s+[a-z][\w-]*){0,2}?(?:" + _PEOPLE_ASIDE + r")?\s+(?:(?:have|has|had)\s+)?"
    r"(?P<word>reached|arrived|crossed|entered|fled|came|" + _WENT_TO + r")\b", re.I))
# "last week 150 more arrived from X": a further group, its noun left out
_DISP_MORE = prefiltered(re.compile(
    r"\b" + _NUM + r"\s+more(?:\s+(?:people|refugees|families|residents|villagers))?\s+(?:(?:have|has|had)\s+)?"
    r"(?P<word>reached|arrived|crossed|entered|fled|came|" + _WENT_TO + r")\b", re.I))
_DISP_AFTER = prefiltered(re.compile(
    r"\b(?P<word>evacuated|evacuating|evacuate|displaced|displacing|displace|uprooted|uprooting"
    r"|sheltering|sheltered|shelters|hosting|hosts|relocated|relocating)\s+" + _RANGE_OPEN + _NUM
    # ("displaced 1,450 households, or about 8,700 people": the people; never "1" of "1,450 households")
    + r"(?![,.]?\d)(?:\s+(?:households|families)" + _PEOPLE_ASIDE + r")?(?!\s+(?:tonnes|tons|schools|families|households))",
    re.I,
))
# "35,000 residents of Oddar Meanchey and Preah Vihear provinces had moved to safer ground"
_DISP_GROUP_OF = prefiltered(re.compile(
    r"\b" + _NUM + r"\s+(?:[A-Z][a-z]+\s+)?(?:people|persons|residents|civilians|villagers|families|households|inhabitants"
    r"|settlers|herders|pastoralists|miners|farmers|(?-i:[A-Z][a-z]+(?:ans|ians|ese|is|ns)))"
    r"\s+(?:of|from|in|living\s+in)\s+(?:(?!\band\s+that\b|,\s*and\b|\bkill)[^.;]){1,80}?\s+(?:(?:had|have|has|were|was)(?:\s+been)?\s+)?"
    r"(?P<word>" + _DISP_VERB + r")\b",
    re.I,
), gate=(_NUM_GATE, re.compile(r"(?:le|ns|ts|rs|es|ds|se|is)\s+(?:of|from|in|living\s+in)\s")))
# (the second gate: how every group noun above ends, "people", "residents", "Syrians", "Congolese",
# and the word after it; a count and a flight word alone let this costly pattern run on most
# sentences of a report)
_DISP_TOTAL = prefiltered(re.compile(
    # ("the number of people displaced in X has risen to 5,000", "... of people in relief centres ... climbed to")
    # ("the number of people moved out of X since the rains began had reached 2,300")
    r"\b(?P<word>number\s+of\s+(?:displaced|refugees|evacuees|(?:people|persons|residents)\s+(?:displaced|evacuated"
    r"|uprooted|sheltering|(?:moved|relocated|taken)\s+(?:out|away)|relocated|(?:staying\s+)?in\s+(?:relief|evacuation)\s+(?:cent(?:re|er)s|camps|shelters)))(?:\s+people)?)"
    r"(?:\s+[\w'\u2019-]+){0,8}?"
    r"\s+(?:to|at|of|reached|hit|is|was|stands\s+at|(?:(?:has|had|have)\s+)?(?:rose|risen|climbed|increased|grown|grew)\s+to)\s+"
    + _NUM,
    re.I,
))
_DISPLACEMENT = prefiltered(re.compile(
    r"\b(?:displace(?:d|ment|s)?|displacing|evacuat(?:ed|ion|ions|e|es|ing)|evacuees|fled|flee(?:ing|s)?"
    r"|refugees?|(?:from|out\s+of|flee|fled|leave|left|abandon(?:ed)?)\s+their\s+homes"
    r"|(?:people|residents|civilians|villagers|families|households|herders|pastoralists)\b[^.;]{0,40}\bcrossed"
    r"|(?:people|residents|civilians|villagers|families|inhabitants|arrivals|refugees)\b[^.;]{0,40}\b(?:being|been|were|was)\s+"
    r"(?:moved|relocated|resettled|bussed|bused|taken)\s+(?:out|away|to|from)"
    # "the nationals expelled from X", "migrants deported from Y": people forced across a border
    r"|(?:nationals|migrants|people|families|residents|workers|traders|villagers|miners|panners|foreigners|citizens"
    r"|(?-i:\d[\d,.]*\s+[A-Z][a-z]+(?:ans|ians|ese|is|ns|nos|nas)))"
    r"\s+(?:[\w-]+\s+){0,2}?(?:expelled|deported)\s+(?:from|by|across|over)"
    # "614 residents were sleeping in the community hall and two schools in X": people in collective shelters
    r"|(?:sleeping|staying|camped|camping|housed|accommodated)\s+(?:in|at)\s+(?:[\w-]+\s+){0,4}?(?:schools?|churche?s"
    r"|(?:community|town|village|sports)\s+halls?|tents|mosques?|stadiums?|gym(?:nasium)?s?|warehouses?|classrooms?)\b"
    # "police moved residents of about 60 homes in X to hotels in Y": the movers as subject
    r"|(?:moved|relocated|bussed|bused|transferred)\s+(?:about\s+|some\s+|\d[\d,.]*\s+)?(?:residents|villagers|families"
    r"|households|inhabitants)\b(?=[^.;]{0,80}\bto\b)"
    r"|(?:made|left)\s+homeless|uprooted|(?:sought|seeking|taken|took|taking|found|finding)\s+(?:refuge|shelter"
    r"|(?:safety|sanctuary)(?=\s+(?:in|at|with|across|inside)\b))"
    r"|(?:people|residents|civilians|villagers|families|households|inhabitants)\b[^.;]{0,40}\b(?:had|have|has)\s+"
    r"(?:left|abandoned|deserted|moved\s+(?:to|away|out))\b|(?:left|abandoned|deserted)\s+(?:their\s+)?(?:homes|villages|houses)"
    # "several hundred other people have moved south towards X": a group told going the way of a named place
    r"|(?:people|residents|civilians|villagers|families|households|inhabitants)\b[^.;]{0,40}\b(?:had|have|has)\s+"
    r"moved\s+(?:(?:north|south|east|west)\w*\s+|inland\s+|downriver\s+|upriver\s+)?towards?\s+(?-i:[A-Z])\w*"
    r"|moved\s+to\s+(?:safety|safer\s+(?:ground|areas?|places?))"
    r"|shelters?|sheltering|sheltered|(?:evacuation|reception)\s+cent(?:re|er)s?|relief\s+camps?|IDPs?|exodus"
    # "an influx of Burundian asylum seekers into X", "the influx into Y": people coming in, by a noun
    r"|influx\s+(?:into|to)|influx\s+of\s+(?:[\w-]+\s+){0,3}?(?:refugees|asylum[- ]seekers|displaced|people|civilians"
    r"|families|IDPs|(?-i:[A-Z][a-z]+(?:ans|ians|ese|is|ns)))"
    r"|returnees|\d[\d,.]*\s+(?:new\s+)?arrivals|arrivals\s+(?:from|in|at|through|into|to)"
    r"|(?:drove|driven|pushed)\s+(?!off\b)(?:[\w,.]+\s+){0,5}?(?:into|out\s+of|from|across|towards?)"
    # "violence has sent hundreds across the border": people, not troops or goods, sent over it
    r"|sent\s+(?:some\s+|about\s+|more\s+than\s+|tens\s+of\s+)?(?:hundreds|thousands|dozens|\d[\d,.]*)(?:\s+(?:of\s+)?"
    r"(?:people|residents|civilians|villagers|families|(?-i:[A-Z][a-z]+(?:ans|ians|ese|is|ns))))?\s+(?:fleeing\s+)?(?:across|into|over)"
    r"|(?:people|residents|civilians|villagers|families|households|inhabitants)\b[^.;]{0,40}\bleft\s+(?:\w+\s+){0,3}?for"
    # "some 60 people left riverside farms in A for B": from one named place to another, however long the first
    r"|(?:people|residents|civilians|villagers|families|households|inhabitants)\b[^.;]{0,40}\bleft\s+(?:[\w'\u2019-]+\s+){4,8}?"
    r"for\s+(?-i:[A-Z])\w*"
    r"|(?:people|migrants|refugees|families|civilians)\b[^.;]{0,40}\bset\s+(?:out|off)\s+from"
    r"|\d[\d,.]*\s+(?:[A-Za-z]+\s+){0,2}?entered"
    # "61 per cent of those crossing reported departing from X"
    r"|(?:people|persons|individuals|those|refugees|arrivals|families|migrants|civilians|residents)\b[^.;]{0,40}"
    r"\b(?:departing|departed)\s+from)\b",
    re.I,
), by_branch=True)  # (asked of every sentence: a sentence runs only the branches whose words it holds)
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
    if m.group("word").lower().startswith("displace") and _THING_DISPLACED.match(sentence, m.end("word")):
        return True  # "displaced dozens of stalls": things moved, not people
    if _HARMED_BEFORE.search(sentence, max(0, m.start("num") - 40), m.start("num")):
        return True  # "killed three people in X and forced 2,000 to flee": the toll, not the displaced
    return bool(_ARMED.search(sentence, m.start("num"), m.start("word"))) or cared_for_or_held(sentence, m.end("num"))


# a count that is what was killed, wounded or seized: a toll, not people displaced
_HARMED_BEFORE = re.compile(r"\b(?:killed|killing|kills|wounded|wounding|injured|injuring|abducted|abducting|kidnapped"
                            r"|kidnapping|arrested|arresting|detained|detaining)\s+(?:at\s+least\s+|some\s+|about\s+"
                            r"|around\s+|nearly\s+|more\s+than\s+|over\s+)?$", re.I)


@lru_cache(maxsize=_TOLLS_KEPT)  # (as fatalities_from_text: a Count is frozen)
def displaced_from_text(sentence: str, told_flight: bool = False) -> Count | None:
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
        "tens of thousands" → 10000, "thousands" → 1000. With ``told_flight`` (the sentence
        before told the flight), "6,200 people have arrived" counts without a flight word of its own.
    """
    sentence = unquote_counts(sentence)  # ('"between 400 and 500" miners had left X': the speaker's words, still a count)
    if not _DISP_GATE.found(sentence) or _NUM_GATE.search(fold_ascii(sentence)) is None:
        return None  # (every pattern below holds a count: a digit or a number word)
    hits = []
    for rx in (_DISP_TRAVELLED,) * told_flight + (_DISP_TOTAL, _DISP_AFTER, _DISP_NOUN_AFTER, _DISP_BEFORE, _DISP_GROUP_OF, _DISP_MOVED, _DISP_ANOTHER,
               _DISP_MORE, _DISP_RECEIVED, _DISP_HOMELESS, _DISP_EXPELLED):
        for m in rx.finditer(sentence):
            if _followed_by_unit(sentence, m) or _not_displaced(sentence, m):
                continue
            if rx is _DISP_RECEIVED and (not _TAKEN_IN_CONTEXT.search(sentence) or _HURT_AFTER.match(sentence, m.end())):
                continue  # "the clinic received 40 people with gunshot wounds"
            if m.group("word").lower() in ("crossed", "arrived") and rx is not _DISP_MORE and not told_flight \
                    and not _FLIGHT_CONTEXT.search(sentence) \
                    and not _FOREIGNERS.search(sentence, m.start(), m.start("word")):
                continue  # "three farmers who had crossed the border to graze cattle": no flight
            said, at = ("people", m.start("people")) if m.groupdict().get("people") else ("num", m.start("num"))
            if (value := _value(m.group(said))) is not None and not not_a_figure(m.group(said), sentence[max(0, at - 4):at]):
                hits.append((m.start(), -m.end(), value, m))
    if not hits:  # "38 employees were taken out of the camp and flown to X": no flight word, a group moved out
        return plain_move_count(sentence)  # "38 employees were taken out of X and flown to Y", "650 moved from A to B"
    start, neg_end, value, m = min(hits, key=lambda h: (h[0], h[1]))
    if m.groupdict().get("num") and (told := _PEOPLE_BESIDE_HOUSEHOLDS.match(sentence, m.end("num"))) \
            and told.end("people") <= -neg_end and (people := _value(told.group("people"))) is not None:
        return Count(people, sentence[start:-neg_end], start, -neg_end)  # "eleven families — about forty people —"
    at = m.start("num") if m.groupdict().get("num") else start  # (the figure's own start: "forced between 1,200 and")
    low = _RANGE_BEFORE.search(sentence, max(0, at - 60), at)
    if low is not None and _DAY_OF_MONTH.search(sentence, max(0, low.start() - 12), low.start()):
        low = None  # "ZAGREB, May 19 - At least 1,800 people": a dateline's day, no range
    if low is not None and (first := _value(low.group("num") or low.group("num2"))) is not None and first < value:
        start, value = min(start, low.start()), first  # "an estimated 10,000 to 15,000 people": the lower bound
    if m.groupdict().get("num") and (beside := people_beside_households(sentence, m.end("num"))) is not None:
        value = beside[0]  # "eleven families — about forty people — had moved": the people's figure
    return Count(value, sentence[start:-neg_end], start, -neg_end)


# "eleven families from the riverside colonias — about forty people — had moved", "30 households (some 140
# people) left": families or households counted, then the people they make up told beside them: the people
_PEOPLE_BESIDE_HOUSEHOLDS = re.compile(
    r"(?:\s+[a-z][\w-]*){0,2}?\s+(?:families|households)\b(?:\s+(?:from|of|in)\s+[^—–,;()\d]{1,50}?)?"
    r"\s*(?:—|–|\(|,|\s-)\s*(?:or\s+)?" + _NUM.replace("<num>", "<people>")
    + r"\s+(?:people|persons|individuals|residents|villagers)\s*(?:—|–|\)|,|-\s)", re.I)


#: a month's name just before a number: the number is a day ("May 19 - ...")
_DAY_OF_MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$")


# "10,000 to 15,000 people fled", "between 3,000 and 5,000 fled": the first number of a range
# (not "rose from 4,000 to 6,000": a new total)
_RANGE_BEFORE = re.compile(r"(?<![\d,.])(?:\bbetween\s+" + _NUM + r"\s+and|(?<!\bfrom\s)\b" + _NUM.replace("<num>", "<num2>")
                           + r"\s*(?:to|or|-|–))\s*$", re.I)


# ", and 2,000 to Y", ", and some 1,100 in Z": a second group told with the first one's verb
# (also a share after a colon, "...: some 1,500 to X", ``geomap.text.total_split``)
_ELLIPTIC = re.compile(r"^\W*(?:(?:(?:and|with)\s+|(?<=,\s)(?=\d)|(?<=:\s)(?=" + SHARE_QUALIFIER + r"\d))" + _NUM + r"(?:\s+(?:more|others|people|of\s+them))?"
                       r"(?:\s+(?:now|currently|still))?(?:\s+(?:living|staying|sheltering|settled))?\s+"
                       r"|" + _NUM.replace("<num>", "<num2>") + r"(?:\s+of\s+them)?\s+(?:are|were|remain|remained)\s+(?:now|currently|still)\s+"
                       r"(?:(?:living|staying|sheltering)\s+)?)(?:to|into|in|at)\s", re.I)


# "..., while 1,100 moved from Y": a second group that leaves out its noun, told with a movement verb
_ELLIPTIC_VERB = re.compile(r"^\W*(?:while|whereas)\s+(?:another\s+|a\s+further\s+)?" + _NUM
                            + r"\s+(?:(?:have|has|had|were)\s+(?:been\s+)?)?(?:moved|fled|left|went|crossed|relocated"
                            r"|evacuated|escaped|headed)\b", re.I)


def elliptic_count(group: str) -> Count | None:
    """The figure of a group that leaves out the verb of the one before it ("8,000 went to
    X, and 2,000 to Y": 2,000), or its noun (", while 1,100 moved from Y", ", while 900 from Y
    crossed into Z": ``second_groups``), else None."""
    m = _ELLIPTIC.match(group) or _ELLIPTIC_VERB.match(group) or ORIGIN_THEN_VERB.match(group) or SHARE_OF_GROUP.match(group)
    g = ("num" if m.group("num") else "num2") if m else None
    value = _value(m.group(g)) if m and not (m.group("num") and _followed_by_unit(group, m)) else None
    return Count(value, m.group(g), m.start(g), m.end(g)) if value is not None else None


@lru_cache(maxsize=_TOLLS_KEPT)
def displacement_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every displacement word of a sentence ("fled", "evacuated", "shelters")."""
    out = []
    for m in _DISPLACEMENT.finditer(sentence):
        if m.group(0).lower().startswith("displace") and _THING_DISPLACED.match(sentence, m.end()):
            continue  # "the flood displaced the pontoon": a thing moved, not people
        if m.group(0).lower().startswith("shelter") and _HARBOURING.match(sentence, m.start()) \
                or _AGENCY_AFTER.match(sentence, m.end()) or _agency_before(sentence, m.start()):
            continue  # (not "the UN refugee agency", "the Commissioner for Refugees": a body's name)
        out.append((m.start(), m.end()))
    return tuple(out)


# "displaced the pontoon at X", "displaced several market stalls": a verb of things (not "displaced the
# residents", "displaced thousands", "displaced the Rohingya", "displaced whole villages")
_THING_DISPLACED = re.compile(
    r"\s+(?:the|a|an|its|their|several|some|dozens\s+of|hundreds\s+of)\s+(?!(?:[a-z-]+\s+){0,2}?(?:\d|(?:people|persons"
    r"|residents|population|inhabitants|villagers|famil(?:y|ies)|households|civilians|communit(?:y|ies)|children|women"
    r"|men|farmers|herders|pastoralists|refugees|migrants|workers|students|thousands|hundreds|millions|majority|others"
    r"|settlers|fishermen|citizens|nationals|locals|villages|towns|neighbou?rhoods|tribes?|clans?|minorit(?:y|ies)"
    r"|groups?|peoples?)\b))(?-i:[a-z-]+)(?:\s+(?-i:[a-z-]+)){0,2}\b(?!\s+(?:people|residents|families)\b)", re.I)


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
