"""Trigger rules for protests and lootings told without their usual words, for ``geomap.text.event_words``:
"a crowd gathered before the Gabonese consulate in X", "stalls at the market were broken and goods taken
by unknown people". Each entry is (event type, sub-event type, pattern, gate words), appended after
event_words' other rules.

A crowd before a consulate, an embassy or a town hall is, in a news report, a crowd with a grievance,
even when the report does not say what it demanded (the gathering told with its demand is
``event_rules_more``'s). A crowd gathered there "to apply for visas" or "to welcome" someone is no
protest. Premises broken or smashed and goods taken is a looting, though neither "looted" nor
"robbed" is said (premises looted or burned are ``event_rules_more``'s); goods "taken by lorry" with
nothing broken are trade.
"""

from __future__ import annotations

#: who gathers: a crowd, a number of people, or a group of unarmed people
_CROWD = (r"(?:crowds?(?:\s+of\s+[\w-]+)?|(?:several\s+|a\s+few\s+)?(?:hundreds?|dozens?|thousands?|scores)\s+(?:of\s+)?"
          r"(?:[\w-]+\s+)?(?:people|residents|protesters|traders|workers|miners|farmers|women|students|relatives)"
          r"|(?:about|around|some|nearly|over|more\s+than)\s+[\d,]+\s+(?:[\w-]+\s+)?(?:people|residents|traders|workers"
          r"|miners|farmers|women|students))")
#: the offices of a government or of a foreign one, where a crowd goes to be seen
_SEAT = (r"(?:consulate|embassy|high\s+commission|town\s+hall|city\s+hall|parliament|ministry|prefecture|governorate"
         r"|governor'?s\s+(?:office|residence)|mayor'?s\s+office|council\s+offices?|district\s+offices?|courthouse"
         r"|police\s+(?:station|headquarters))")
#: an errand or a welcome, not a grievance
_NO_GRIEVANCE = (r"(?![^.;]{0,60}?\bto\s+(?:apply|collect|obtain|renew|register|vote|queue|wait|welcome|greet|celebrate"
                 r"|mourn|watch|pray|receive|see\s+off|cheer))")
#: premises of trade or of living, broken open
_PREMISES = (r"(?:stalls|shops?|kiosks?|stores?|boutiques|warehouses?|houses?|homes?|market\s+stalls|containers|depots?"
             r"|granaries)")
_BROKEN = (r"(?:broken(?:\s+into|\s+open)?|smashed|forced\s+open|ransacked|wrecked|vandali[sz]ed|pillaged|plundered"
           r"|broken\s+up)")
_TAKEN = r"(?:taken|stolen|carried\s+(?:off|away)|looted|emptied|removed)"

GATHERING_RULES = [
    # "a crowd gathered before the Gabonese consulate on Friday", "several hundred people gathered outside the
    # Austrian consulate in Maribor": a crowd at a seat of government, a protest
    ("Protests", "Peaceful protest",
     r"\b" + _CROWD + r"\s+(?:\w+\s+)?(?:gathered|assembled|massed|rallied|converged)\s+(?:before|outside|in\s+front\s+of"
     r"|at\s+the\s+gates?\s+of|at)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?" + _SEAT + r"\b" + _NO_GRIEVANCE,
     ("gathered", "assembled", "massed", "rallied", "converged")),
    # "stalls at the market in X were broken and goods taken by unknown people", "kiosks were smashed and
    # cigarettes taken": premises broken and goods taken, a looting
    ("Strategic developments", "Looting/property destruction",
     r"\b" + _PREMISES + r"(?=\s+(?:[\w,-]+\s+){0,6}?(?:were|was|had\s+been|have\s+been|has\s+been)\s+" + _BROKEN
     + r"\s+and\s+(?:[\w-]+\s+){0,3}?(?:(?:were|was|had\s+been)\s+)?" + _TAKEN + r"\b)",
     ("broken", "smashed", "forced open", "ransacked", "wrecked", "vandali", "pillaged", "plundered")),
]

__all__ = ["GATHERING_RULES"]
