"""Classify a sentence as an ACLED event type, or as no incident at all.

Rules are trigger phrases per ACLED sub-event type, applied with ACLED's precedence (Battles >
Explosions/Remote violence > Violence against civilians > Protests > Riots > Strategic
developments) and with three filters that keep background out of the incident layer:

- hypothetical or negated triggers ("called on X to declare a truce", "talks would produce
  results", "no fighting was reported") do not count;
- triggers inside a backgrounding phrase ("following renewed fighting", "despite ongoing
  fire") count only when the sentence has no main-clause event and no hypothetical marker,
  unless the subordinate clause tells what the event did ("since fighting reached X", "after
  shells landed in Y"): that is a report, beside the main clause's (``EventType.clause_start``);
- generic history ("stems from a decades-old dispute", "fought two wars") gives no event unless
  the sentence also dates something to a day or a week.

The filters live in ``event_filters``; this module holds the trigger rules and the context rules
that change or veto a trigger's type (``_adjust``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from geomap.text.accidents import deaths_told_as_accident, hurt_in_accident
from geomap.text.clause_events import in_own_clause, joined_by_and
from geomap.text.private_meetings import met_at_their_trade
from geomap.text.days_after import gap_before
from geomap.text.cues import subordinate_opening
from geomap.text.event_filters import HISTORY as _HISTORY, HYPO as _HYPO, clause_start as _clause_start
from geomap.text.event_filters import is_background as _is_background, is_history as _is_history
from geomap.text.event_filters import is_hypothetical as _is_hypothetical, told_in_subclause as _told_in_subclause
from geomap.text.event_gates import GATES
from geomap.text.event_nouns import ACTOR_NOUNS, opens_with_actor
from geomap.text.event_nouns import CIV_GROUP as _CIV_GROUP, FORCES as _FORCES, NSA as _NSA, VICTIMS as _VICTIMS
from geomap.text.event_rules_more import AMBUSHED_CIVILIANS, CROWD_AFTER, CROWD_BEFORE, MORE_RULES, PEOPLE_TAKEN
from geomap.text.event_rules_custody import CUSTODY_RULES
from geomap.text.event_rules_gatherings import GATHERING_RULES
from geomap.text.event_rules_force_acts import FORCE_ACT_RULES
from geomap.text.event_rules_generic import GENERIC_RULES
from geomap.text.event_rules_headline import ENDS_AS_SENTENCE, HEADLINE_LOOKAHEAD, HEADLINE_RULES
from geomap.text.event_rules_passive import PASSIVE_RULES
from geomap.text.event_rules_sea import SEA_RULES, VESSELS
from geomap.text.event_rules_victims import VICTIM_RULES
from geomap.text.literals import WordGroups, prefiltered

__all__ = ["ACTOR_NOUNS", "EVENT_TYPES", "EventType", "classify_event", "events_from_text", "is_negated_or_hypothetical",
           "opens_with_actor"]

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VAC = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"

#: ACLED event types (in precedence order) and their sub-event types.
EVENT_TYPES: dict[str, tuple[str, ...]] = {
    BATTLES: ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    EXPLOSIONS: (
        "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
        "Suicide bomb", "Grenade", "Chemical weapon",
    ),
    VAC: ("Attack", "Abduction/forced disappearance", "Sexual violence"),
    PROTESTS: ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    RIOTS: ("Violent demonstration", "Mob violence"),
    STRATEGIC: (
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other",
    ),
}
_TYPE_RANK = {t: i for i, t in enumerate(EVENT_TYPES)}


@dataclass(frozen=True)
class EventType:
    """An ACLED event type read from a sentence; ``trigger == sentence[start:end]``."""

    event_type: str
    sub_event_type: str
    trigger: str
    start: int
    end: int
    #: where the subordinate clause begins when the event is told in one beside the sentence's
    #: main clause ("arrivals rose since fighting reached X"): its places are that clause's
    clause_start: int | None = None
    own_clause: bool = False  # a second event of its kind, told in a coordinate clause of its own


# --- trigger rules ----------------------------------------------------------------------

_DAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the\s+\w+\s+of"

#: no heavy weapon just before "fire" ("artillery fire killed" is shelling, told by "artillery")
_HEAVY_BEFORE = "".join(rf"(?<!{w}\s)" for w in ("artillery", "mortar", "rocket", "tank", "shell", "cannon", "missile"))

# (event_type, sub_event_type, pattern); earlier rules of the same type rank higher.
_RULES_SRC: list[tuple[str, str, str]] = [
    # Battles
    (BATTLES, "Government regains territory",
     r"\b(?:recaptured|retook|retaken|regained\s+control|took\s+back|reclaimed|liberated|(?:pushed|drove|chased|flushed)"
     r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:rebels|militants|insurgents|fighters|jihadists|militiamen|gunmen)\s+out\s+of)\b"),
    (BATTLES, "Armed clash",
     r"\b(?:exchang(?:ed|es|e|ing)|traded|trading)\s+(?:(?:heavy|small[- ]arms|gun|artillery|mortar|rocket"
     r"|machine[- ]gun|sporadic|intense|automatic)\s+)*(?:fire|gunfire|shots|artillery|shells|mortars|rockets)\b"),
    (BATTLES, "Armed clash",
     r"\bexchanges?\s+of\s+(?:(?:heavy|small[- ]arms|gun|artillery|mortar|rocket|machine[- ]gun)\s+)*(?:fire|shots|gunfire)\b"),
    (BATTLES, "Armed clash",
     r"\b(?:both\s+sides\s+(?:\w+\s+)?shelled|shelled\s+each\s+other|artillery\s+duels?|shelling\s+each\s+other)\b"),
    (BATTLES, "Armed clash",
     r"\b(?:clash(?:es|ed|ing)?|fighting|fought|fire\s*fights?|gunfights?|gun\s+battles?|shoot-?outs?"
     r"|skirmish(?:es|ed)?|firefights?|gunfire|stray\s+bullets?|returned\s+fire|opened\s+fire"
     r"|shootings?\s+(?:broke\s+out|erupted)"
     r"|ambush(?:ed|es)?|offensive|assaults?|stormed|incursions?|(?:pushed|advanced|moved)\s+(?:\w+\s+)?into"
     r"|(?:repel(?:led|s|ling)?|repuls(?:ed|es|ing))\s+(?:\w+\s+){0,2}?(?:attacks?|assaults?|offensives?|incursions?|advances?|attempts?)"
     # "foiled an attack by a terrorist group": an attack fought off (not "thwarted smuggling", nor "foiled
     # infiltration attempts", an army's summary that says nothing of a fight)
     r"|(?:foiled|thwarted)\s+(?:\w+\s+){0,2}?(?:attacks?|assaults?|incursions?)"
     r"|opened\s+(?:a\s+)?(?:new\s+)?front|armed\s+confrontations?|heavy\s+weapons\s+fire"
     r"|hostilities\s+(?:broke\s+out|erupted|resumed|flared)|(?<!legal\s)(?<!political\s)battles?(?!\s+of\s+words)"
     # "fighters battled junta troops for X": the verb, not a fire or an illness fought
     r"|battl(?:ed|ing)(?!\s+(?:\w+\s+)?(?:fires?|flames|blazes?|floods?|illness|cancer|disease|heat|traffic|the\s+elements))"
     r"|(?:attack|raid)(?:ed|s|ing)?\s+(?:\w+\s+){0,3}?(?:positions?|posts?|outposts?|checkpoints?|bases?|troops|soldiers|patrols?|convoys?"
     r"|stations?|barracks|(?<!cattle\s)(?<!refugee\s)camps?|garrisons?|headquarters)|sniper\s+fire|snipers?\s+(?:\w+\s+)?(?:shot|killed|fired|wounded)|(?:killed|shot|wounded)\s+by\s+(?:an?\s+)?snipers?|(?:troops|forces|soldiers|army|police|guards|military)"
     r"\s+(?:\w+\s+){0,3}?(?:killed|neutrali[sz]ed|eliminated)\s+(?:\w+\s+){0,3}?(?:militants|rebels|insurgents|fighters"
     r"|terrorists|jihadists|bandits|smugglers|gunmen|infiltrators|attackers|armed\s+men|assailants|raiders)"
     r"|(?:came|come|comes|coming)\s+under\s+(?:\w+\s+)?(?:fire|attack|gunfire)|shots\s+(?:were\s+|had\s+been\s+|was\s+)?fired"
     r"|fired\s+shots|(?:troops|forces|soldiers|guards|police|army)\s+(?:\w+\s+){0,2}?(?:fired|(?:started|began|kept)\s+(?:shooting|firing))\s+(?:at|on|upon|into)(?!\s+(?:\w+\s+){0,3}?" + _CIV_GROUP + r")"
     # "militants killed five soldiers at a checkpoint": an armed group against forces
     r"|" + _NSA + r"\s+(?:\w+\s+){0,3}?(?:killed|shot|wounded|attacked|ambushed)\s+(?:\w+\s+){0,3}?(?:soldiers|troops"
     r"|policemen|police\s+officers|gendarmes|guards|servicemen|personnel)"
     # "smugglers attacked Chinese police": other armed men against forces, in the active only ("smugglers were
     # killed by border guards" is the guards' act), the force itself, not its word ("police said")
     r"|(?:" + _NSA + r"|smugglers|bandits|gangs?|gangsters|armed\s+men|assailants|attackers|raiders|pirates|poachers)"
     r"\s+(?:(?!(?:were|was|been|being|are|is|be|got|get)\s)\w+\s+){0,3}?(?:killed|shot|wounded|attacked|ambushed)"
     r"\s+(?:\w+\s+){0,3}?(?:soldiers|troops|policemen|police\s+officers|gendarmes|guards|servicemen|personnel"
     r"|police(?!\s+(?:said|say|says|told|reported|stations?|posts?|spokes\w+|sources?|officials?)\b)))\b"),
    (BATTLES, "Armed clash", r"\bcross[- ]border\s+(?:fire|firing|shooting|attacks?)\b"),
    # "BSF firing killed a farmer", "killed in BSF firing": guards' gunfire, not shelling ("Indian
    # fire killed three in X" across a ceasefire line stays shelling, as does a heavy weapon's firing)
    (BATTLES, "Armed clash",
     r"(?:\b" + _HEAVY_BEFORE + r"firing\s+(?:had\s+|has\s+|have\s+)?(?:killed|wounded|injured)"
     r"|\b(?:killed|died|wounded|injured)\s+(?:in|by)\s+(?:[\w-]+\s+){0,2}?firing)\b"),
    (BATTLES, "Armed clash",
     r"\b(?:seized|seizing|captured|capturing|overran|overrun|overrunning|took\s+control\s+of|took\s+over"
     r"|occupied|occupying)\b"),
    # Explosions/Remote violence
    (EXPLOSIONS, "Chemical weapon", r"\b(?:chemical\s+(?:weapons?|attacks?)|gas\s+attacks?|nerve\s+agents?|chlorine)\b"),
    (EXPLOSIONS, "Suicide bomb", r"\bsuicide\s+(?:bomb(?:er|ers|ing|ings|s)?|attack(?:er|ers|s)?|blasts?|car\s+bombs?)\b"),
    (EXPLOSIONS, "Air/drone strike",
     r"\b(?:air\s*strikes?|airstrikes?|air\s+raids?|aerial\s+(?:bombardments?|attacks?|bombing|strikes?)"
     r"|drone\s+(?:strikes?|attacks?)|drones?\s+(?:\w+\s+)?(?:struck|hit|attacked|targeted|bombed|killed|destroyed)"
     # "a helicopter working for the government struck ...": the aircraft is the subject
     r"|(?:jets|warplanes|aircraft|planes|helicopters?|gunships?|(?<!suicide\s)bombers|unmanned\s+aerial\s+vehicles?|UAVs?"
     r"|quadcopters?)\s+(?:[\w-]+\s+){0,4}?(?:bombed|struck|hit|attacked"
     r"|targeted|strafed|fired|pounded|raided)|warplanes|(?:guided|glide|aerial|cluster|barrel)\s+bombs?|bombed"
     r"|bombing(?:s)?|kamikaze\s+drones?|(?<!hunger\s)(?<!general\s)(?<!labour\s)(?<!labor\s)(?<!workers\s)(?<!workers'\s)"
     r"strikes?\s+(?:\w+\s+)?(?:hit|struck|killed|destroyed|targeted)"
     # "Friday's strike on X", "Tuesday's Russian strike on X": a told strike
     r"|(?<=['\u2019]s\s)(?:(?-i:[A-Z][a-z]+)\s+)?strikes?(?=\s+(?:on|against)\s+(?!(?:"
     + _DAYS + r")\b|\d)))\b"),
    (EXPLOSIONS, "Shelling/artillery/missile attack",
     r"\b(?:shell(?:ed|ing|s)|shell\s+(?:landed|fell|hit|struck|exploded)|artillery|howitzers?|rockets?|mortars?|missiles?"
     r"|bombardments?|katyushas?|pounded|fire\s+(?:had\s+|has\s+|have\s+)?(?:killed|wounded|injured|hit|struck"
     r"|damaged)|firing\s+(?:had\s+|has\s+|have\s+)?(?:hit|struck|damaged)|(?:rounds|projectiles)\s+(?:[\w-]+\s+)?(?:landed|fell|hit|struck|slammed|crashed|exploded)"
     r"(?!\s+(?:apart|through|short|silent|flat)))\b"),
    (EXPLOSIONS, "Remote explosive/landmine/IED",
     r"\b(?:land\s*mines?|mine\s+(?:blasts?|explosions?)|(?:stepped|trod)\s+on\s+an?\s+(?:land\s*)?mine"
     # "their vehicle hit a mine", "a patrol drove over a mine": a mine told by what set it off
     r"|(?:hit|struck|ran\s+over|drove\s+over|triggered|detonated|set\s+off)\s+an?\s+(?:[\w-]+\s+)?mine\b(?!\s+(?:of|shaft))"
     r"|anti-(?:personnel|tank)\s+mines?|IEDs?|improvised\s+explosive|roadside\s+bombs?|car\s+bombs?"
     r"|explosive\s+devices?|unexploded\s+(?:ordnance|munitions?|shells?|bombs?|devices?|mines?)|explosive\s+remnants"
     r"|booby[- ]trap(?:ped|s)?|(?<!barrel\s)(?<!cluster\s)(?<!aerial\s)(?<!guided\s)(?<!glide\s)"
     r"bombs?\s+(?:went\s+off|exploded|blew\s+up|detonated|killed|ripped)|(?:device|explosives)\s+(?:went\s+off|detonated)"
     # "a man set off a homemade bomb at the bus station"
     r"|(?:detonated|set\s+off|setting\s+off|exploded)\s+an?\s+(?:[\w-]+\s+){0,2}?bomb)\b"),
    (EXPLOSIONS, "Grenade", r"\bgrenades?\b"),
    (EXPLOSIONS, "Remote explosive/landmine/IED", r"\b(?:explosions?|blasts?|exploded)\b"),
    # Violence against civilians
    (VAC, "Sexual violence", r"\b(?:raped|rapes?|sexual\s+(?:violence|assaults?))\b"),
    (VAC, "Abduction/forced disappearance",
     r"\b(?:abduct(?:ed|ion|ions|s)?|kidnapp(?:ed|ing|ings)|taken\s+hostage|forcibly\s+disappeared)\b"),
    (VAC, "Attack",
     r"\b(?:(?:attack(?:ed|s|ing)?|raid(?:ed|s)?|shot(?:\s+dead)?|killed|killing|massacred|executed|beat|beaten|beating"
     r"|assault(?:ed|ing)"
     r"|opened\s+fire\s+(?:on|at)|fired\s+(?:on|upon|at)|targeted)\s+(?:\w+\s+){0,3}?" + _CIV_GROUP
     + r"|(?:attacks?|assaults?|raids?)\s+on\s+(?:\w+\s+){0,2}?" + _CIV_GROUP
     + r"|massacres?|(?:gunmen|assailants|attackers|bandits|militiamen)\s+(?:\w+\s+){0,3}?(?:killed|attacked|raided"
     r"|shot|stormed|torched|burned|opened\s+fire))\b"),
    # "a soldier was stabbed", "two teachers were shot and wounded in X", "insurgents crossed the
    # river and attacked X": the act told with its victims or the armed group as subject
    (VAC, "Attack",
     r"\b(?:stabb(?:ed|ing)|knifed|behead(?:ed|ing)|hacked\s+to\s+death|gunned\s+down"
     r"|(?:was|were|been)\s+(?:\w+\s+)?shot(?:\s+dead|\s+and\s+killed)?(?!\s+(?:down|at\s+dawn))|shot\s+(?:dead|and\s+killed)"
     # "A fisherman shot by Angolan soldiers near X last week has died": the victim told with the shooters
     r"|(?<=[a-z]\s)(?:shot|stabbed|wounded)\s+by\s+(?:\w+\s+){0,2}?(?:soldiers|troops|police|policemen|guards|gunmen"
     r"|border\s+guards|rangers|smugglers|bandits|militants|rebels|raiders|attackers|assailants)\b"
     r"|raid(?:ed|ing)\s+(?:the\s+)?(?:\w+\s+)?(?:village|town|settlement|market|homes|houses)"
     r"|launch(?:ed|ing)\s+(?:an?\s+)?(?:\w+\s+)?attacks?|(?:we|they)\s+were\s+(?:\w+\s+)?(?:attacked|ambushed)|" + _VICTIMS
     + r"\s+(?:\w+\s+){0,2}?(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:shot|killed|wounded"
     r"|injured|attacked|beaten)|(?:insurgents|militants|rebels|jihadists|armed\s+men|an?\s+armed\s+group|gunmen|gangs?"
     # "Masked men attacked a taxi": men told by their disguise are attackers too
     r"|(?:masked|hooded|balaclava-clad|unidentified|unknown)\s+(?:men|assailants|individuals)"
     r"|gang\s+members|bandits|militiamen|assailants|attackers|raiders|pirates|fighters|militias?|separatists"
     # (not across an act of their own: "gunmen killed four in X and raided Y" is two acts)
     r"|guerrillas|armed\s+groups|(?:NSAG|armed|militia|rebel|militant|jihadist|extremist)\s+elements|NSAGs?"
     r"|armed\s+(?:[\w-]+\s+)?(?:herders|herdsmen|youths|civilians))\b(?:(?!\b(?:killed|killing|shot|wounded|abducted|kidnapped|burned|torched|looted|ambushed)\b)"
     r"[^.;:,]){0,60}?\b(?:attack(?:ed|ing)|raid(?:ed|ing)|storm(?:ed|ing)|beat(?:en)?(?!\s+back)|whipped|tortured|invaded"
     r"|fired\s+(?:on|upon|at)|opened\s+fire\s+on))\b"),
    # "Tuesday's attack on a quarry", "Russia's attack on Kherson", "attacks by armed groups":
    # a told attack, typed as one on civilians (ACLED's default when the target is not armed)
    (VAC, "Attack",
     r"(?:(?<=['\u2019]s\s)(?:\w+\s+)?attacks?(?=\s+(?:on|in|near|at|against)\b)"
     r"|\battacks?\s+by\s+(?:[\w-]+\s+){0,3}?" + _NSA
     # "another attack was reported in X", "the shooting happened at a checkpoint in X": told by its noun
     + r"|\b(?:attacks?|shootings?|stabbings?)\s+(?:(?:was|were|has\s+been|had\s+been|also)\s+)?(?:reported|recorded"
     r"|took\s+place|occurred|happened)"
     # "a second attack near X left two soldiers dead": a new attack told by its noun with its dead, also
    # when a phrase in commas stands between ("A second attack, on Monday near X, killed several people")
     r"|(?:\b(?:an|another|a)\s+(?:[\w-]+\s+){0,2}?attack|^\W*(?:[\w-]+\s+)?(?:attacks|raids))(?=[\s,][^.;]{0,80}?\b(?:left|leaving|killed|killing|claimed"
     r"|claiming)\b))\b"),
    # "civilians have been killed in attacks across X", "died in an attack on a village": told
    # with its victims; "killed in the attack" points back at one already told
    (VAC, "Attack",
     r"\b(?:killed|died|wounded|injured)\s+in\s+(?!(?:the|that|this|these|those|its|their|his|her)\b)"
     r"(?:(?:[\w-]+\s+){0,2}?(?:attacks|raids)|an?\s+(?:[\w-]+\s+)?(?:attack|raid))\b"),
    # Protests and riots
    (RIOTS, "Violent demonstration",
     r"\b(?:riot(?:s|ers|ing|ed)?(?!\s+(?:police|gear|squads?|control|shields?|units?|officers?|troops))|violent\s+(?:protests?|demonstrations?)|(?:protesters|demonstrators)\s+"
     r"(?:\w+\s+){0,2}?(?:threw|hurled|stormed|torched|clashed|set\s+fire|attacked|burned|smashed))\b"),
    (RIOTS, "Mob violence", r"\b(?:mobs?|lynch(?:ed|ing))\b"),
    (PROTESTS, "Peaceful protest",
     r"\b(?:protest(?:s|ed|ers|ing)?|demonstrat(?:ion|ions|ors|ed|ing)|rall(?:y|ies|ied)|marched|sit-ins?"
     # "angry locals blocked the highway": a road blockade by the people, not by troops
     r"|(?:locals|residents|villagers|crowds?|students|traders|farmers|relatives|mourners)\s+(?:\w+\s+){0,3}?"
     r"(?:blocked|blockaded|barricaded)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:highway|road|roads|bridge|crossing)"
     # "about 120 tractors stood on the road for four hours": a blockade told by its machines
     r"|(?:tractors|combines|machines)\s+(?:\w+\s+){0,2}?(?:stood|blocked|were\s+parked|lined)\s+(?:\w+\s+){0,2}?"
     r"(?:highway|road|roads|bridge|crossing))\b"),
    # Strategic developments
    (STRATEGIC, "Agreement",
     r"\b(?:prisoner\s+(?:exchanges?|swaps?)|exchanged\s+(?:\w+\s+)?prisoners|swap(?:ped)?\s+(?:\w+\s+)?prisoners"
     r"|handed\s+over\s+(?:\w+\s+){0,2}?(?:bodies|prisoners|detainees|captives)"
     r"|peace\s+(?:deal|agreement|accord|treaty|talks)|signed|agreed\s+(?:to|on|a|an)"
     r"|reached\s+(?:an?\s+)?(?:agreement|deal|accord|understanding)|struck\s+a\s+deal"
     r"|(?:ceasefire|cease-fire|truce|armistice)|talks|negotiations?|discussions|dialogue"
     r"|(?:held|hold|holding|began|opened|concluded|bilateral|political|diplomatic|border)\s+(?:\w+\s+)?consultations"
     r"|(?<!\bwere\s)(?<!\bwas\s)(?<!\bbe\s)(?<!\bbeen\s)met(?!\s+with\s+(?:gunfire|resistance|fire|protests|criticism))"
     r"|meetings?|summit|agreements?)\b"),
    (STRATEGIC, "Disrupted weapons use",
     r"\b(?:intercepted|shot\s+down|defused|defusing|seized\s+(?:\w+\s+)?(?:weapons|arms|ammunition|explosives)"
     r"|weapons\s+caches?|cleared\s+(?:\w+\s+)?mines)\b"),
    (STRATEGIC, "Non-violent transfer of territory",
     r"\b(?:withdrew\s+from|pulled\s+out\s+of|handed\s+over\s+(?:control|the\s+town|the\s+village|territory)"
     # "moved a barbed-wire fence 300 metres deeper into X": the line redrawn on the ground
     r"|(?:moved|shifted|pushed|advanced)\s+(?:(?:the|a|its|their|new)\s+)?(?:[\w-]+\s+)?(?:fences?|border\s+(?:signs"
     r"|markers|posts|banners)|boundary\s+markers|occupation\s+line|(?:administrative\s+)?boundary\s+line))\b"),
    (STRATEGIC, "Headquarters or base established",
     r"\b(?:(?:established|set\s+up|built)\s+(?:a\s+)?(?:new\s+)?(?:base|outpost|camp|military\s+post))\b"),
    (STRATEGIC, "Change to group/activity",
     r"\b(?:troop\s+build-?ups?|build-?up\s+of\s+(?:troops|forces)|(?:deployed|deploying|deploys|sent|dispatched|moved"
     r"|massing|massed|amassed|rushed)\s+(?:\w+\s+){0,3}?" + _FORCES + r"|reinforcements|mobili[sz](?:ed|ation)"
     r"|(?:high|heightened|maximum|combat)\s+alert|scrambled\s+(?:\w+\s+)?(?:jets|aircraft|warplanes|fighters)"
     r"|military\s+(?:exercises?|drills?))\b"),
    (STRATEGIC, "Arrests", r"\b(?:arrested|arrests|detained|apprehended)\b"),
    (STRATEGIC, "Looting/property destruction",
     r"\b(?:looted|looting|torched|torching\s+of|(?:set|setting|sets)\s+fire\s+to|armed\s+robber(?:y|ies)|set\s+(?:[\w-]+\s+){0,3}?ablaze|burned\s+down|razed|demolished|bl(?:ew|own)\s+up"
     r"|(?:burnt|burned|burning)\s+(?:down\s+)?(?:[\w-]+\s+){0,3}?(?:masts?|towers?|homes|\w*houses?|huts|villages?|vehicles?|cars|lorries|boats|barns?"
     r"|buildings|shops|markets?|schools?|crops|fields|trucks?|granaries|churches|mosques|cattle\s+posts?|kraals?|stalls|clinics?))\b"),
    (STRATEGIC, "Other",
     r"\b(?:closed\s+(?:\w+\s+){0,2}?(?:border|borders|crossings?|checkpoints?|frontier)|(?:border|crossings?|checkpoints?"
     r"|frontier|gates?|bridge)\s+(?:\w+\s+){0,3}?(?:closed|shut|sealed)|sealed\s+(?:\w+\s+)?(?:border|frontier)"
     r"|suspended\s+(?:\w+\s+){0,2}?(?:trade|crossings?|flights|traffic)|(?:trade|traffic|crossings?)\s+(?:\w+\s+){0,4}?"
     r"(?:was|were|has\s+been|have\s+been)\s+suspended|curfew|state\s+of\s+emergency"
     # a government's move; people evacuated are the displacement layer's, not an event (ACLED codes none)
     r"|evacuat(?:ed|ing)\s+(?:its\s+|their\s+|the\s+)?(?:embass(?:y|ies)|consulates?|diplomats|diplomatic\s+staff)"
     r"|martial\s+law|expelled\s+(?:\w+\s+)?diplomats|recalled\s+(?:its\s+|their\s+)?ambassadors?)\b"),
]
_RULES_SRC += [r[:3] for r in MORE_RULES + HEADLINE_RULES + GENERIC_RULES + CUSTODY_RULES + VICTIM_RULES + PASSIVE_RULES
                                + GATHERING_RULES + FORCE_ACT_RULES + SEA_RULES]
# Substrings one of which a sentence must contain for each rule (same order as _RULES_SRC).
_GATES = GATES + tuple(r[3] for r in MORE_RULES + HEADLINE_RULES + GENERIC_RULES + CUSTODY_RULES + VICTIM_RULES + PASSIVE_RULES
                         + GATHERING_RULES + FORCE_ACT_RULES + SEA_RULES)
assert len(_GATES) == len(_RULES_SRC)
#: the rule of bare blast words ("explosion", "blast", "exploded"), the weakest explosion trigger
#: the ranks of the headline-line rules (run only from a text's last line, and not when it ends as a sentence)
_LINE_RULES = frozenset(k for k, (_e, _s, src) in enumerate(_RULES_SRC) if src.startswith(HEADLINE_LOOKAHEAD))
_BARE_BLAST = next(k for k, (_e, _s, src) in enumerate(_RULES_SRC) if src.startswith(r"\b(?:explosions?|blasts?"))
# (one scan for all groups: a search per group cost 40 µs a sentence, the scan 7 µs)
_GATE_WORDS = WordGroups(_GATES)

# Case-insensitive, except "IED", which must stay upper-case (not "died"). Past its gate a rule
# still runs only where the sentence holds a word each of its matches needs: gates are loose
# ("man", "home" let a rule about attacked civilians run on most sentences, at 80 µs each).
_RULES = [
    (etype, sub, rank, prefiltered(re.compile(src.replace("IEDs?", "(?-i:IEDs?)"), re.I), by_branch=True))
    for rank, (etype, sub, src) in enumerate(_RULES_SRC)
]

# --- context rules ---------------------------------------------------------------------------

_AGREEMENT_VETO_BEFORE = re.compile(
    r"\b(?:violat\w*|breach\w*|break\w*|broke|collaps\w*|undermin\w*|jeopardi\w*|flout\w*|abandon\w*|end(?:ed|ing)?"
    r"|despite|fragile|violation\s+of|tore\s+up|scrap\w*)\s+(?:\w+\s+){0,3}$",
    re.I,
)
_AGREEMENT_VETO_AFTER = re.compile(
    r"^(?:\s+[\w,-]+){0,12}?\s+(?:collapsed|broke\s+down|fell\s+apart|unravel\w*|was\s+violated|ended|expired"
    r"|crumbled)\b",
    re.I,
)
_CEASEFIRE = re.compile(r"^(?:ceasefire|cease-fire|truce|armistice|agreements?)$", re.I)
_CEASEFIRE_VERB = re.compile(
    r"\b(?:agreed|signed|announced|declared|brokered|reached|took\s+effect|came\s+into|entered\s+into|went\s+into"
    r"|began|accepted|struck|extended|renewed|restored|holds|held|sealed|concluded)\b",
    re.I,
)
_MEETING_OK = re.compile(
    r"(?:^\s+(?:\w+\s+){0,2}?(?:between|with)\b)|(?:\b(?:bilateral|joint|border|peace|trilateral|ceasefire|opening"
    r"|first|second|talks|military|flag)\s+$)",
    re.I,
)
_BOTH_SIDES = re.compile(r"\b(?:both\s+sides|each\s+other|one\s+another|exchang\w*|traded|mutual|two\s+armies)\b", re.I)
_PROTESTERS = re.compile(r"\b(?:protesters|demonstrators|rioters|protest|protests)\b", re.I)
_NSA_BEFORE = re.compile(_NSA + r"\b(?:\s+[\w'-]+){0,6}?\s*$", re.I)
_NOT_TERRITORY = re.compile(r"\s+(?:the\s+|an?\s+)?(?:moment|opportunity|initiative|chance|attention|imagination"
                            r"|hearts?|mood|headlines?|on\s+(?:video|camera|film|tape)|images?|footage)\b", re.I)
_ARMS_SUPPLY = re.compile(
    r"\b(?:requests?|supply|supplies|supplied|suppl(?:y|ying)|deliver(?:y|ies|ed|ing)?|shipments?"
    r"|provid(?:e|ed|es|ing)|sales?|sold|sell|purchases?|bought|buy|packages?|stockpiles?|arsenals?|stocks?|transfers?)"
    r"\s+(?:of\s+|for\s+)?(?:(?:more|new|additional|its|their|the|long-range|\d[\d,]*|(?-i:[A-Z])[\w-]*)\s+){0,3}$", re.I)
_STIRRED = re.compile(r"\b(?:stok|incit|foment|instigat)\w*\s+(?:\w+\s+)?$", re.I)
_IN_A_NAME_BEFORE = re.compile(r"(?<![.!?:;\"\u201c]\s)(?<!^)\b(?-i:[A-Z])[\w'-]+\s+$")
_IN_A_NAME_AFTER = re.compile(r"\s+(?-i:[A-Z])[\w'-]+")
_GOODS = re.compile(r"\s+(?:(?:\d+|two|three|four|five|several|dozens\s+of|their|the|its|his|a|an)\s+)?(?:head\s+of\s+)?(?:[\w-]+\s+)?"
                    r"(?:(?:[\w-]+\s+)?" + VESSELS + r"|boats?|canoes|vehicles?|cars?|trucks?|lorries|motorcycles?|motorbikes?|cattle|livestock|goats|sheep"
                    r"|camels|cows|goods|money|cash|phones|engines|nets|fuel|food|crops|harvests?)\b", re.I)
_VESSELS_SEIZED = re.compile(r"\b" + VESSELS + r"\s+(?:\w+\s+)?(?:were|was|had\s+been|have\s+been|has\s+been)\s+$", re.I)
_GOODS_SEIZED = re.compile(r"\b(?:litres|liters|tonnes|tons|kg|kilograms|bags|sacks|cartons|fuel|petrol|diesel|drugs"
                           r"|cannabis|cocaine|cigarettes|contraband|goods)\s+(?:\w+\s+)?(?:were|was|had\s+been|have\s+been)\s+$",
                           re.I)
#: "seized 450 kilograms of opium", "seized 30,000 methamphetamine pills": contraband taken by a quantity, no ground
_CONTRABAND = re.compile(r"\s+(?:(?:about|some|over|nearly|more\s+than|at\s+least)\s+)?(?:[\d,.]+\s*(?:kg|kilos?|kilograms?"
                         r"|tonnes?|tons?|grams?|pounds|litres|liters)\b|(?:[\d,.]+\s+(?:million\s+|thousand\s+|billion\s+)?)?(?:[\w-]+\s+)?(?:opium|heroin|cocaine"
                         r"|cannabis|marijuana|hashish|methamphetamine|drugs|narcotics|pills|cigarettes|contraband)\b)", re.I)
#: "a bus was ambushed near X": a vehicle of travellers, told as the subject of the passive
_PASSENGERS_AMBUSHED = re.compile(r"\b(?:(?:mini)?bus(?:es)?|coach(?:es)?|taxis?|passenger\s+(?:vehicles?|trucks?|boats?))"
                                  r"\s+(?:[\w-]+\s+){0,4}?(?:was|were|had\s+been)\s+$", re.I)
_WEAPON_BEFORE = re.compile(r"\b(?:rockets?|missiles?|shells?|shelling|drones?|strikes?|bombs?|mortars?|artillery|grenades?"
                            r"|explosions?|blasts?)\b", re.I)
_BACKED_BY = re.compile(r"\b(?:backed|supported|assisted|covered|aided|escorted)\s+by\s+(?:[\w-]+\s+){0,2}$", re.I)
# "civilians were killed in the attack": the victims of an event told before, not a new one
_VICTIMS_OF_TOLD = re.compile(r"\s+(?:in|during|by)\s+(?:the|that|this|these|those|its|their)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:attacks?|raids?|shelling|strikes?|fighting|clash(?:es)?|violence|bombing|blasts?"
                              r"|explosions?|ambush|assault|incident)\b", re.I)
_CAPITALISED_OWNER = re.compile(r"(?<![\w'\u2019])(?-i:[A-Z])[\w-]+['\u2019]s\s+(?:\w+\s+)?$")
_SUMMONED_ENVOY = re.compile(r"\bsummon\w*\s+(?:\w+\W+){0,4}?(?:ambassador|envoy|charg[eé]|diplomat)", re.I)
_DIPLOMATIC_PROTEST = re.compile(
    r"(?:lodg\w*|formal|strong|diplomatic|official|register\w*)\s+(?:\w+\s+)?$|^\s*(?:note|letter)\b"
    r"|^\s+to\s+(?:the\s+)?(?-i:[A-Z])", re.I  # "protested to Caracas": to a government
)


#: armed forces as victims (not "a revenue officer": an unarmed official, whose killing ACLED counts as violence against civilians)
_FORCE_VICTIM = (r"(?:border\s+guards?|guards?|soldiers?|policem[ae]n|police\s+officers?|gendarmes?|rangers?|troops"
                 r"|servicem[ae]n)")
_FORCES_HIT_AFTER = re.compile(r"\s+(?:(?:an?|the|two|three|four|five|one|\d+)\s+)?(?:[\w-]+\s+)?" + _FORCE_VICTIM + r"\b", re.I)
_FORCES_HIT_BEFORE = re.compile(r"\b" + _FORCE_VICTIM + r"\s+(?:\w+\s+)?$", re.I)
_ARMED_MEN = re.compile(r"\b(?:smugglers|gunmen|militants|rebels|poachers|bandits|attackers|assailants|insurgents|jihadists"
                        r"|traffickers|raiders|armed\s+men)\b", re.I)


def _armed_men_hit_forces(sentence: str, start: int, end: int) -> bool:
    """"Smugglers shot dead a border guard", "a guard was shot dead by poachers": forces killed by armed men (a
    battle in ACLED's terms, not an attack on civilians)."""
    trigger = sentence[start:end]
    if not re.search(r"\b(?:shot|killed|shot\s+dead|wounded|gunned\s+down)$", trigger, re.I):
        return False
    hit = _FORCES_HIT_AFTER.match(sentence, end) if not re.match(r"(?:was|were|been)\b", trigger, re.I) else \
        _FORCES_HIT_BEFORE.search(sentence, max(0, start - 40), start)
    return hit is not None and bool(_ARMED_MEN.search(sentence))


@dataclass(frozen=True)
class _Hit:
    event: EventType
    type_rank: int
    rule_rank: int
    background: bool
    hypothetical: bool


def _adjust(sentence: str, etype: str, sub: str, m: re.Match) -> tuple[str, str] | None:
    """Context rules that change or veto a trigger's type."""
    word = m.group(0).lower()
    start, end = m.start(), m.end()
    if _IN_A_NAME_BEFORE.search(sentence, max(0, start - 30), start) and _IN_A_NAME_AFTER.match(sentence, end) \
            and m.group(0)[:1].isupper():
        return None  # "the Popular Mobilisation Forces": a word of a name
    if etype == STRATEGIC and sub == "Agreement":
        if _AGREEMENT_VETO_BEFORE.search(sentence, max(0, start - 40), start):
            return None
        if _CEASEFIRE.match(word):
            if _AGREEMENT_VETO_AFTER.match(sentence[end:end + 120]):
                return None
            window = sentence[max(0, start - 60):end + 60]
            if not _CEASEFIRE_VERB.search(window):
                return None
        if word == "met" and met_at_their_trade(sentence, start):
            return None  # "farmers met to discuss the price of cattle": no party to a conflict
        if word.startswith("meeting") and not (
            _MEETING_OK.match(sentence[end:end + 40]) or _MEETING_OK.search(sentence[max(0, start - 30):start])
        ):
            return None
    if etype == EXPLOSIONS and word.endswith(("strike", "strikes")) and start >= 3 and sentence[start - 3] in "'\u2019":
        if not _CAPITALISED_OWNER.search(sentence, 0, start):
            return None  # "the union's strike on the plant": a labour strike, not a told air strike
    if etype == VAC and sub.startswith("Abduction") and not word.startswith("abduction") and re.search(r"\b(?:the|those|these|their)\s+$", sentence[max(0, start - 8):start], re.I):
        return None  # "return the abducted children": the victims of an abduction told before
    if etype == VAC and sub == "Attack" and _armed_men_hit_forces(sentence, start, end):
        return BATTLES, "Armed clash"  # "smugglers shot dead a border guard": an armed group against forces
    if etype == VAC and re.search(r"(?:killed|wounded|injured|shot|beaten)$", word) and _VICTIMS_OF_TOLD.match(sentence, end):
        return None
    if etype == VAC and re.search(r"(?:killed|wounded|injured|hurt)$", word) and hurt_in_accident(sentence):
        return None  # "a bus overturned and 12 passengers were injured": an accident, no attack
    if etype == PROTESTS and _STIRRED.search(sentence, max(0, start - 30), start):
        return None  # "accusing the groups of stoking protests in X": an accusation, no protest told
    if etype == PROTESTS and _SUMMONED_ENVOY.search(sentence):
        return None  # "summoned Myanmar's ambassador to protest": diplomacy, not a demonstration
    if etype == PROTESTS and _DIPLOMATIC_PROTEST.search(sentence[max(0, start - 30):start]):
        return None
    if etype == PROTESTS and word.startswith("protest") and _DIPLOMATIC_PROTEST.match(sentence[end:end + 10]):
        return None
    if etype == BATTLES and sub == "Armed clash":
        if word.startswith("cross") and not _BOTH_SIDES.search(sentence):
            return EXPLOSIONS, "Shelling/artillery/missile attack"
        if word in ("occupied", "occupying") and re.match(r"\s+(?:\w+\s+){0,3}?(?:since|for)\b", sentence[end:end + 40]):
            return None  # "which X has occupied since 1966": a standing state, not an event
        if word == "occupied" and re.search(r"\b(?:the|an?|Russian-|Israeli-)\s*$", sentence[max(0, start - 12):start]):
            return None  # "the occupied part of X", "occupied territories": where, not what happened
        if re.match(r"seiz|captur", word) and (_NOT_TERRITORY.match(sentence, end) or PEOPLE_TAKEN.match(sentence, end)):
            return None  # "seizing the moment", "captured on video"
        if re.match(r"seiz", word) and _GOODS_SEIZED.search(sentence, max(0, start - 40), start):
            return None  # "7,000 litres of fuel were seized": contraband taken, no ground nor fight
        if re.match(r"seiz", word) and _VESSELS_SEIZED.search(sentence, max(0, start - 40), start):
            return STRATEGIC, "Other"  # "two speedboats were seized off X": a craft taken at sea, no ground
        if re.match(r"seiz", word) and _CONTRABAND.match(sentence, end):
            return STRATEGIC, "Other"  # a seizure of contraband: no territory, no loot
        if re.match(r"seiz|captur", word) and _GOODS.match(sentence, end):
            return STRATEGIC, "Looting/property destruction"  # "seized two boats and their nets": no territory
        if re.match(r"seiz|captur|overr|took|occupied|occupying", word):
            if _NSA_BEFORE.search(sentence, max(0, start - 80), start):
                return BATTLES, "Non-state actor overtakes territory"
        if word.startswith(("clash", "confront")) and (_PROTESTERS.search(sentence) or CROWD_BEFORE.search(sentence, 0, start)
                                         or CROWD_AFTER.match(sentence, end)):
            return RIOTS, "Violent demonstration"  # "clashes between police and traders": unarmed people
        if word.startswith("fought") and _HISTORY.search(sentence):
            return None
        if word.startswith("ambush") and (AMBUSHED_CIVILIANS.match(sentence, end) or _PASSENGERS_AMBUSHED.search(
                sentence, max(0, start - 60), start)):
            return VAC, "Attack"  # "gunmen ambushed a bus carrying traders", "a bus was ambushed": unarmed people attacked
    if etype == STRATEGIC and word.startswith(("setting fire", "sets fire")) and _WEAPON_BEFORE.search(sentence, 0, start):
        return None  # "rockets hit X, setting fire to a barn in Y": what the strike did, not a separate arson
    if etype == EXPLOSIONS and sub == "Air/drone strike" and _BACKED_BY.search(sentence, max(0, start - 40), start):
        return None  # "fighters backed by Russian aircraft attacked X": the fighters' battle, aircraft in support
    if etype == EXPLOSIONS and _ARMS_SUPPLY.search(sentence, max(0, start - 50), start):
        return None  # "a request for Patriot missiles", "sent more artillery shells": arms, not an attack
    if etype == EXPLOSIONS and sub == "Shelling/artillery/missile attack":
        if re.search(r"\b(?:both\s+sides|each\s+other|one\s+another|mutual)\b", sentence, re.I):
            return BATTLES, "Armed clash"
    return etype, sub


@lru_cache(maxsize=512)  # a sentence is asked again (its incident, the places' other events, tolls)
def _hits(sentence: str) -> tuple[_Hit, ...]:
    gated = _GATE_WORDS.present(sentence.lower())
    if not gated:
        return ()
    raw: list[tuple[int, int, str, str, int]] = []
    last_line = None if ENDS_AS_SENTENCE.search(sentence) else sentence.rfind("\n") + 1
    for rank in sorted(gated):  # (a rule's rank is its place in _RULES: the same order, the others skipped)
        etype, sub, _rank, rx = _RULES[rank]
        if rank in _LINE_RULES and last_line is None:
            continue
        for m in rx.finditer(sentence, last_line if rank in _LINE_RULES else 0):
            adjusted = _adjust(sentence, etype, sub, m)
            if adjusted is None:
                continue
            raw.append((m.start(), m.end(), adjusted[0], adjusted[1], rank))
    # A trigger inside a longer one ("artillery" in "exchanged artillery fire", "jets" in
    # "scrambled fighter jets") is read as part of the longer phrase.
    kept = [
        r for r in raw
        if not any(o is not r and o[0] <= r[0] and r[1] <= o[1] and (o[1] - o[0]) > (r[1] - r[0]) for o in raw)
    ]
    # "a grenade exploded", "a shell caused a blast": the bare blast word is the weapon's event told again
    kept = [r for r in kept if r[4] != _BARE_BLAST or not any(
        o[2] == EXPLOSIONS and o[4] != _BARE_BLAST and _clause_start(sentence, o[0]) == _clause_start(sentence, r[0])
        for o in kept)]
    hits = []
    for start, end, etype, sub, rank in kept:
        b_start, b_end = _clause_start(sentence, start)
        hits.append(_Hit(
            EventType(etype, sub, sentence[start:end], start, end),
            _TYPE_RANK[etype], rank,
            _is_background(sentence, b_start, start),
            _is_hypothetical(sentence, b_end, start, end),
        ))
    hits.sort(key=lambda h: h.event.start)
    return tuple(hits)




def _as_told(sentence: str, h: _Hit) -> _Hit:
    """The hit with the start of the subordinate clause it is told in."""
    opening = subordinate_opening(sentence, h.event.start)
    return replace(h, event=replace(h.event, clause_start=gap_before(sentence, h.event.start) if opening is None else opening))


@lru_cache(maxsize=512)  # (kept as a tuple: shared by every caller)
def _real_hits(sentence: str) -> tuple[_Hit, ...]:
    hits = _hits(sentence)
    if not hits or _is_history(sentence):  # (most sentences hold no event word: no history test)
        return ()
    hits = tuple(h for h in hits if not deaths_told_as_accident(sentence, h.event.start, h.event.end))  # "hit by a train"
    told = [h for h in hits if h.background and _told_in_subclause(sentence, h.event)]
    real = [h for h in hits if not h.hypothetical]
    main = [h for h in real if not h.background]
    if main:
        # "retook X after clashes that killed 12": the battle told again, not a second one
        told = [_as_told(sentence, h) for h in told if h not in main and (all(h.type_rank != m.type_rank for m in main)
                                                                          or gap_before(sentence, h.event.start) is not None)]
        return tuple(sorted(main + told, key=lambda h: h.event.start))
    if not real or any(h.hypothetical for h in hits) or _HYPO.search(sentence):  # (no search when nothing to drop)
        return tuple(_as_told(sentence, h) for h in told)
    # "displaced since the offensive began": a background event named with "the" was told before
    return tuple(h for h in real if h in told or not _DEFINITE_BEFORE.search(sentence, max(0, h.event.start - 8), h.event.start))


_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that|these|those)\s+$", re.I)


def events_from_text(sentence: str) -> list[EventType]:
    """Every real (not hypothetical, negated or background) event trigger, in order.

    One entry per sub-event type (its first trigger); useful when a sentence reports two
    events, e.g. talks held after a clash.
    """
    seen: set[tuple[str, str]] = set()
    out = []
    for h in _real_hits(sentence):
        key = (h.event.event_type, h.event.sub_event_type)
        if key not in seen:
            seen.add(key)
            out.append(h.event)
        elif (own := in_own_clause(sentence, h.event, out)) is not None:
            out.append(own)
        elif h.event.clause_start is not None and gap_before(sentence, h.event.start) is not None and all(
                o.clause_start != h.event.clause_start for o in out if (o.event_type, o.sub_event_type) == key):
            out.append(h.event)  # "a drone exploded near X, hours after drones struck Y": two strikes
    return out + joined_by_and(sentence, out)


def classify_event(sentence: str) -> EventType | None:
    """The ACLED event type of the incident a sentence reports, or None.

    Parameters
    ----------
    sentence : str
        One sentence.

    Returns
    -------
    EventType or None
        The trigger of the highest-precedence event type (Battles first), ties broken by the
        more specific rule, then by position; None for sentences that only call for, hope
        for, deny or give the history of events.
    """
    hits = _real_hits(sentence)
    if not hits:
        return None
    best = min(hits, key=lambda h: (h.type_rank, h.rule_rank, h.event.start))
    return best.event


def is_negated_or_hypothetical(sentence: str) -> bool:
    """Whether a sentence's events are only called for, hoped for, conditional or denied.

    True when the sentence has event triggers and every one is hypothetical or negated, or
    when it has none but carries a hypothetical marker ("could", "if", "called for").
    """
    hits = _hits(sentence)
    if hits:
        return all(h.hypothetical for h in hits)
    return any(m.group(0) != "May" for m in _HYPO.finditer(sentence))
