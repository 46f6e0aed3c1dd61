"""Trigger rules for events told from their victim's or their outcome's side, for geomap.text.event_words:
the passive with its agent ("their vehicles were hit by a drone", "a councillor was beaten by two masked
men", "a police station was set on fire"), a vehicle driven at people ("the driver drove at one of the
officers", "rammed a checkpoint"), an arrest told by its noun ("the gendarmerie announced the arrest of
eleven people", "raided the camp, arresting 12"), guns seized ("seized 38 handguns", not a battle's
"seized"), an attack or strikes told by a verb of doing ("carried out an attack on X", "conducted strikes
on positions near X"), a place "bombarded", a target "fired upon" or "the target of an attack", "armed individuals"
as attackers, forces "attacked" with no agent, "neutralising 12 terrorists", "murdered", people "taken
away", "took ... hostage", "vandalised", a town that "fell to" an armed group and vehicles hijacked. Each entry is (event type, sub-event type, pattern, gate words),
appended after event_words' other rules.

Aid-agency notes, police communiqués and translated local papers tell many events this way: the
victim first, the attacker last or never, the act as a noun after a verb of saying. The active
forms are event_words' ("drones struck", "gunmen beat", "police arrested").
"""

from __future__ import annotations

#: aircraft and what they fire, as the agent of a passive ("hit by a drone", "killed by an air strike")
_AIRCRAFT = (r"(?:drones?|UAVs?|unmanned\s+aerial\s+vehicles?|warplanes?|(?:fighter\s+)?jets?|aircraft|helicopters?"
             r"|gunships?|air\s*strikes?|airstrikes?|air\s+raids?)")
#: the agent of a passive assault: people the text leaves unnamed or an armed group ("two masked men", "a
#: group of youths", "assailants"); forces are not here ("protesters were beaten by police" is a protest's)
_ASSAILANTS = (r"(?:m[ae]n|individuals|persons|assailants|attackers|youths|strangers|thugs|mobs?|gangs?|gunmen"
               r"|bandits|robbers|raiders|militants|rebels|insurgents|militiamen|smugglers|poachers)")
#: who or what a driver drives at: people on foot, forces and their posts
_RAMMED = (r"(?:officers?|police(?:m[ae]n)?|soldiers?|guards?|gendarmes?|patrols?|checkpoints?|barriers?|crowds?"
           r"|protesters|demonstrators|pedestrians|worshippers|people|patrol\s+cars?|police\s+cars?|police\s+vehicles?)")
#: guns and what they fire (the words "weapons", "arms", "ammunition" and "explosives" are event_words')
_GUNS = (r"(?:firearms|guns|handguns|pistols|revolvers|rifles|shotguns|kalashnikovs|AK-47s|machine[- ]guns"
         r"|rounds\s+of\s+ammunition|cartridges|grenades|detonators|magazines)")

VICTIM_RULES = [
    # "their vehicles were hit by a drone", "a shepherd was killed by an air strike": an aircraft's strike told
    # from its target
    ("Explosions/Remote violence", "Air/drone strike",
     r"\b(?:hit|struck|targeted|bombed|destroyed|killed|wounded|injured)\s+by\s+(?:an?\s+|the\s+)?(?:[\w'-]+\s+){0,2}?"
     + _AIRCRAFT + r"\b",
     ("drone", "uav", "unmanned", "warplane", "jet", "aircraft", "helicopter", "gunship", "air strike", "airstrike",
      "air raid")),
    # "a house was hit by a shell": one shell told from its target ("shells", "shelled" are event_words')
    ("Explosions/Remote violence", "Shelling/artillery/missile attack",
     r"\b(?:hit|struck|damaged|destroyed|killed|wounded|injured)\s+by\s+an?\s+(?:[\w-]+\s+)?shell\b",
     ("shell",)),
    # "a municipal councillor was beaten by two masked men", "a trader was stabbed by unknown assailants": an
    # assault told from its victim, with its unnamed or armed agent
    ("Violence against civilians", "Attack",
     r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:beaten|stabbed|assaulted|attacked|hacked"
     r"|whipped|tortured|lynched)(?:\s+(?:up|to\s+death))?\s+by\s+(?:(?:an?|two|three|four|five|six|several|some"
     r"|\d+|unknown|unidentified|masked|armed|hooded|suspected|a\s+group\s+of|a\s+gang\s+of)\s+){0,3}?(?:[\w-]+\s+)?"
     + _ASSAILANTS + r"\b",
     ("beaten", "stabbed", "assaulted", "attacked", "hacked", "whipped", "tortured", "lynched")),
    # "the driver drove at one of the officers", "a car rammed a checkpoint", "drove his car into the crowd": a
    # vehicle used against people or a post
    ("Violence against civilians", "Attack",
     r"\b(?:rammed|ramming|drove\s+(?:(?:his|her|their|the|a)\s+)?(?:[\w-]+\s+)?(?:at|into))\s+(?:(?:one|two|some"
     r"|several)\s+of\s+)?(?:(?:an?|the|two|three|several|a\s+group\s+of)\s+)?(?:[\w-]+\s+)?" + _RAMMED + r"\b",
     ("rammed", "ramming", "drove")),
    # "the gendarmerie announced the arrest of eleven people", "the raid led to the arrests of two suspects": an
    # arrest told by its noun after a verb that says it happened (not "called for" nor "ordered the arrest of")
    ("Strategic developments", "Arrests",
     r"\b(?:announced|confirmed|reported|made|carried\s+out|led\s+to|resulted\s+in)\s+the\s+arrests?\s+of\b",
     ("arrest",)),
    # "officers seized 38 handguns", "found and seized 4 pistols": guns taken (disrupted weapons use), not a
    # battle's "seized"
    ("Strategic developments", "Disrupted weapons use",
     r"\b(?:seized|seizing|confiscated)\s+(?:(?:about|some|over|nearly|more\s+than|at\s+least|a\s+(?:large\s+)?"
     r"(?:quantity|number|cache)\s+of)\s+)?(?:[\d,]+\s+|\w+\s+)?(?:[\w-]+\s+)?" + _GUNS + r"\b",
     ("seiz", "confiscated")),
    # "a police station was set on fire", "houses were set alight": arson told from its target
    ("Strategic developments", "Looting/property destruction",
     r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?set\s+(?:on\s+fire|alight)\b",
     ("set on fire", "set alight")),
    # "the town fell to the rebels", "Kamanyola fell into the hands of M23 fighters": ground taken by an armed group
    ("Battles", "Non-state actor overtakes territory",
     r"\bfell\s+(?:\w+\s+)?(?:to|into\s+the\s+hands\s+of)\s+(?:the\s+)?(?:[\w/-]+\s+){0,2}?(?:rebels|militants"
     r"|insurgents|jihadists|fighters|militias?|militiamen|separatists|guerrillas)\b",
     ("fell",)),
    # "military aircraft bombarded X": an aircraft's bombardment (before the bare verb's rule: the same trigger
    # ranks by its first rule)
    ("Explosions/Remote violence", "Air/drone strike",
     r"\b(?:aircraft|jets|warplanes|planes|helicopters|gunships|drones)\s+(?:[\w-]+\s+){0,3}?bombarded\b",
     ("bombarded",)),
    # "X was bombarded overnight", "artillery bombarded the town" ("bombardment" is event_words')
    ("Explosions/Remote violence", "Shelling/artillery/missile attack", r"\bbombarded\b", ("bombarded",)),
    # "armed men carried out an attack on X", "militants staged two attacks": an attack told by its noun after a
    # verb of doing ("launched an attack" is event_words'; not a raid, which forces carry out to arrest people)
    ("Violence against civilians", "Attack",
     r"\b(?:carried\s+out|conducted|staged|mounted|perpetrated)\s+(?:an?\s+|two\s+|three\s+|several\s+|a\s+series\s+of\s+)?"
     r"(?:[\w-]+\s+)?attacks?\b",
     ("carried out", "conducted", "staged", "mounted", "perpetrated")),
    # "the air force carried out strikes on terrorist positions near X": strikes told with their target (not
    # "workers staged a strike", which has none, nor "carried out a strike on Monday", a day)
    ("Explosions/Remote violence", "Air/drone strike",
     r"\b(?:carried\s+out|conducted|launched)\s+(?:\w+\s+){0,2}?strikes?\s+(?:on|against|targeting)(?=\s+"
     r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the\s+\w+\s+of|\d)\b))",
     ("strike",)),
    # "a boat carrying migrants was fired upon near X": shots told from their target, with no agent named
    ("Violence against civilians", "Attack",
     r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:fired\s+(?:up)?on|shot\s+at)\b",
     ("fired on", "fired upon", "shot at")),
    # "officers fired on a car that tried to force its way through the checkpoint": forces shooting at a vehicle
    # (read as the team reads "border guards fired at a boat": an armed clash)
    ("Battles", "Armed clash",
     r"\b(?:soldiers|troops|police(?:m[ae]n)?|officers|guards|gendarmes|rangers|agents)\s+(?:[\w-]+\s+){0,2}?"
     r"(?:fired|opened\s+fire)\s+(?:at|on|upon)\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+)?(?:cars?|vehicles?"
     r"|pick-?ups?|trucks?|lorr(?:y|ies)|vans?|bus(?:es)?|minibus(?:es)?|boats?|canoes?|motorbikes?|motorcycles?)\b",
     ("fired", "fire")),
    # "security forces raided the camp, arresting 12": an arrest told in a participle clause
    ("Strategic developments", "Arrests", r"\b(?:arresting|detaining|apprehending)\b", ("arresting", "detaining", "apprehending")),
    # "the customs post was the target of an attack by armed individuals", "the village suffered an attack": an
    # attack told from its target, as translated papers and communiqués tell it
    ("Violence against civilians", "Attack",
     r"\b(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:the\s+)?targets?\s+of|suffered)\s+(?:an?\s+|two\s+"
     r"|several\s+|a\s+series\s+of\s+)?(?:[\w-]+\s+)?(?:attacks?|raids?|assaults?|ambush(?:es)?)\b",
     ("target", "suffered")),
    # "armed individuals attacked the market of X", "individuals armed with machetes stormed Y": a communiqué's word
    # for the attackers
    ("Violence against civilians", "Attack",
     r"\b(?:(?:armed|unidentified|unknown|masked)\s+(?:individuals|persons)|individuals\s+armed\s+with\s+(?:[\w-]+\s+)?"
     r"[\w-]+)\s+(?:\w+\s+){0,3}?(?:attacked|raided|stormed|invaded|ambushed|opened\s+fire)\b",
     ("individuals", "persons")),
    # "elements of the army were attacked near X", "a patrol was ambushed": forces attacked, told in the passive
    # with no agent (a battle: the attackers are armed; not "targeted", also said of criticism)
    ("Battles", "Armed clash",
     r"\b(?:elements|units?|positions?|posts?|outposts?|patrols?|soldiers|troops|forces|gendarmes|policemen)\s+"
     r"(?:of\s+the\s+[\w-]+\s+)?(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:attacked|ambushed)\b",
     ("attacked", "ambushed")),
    # "a sweep operation, neutralising 12 terrorists", "our units engaged a group of terrorists": a fight with an
    # armed side told by the participle of its outcome or by a communiqué's "engaged"
    ("Battles", "Armed clash",
     r"\b(?:neutrali[sz]ing|eliminating)\s+(?:\w+\s+){0,2}?(?:terrorists|militants|insurgents|jihadists|rebels"
     r"|bandits|assailants|attackers|gunmen|fighters)\b"
     r"|\b(?:units?|forces|troops|soldiers|patrols?)\s+(?:\w+\s+){0,2}?engaged\s+(?:\w+\s+){0,3}?terrorists\b",
     ("neutralising", "neutralizing", "eliminating", "engaged")),
    # "the mayor was murdered on Monday", "gunmen murdered two teachers": a killing told by its verb
    ("Violence against civilians", "Attack", r"\bmurdered\b", ("murdered",)),
    # "three women were taken away by armed men", "gunmen took 14 passengers hostage": people taken ("taken
    # hostage", "took away" are event_words'; "took the hostages to a forest" tells where, not a new abduction)
    ("Violence against civilians", "Abduction/forced disappearance",
     r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?taken\s+away\s+by\b"
     r"|\btook\s+(?!the\s)(?:\w+\s+){0,3}?hostage\b",
     ("taken away", "hostage")),
    # "the school was vandalised", "vandals destroyed the water pump": damage done on purpose
    ("Strategic developments", "Looting/property destruction", r"\bvandali[sz](?:ed|ing)\b|\bvandals\b",
     ("vandal",)),
    # "gunmen hijacked a truck near X": a vehicle taken by force
    ("Strategic developments", "Looting/property destruction",
     r"\bhijack(?:ed|ing)\s+(?:(?:an?|the|two|three|several|\d+)\s+)?(?:[\w-]+\s+)?(?:trucks?|lorr(?:y|ies)|vehicles?"
     r"|cars?|bus(?:es)?|minibus(?:es)?|convoys?|tankers?|boats?|vessels?)\b",
     ("hijack",)),
]

__all__ = ["VICTIM_RULES"]
