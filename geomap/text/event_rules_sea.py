"""Trigger rules for confrontations at sea, for ``geomap.text.event_words``.

Reports of frontiers at sea tell their incidents by what one ship did to another: a coast guard
"fired water cannon at a supply boat", a vessel "rammed" or "collided with" an escort, a patrol
"boarded", "chased" or "blocked" a trawler, fired "warning shots". None of these is a battle (no
one fights back) nor an attack on civilians by itself; ACLED codes such non-lethal
confrontations as strategic developments (Other). A death or an injury told in the same
sentence is counted as for any event. Each entry is (event type, sub-event type, pattern, gate
words), like ``geomap.text.event_rules_generic``.
"""

from __future__ import annotations

#: craft at sea a confrontation is told about
VESSELS = (r"(?:vessels?|ships?|boats?|trawlers?|tankers?|dhows?|jiggers?|launch(?:es)?|pirogues?|skiffs?|cutters?"
           r"|frigates?|corvettes?|patrol\s+craft|speedboats?|fishing\s+craft|outriggers?|freighters?|barges?)")

SEA_RULES = [
    # "fired water cannon at a supply boat", "water-cannoned a Philippine vessel", "a water cannon attack"
    ("Strategic developments", "Other", r"\bwater[- ]cannon(?:s|ed|ing)?\b", ("water cannon", "water-cannon")),
    # "a Chinese vessel rammed an escort ship", "two coast guard boats collided", "the collision damaged ..."
    ("Strategic developments", "Other",
     r"\b" + VESSELS + r"\b[^.;]{0,80}?\b(?:rammed|collided|sideswiped)\b"
     r"|\b(?:rammed|ramming|collided\s+with|sideswiped)\s+(?:[\w'-]+\s+){0,3}?" + VESSELS + r"\b",
     ("rammed", "ramming", "collided", "sideswiped")),
    # "boarded the trawler", "chased a go-fast launch", "blocked a Philippine patrol boat", "harassed fishing boats"
    ("Strategic developments", "Other",
     r"\b(?:boarded|chased|stopped|blocked|shadowed|harass(?:ed|ing)|surrounded|pursued|tailed|drove\s+(?:away|off)"
     r"|expelled|impounded)\s+(?:[\w'-]+\s+){0,3}?" + VESSELS + r"\b",
     ("boarded", "chased", "stopped", "blocked", "shadowed", "harass", "surrounded", "pursued", "tailed", "drove",
      "expelled", "impounded")),
    # "a fishing boat that was stopped by a Nicaraguan navy patrol", "boarded by a coast guard cutter": the
    # craft told first, the patrol at sea after "by" (the trigger is the verb, not the craft: "a boat from X")
    ("Strategic developments", "Other",
     r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:stopped|boarded|chased|blocked|intercepted"
     r"|impounded|rammed|towed|escorted|held)\s+by\s+(?:an?\s+|the\s+|two\s+|three\s+)?(?:[\w-]+\s+){0,3}?(?:" + VESSELS
     + r"|patrols?|navy|coast\s*guards?|border\s+guards?|marines)\b",
     ("stopped", "boarded", "chased", "blocked", "intercepted", "impounded", "rammed", "towed", "escorted",
      "held")),
    # "fired on a Trinidadian pirogue", "opened fire at two fishing boats": shots at a craft, not a warning;
    # its crew fire nothing back (a clash between warships says "exchanged fire", a battle by the land rules)
    ("Violence against civilians", "Attack",
     r"\b(?:fired\s+(?:on|at|upon)|opened\s+fire\s+(?:on|at|upon)|shot\s+at)\s+(?:[\w'-]+\s+){0,3}?" + VESSELS + r"\b",
     ("fired on", "fired at", "fired upon", "opened fire", "shot at")),
    # "a boat capsized while being chased by a patrol boat", "sank after a coast guard cutter ordered it to stop":
    # a craft lost in a pursuit at sea (a capsizing in a storm, or one a patrol only rescues, is an accident)
    ("Strategic developments", "Other",
     r"\b(?:capsized|capsizing|sank|overturned)\b[^.;]{0,120}?\b(?:chased|chase|pursued|pursuit|fleeing"
     r"|ordered\s+it\s+to\s+(?:stop|halt))"
     r"|\b(?:chased|chase|pursued|pursuit)\b[^.;]{0,80}?\b(?:capsized|capsizing|sank|overturned)\b",
     ("capsiz", "sank", "overturned")),
    # "a patrol vessel fired warning shots and arrested a squid jigger"
    # (told with a craft: warning shots on land, at a demarcation line, stay what the land rules make of them)
    ("Strategic developments", "Other",
     r"\b" + VESSELS + r"\b[^.;]{0,60}?\bwarning\s+shots\b|\bwarning\s+shots\b[^.;]{0,60}?\b" + VESSELS + r"\b",
     ("warning shot",)),
]

__all__ = ["SEA_RULES", "VESSELS"]
