"""A sentence whose count is not a group of displaced people: no area, no figure from it.

Aid-agency updates count more than the people who fled: a daily rate at a crossing ("partners
count 300 to 500 arrivals a day"), the arrivals an agency handed aid to on a day ("WFP
distributed rations to 3,100 new arrivals in X") and things that crossed ("ten attack drones entered
from Y", "25 cargo trucks crossed into Z"). Read as displacement, the rate or the aid count
became the figure of the place named (a careful analyst codes neither), and the drones' number
became people who left the place they flew over.
"""

from __future__ import annotations

import re

from geomap.text.displacement_counts import displaced_from_text, displacement_spans

__all__ = ["counts_no_group"]

# "300 to 500 arrivals a day", "some 90 people per day are crossing", "150 daily": a flow, not a
# group (not "a week ago", "in a single day", "a day after the attack")
_RATE = re.compile(r"(?<!\bin\s)(?<!\bwithin\s)(?<!\bsingle\s)\b(?:a|per|each|every)\s+(?:day|night|week)\b"
                   r"(?!\s+(?:ago|earlier|before|later|after))|\b(?:daily|nightly|weekly)\b", re.I)
# "distributed two-week rations to", "handed out food parcels to", "kits for": aid and its receivers
_AID_BEFORE = re.compile(
    r"\b(?:distribut\w*|hand(?:ed|ing|s)?\s+out|gave|give[ns]?|giving|provid\w*|deliver\w*|suppl(?:ied|ying|ies)"
    r"|rations|parcels|packages|kits|meals|vouchers|cash\s+transfers)\b[^.;:]{0,80}?\b(?:to|for)\s+"
    r"(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|at\s+least\s+|an\s+estimated\s+)?$", re.I)
# the served counted as arrivals ("to 3,100 new arrivals"): the people reached by one distribution;
# "tents to 3,000 displaced people in X" counts those who are there, and stays X's figure
_ARRIVALS = re.compile(r"\b(?:new\s+|recent\s+|latest\s+)?arrivals\b", re.I)
# what is counted when it is not people: "ten attack drones", "25 cargo trucks"
_THINGS = re.compile(
    r"\b(?:drones?|UAVs?|missiles?|rockets?|shells?|trucks?|lorr(?:y|ies)|vehicles?|cars?|tankers?|aircraft|planes?"
    r"|jets?|helicopters?|tonnes|tons|containers?|cattle|goats|sheep|camels|livestock)\b", re.I)


def counts_no_group(sentence: str) -> bool:
    """Whether the sentence's count is a daily rate, the receivers of aid, or things that
    crossed (with no displaced people named): it tells no group's displacement."""
    count = displaced_from_text(sentence)
    if count is None or count.value is None:
        return False
    if any(m.start() < count.end + 12 for m in _RATE.finditer(sentence, count.start)):
        return True
    if _AID_BEFORE.search(sentence[:count.start]) and _ARRIVALS.search(count.text):
        return True
    words = count.text[len(count.text.split()[0]):]
    return bool(_THINGS.search(words.split(" crossed")[0].split(" entered")[0])) and not displacement_spans(sentence)
