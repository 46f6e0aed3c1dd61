"""Trigger rules for fights told in a statement's generic words, for geomap.text.event_words: "a
confrontation between border guards and smugglers occurred near X", "two guards were wounded in an
incident near Z" (a customs officer: an attack), "forces engaged gunmen", "repelled an attempted infiltration, killing three",
"raided a smugglers' hideout, killing two", "an encounter took place between forces and militants", "a sniper bullet",
"the body of a herder was found", and forces' violence told in the passive with the forces
as its agent ("shepherds were fired upon by border guards"). Each entry is (event type, sub-event
type, pattern, gate words), appended after event_words' rules, ``MORE_RULES`` and the headline rules.

A military or police statement often names the fight only as "a confrontation" and says that it
"occurred" or "took place", with its dead in the next sentence: the noun with a verb of happening
tells that the fight happened (``MORE_RULES`` reads the noun only with its hurt in the same
sentence). One side must be armed (forces, rebels, smugglers...): "a confrontation between the
government and the opposition took place in parliament" is no fight; with unarmed people only
("a confrontation between traders and customs officers"), the crowd rules of event_words apply.
"""

from __future__ import annotations

#: who fights: forces or an armed group
_ARMED_SIDE = (r"(?:troops|soldiers|forces|army|police|policemen|guards|gendarmes|military|militaries|patrols?"
               r"|rebels|militants|insurgents|gunmen|fighters|militias?|militiamen|jihadists|bandits|smugglers"
               r"|traffickers|poachers|guerrillas|separatists|armed\s+men|armed\s+groups?)")
#: the verbs that tell the noun's fight happened
_HAPPENED = r"(?:occurred|took\s+place|erupted|broke\s+out|happened|ensued|flared(?:\s+up)?|(?:was|were)\s+reported)"

#: forces (not unarmed officials) told killed or hurt in the passive
_FORCES = (r"(?:soldiers?|(?:border\s+)?guards?|guardsm[ae]n|police(?:m[ae]n|\s+officers?)?|troops|gendarmes?|rangers?"
           r"|servicem[ae]n|conscripts?)")
_FORCES_HURT = (r"(?<!\bno\s)" + _FORCES + r"\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:killed|wounded|injured"
                r"|shot(?:\s+dead)?)")
#: unarmed people, officials among them ("a customs officer": ACLED counts violence on them as against civilians)
_PEOPLE = (r"(?:civilians?|villagers?|traders?|farmers?|herders?|shepherds?|drivers?|m[ae]n|wom[ae]n|boys?|girls?|people"
           r"|persons|residents?|migrants?|fisherm[ae]n|(?:customs|revenue|immigration|forestry)\s+(?:officers?|officials?)"
           r"|officials?|workers?|passengers?|students?|children)")
_PEOPLE_HURT = (r"(?<!\bno\s)" + _PEOPLE + r"\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?"
                r"(?:killed|wounded|injured|hurt|shot(?:\s+dead)?)")
#: an armed side that hurts forces
_FOES = (r"(?:smugglers|gunmen|militants|rebels|insurgents|bandits|poachers|traffickers|attackers|assailants|fighters"
         r"|armed\s+men|snipers?|jihadists|militiamen|infiltrators)")

#: forces as who acts
_FORCES_ACT = (r"(?:troops|soldiers|forces|army|police|policemen|guards|gendarmes|military|patrols?|units?"
               r"|rangers|servicemen|marines|commandos)")

GENERIC_RULES = [
    # "a confrontation between Russian border guards and a group of smugglers occurred near X"
    ("Battles", "Armed clash",
     r"\bconfrontations?(?=\s+(?:between|with|involving)\s+(?:[^.;]{0,80}?\b" + _ARMED_SIDE + r"\b)"
     r"[^.;]{0,80}?\b" + _HAPPENED + r"\b)",
     ("confrontation",)),
    # "a confrontation took place between soldiers and rebels near X"
    ("Battles", "Armed clash",
     r"\bconfrontations?(?=\s+(?:also\s+)?" + _HAPPENED + r"\s+(?:[^.;]{0,40}?\s)?(?:between|with|involving)\s+"
     r"[^.;]{0,80}?\b" + _ARMED_SIDE + r"\b)",
     ("confrontation",)),
    # "a border guard was wounded by smugglers near X", "a soldier was killed in a shooting incident near X":
    # forces hurt by an armed side, or in "an incident" (a statement's word for a fight), told in the passive
    # (a customs or revenue officer is an unarmed official: not here)
    ("Battles", "Armed clash",
     r"\b" + _FORCES_HURT + r"\s+(?:in\s+an?\s+(?:[\w-]+\s+)?incident|by\s+(?:\w+\s+){0,2}?" + _FOES + r")\b",
     ("incident", "smuggler", "gunmen", "militant", "rebel", "insurgent", "bandit", "poacher", "trafficker",
      "attacker", "assailant", "fighter", "armed men", "sniper")),
    # "in an incident near X on Saturday, a border guard was wounded", "an incident occurred at X in which a
    # soldier was killed", "a border incident near X left one soldier dead", "an armed incident near X"
    ("Battles", "Armed clash",
     r"(?:\b(?:in\s+)?an?\s+(?:[\w-]+\s+)?incident(?=[^.;]*?\b" + _FORCES_HURT + r")"
     r"|\bincident(?=\s+(?:near|at|in|on)\b[^.;]{0,60}?\bleft\s+(?:\w+\s+){0,3}?" + _FORCES
     + r"\s+(?:dead|wounded|injured))|\barmed\s+incidents?\b)",
     ("incident",)),
    # "a customs officer was wounded in an incident near X", "a violent incident at the X market left three traders
    # injured": unarmed people hurt in "an incident" (not a traffic or road incident, nor a fire), violence against them
    ("Violence against civilians", "Attack",
     r"\b" + _PEOPLE_HURT + r"\s+in\s+an?\s+(?!(?:traffic|road|car|bus|boat|fire|stampede|mining|industrial)\b)"
     r"(?:[\w-]+\s+)?incident\b"
     r"|\b(?:violent|shooting|armed|deadly)\s+incident(?=[^.;]{0,60}?\bleft\s+(?:\w+\s+){0,3}?" + _PEOPLE
     + r"\s+(?:dead|wounded|injured|hurt))",
     ("incident",)),
    # "security forces engaged gunmen near X", "a patrol came into contact with an armed gang": a statement's
    # words for a fight with an armed side
    ("Battles", "Armed clash",
     r"\b" + _FORCES_ACT + r"\s+(?:\w+\s+){0,2}?(?:engaged|(?:came|come|comes)\s+into\s+contact\s+with)\s+"
     r"(?:\w+\s+){0,3}?(?:" + _FOES + r"|armed\s+(?:gangs?|groups?|band))\b",
     ("engaged", "contact")),
    # "guards killed two men trying to smuggle drugs near X", "two smugglers were shot dead by soldiers near X",
    # "soldiers killed two men who tried to carry fuel across":
    # forces killing people told by what they were doing, or in the passive with the forces as its agent
    # ("troops killed two men in the clash" is a toll: the clause must tell what the men did)
    ("Violence against civilians", "Attack",
     r"\b" + _FORCES_ACT + r"\s+(?:\w+\s+){0,2}?(?:killed|shot\s+dead|shot\s+and\s+killed|gunned\s+down)\s+"
     r"(?:(?:at\s+least|an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:[\w-]+\s+)?"
     r"(?:m[ae]n|people|persons|youths?|boys?)\s+(?:(?:who\s+(?:(?:were|was|had)\s+)?)?(?:trying|attempting|tried"
     r"|attempted)\s+to|suspected\s+of|accused\s+of|as\s+they\s+(?:tried|crossed|attempted))\b"
     r"|\b(?:smugglers?|traffickers?|m[ae]n|people|migrants|youths?|herders|fisherm[ae]n|farmers)\s+(?:were|was)\s+"
     r"(?:\w+\s+)?(?:killed|shot(?:\s+dead)?)\s+by\s+(?:\w+\s+){0,2}?" + _FORCES_ACT + r"\b",
     ("killed", "shot", "gunned")),
    # "shepherds were fired upon by border guards near X": people shot at by forces, told in the passive
    ("Violence against civilians", "Attack",
     r"\b(?:civilians|villagers|farmers|herders|shepherds|fisherm[ae]n|traders|migrants|residents|people|m[ae]n"
     r"|youths?|women|children|boys?|passengers|drivers)\s+(?:were|was)\s+(?:\w+\s+)?(?:fired\s+(?:up)?on|fired\s+at"
     r"|shot\s+at)\s+by\s+(?:\w+\s+){0,2}?" + _FORCES_ACT + r"\b",
     ("fired", "shot at")),
    # "the army repelled an attempted infiltration near X", "foiled an infiltration attempt": a crossing by an
    # armed side fought off (a battle, like a repelled attack)
    ("Battles", "Armed clash",
     r"\b(?:repel(?:led|s|ling)?|repuls(?:ed|es|ing)|foiled|thwarted|pushed\s+back|beat\s+back)\s+(?:\w+\s+){0,2}?"
     r"infiltrations?\b(?=[^.;]*\b(?:killed|killing|wounded|wounding|shot|fire|fighting|clash|exchange))",
     ("infiltration",)),
    # "security forces raided a smugglers' hideout near X, killing two": a raid on an armed side told with its
    # dead (a raid that seized goods or arrested people is no fight: ``MORE_RULES``)
    ("Battles", "Armed clash",
     r"\b" + _FORCES_ACT + r"\s+(?:\w+\s+){0,2}?raided\s+(?:an?\s+|the\s+)?(?:[\w'\u2019-]+\s+){0,2}?"
     r"(?:hideouts?|camps?|bases?|dens?|positions?|safe\s*houses?)\b(?=[^.;]*\b(?:killing|killed|leaving\s+\w+\s+dead"
     r"|shot\s+dead|gun\s*battle|exchange\s+of\s+fire))",
     ("raided",)),
    # "an encounter took place between security forces and militants near X": South Asian papers' and armies' word
    # for a gunfight, told with a verb of happening (not "a chance encounter with a bear": an armed side must be in
    # it; "killed in an encounter with police" is read by its dead, often placed in the next sentence, and "during
    # an encounter between a patrol and xate collectors" may be an attack on unarmed people)
    ("Battles", "Armed clash",
     r"\bencounters?(?=\s+(?:also\s+)?" + _HAPPENED + r"\s+(?:between|with|involving)\s+[^.;]{0,60}?\b"
     + _ARMED_SIDE + r"\b)",
     ("encounter",)),
    # "a soldier died after being hit by a sniper bullet near X": a sniper's shot (like "sniper fire")
    ("Battles", "Armed clash",
     r"\bsniper(?:'s|\u2019s)?\s+(?:bullets?|shots?|rounds?)\b",
     ("sniper",)),
    # "the body of a young herder was found near X with gunshot wounds": one person killed, told by the body found
    # (the plural is ``MORE_RULES``'; not when the sentence tells the attack the person died in)
    ("Violence against civilians", "Attack",
     r"\bbody\s+of\s+an?\s+(?:[\w-]+\s+){0,2}?(?:herder|herdsman|shepherd|farmer|villager|civilian|trader|man|woman"
     r"|youth|boy|girl|fisherman|hunter|miner|driver|chief|teenager|resident)\b"
     r"(?=[^.;]{0,40}?\b(?:was|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:found|discovered|dumped|recovered)\b)"
     r"(?![^.;]*\b(?:after|when|following|drowned|accident)\b)",
     ("body",)),
]

__all__ = ["GENERIC_RULES"]
