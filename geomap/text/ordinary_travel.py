"""Movements that are no flight: traders, tourists and workers crossing for a market, a job, a holiday.

"Hundreds of traders crossed from X into Y for the weekly market", "Tourists fled the heat in X
for the hills of Y": a crossing or even "fled", but the people are travellers named by their
trade or the text tells the errand, and no word tells danger or refuge. Read as displacement,
X became an area people fled and Y one they reached, with the travellers' count.
"""

from __future__ import annotations

import re

__all__ = ["ordinary_travel"]

# people named by a journey of their own
_TRAVELLERS = re.compile(r"\b(?:traders|tourists|holiday-?makers|vacationers|visitors|pilgrims|shoppers|commuters"
                         r"|seasonal\s+workers|migrant\s+workers|labou?rers|truck(?:ers|\s+drivers)|fans)\b", re.I)
# the errand told for the journey
_ERRAND = re.compile(r"\b(?:for\s+(?:the\s+|a\s+)?(?:weekly\s+|daily\s+|annual\s+)?(?:market|trade|work|jobs?|business"
                     r"|shopping|holidays?|festival|pilgrimage|harvest|match)|to\s+(?:trade|sell|buy|work|shop|visit"
                     r"|attend|study|holiday))\b", re.I)
# what makes a journey a flight after all (a riot; being taken out "under police escort")
_DANGER = re.compile(r"\b(?:fighting|clash\w*|violence|attacks?|attacked|shell\w*|bomb\w*|raids?|gunfire|war|insecurity"
                     r"|floods?|flooding|fires?|storm|cyclone|earthquake|refugees?|asylum|displaced|evacu\w*|shelter\w*"
                     r"|sought\s+refuge|safety|riot\w*|unrest|looting|(?:under\s+(?:\w+\s+)?)?escort)\b", re.I)


def ordinary_travel(sentence: str) -> bool:
    """Whether a sentence tells travellers (traders, tourists, workers) or an errand (the
    market, a job) and no danger or refuge: their movement is no displacement."""
    return bool(_TRAVELLERS.search(sentence) or _ERRAND.search(sentence)) and not _DANGER.search(sentence)
