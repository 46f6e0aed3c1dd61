"""More trigger rules for geomap.text.event_words, kept here because that module is at its size
limit: each entry is (event type, sub-event type, pattern, gate words), appended after its rules
(so ranked below them within their type).

- Stock theft is how many frontier incidents are told ("rustlers raided X", "stole 200 head of
  cattle", "made off with dozens of goats"): ACLED's looting, not a battle nor background; so is
  armed robbery ("gunmen robbed traders at X", "robbed at gunpoint"), not "robbed of victory".
- An ambush on unarmed people ("a bus carrying traders", "villagers") attacks civilians.
- A raid named by its day or its author ("Sunday's raid on X"), like "Friday's attack
  on X" and "Friday's strike on X", is a told event; a police or customs raid that seized goods
  or arrested people is not an attack.
- People killed "in an attack on X" are its victims, whoever killed them.
- An armed group that kills people ("rebels killed 12 people near X") attacks them: the killing
  is the event, not a toll of one told elsewhere (a count of people alone, "killed 12 people",
  usually is).
- Property burned or looted told in the passive ("two villages near X were burned by raiders").
- An attack told in the passive with who did it ("X was attacked by armed men"; on forces, "a
  post was attacked by militants", a battle).
- A raid or assault told by its noun with its dead ("a cross-border raid on X left three dead"), like
  an attack, and "a deadly attack on X" (its adjective tells the dead).
- An armed group that "struck" or "hit" a place attacks it (forces there: a battle).
- A weapon told with who used it before its verb ("drones operated by smugglers struck X",
  "drones flown from across the river hit Y") is a strike like "drones struck X".
- People fighting each other without arms ("a brawl broke out among drivers at the crossing",
  "scuffles"), or throwing stones at police or guards, riot (ACLED's mob violence and violent
  demonstration); "migrants tried to force their way through the fence, throwing stones" is an
  attempt told with its violence, which happened.
- A fight told as "a confrontation with" people, in a sentence telling its hurt or dead, is a clash
  (a riot when only unarmed people are in it).
- Tear gas or live rounds fired at a crowd, traders or protesters is a protest broken up (ACLED's
  protest with intervention); armed men who "shot at a patrol" clash with it.
- Forces that "crossed into Somali territory near X" changed where they are (ACLED's change to
  group/activity), at X: X is no place people fled to (``reading.candidates``).
- Markers of the line taken away or destroyed ("removed eleven buoys", "tore down boundary pillars", "cut
  through a section of the border fence") are property destruction.
- "Took to the streets", a strike or a bandh, a picket, barricades or burning tyres are protests told
  without the word.
- A killing told by its noun with whom it killed ("followed the killing of a suspected smuggler at X").
- "The bodies of four herders were found near X" (or "police recovered the bodies of two herders near X")
  tells people killed at X (an attack); not when the sentence tells the attack they died in ("..., a day
  after gunmen attacked them").
- A road blockade told by its parked trucks ("kept trucks and tractors parked across the road at X") or by
  its noun ("the third day of a blockade", "a blockade of the crossing"; not a naval or economic one) is a
  protest; a crowd that "storms" or "breaches" a border fence or gate riots.
- A herd "driven away", "taken" told by its number ("took 120 cattle"), "making off with" it, "the theft of 12
  goats" or "cattle rustling incidents were reported" is stock theft.
- A march, sit-in or crowd "dispersed" or "broken up" is a protest with intervention, told by its noun; a
  protest that "turned violent", an angry crowd that burned or stormed something, or people who burned a
  police station or an office riot.
- Victims told in the first person or as someone's kin ("they attacked us", "soldiers beat my husband",
  "shot her brother") are civilians attacked.
- A gathering told with its demand ("residents gathered outside the district office, demanding
  ...", "the displaced blocked the entrance to the council offices, demanding tents") is a protest, and so is a road blocked by drivers, workers or communities (not by forces).
"""

from __future__ import annotations

import re

from geomap.text.event_nouns import NSA

_STOCK = (r"(?:cattle|cows|goats|sheep|camels|donkeys|livestock|animals|herds?|oxen|bulls)")
_RAIDERS = r"(?:rustlers|cattle\s+(?:thieves|raiders|rustlers)|livestock\s+thieves|stock\s+thieves|rustling)"

#: unarmed people at a frontier whom guards, poachers or gunmen kill (not "people": their deaths are
#: usually the toll of an event told beside them)
_PEOPLE = (r"(?:rangers?|(?:game\s+)?wardens?|customs\s+(?:officers?|officials?|agents?)|smugglers?|poachers?|miners"
           r"|hunters?|(?:truck\s+|lorry\s+|taxi\s+)?drivers?|merchants?|businessm[ae]n|chiefs?|herdsm[ae]n|nurses?"
           r"|aid\s+workers?|tourists?|engineers?|labourers?|laborers?|porters?|loggers?|migrants?|refugees|civilians?"
           r"|villagers?|farmers?|traders?|residents?|herders?|fisherm[ae]n|passengers?)")
#: "gunmen seized two nurses": people taken, not ground (read by event_words' seize rule)
_TAKEN = (r"\s+(?:(?:at\s+least\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens\s+of"
          r"|a|an|the|some)\s+)?(?:[\w-]+\s+)?(?:" + _PEOPLE + r"|people|hostages|women|children)\b")
PEOPLE_TAKEN = re.compile(_TAKEN, re.I)
#: what an armed group's attack on forces targets ("an attack on an army base"): a battle
_ARMED_TARGET = (r"(?:bases?|posts?|outposts?|positions?|barracks|checkpoints?|patrols?|convoys?|garrisons?"
                 r"|headquarters|stations?|soldiers|troops|forces)\b")

#: what an ambush hits when it is an attack on unarmed people ("ambushed a bus carrying traders",
#: "an ambush on villagers", "a convoy of civilians"): ACLED's violence against civilians, not a battle;
#: not when forces ride in it or guard it ("a bus carrying soldiers", "a police convoy")
_FORCE_WORDS = (r"(?:army|military|police|policemen|soldiers?|troops|forces|patrols?|security|escort\w*|officers?"
                r"|gendarmes?|guards?|militia\w*|rebels?|fighters|personnel|servicem[ae]n|officials?)")
AMBUSHED_CIVILIANS = re.compile(
    r"\s+(?:on|against)?\s*(?:(?:\d+|two|three|four|five|several|a|an|the|some|dozens\s+of)\s+)?"
    r"(?:(?!" + _FORCE_WORDS + r"\b)[\w-]+\s+)?(?:(?:(?:mini)?bus(?:es)?|coach(?:es)?|taxis?|vehicles?|cars?|trucks?"
    r"|lorr(?:y|ies)|boats?|canoes?|convoys?)\b(?=\s+(?:carrying|with|full\s+of|transporting|ferrying|of)\s+(?:[\w-]+\s+){0,2}?"
    + _PEOPLE + r"\b)|(?:(?:(?:mini)?bus(?:es)?|coach(?:es)?|taxis?)\b(?![^.;,]{0,50}?\b" + _FORCE_WORDS + r"\b))"
    r"|(?:convoys?|columns?|groups?)\s+of\s+(?:[\w-]+\s+)?" + _PEOPLE + r"\b|" + _PEOPLE + r"\b)", re.I)

#: words between an armed group and its verb that make the act not told as done ("rebels would have killed")
#: an adverb between a passive's auxiliary and its verb ("were also burnt", "had reportedly been torched"):
#: it tells how sure or how complete, never that the act did not happen
_PASSIVE_ADVERB = (r"(?:also|reportedly|allegedly|apparently|partly|partially|completely|totally|entirely|all|later"
                   r"|then|subsequently|deliberately|systematically|largely|mostly|either)\s+")
_MODAL = r"(?:would|could|might|may|will|should|must|can|did|do|does|not|never)\b"

#: what police fire at a crowd ("tear gas", "rubber bullets", "warning shots")
_CROWD_ARMS = (r"(?:tear\s*gas|live\s+(?:rounds|ammunition|bullets)|rubber\s+bullets|water\s+cannons?|stun\s+grenades"
               r"|warning\s+shots)")

MORE_RULES: list[tuple[str, str, str, tuple[str, ...]]] = [
    ("Strategic developments", "Looting/property destruction",
     r"\b(?:(?:stole|steal(?:s|ing)?|stolen(?=\s+(?:their|his|her|the|its|\d|some|about|dozens|hundreds|over|more))|rustled"
     r"|(?:made|making|make|makes)\s+off\s+with|drove\s+off|driving\s+off|drive\s+off|took\s+away"
     # "drove away 85 head of cattle", "took 120 cattle": a herd taken, told by its number
     r"|drove\s+away|driving\s+away|herded\s+away|took(?=\s+(?:about\s+|some\s+|over\s+|more\s+than\s+)?(?:\d|hundreds|dozens|scores))"
     r"|carted\s+off)\s+(?:(?:[\w,-]+|head\s+of)\s+){0,5}?" + _STOCK
     # "armed men had taken livestock across the river", "gunmen had stolen camels": a herd taken by armed men,
     # told without its number
     + r"|(?:armed\s+men|gunmen|raiders|bandits|attackers|assailants|militiamen|rebels|thieves)\s+(?:had\s+|have\s+|has\s+)?"
     r"(?:took|taken|stole|stolen)\s+(?:(?:[\w,-]+|head\s+of)\s+){0,5}?" + _STOCK
     + r"|" + _STOCK + r"\s+(?:\w+\s+){0,2}?(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:stolen|rustled|driven\s+off)"
     + r"|" + _RAIDERS + r"(?=\s+(?:\w+\s+){0,2}?(?:raided|attacked|struck|hit|stormed|stole|took|made\s+off|drove))"
     r"|(?:cattle|livestock)\s+raids?(?=\s+(?:on|in|at|near|against)\b)"
     # "the theft of 12 goats near X": the taking told by its noun (not "stock theft has long poisoned relations")
     r"|theft\s+of\s+(?:(?:[\w,-]+|head\s+of)\s+){0,3}?" + _STOCK
     # "cattle rustling incidents were reported in X and Y"
     + r"|(?:cattle\s+|stock\s+|livestock\s+)?rustling\s+(?:incidents?|attacks?|raids?)(?=\s+(?:were|was|have\s+been|has\s+been)"
     r"\s+(?:reported|recorded)))\b",
     ("stole", "stolen", "steal", "rustl", "made off", "making off", "make off", "makes off", "drove off", "driving off", "driven off", "drive off",
      "took away", "carted", "raid", "drove away", "driving away", "herded away", "took", "taken", "theft")),
    # "gunmen robbed traders at X", "armed men held up a bus", "shops were robbed by bandits", "robbed at
    # gunpoint": armed robbery is looting; not "robbed of victory" nor a fraud ("robbed a bank account online")
    ("Strategic developments", "Looting/property destruction",
     r"\b(?:(?:" + NSA + r"|raiders|bandits|assailants|attackers|armed\s+men|(?:armed\s+|highway\s+)?robbers|pirates"
     r"|kidnappers|poachers|smugglers)\s+(?:(?!" + _MODAL + r")\w+\s+){0,2}?(?:robbed|held\s+up|ransacked|pillaged)"
     r"|(?:robbed|held\s+up)(?=\s+(?:[\w-]+\s+){0,4}?at\s+gunpoint)"
     r"|(?:were|was|had\s+been|have\s+been|has\s+been)\s+robbed(?=\s+(?:[\w-]+\s+){0,4}?(?:at\s+gunpoint|by\s+(?:[\w-]+\s+){0,2}?"
     r"(?:" + NSA + r"|raiders|bandits|armed\s+men|(?:armed\s+)?robbers|pirates))))\b",
     ("robbed", "held up", "ransacked", "pillaged")),
    ("Violence against civilians", "Attack",
     r"(?<=['\u2019]s\s)(?:\w+\s+)?raids?(?=\s+(?:on|against)\s)"
     r"(?![^.;]*\b(?:arrest\w*|seiz\w*|confiscat\w*|contraband|drugs|narcotics|warrants?|detain\w*))",
     ("raid",)),
    ("Violence against civilians", "Abduction/forced disappearance",
     r"\b(?:seized|seizing|captured|grabbed|snatched|took\s+away)(?=" + _TAKEN + ")",
     ("seiz", "captur", "grabbed", "snatched", "took away")),
    ("Violence against civilians", "Attack",
     r"\b(?:(?:killed|murdered|gunned\s+down|shot(?:\s+dead|\s+and\s+(?:killed|wounded))?|executed)\s+(?!(?:dead\s+|and\s+\w+\s+)?by\b)(?:[\w-]+\s+){0,3}?"
     + _PEOPLE + r"|(?:gunmen|bandits|poachers|smugglers|armed\s+men|assailants|attackers|raiders)\s+(?:\w+\s+){0,3}?"
     r"murdered)\b",
     ("killed", "murder", "gunned", "shot", "executed")),
    # "militants killed 12 people in an attack on X": people killed in a raid told with them are its
    # victims (unlike "killed 12 people in the attack", a toll of one told before); one on a base is a battle
    ("Violence against civilians", "Attack",
     r"\b(?:killed|massacred|wounded|injured)\s+(?:(?:at\s+least|more\s+than|over|nearly|about|some|up\s+to)\s+)?"
     r"(?:\d+|[a-z]+|dozens\s+of|scores\s+of|hundreds\s+of)\s+(?:[\w-]+\s+)?(?:people|persons|civilians)"
     r"(?:\s+[\w-]+){0,3}?\s+in\s+(?!(?:the|that|this|these|those|its|their|his|her)\b)(?:[\w-]+\s+){0,2}?"
     r"(?:attacks?|raids?|assaults?)\b(?!\s+(?:on|against)\s+(?:[\w-]+\s+){0,3}?" + _ARMED_TARGET + r")",
     ("attack", "raid", "assault")),
    # "Jihadist fighters killed nine people near X", "bandits murdered two men": an armed group kills people
    ("Violence against civilians", "Attack",
     r"\b(?:" + NSA + r"|raiders|bandits|assailants|attackers|armed\s+men|kidnappers|poachers)\s+"
     r"(?:(?!" + _MODAL + r")\w+\s+){0,2}?"
     r"(?<!\bwere\s)(?<!\bwas\s)(?<!\bbeen\s)(?<!\bbe\s)(?:killed|massacred|murdered|slaughtered|executed|shot\s+dead)\s+"
     r"(?:(?:at\s+least|more\s+than|over|nearly|about|some|up\s+to)\s+)?(?:\d+|[a-z]+|dozens\s+of|scores\s+of"
     r"|hundreds\s+of)\s+(?:[\w-]+\s+)?(?:people|persons|men|women|others)\b"
     # not the toll of one told before ("in the attack"), nor of an attack on forces ("in an attack on an army post")
     r"(?!\s+(?:in|during)\s+(?:the|that|this|these|those|its|their)\b)"
     r"(?![^.;]{0,40}?\b(?:on|against)\s+(?:[\w-]+\s+){0,3}?" + _ARMED_TARGET + ")"
     # nor a running count ("have killed 30 people in X and Y since January")
     r"(?![^.;]{0,60}?\b(?:since|so\s+far|this\s+year|over\s+the\s+(?:past|last)|in\s+(?:the\s+)?(?:past|last|recent)"
     r"|in\s+recent)\b)",
     ("killed", "massacr", "murder", "slaughter", "executed", "shot dead")),
    # "the same gunmen struck Monguno", "militants hit an army post": an armed group's strike is an attack (on forces, a battle)
    ("Battles", "Armed clash",
     r"\b(?:" + NSA + r"|raiders|bandits|assailants|attackers|armed\s+men)\s+(?:(?!" + _MODAL + r")\w+\s+){0,2}?"
     r"(?:struck|hit|targeted)\s+(?:\w+\s+){0,3}?" + _ARMED_TARGET,
     ("struck", "hit", "targeted")),
    # "five terrorists were neutralized": an army's word for foes killed in a fight
    ("Battles", "Armed clash",
     r"\b(?:" + NSA + r"|bandits|infiltrators|smugglers|attackers|assailants)\s+(?:were|was|had\s+been|have\s+been|has\s+been)"
     r"\s+(?:neutrali[sz]ed|eliminated)\b",
     ("neutrali", "eliminated")),
    ("Violence against civilians", "Attack",
     r"\b(?:" + NSA + r"|raiders|bandits|assailants|attackers|armed\s+men)\s+(?:(?!" + _MODAL + r")\w+\s+){0,2}?"
     r"(?:struck|hit)(?=\s+(?:(?-i:[A-Z])|(?:the|an?)\s))(?!\s+(?:\w+\s+){0,3}?" + _ARMED_TARGET + ")",
     ("struck", "hit")),
    # "a cross-border raid on X left three dead", "a deadly attack on X": a new attack told by its noun, with its dead
    ("Violence against civilians", "Attack",
     r"\b(?:an?|another)\s+(?!(?:[\w-]+\s+){0,2}?(?:police|customs|security|army|military|anti-[\w-]+)\s)"
     r"(?:[\w-]+\s+){0,2}?(?:raid|assault)(?=\s[^.;]{0,80}?\b(?:(?:left|leaving)\s+(?:[\w-]+\s+){0,3}?(?:dead|killed"
     r"|wounded|injured)|killed|killing|claimed|claiming)\b)"
     r"|\b(?:an?|another)\s+(?:deadly|fatal|bloody|lethal)\s+(?:[\w-]+\s+)?(?:attack|raid|assault)"
     r"(?=\s+(?:on|in|near|at|against)\b)",
     ("raid", "assault", "deadly", "fatal", "bloody", "lethal")),
    # "Two villages near X were burned by raiders", "houses were also burnt in Y": property destroyed, told in the passive
    ("Strategic developments", "Looting/property destruction",
     r"\b(?:villages?|homes?|houses?|huts?|shops?|stalls|markets?|schools?|church(?:es)?|mosques?|granaries|vehicles?"
     r"|trucks?|lorr(?:y|ies)|cars?|buses|(?<=\ba\s)bus|warehouses?|buildings?|offices?|(?:police|border|army)\s+posts?"
     r"|(?:IDP\s+|displacement\s+)?sites|shelters|tents|kiosks|boats|canoes)(?=\s+(?:[\w,-]+\s+){0,7}?(?:were|was|(?:had|have|has)\s+(?:" + _PASSIVE_ADVERB + r")?been)\s+(?:" + _PASSIVE_ADVERB + r")?(?:looted|burned"
     r"|burnt|torched|razed|set\s+ablaze|set\s+on\s+fire|burned\s+down|burnt\s+down)\b)",
     ("looted", "burned", "burnt", "torched", "razed", "ablaze", "on fire")),
    # "An army post near X was attacked by militants", "a patrol was ambushed by gunmen": forces attacked, a battle
    ("Battles", "Armed clash",
     r"\b" + _ARMED_TARGET + r"(?=\s+(?:[\w,-]+\s+){0,4}?(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:attacked"
     r"|ambushed|raided|stormed|overrun)\s+by\b)",
     ("attacked", "ambushed", "raided", "stormed", "overrun")),
    # "Kalale was attacked by armed men": a place or people attacked, told in the passive with who did it
    ("Violence against civilians", "Attack",
     r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:attacked|raided|stormed)\s+by\s+(?:[\w-]+\s+){0,3}?"
     r"(?:" + NSA + r"|raiders|bandits|assailants|attackers|armed\s+men|kidnappers|poachers|rustlers|herders|herdsmen)\b",
     ("attacked", "raided", "stormed")),
    # "Drones operated by unidentified smugglers struck a post": the drones' user told before the verb
    # "a brawl broke out among drivers at the crossing", "scuffles at the market": people fighting
    # each other with fists or sticks, not armed forces
    ("Riots", "Mob violence",
     r"\b(?:(?:mass\s+)?brawls?|scuffles?|punch-?ups?|fist-?\s?fights?|mel[eé]e"
     r"|(?:fight|fights)\s+(?:broke\s+out|erupted)\s+(?:among|between)\s+(?:[\w-]+\s+){0,3}?"
     r"(?:drivers|truckers|traders|vendors|passengers|travellers|travelers|fans|youths|crowds?|residents|villagers"
     r"|workers|miners|migrants|fishermen|herders|farmers|groups\s+of\s+\w+)"
     r"|(?<=\ba\s)fight\s+(?:broke\s+out|erupted))\b",
     ("brawl", "scuffle", "punch", "fist", "mel", "broke out", "erupted")),
    # "a crowd threw stones at police", "migrants tried to force their way through the fence,
    # throwing stones at guards": violence by people at a gathering (an attempt told with it happened)
    ("Riots", "Violent demonstration",
     r"\b(?:(?:threw|throwing|hurled|hurling|pelted|pelting)\s+(?:[\w-]+\s+){0,2}?(?:stones|rocks|bricks|bottles"
     r"|petrol\s+bombs|molotov\s+cocktails|(?:police|officers|guards|soldiers|troops)\s+with)"
     r"|(?:tried|attempted)\s+to\s+(?:force\s+(?:their|its|a)\s+way|storm|break\s+through|rush)\s+(?:[\w-]+\s+){0,4}?"
     r"(?:fences?|walls?|border|frontier|barriers?|gates?|crossing|cordon)\b"
     r"(?=[^.;]{0,160}?\b(?:stones|rocks|sticks|bars|pepper\s+spray|tear\s*gas)\b))",
     ("threw", "throwing", "hurl", "pelt", "tried to", "attempted to")),
    # "residents gathered outside the district office, demanding ...": a gathering told with its demand
    ("Protests", "Peaceful protest",
     r"\b(?:gathered|assembled|converged|massed|occupied|besieged|paraded|camped\s+(?:outside|in\s+front\s+of)"
     # "the displaced blocked the entrance to the council offices, demanding tents": a building's way in
     r"|(?:blocked|blockaded|barricaded)\s+(?:the\s+|an?\s+)?(?:main\s+)?(?:entrances?|gates?|doors?|offices|premises"
     r"|compound)\b)\b(?![^.;]{0,40}?\b(?:troops|soldiers|forces|tanks)\b)"
     r"(?=[^.;]{0,140}?\b(?:demanding|to\s+demand|to\s+protest|in\s+protest|chanting"
     r"|waving\s+(?:placards|banners)|carrying\s+(?:placards|banners))\b)",
     ("gathered", "assembled", "converged", "massed", "occupied", "besieged", "camped", "blocked", "blockaded",
      "barricaded", "paraded")),
    # "a protest by fishermen turned violent", "angry residents burned a police station", "villagers stormed the
    # customs office": a gathering's violence (a riot), not an armed group's attack
    ("Riots", "Violent demonstration",
     r"\b(?:(?:protests?|demonstrations?|rall(?:y|ies)|march(?:es)?|sit-ins?|gatherings?)\s+(?:[\w-]+\s+){0,4}?"
     r"(?:turned|became|grew)\s+violent"
     r"|(?:angry|irate|enraged|furious)\s+(?:[\w-]+\s+)?(?:residents|youths|villagers|traders|crowds?|mobs?|locals"
     r"|relatives|farmers|fishermen|drivers|motorcyclists|students|mourners)\s+(?:\w+\s+){0,2}?(?:burned|burnt|torched"
     r"|set\s+fire|stormed|attacked|ransacked|vandali[sz]ed|looted|smashed|stoned|pelted)"
     r"|(?:residents|youths|villagers|traders|crowds?|locals|relatives|mourners)\s+(?:\w+\s+){0,2}?(?:burned|burnt|torched"
     r"|set\s+fire\s+to|stormed|ransacked|vandali[sz]ed)\s+(?:an?\s+|the\s+|two\s+|several\s+)?(?:[\w-]+\s+)?"
     r"(?:police\s+(?:stations?|posts?|vehicles?|cars?)|(?:customs|council|district|government|party)\s+offices?"
     r"|court(?:house)?s?|border\s+posts?|stations?))\b",
     ("violent", "angry", "irate", "enraged", "furious", "burned", "burnt", "torched", "set fire", "stormed",
      "ransacked", "vandali")),
    # "took to the streets of X", "drivers went on strike at the border post", "youths burned tyres on the highway":
    # protests told without the word
    ("Protests", "Peaceful protest",
     r"\b(?:took\s+to\s+the\s+streets?|(?:went|go|going|gone)\s+on\s+(?:a\s+)?(?:\w+\s+)?strike|(?:staged|held|called|began"
     r"|observed)\s+(?:a\s+)?(?:\w+\s+)?(?:general\s+)?(?:strike|bandh|shutdown)|observed\s+a\s+(?:\w+\s+)?bandh|downed\s+tools"
     r"|picket(?:ed|ing)|(?:residents|villagers|youths|protesters|demonstrators|traders|drivers|truckers|workers|farmers"
     r"|locals|crowds?|women|students)\s+(?:\w+\s+){0,4}?(?:set\s+up|erected|built|put\s+up|burn(?:ed|t|ing))\s+"
     r"(?:[\w-]+\s+)?(?:barricades|tyres|tires))\b",
     ("streets", "strike", "bandh", "shutdown", "downed", "picket", "barricade", "tyres", "tires")),
    # "truck drivers blocked the highway near X", "communities blocked on Monday the road to Y": a
    # blockade by people who are not armed forces
    ("Protests", "Peaceful protest",
     r"\b(?:(?:truck\s+|lorry\s+|taxi\s+|bus\s+)?drivers|truckers|hauliers|transporters|(?:transport\s+)?workers"
     r"|youths|communities|women|fishermen|herders|vendors|motorists|miners|teachers|protesters|demonstrators"
     r"|motorcyclists|hundreds|dozens|people)\s+(?:(?!(?:troops|soldiers|police|army|forces|guards|militants|rebels"
     r"|gunmen)\b)\w+\s+){0,3}?(?:blocked|blockaded|barricaded|blocking|barricading"
     r"|parked\s+(?:their\s+|the\s+)?(?:trucks|lorries|vehicles|tractors|buses|cars|minibuses)\s+across)"
     r"\s+(?:[\w-]+\s+){0,3}?(?:highway|road|roads|bridge|crossing|(?-i:Route|RN|N)\s*\d+|route|motorway|junction"
     r"|border\s+post|traffic|access)\b",
     ("block", "barricad", "parked")),
    # "Serbs kept trucks and tractors parked across the road at X", "the third day of a blockade at the
    # crossing": a road blockade told by its vehicles or its noun (not a naval, economic or military one)
    ("Protests", "Peaceful protest",
     r"\b(?:(?:trucks|lorries|tractors|vehicles|buses|cars|minibuses)\s+(?:\w+\s+){0,2}?parked\s+across\s+(?:the\s+)?"
     r"(?:[\w-]+\s+)?(?:road|roads|highway|bridge|crossing|route|motorway)"
     r"|(?:(?:first|second|third|fourth|fifth|sixth|seventh|\d+(?:st|nd|rd|th))\s+(?:straight\s+)?day|days?)\s+of\s+"
     r"(?:a|the|their)\s+(?:[\w-]+\s+)?blockade"
     r"|(?<!naval\s)(?<!economic\s)(?<!military\s)(?<!sea\s)(?<!israeli\s)blockades?(?=\s+(?:of|at|on)\s+(?:the\s+)?"
     r"(?:[\w-]+\s+){0,3}?(?:road|roads|highway|bridge|crossing|border\s+post|route|motorway)\b)"
     r"|blockades?\s+by\s+(?:[\w-]+\s+){0,2}?(?:farmers|traders|drivers|truckers|residents|villagers|protesters|youths"
     r"|fishermen|herders|workers|communities|women|students|vendors|hauliers|transporters))\b",
     ("parked", "blockade")),
    # "hundreds of migrants storm the border fence": a crowd forcing its way through, a riot (not troops' assault)
    ("Riots", "Mob violence",
     r"\b(?:migrants|crowds?|protesters|demonstrators|youths|hundreds|thousands|people|men)\s+(?:[\w-]+\s+){0,2}?"
     # (the present tense only in a headline or a list line: "migrants storm the fence there every week" is no event)
     r"(?:storm(?:ed|ing)|rush(?:ed|ing)|breach(?:ed|ing)|(?:storms?|rush(?:es)?|breach(?:es)?)(?=[^\n]*[^\s.!?\"'\u201d]\s*$))"
     r"\s+(?:the\s+|an?\s+)?(?:(?-i:[A-Z])[\w-]*\s+)?"
     r"(?:[\w-]+\s+)?(?:fences?|gates?|barriers?|crossing|border\s+post|checkpoint|wall)\b",
     ("storm", "rush", "breach")),
    # "police dispersed a march by refugees", "broke up a sit-in at the crossing": a gathering broken up, told by its noun
    ("Protests", "Protest with intervention",
     r"\b(?:dispersed|dispersing|broke\s+up|breaking\s+up|broken\s+up)\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+)?"
     r"(?:march(?:es)?|protests?|demonstrations?|rall(?:y|ies)|sit-ins?|gatherings?|crowds?|protesters|demonstrators)\b",
     ("dispers", "broke up", "breaking up", "broken up")),
    # "they attacked us at night", "the soldiers beat my husband": victims told in the first person, in a quote
    ("Violence against civilians", "Attack",
     r"\b(?:attacked|beat|beaten|shot|killed|robbed|whipped|tortured|raped|abducted|kidnapped|burned|burnt|looted)\s+"
     r"(?:us|me|(?:my|our|his|her|their)\s+(?:[\w-]+\s+)?(?:husbands?|wife|wives|sons?|daughters?|fathers?|mothers?"
     r"|brothers?|sisters?|child|children|famil(?:y|ies)|neighbours?|neighbors?|parents)"
     r"|(?:my|our)\s+(?:[\w-]+\s+)?(?:village|homes?|houses?|people|men|women))\b",
     ("attacked", "beat", "shot", "killed", "robbed", "whipped", "tortured", "raped", "abducted", "kidnapped", "burn",
      "looted")),
    # "the bodies of four herders were found near X": people killed there, by whom the text does not
    # know (not one told in the sentence: "..., a day after gunmen attacked them" is that attack's dead)
    ("Violence against civilians", "Attack",
     r"\bbod(?:y|ies)\s+of\s+(?:(?:at\s+least|more\s+than|some)\s+)?(?:\w+\s+)?(?:[\w-]+\s+)?(?:herders|herdsmen"
     r"|shepherds|farmers|villagers|civilians|traders|men|women|youths|residents|hunters|miners|drivers|chiefs)\b"
     r"(?=[^.;]{0,40}?\b(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:found|discovered|dumped)\b)"
     r"(?![^.;]*\b(?:after|when|following)\b)",
     ("bod",)),
    # "police recovered the bodies of two herders in a forest near X": the same, told with who found them
    ("Violence against civilians", "Attack",
     r"\b(?:found|discovered|recovered|retrieved)\s+(?:the\s+)?bod(?:y|ies)\s+of\s+(?:(?:at\s+least|more\s+than|some)\s+)?"
     r"(?:\w+\s+)?(?:[\w-]+\s+)?(?:herders|herdsmen|shepherds|farmers|villagers|civilians|traders|men|women|youths"
     r"|residents|hunters|miners|drivers|chiefs|fishermen)\b(?![^.;]*\b(?:after|when|following)\b)",
     ("bod",)),
    # "six gendarmes were injured during a confrontation with smugglers": a fight told by its noun, with its
    # hurt (not "a diplomatic confrontation with Moscow"); with unarmed people only, a riot (event_words)
    ("Battles", "Armed clash",
     r"(?:(?<=\bduring\sa\s)|(?<=\bin\sa\s)|(?<=\bafter\sa\s)|(?<=\bfollowing\sa\s)|(?<=\bduring\sthe\s))"
     r"(?:(?:violent|brief|fresh|new|physical)\s+)?confrontations?(?=\s+(?:broke\s+out\s+)?(?:between|with)\b)"
     r"(?=[^.;]*?\b(?:between|with)\s+(?!(?:the\s+)?(?:government|authorities|ministry|West|opposition)\b))"
     r"",  # its gate: the sentence tells someone hurt, killed or held (a fight, not a dispute)
     ("injured", "wounded", "hurt", "killed", "dead", "died", "shot", "stones", "tear gas", "bullets", "arrested")),
    # "border guards removed eleven buoys that marked the channel near X", "soldiers tore down boundary pillars":
    # the markers of the line itself taken away or destroyed
    ("Strategic developments", "Looting/property destruction",
     r"\b(?:removed|removing|took\s+away|taken\s+away|tore\s+down|torn\s+down|pulled\s+(?:up|down|out)|dismantled"
     r"|dismantling|uprooted|destroyed|knocked\s+down|cut\s+down|cut\s+through)\s+(?:[\w-]+\s+){0,4}?(?:buoys"
     r"|(?:border|boundary|frontier)\s+(?:markers?|pillars?|stones?|signs?|fences?|beacons?|posts\s+and\s+\w+)"
     r"|(?:sections?|parts?|stretch|metres|meters)\s+of\s+the\s+(?:border\s+|boundary\s+)?(?:fence|wall))\b",
     ("buoy", "marker", "pillar", "stones", "sign", "fence", "beacon", "wall")),
    # "200 Ethiopian troops crossed into Somali territory near X": forces moved onto the other side (an
    # incursion without a fight told), at the place named with it
    ("Strategic developments", "Change to group/activity",
     r"\b(?:troops|soldiers|forces|army\s+units|soldiers|militiamen|tanks|armou?red\s+vehicles)\s+(?:[\w-]+\s+){0,3}?"
     r"(?:crossed|moved|pushed|entered|went|ventured|strayed)\s+(?:deep\s+|briefly\s+|several\s+\w+\s+)?(?:into|onto)\s+"
     r"(?:(?-i:[A-Z])[\w'\u2019-]+\s+)?(?:territory|soil|side|airspace)\b",
     ("territory", "soil", "side", "airspace")),
    # "police fired tear gas at traders in X", "fired live rounds to disperse a crowd": a gathering broken up
    # ("... at the crowd" is the response to a gathering told before: no new event)
    ("Protests", "Protest with intervention",
     r"\b(?:fired|firing|fire|used|using|lobbed|lobbing|threw|throwing)\s+(?:[\w-]+\s+)?" + _CROWD_ARMS
     # ("fired teargas and rubber bullets on Wednesday to disperse hundreds of informal traders")
     + r"(?:\s+(?:and|or)\s+(?:[\w-]+\s+)?" + _CROWD_ARMS + r")?(?:\s+(?:early\s+|late\s+)?on\s+(?-i:[A-Z])\w+)?"
     r"\s+(?:to\s+disperse|at|on|into|against)\s+(?!the\s|them\b|those\s)"
     r"(?:(?:hundreds|thousands|dozens|scores)\s+of\s+(?:[\w-]+\s+){0,2}?[\w-]+s\b"
     r"|(?:an?\s+)?(?:[\w-]+\s+)?(?:crowds?|protesters"
     r"|demonstrators|traders|vendors|residents|youths|villagers|students|marchers|rioters|drivers|truckers|workers"
     r"|migrants|farmers|mourners)\b)",
     ("gas", "live", "rubber", "cannon", "stun", "warning")),
    # "smugglers shot at a patrol near X": armed men firing on forces, a clash
    ("Battles", "Armed clash",
     r"\b(?:smugglers|gunmen|militants|rebels|bandits|poachers|traffickers|insurgents|fighters|militiamen|raiders"
     r"|attackers)\s+(?:[\w-]+\s+){0,2}?(?:shot|fired|opened\s+fire)\s+(?:at|on|upon)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
     r"(?:patrols?|soldiers|troops|police(?:men)?|officers|guards|rangers|posts?|checkpoints?|convoys?|gendarmes)\b",
     ("shot", "fired", "opened fire")),
    # "a drone exploded in a field near X", "a drone crashed into a house": a strike told by where it came down
    ("Explosions/Remote violence", "Air/drone strike",
     r"\b(?:an?\s+|the\s+|two\s+|three\s+|several\s+)?(?:[\w-]+\s+)?drones?\s+(?:had\s+|was\s+)?(?:exploded|blew\s+up"
     r"|crashed|fell|came\s+down|landed|detonated)\b(?!\s+(?:silent|short|idle|out\s+of))",
     ("drone",)),
    ("Explosions/Remote violence", "Air/drone strike",
     r"\bdrones?\s+(?:launched|operated|flown|fired|sent|deployed|piloted|controlled|belonging|used)\s+(?:by|from|to)\s+"
     r"(?:[\w'\u2019-]+\s+){0,7}?(?:struck|hit|attacked|targeted|bombed|killed|destroyed|wounded)\b",
     ("drone",)),
    # "the protest followed the killing of a suspected smuggler at X": a killing told by its noun, with
    # whom it killed (a person, not forces: ACLED's attack)
    ("Violence against civilians", "Attack",
     r"\b(?:killings?|murders?|shooting)\s+of\s+(?:an?|the|two|three|four|five|six|several|\d+)\s+(?:[\w-]+\s+){0,3}?"
     r"(?:man|woman|men|women|boys?|girls?|youths?|smugglers?|traders?|fisherm[ae]n|herders?|farmers?|migrants?"
     r"|civilians?|people|persons?|drivers?|miners?|poachers?|suspects?|villagers?|residents?|\d+-year-old)\b",
     ("killing", "murder", "shooting")),
]

#: unarmed people a clash is told with ("clashes broke out between police and hundreds of traders",
#: "villagers clashed with gendarmes"): a riot, unless an armed group is in it too
_CROWD = (r"\b(?:crowds?|traders|vendors|residents|villagers|youths|students|drivers|truckers|workers|miners|migrants"
          r"|fans|locals|mourners|farmers|fishermen)\b")
_ARMED = (r"\b(?:rebels|militants|insurgents|gunmen|fighters|militias?|militiamen|jihadists|bandits|smugglers|troops"
          r"|soldiers|army|guerrillas|separatists)\b")
CROWD_BEFORE = re.compile(_CROWD + r"(?:\s+[\w-]+){0,3}?\s*$", re.I)
CROWD_AFTER = re.compile(r"(?:\s+(?:broke\s+out|erupted))?(?:\s+\w+){0,3}?\s+(?:between|with)\s+(?:(?!" + _ARMED
                         + r")[^.;,])*?" + _CROWD + r"(?![^.;]*" + _ARMED + ")", re.I)

__all__ = ["AMBUSHED_CIVILIANS", "CROWD_AFTER", "CROWD_BEFORE", "MORE_RULES", "PEOPLE_TAKEN"]
