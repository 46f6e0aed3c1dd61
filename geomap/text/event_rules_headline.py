"""Trigger rules for events told in headline style, for geomap.text.event_words: the present tense
of a headline or of a bulleted roundup line ("Gunmen kill three in X raid", "• Drone hits fuel depot
in Y", "Rebels seize border town of Z", "Police arrest 20 over riot"). Each entry is (event type,
sub-event type, pattern, gate words), appended after event_words' rules and ``MORE_RULES``.

The present tense tells a general truth in running prose ("militants attack convoys on this road"),
so these rules hold only on a line that does not end like a sentence (no final full stop, question
or exclamation mark, nor closing quote): a headline or a list item. Event_words skips the
headline itself (its events are the body's); roundups told as bullets have no other telling. No word
between who acted and the verb may make the act a threat, a plan or a denial ("Rebels threaten to seize
X", "Farmers to march on Y", "Army denies troops kill civilians").

Also, told in any style: a place or people attacked in the passive without who did it ("a customs
post at X was attacked on Sunday night": forces attacked, a battle; "the market was raided": an
attack); "attacks on X, Y and Z" on named places; a shell that "landed" with words between ("a
shell fired from Myanmar landed in X").
"""

from __future__ import annotations

import re

from geomap.text.event_nouns import NSA

#: the line ends like a headline or a list item, not a sentence (checked from the trigger on)
_HEADLINE = r"(?=[^\n]*[^\s.!?\"'\u201d\u2019]\s*$)"
HEADLINE_LOOKAHEAD = _HEADLINE
#: a text ending like a sentence: no rule starting with ``_HEADLINE`` can match anywhere in it, and
#: in one that does not, only its last line can hold a match (event_words runs them from there: the
#: lookahead scans to the end from every position, quadratic in a long sentence)
ENDS_AS_SENTENCE = re.compile(r"[.!?\"'\u201d\u2019]\s*$")
_ARMED_GROUP = r"(?:" + NSA + r"|raiders|bandits|assailants|attackers|armed\s+men|kidnappers|pirates|poachers)"
_FORCES = r"(?:troops|soldiers|forces|army|police|guards|border\s+guards|gendarmes|military|navy|rangers)"
_FOES = (r"(?:militants|rebels|insurgents|fighters|jihadists|bandits|smugglers|gunmen|terrorists|attackers"
         r"|infiltrators|militiamen|poachers|raiders)")
_ARMED_TARGET = (r"(?:bases?|posts?|outposts?|positions?|barracks|checkpoints?|patrols?|convoys?|garrisons?"
                 r"|headquarters|stations?|soldiers|troops|forces)\b")
_CROWD = (r"(?:protesters|demonstrators|youths|crowds?|mobs?|rioters|residents|villagers|traders|vendors|drivers"
          r"|truckers|farmers|fishermen|herders|students|workers|migrants|hundreds|thousands)")
#: up to two words between who acted and the verb, none of which makes the act a plan, a threat, a fear or a
#: denial ("Rebels threaten to seize X", "Farmers to march on Y", "Army denies troops kill civilians")
_BETWEEN = (r"(?:(?!(?:to|could|would|may|might|will|shall|should|must|can|cannot|not|never|did|do|does|threaten\w*"
            r"|vow\w*|plan\w*|den(?:y|ies|ied)|warn\w*|fear\w*|want\w*|seek\w*|try|tries|ready|urge\w*|call\w*"
            r"|set|poised|prepar\w*|accus\w*|deny)\b)[\w-]+\s+){0,2}?")
_HOW_MANY = r"(?:(?:at\s+least|over|about|some|up\s+to)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|scores)"

HEADLINE_RULES: list[tuple[str, str, str, tuple[str, ...]]] = [
    # "Army kills 12 militants near X", "Guards shoot dead two smugglers at Y": forces against an armed foe
    ("Battles", "Armed clash",
     _HEADLINE + r"\b" + _FORCES + r"\s+" + _BETWEEN + r"(?:kill|kills|shoot\s+dead|shoots\s+dead|neutrali[sz]es?)\s+"
     r"(?:" + _HOW_MANY + r"\s+)?(?:[\w-]+\s+)?" + _FOES + r"\b",
     ("kill", "shoot", "neutrali")),
    # "Militants attack army post in X", "Rebels ambush convoy near Y": an armed group against forces
    ("Battles", "Armed clash",
     _HEADLINE + r"\b" + _ARMED_GROUP + r"\s+" + _BETWEEN + r"(?:attack|attacks|raid|raids|storm|storms|hit|hits"
     r"|ambush|ambushes|strike|strikes|kill|kills)\s+(?:[\w-]+\s+){0,3}?" + _ARMED_TARGET,
     ("attack", "raid", "storm", "hit", "ambush", "strike", "kill")),
    # "Rebels seize border town of X", "Militants capture Y": ground taken by an armed group
    ("Battles", "Non-state actor overtakes territory",
     _HEADLINE + r"\b" + _ARMED_GROUP + r"\s+" + _BETWEEN + r"(?:seize|seizes|capture|captures|take|takes|overrun"
     r"|overruns)\s+(?:control\s+of\s+)?(?:the\s+)?(?:(?:key|strategic|border|frontier)\s+)?(?:town|towns|village|villages"
     r"|city|post|base|crossing|(?-i:[A-Z]))",
     ("seize", "capture", "take", "overrun")),
    # "Gunmen kill three in X raid", "Soldiers shoot dead two traders at Y", "Bandits abduct ten near Z"
    ("Violence against civilians", "Attack",
     _HEADLINE + r"\b(?:" + _ARMED_GROUP + r"|" + _FORCES + r")\s+" + _BETWEEN + r"(?:kill|kills|massacre|massacres"
     r"|shoot\s+dead|shoots\s+dead|attack|attacks|raid|raids|storm|storms|beat|beats|torch|torches|burn|burns)\b"
     r"(?!\s+(?:[\w-]+\s+){0,3}?" + _ARMED_TARGET + r")(?!\s+(?:" + _HOW_MANY + r"\s+)?(?:[\w-]+\s+)?" + _FOES + r"\b)",
     ("kill", "massacre", "shoot", "attack", "raid", "storm", "beat", "torch", "burn")),
    ("Violence against civilians", "Abduction/forced disappearance",
     _HEADLINE + r"\b(?:" + _ARMED_GROUP + r"|" + _FORCES + r")\s+" + _BETWEEN + r"(?:kidnap|kidnaps|abduct|abducts"
     r"|snatch|snatches)\b",
     ("kidnap", "abduct", "snatch")),
    # "Drone hits fuel depot in X", "Airstrike kills five in Y", "Shells land in Z"
    ("Explosions/Remote violence", "Air/drone strike",
     _HEADLINE + r"\b(?:drones?|jets?|warplanes?|air\s*strikes?|airstrikes?|air\s+raids?)\s+" + _BETWEEN + r"(?:hit|hits"
     r"|strike|strikes|kill|kills|pound|pounds|target|targets|destroy|destroys)\b",
     ("drone", "jet", "warplane", "air")),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack",
     _HEADLINE + r"\b(?:shells?|rockets?|missiles?|mortars?|artillery)\s+" + _BETWEEN + r"(?:hit|hits|strike|strikes|kill"
     r"|kills|land|lands|pound|pounds|slam|slams|fall|falls)\b",
     ("shell", "rocket", "missile", "mortar", "artillery")),
    # "Two dead as mine explodes near X", "Roadside bomb kills soldier in Y"
    ("Explosions/Remote violence", "Remote explosive/landmine/IED",
     _HEADLINE + r"\b(?:mines?|landmines?|bombs?|devices?|explosives?)\s+" + _BETWEEN + r"(?:explodes|explode|kills|kill"
     r"|goes\s+off|go\s+off|detonates|blast|blasts)\b",
     ("mine", "bomb", "device", "explosive")),
    # "Youths torch council office in X", "Traders clash with police at Y"
    ("Riots", "Violent demonstration",
     _HEADLINE + r"\b" + _CROWD + r"\s+" + _BETWEEN + r"(?:torch|torches|burn|burns|loot|loots|stone|stones|attack"
     r"|attacks|set\s+fire|sets\s+fire|smash|smashes)\b",
     ("torch", "burn", "loot", "stone", "attack", "fire", "smash")),
    # "Truckers block X bridge", "Farmers march on Y"
    ("Protests", "Peaceful protest",
     _HEADLINE + r"\b" + _CROWD + r"\s+" + _BETWEEN + r"(?:block|blocks|blockade|blockades|march|marches|rally|rallies"
     r"|picket|pickets)\b",
     ("block", "march", "rall", "picket")),
    # "Police arrest 20 over X riot", "Guards detain 40 migrants at Y"
    ("Strategic developments", "Arrests",
     _HEADLINE + r"\b(?:" + _FORCES + r"|authorities)\s+" + _BETWEEN + r"(?:arrest|detain|detains|nab|nabs)\b",
     ("arrest", "detain", "nab")),
    # "A customs post at X was attacked on Sunday night": forces attacked, by whom the text does not say
    ("Battles", "Armed clash",
     r"\b" + _ARMED_TARGET + r"(?=\s+(?:[\w,-]+\s+){0,4}?(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:attacked"
     r"|ambushed|raided|stormed|overrun)\b(?!\s+by\b))",
     ("attacked", "ambushed", "raided", "stormed", "overrun")),
    # "the market in X was raided", "two villages were attacked overnight": a place of unarmed people attacked
    ("Violence against civilians", "Attack",
     r"\b(?:villages?|markets?|(?:mini)?bus(?:es)?|homes|houses|schools?|churches|mosques|hospitals?|clinics?|farms?"
     r"|settlements?|hamlets?|camps\s+for\s+[\w-]+)(?=\s+(?:[\w,-]+\s+){0,4}?(?:was|were|had\s+been|has\s+been|have\s+been)"
     r"\s+(?:attacked|raided|stormed)\b(?!\s+by\s+(?:[\w-]+\s+)?(?:troops|soldiers|police|forces|army)\b))",
     ("attacked", "raided", "stormed")),
    # "attacks on Guéné, Kassa and Madécali have forced 3,200 people to flee": attacks on named places
    ("Violence against civilians", "Attack",
     r"\battacks?\s+on\s+(?=(?-i:[A-Z])[\w'\u2019-]+(?:\s*,\s*|\s+and\s+)(?-i:[A-Z]))",
     ("attack",)),
    # "a shell fired from Myanmar landed in X": the shell told with words between it and where it fell
    ("Explosions/Remote violence", "Shelling/artillery/missile attack",
     r"\bshells?\s+(?:[\w-]+\s+){1,4}?(?:landed|fell|hit|struck|exploded|slammed)\b",
     ("shell",)),
]

__all__ = ["HEADLINE_RULES"]
